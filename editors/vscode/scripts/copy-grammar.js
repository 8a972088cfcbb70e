// The extension ships the one TextMate grammar of the repository (editors/journey.tmLanguage.json), copied, never edited here.
const fs = require('fs');
const path = require('path');
const from = path.join(__dirname, '..', '..', 'journey.tmLanguage.json');
const to = path.join(__dirname, '..', 'syntaxes', 'journey.tmLanguage.json');
fs.mkdirSync(path.dirname(to), { recursive: true });
fs.copyFileSync(from, to);
