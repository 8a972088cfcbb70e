// waymark serve: reload this page when the file it shows changes. Only served by `waymark serve`.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script.getAttribute('data-version');
  var page = location.pathname.replace(/^\//, '');
  var source = null;
  function connect() {
    if (source) return;
    source = new EventSource('/_waymark/events?page=' + encodeURIComponent(page) + '&version=' + encodeURIComponent(version));
    source.addEventListener('version', function (e) {
      if (e.data !== version) location.reload();
    });
  }
  // a hidden tab lets go of its connection: browsers allow only a few per server
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) {
      if (source) { source.close(); source = null; }
    } else {
      connect();
    }
  });
  if (!document.hidden) connect();
})();
