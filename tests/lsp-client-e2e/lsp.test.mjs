// End-to-end: the .obl language server driven by the vscode-jsonrpc / vscode-languageserver-protocol
// client libraries (the ones VS Code's client is built on), over the server's real stdio.
// OBL_LSP_DLL names the published Obligations.LanguageServer.dll; OBL_REPO the repository root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { createProtocolConnection, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification, HoverRequest, DefinitionRequest, CompletionRequest, DocumentFormattingRequest,
  ShutdownRequest, ExitNotification, DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node.js';

const repo = process.env.OBL_REPO ?? path.resolve(import.meta.dirname, '../..');
const dll = process.env.OBL_LSP_DLL ?? path.join(repo, 'src/Obligations.LanguageServer/bin/Debug/net10.0/Obligations.LanguageServer.dll');
const folder = path.join(repo, 'examples/data-breach');
const exampleUri = pathToFileURL(path.join(folder, 'breach_notification.obl')).href;
const brokenUri = pathToFileURL(path.join(folder, 'broken-e2e.obl')).href;
const brokenText = 'import data_breach\nobligation broken {\n    holder controller\n    must undefined_measure\n    when incident.risk = 3\n}\n';

let server, connection, stderr = '';
const diagnostics = new Map();
const waiters = [];

function waitForDiagnostics(uri, predicate, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const check = () => { const d = diagnostics.get(uri); if (d && predicate(d)) { resolve(d); return true; } return false; };
    if (check()) return;
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; stderr:\n${stderr}`)), timeoutMs);
    waiters.push(() => { if (check()) { clearTimeout(timer); return true; } return false; });
  });
}

before(async () => {
  server = spawn('dotnet', [dll, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr.on('data', chunk => { stderr += chunk; });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onNotification(PublishDiagnosticsNotification.type, params => {
    diagnostics.set(params.uri, params);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
  });
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'data-breach' }],
    initializationOptions: { analysisEnabled: true },
  });
  assert.equal(result.capabilities.textDocumentSync.change, 2);
  await connection.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  if (!server || server.exitCode !== null) return;
  server.kill();
});

test('an example checks clean', async () => {
  const text = readFileSync(new URL(exampleUri), 'utf8');
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: exampleUri, languageId: 'obl', version: 1, text } });
  const published = await waitForDiagnostics(exampleUri, d => d.version === 1);
  assert.deepEqual(published.diagnostics.filter(d => d.severity === 1), []);
});

test('a broken file gets its errors with codes and help links', async () => {
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: brokenUri, languageId: 'obl', version: 1, text: brokenText } });
  const published = await waitForDiagnostics(brokenUri, d => d.diagnostics.length >= 2);
  const codes = published.diagnostics.map(d => d.code).sort();
  assert.ok(codes.includes('OBL1002'), codes.join(','));
  const undefinedMeasure = published.diagnostics.find(d => d.code === 'OBL1002');
  assert.deepEqual(undefinedMeasure.range.start, { line: 3, character: 9 });
  assert.match(undefinedMeasure.codeDescription.href, /#obl1002$/);
});

test('an incremental edit fixes the file', async () => {
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: brokenUri, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 25 }, end: { line: 4, character: 26 } }, text: 'high_risk' }],
  });
  const published = await waitForDiagnostics(brokenUri, d => d.version === 2);
  assert.ok(!published.diagnostics.some(d => d.code === 'OBL2003' || d.code === 'OBL2001'), JSON.stringify(published.diagnostics));
});

test('hover shows the declaration and its source', async () => {
  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: brokenUri }, position: { line: 2, character: 12 } });
  assert.match(hover.contents.value, /party controller/);
  assert.match(hover.contents.value, /Art\. 4\(7\) GDPR/);
});

test('definition goes to the example file', async () => {
  const locations = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: brokenUri }, position: { line: 4, character: 10 } });
  assert.equal(locations[0].uri, exampleUri);
});

test('completion after a dot lists the record fields', async () => {
  const list = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: brokenUri }, position: { line: 4, character: 18 } });
  const labels = list.items.map(i => i.label);
  assert.ok(labels.includes('risk') && labels.includes('controller_aware'), labels.join(','));
});

test('formatting a formatted example changes nothing', async () => {
  const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: exampleUri }, options: { tabSize: 4, insertSpaces: true } });
  assert.deepEqual(edits, []);
});

test('unknown requests get MethodNotFound and the server lives on', async () => {
  await assert.rejects(connection.sendRequest('obl/noSuchMethod', {}), e => e.code === -32601);
  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: exampleUri }, position: { line: 6, character: 8 } });
  assert.ok(hover);
});

test('shutdown and exit end the process with code 0', async () => {
  const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0);
  connection.dispose();
});
