// Checks the built .vsix (a zip) holds what VS Code needs, and the preview's plain functions.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');
const { journeyAt, serveAddress, previewHtml } = require('../src/preview');

const root = path.join(__dirname, '..');
const vsix = path.join(root, 'target', 'waymark-journeys.vsix');

function entries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const found = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => { found.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the .vsix holds the manifest, the grammar, the language configuration and the bundled client', async () => {
  const files = await entries(vsix);
  const names = [...files.keys()].sort();
  assert.deepStrictEqual(names.filter((n) => n.startsWith('extension/')), [
    'extension/dist/extension.js',
    'extension/language-configuration.json',
    'extension/package.json',
    'extension/readme.md',
    'extension/syntaxes/journey.tmLanguage.json',
  ]);
  assert.ok(names.includes('extension.vsixmanifest'));
  assert.ok(!names.some((n) => n.includes('node_modules')), 'the client is bundled, not shipped as node_modules');

  const manifest = JSON.parse(files.get('extension/package.json'));
  assert.strictEqual(manifest.main, './dist/extension.js');
  assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.journey']);
  assert.strictEqual(manifest.contributes.languages[0].id, 'journey');
  assert.strictEqual(manifest.contributes.grammars[0].scopeName, 'source.journey');
  assert.strictEqual(manifest.contributes.commands[0].command, 'waymark.openPreview');
  assert.strictEqual(manifest.contributes.commands[0].title, 'Open Preview');
  assert.strictEqual(manifest.contributes.commands[0].category, 'Waymark');
  assert.deepStrictEqual(Object.keys(manifest.contributes.configuration.properties).sort(), ['waymark.javaOptions', 'waymark.path']);

  // the grammar is the repository's, byte for byte
  assert.ok(files.get('extension/syntaxes/journey.tmLanguage.json').equals(fs.readFileSync(path.join(root, '..', 'journey.tmLanguage.json'))));
  const config = JSON.parse(files.get('extension/language-configuration.json'));
  assert.deepStrictEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  assert.deepStrictEqual(config.brackets[0], ['{', '}']);

  // the language client is inside the bundle, and it starts `waymark lsp`
  const bundle = files.get('extension/dist/extension.js').toString('utf8');
  assert.match(bundle, /LanguageClient/);
  assert.match(bundle, /args: \["lsp"\]/);
  assert.match(bundle, /"serve", "--port", "0"/);
  assert.doesNotMatch(bundle, /require\("vscode-languageclient/);
});

test('the preview opens the journey being edited', () => {
  const text = 'journey first "A" {\n}\n\n  journey second_2 "B" {\n}\n';
  assert.strictEqual(journeyAt(text, 0), 'first');
  assert.strictEqual(journeyAt(text, text.indexOf('second_2') + 2), 'second_2');
  assert.strictEqual(journeyAt(text, text.length), 'second_2');
  assert.strictEqual(journeyAt('persona p "P" {}\n', 3), undefined);
});

test('the preview finds the address waymark serve prints', () => {
  assert.strictEqual(serveAddress('Serving 5 journeys at http://127.0.0.1:41234/ (Ctrl-C to stop)\n'), 'http://127.0.0.1:41234/');
  assert.strictEqual(serveAddress('waymark: building the CLI ...\n'), undefined);
});

test('the webview frames the served page and allows nothing else', () => {
  const html = previewHtml('http://127.0.0.1:41234/good.html');
  assert.match(html, /frame-src http:\/\/127\.0\.0\.1:41234;/);
  assert.match(html, /<iframe src="http:\/\/127\.0\.0\.1:41234\/good\.html"/);
  assert.doesNotMatch(html, /<script/);
  assert.match(previewHtml('http://127.0.0.1:1/a.html?x="><b>'), /a\.html\?x=%22%3E%3Cb%3E|&quot;&gt;&lt;b&gt;/);
});
