// What the preview needs that does not need VS Code: kept apart so that `node --test` can check it.
'use strict';

/** The id of the journey declared at or before `offset` (the one being edited), else the first one, else undefined. */
function journeyAt(text, offset) {
  const declaration = /^[ \t]*journey[ \t]+([A-Za-z_][A-Za-z0-9_-]*)/gm;
  let first;
  let before;
  let m;
  while ((m = declaration.exec(text)) !== null) {
    if (first === undefined) first = m[1];
    if (m.index <= offset) before = m[1];
  }
  return before || first;
}

/** The address in the line `waymark serve` prints first: "Serving 5 journeys at http://127.0.0.1:4242/ (Ctrl-C to stop)". */
function serveAddress(output) {
  const m = /Serving .* at (http:\/\/[^\s]+\/) /.exec(output);
  return m ? m[1] : undefined;
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The webview: the served page in a frame, allowed by the webview's own policy and nothing else. */
function previewHtml(page) {
  const origin = new URL(page).origin;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${escapeAttribute(origin)}; style-src 'unsafe-inline'">
<style>html, body, iframe { margin: 0; padding: 0; border: 0; width: 100%; height: 100vh; background: #ffffff; }</style>
</head>
<body><iframe src="${escapeAttribute(page)}" title="Waymark preview"></iframe></body>
</html>`;
}

module.exports = { journeyAt, serveAddress, previewHtml };
