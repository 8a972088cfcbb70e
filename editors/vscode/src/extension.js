// The Waymark extension: the language client for `waymark lsp` and the live preview of `waymark serve`.
'use strict';
const vscode = require('vscode');
const { spawn } = require('child_process');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { journeyAt, previewHtml, serveAddress } = require('./preview');

let client;
const servers = new Map(); // workspace folder (or file folder) -> Promise of the served address
let panel;

function settings() {
  const c = vscode.workspace.getConfiguration('waymark');
  return { command: c.get('path') || 'waymark', javaOptions: c.get('javaOptions') || '' };
}

function environment(javaOptions) {
  // the waymark script passes WAYMARK_JAVA_OPTS to the JVM
  return javaOptions ? { ...process.env, WAYMARK_JAVA_OPTS: javaOptions } : process.env;
}

function startClient(context) {
  const { command, javaOptions } = settings();
  const run = { command, args: ['lsp'], transport: TransportKind.stdio, options: { env: environment(javaOptions) } };
  client = new LanguageClient('waymark', 'Waymark', { run, debug: run }, {
    documentSelector: [{ language: 'journey' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.journey,waymark.yaml}') },
  });
  context.subscriptions.push(client);
  return client.start().catch((e) => {
    vscode.window.showErrorMessage(`Waymark: cannot start \`${command} lsp\` (${e.message}). Set "waymark.path" to the waymark command.`);
  });
}

/** Starts `waymark serve --port 0` for a folder once, and resolves with the address it prints. */
function serve(folder) {
  if (servers.has(folder)) return servers.get(folder);
  const { command, javaOptions } = settings();
  const started = new Promise((resolve, reject) => {
    const child = spawn(command, ['serve', '--port', '0'], { cwd: folder, env: environment(javaOptions) });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const address = serveAddress(out);
      if (address) resolve({ address, child });
    });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('error', (e) => reject(new Error(`cannot run \`${command} serve\`: ${e.message}`)));
    child.on('exit', (code) => {
      servers.delete(folder);
      reject(new Error(`\`${command} serve\` exited (${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
  servers.set(folder, started);
  return started;
}

async function openPreview() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'journey') {
    vscode.window.showInformationMessage('Waymark: open a .journey file to preview it.');
    return;
  }
  const document = editor.document;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const root = folder ? folder.uri.fsPath : require('path').dirname(document.uri.fsPath);
  let served;
  try {
    served = await serve(root);
  } catch (e) {
    vscode.window.showErrorMessage(`Waymark: ${e.message}`);
    return;
  }
  const id = journeyAt(document.getText(), document.offsetAt(editor.selection.active));
  const page = await vscode.env.asExternalUri(vscode.Uri.parse(served.address + (id ? `${id}.html` : '')));
  if (!panel) {
    panel = vscode.window.createWebviewPanel('waymark.preview', 'Waymark preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, retainContextWhenHidden: true });
    panel.onDidDispose(() => { panel = undefined; });
  } else {
    panel.reveal(vscode.ViewColumn.Beside, true);
  }
  panel.title = id ? `Preview ${id}` : 'Waymark preview';
  panel.webview.html = previewHtml(page.toString(true));
}

exports.activate = function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('waymark.openPreview', openPreview));
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((e) => {
    // the preview follows the journey being edited
    if (panel && e && e.document.languageId === 'journey') openPreview();
  }));
  context.subscriptions.push({ dispose: stopServers });
  return startClient(context);
};

function stopServers() {
  for (const started of servers.values()) started.then(({ child }) => child.kill(), () => {});
  servers.clear();
}

exports.deactivate = function deactivate() {
  stopServers();
  return client ? client.stop() : undefined;
};
