#!/usr/bin/env node
// A stand-in for Obligations.LanguageServer, for the end-to-end test only (OBL_E2E_STUB_SERVER=1):
// it lets the test exercise the client's server path — executable start with --stdio, initialization
// options, diagnostics and hover — before the real server exists. It speaks just enough LSP over stdio:
// every occurrence of `unknown_trigger` is an error, and a hover names the word and the options received.
import process from 'node:process';

if (!process.argv.includes('--stdio')) {
  process.stderr.write('obl-stub-server: expected --stdio\n');
  process.exit(2);
}

let initOptions = null;
let buffer = Buffer.alloc(0);
const documents = new Map();

process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});
process.stdin.on('end', () => process.exit(0));

function send(message) {
  const json = JSON.stringify({ jsonrpc: '2.0', ...message });
  process.stdout.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`);
}

function handle(msg) {
  switch (msg.method) {
    case 'initialize':
      initOptions = msg.params.initializationOptions ?? null;
      process.stderr.write(`obl-stub-server: initializationOptions ${JSON.stringify(initOptions)}\n`);
      send({ id: msg.id, result: { capabilities: { textDocumentSync: 1, hoverProvider: true }, serverInfo: { name: 'obl-stub-server' } } });
      break;
    case 'shutdown':
      send({ id: msg.id, result: null });
      break;
    case 'exit':
      process.exit(0);
      break;
    case 'textDocument/didOpen':
      documents.set(msg.params.textDocument.uri, msg.params.textDocument.text);
      publish(msg.params.textDocument.uri);
      break;
    case 'textDocument/didChange':
      documents.set(msg.params.textDocument.uri, msg.params.contentChanges.at(-1).text);
      publish(msg.params.textDocument.uri);
      break;
    case 'textDocument/didClose':
      documents.delete(msg.params.textDocument.uri);
      break;
    case 'textDocument/hover':
      send({ id: msg.id, result: hover(msg.params) });
      break;
    default:
      if (msg.id !== undefined && msg.method !== undefined) {
        send({ id: msg.id, error: { code: -32601, message: `stub: ${msg.method} not supported` } });
      }
  }
}

function publish(uri) {
  const diagnostics = [];
  (documents.get(uri) ?? '').split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\bunknown_trigger\b/g)) {
      diagnostics.push({
        range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + m[0].length } },
        severity: 1,
        code: 'OBL1001',
        source: 'obligations',
        message: `'${m[0]}' is not declared (stub server).`,
      });
    }
  });
  send({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics } });
}

function hover({ textDocument, position }) {
  const line = (documents.get(textDocument.uri) ?? '').split('\n')[position.line] ?? '';
  for (const m of line.matchAll(/[\p{L}_][\p{L}\p{N}_]*/gu)) {
    if (m.index <= position.character && position.character <= m.index + m[0].length) {
      return { contents: { kind: 'markdown', value: `stub hover: \`${m[0]}\` (initializationOptions ${JSON.stringify(initOptions)})` } };
    }
  }
  return null;
}
