// waymark serve: keep this page up to date with the file it shows. Only served by `waymark serve`.
// When the server says the page changed, the script fetches it again and changes in place only
// the nodes that differ (a step's text, a problem added above the map), so the browser does not
// parse, lay out and paint the whole page (a 60-step map is a quarter of a megabyte) nor load its
// images again. Anything unexpected falls back to reloading the page.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script.getAttribute('data-version');
  var page = location.pathname.replace(/^\//, '');
  var source = null;
  var busy = false;
  var wanted = null;

  // same kind of node, same element and class: worth patching rather than replacing
  function similar(a, b) {
    return a.nodeType === b.nodeType && a.nodeName === b.nodeName
      && (a.nodeType !== 1 || a.getAttribute('class') === b.getAttribute('class'));
  }

  function attributes(a, b) {
    var i, at;
    for (i = a.attributes.length - 1; i >= 0; i--) {
      at = a.attributes[i];
      if (!b.hasAttributeNS(at.namespaceURI, at.localName)) a.removeAttributeNS(at.namespaceURI, at.localName);
    }
    for (i = 0; i < b.attributes.length; i++) {
      at = b.attributes[i];
      var now = a.getAttributeNS(at.namespaceURI, at.localName);
      // an image keeps the version it was asked for under (below) until it is asked for again
      if (a.nodeName === 'IMG' && at.name === 'src' && now !== null && now.replace(/\?.*$/, '') === at.value) continue;
      if (now !== at.value) a.setAttributeNS(at.namespaceURI, at.name, at.value);
    }
  }

  function patch(a, b) {
    if (a.nodeType !== 1) {
      if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
      return;
    }
    // this script stays as it is: it runs once, under the nonce of the page as first loaded
    if (a.nodeName === 'SCRIPT' || a.isEqualNode(b)) return;
    attributes(a, b);
    children(a, b);
  }

  // the children that match from the start and from the end are patched; those between are replaced
  function children(a, b) {
    var x = Array.prototype.slice.call(a.childNodes);
    var y = Array.prototype.slice.call(b.childNodes);
    var start = 0;
    while (start < x.length && start < y.length && similar(x[start], y[start])) start++;
    var ex = x.length;
    var ey = y.length;
    while (ex > start && ey > start && similar(x[ex - 1], y[ey - 1])) { ex--; ey--; }
    var k;
    for (k = 0; k < start; k++) patch(x[k], y[k]);
    for (k = 0; k < x.length - ex; k++) patch(x[ex + k], y[ey + k]);
    var before = ex < x.length ? x[ex] : null;
    for (k = start; k < ex; k++) a.removeChild(x[k]);
    for (k = start; k < ey; k++) a.insertBefore(document.importNode(y[k], true), before);
  }

  function update() {
    if (busy) return;
    busy = true;
    var asked = wanted;
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      var fresh = next.querySelector('script[data-version]');
      if (!fresh || !next.body) throw new Error('not a live page');
      patch(document.body, next.body);
      document.title = next.title;
      version = fresh.getAttribute('data-version');
      document.documentElement.setAttribute('data-waymark-version', version);
      // the images (the flow graph) are files of their own, asked for again under the new version once
      // the text has been drawn: they take longer to make and must not hold it up
      var drawn = version;
      requestAnimationFrame(function () {
        setTimeout(function () {
          if (drawn !== version) return;
          Array.prototype.forEach.call(document.querySelectorAll('img[src]'), function (img) {
            var src = img.getAttribute('src');
            if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
            img.setAttribute('src', src.replace(/\?.*$/, '') + '?v=' + encodeURIComponent(version));
          });
        }, 0);
      });
      busy = false;
      if (wanted !== asked && wanted !== version) update();
    }).catch(function () {
      location.reload();
    });
  }

  function connect() {
    if (source) return;
    source = new EventSource('/_waymark/events?page=' + encodeURIComponent(page) + '&version=' + encodeURIComponent(version));
    source.addEventListener('version', function (e) {
      wanted = e.data;
      if (e.data !== version) update();
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
