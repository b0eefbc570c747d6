// Starts the bundled language server the way the extension does (`dotnet <dll> --stdio`), sends
// initialize / shutdown / exit and checks it answers with its capabilities and then exits by itself.
// Usage: node test/server-smoke.mjs server/Obligations.LanguageServer.dll   (exit code 0 = it works)
import { spawn } from 'node:child_process';

const dll = process.argv[2];
const server = spawn('dotnet', [dll, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const timer = setTimeout(() => finish('no answer within 30 s'), 30_000);
let output = '';

function send(message) {
  const json = JSON.stringify({ jsonrpc: '2.0', ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`);
}

function finish(error) {
  clearTimeout(timer);
  if (error) {
    console.error(`server-smoke: ${error}`);
    server.kill('SIGKILL');
    process.exit(1);
  }
  console.log(`server-smoke: ${dll} initialized and exited cleanly`);
  process.exit(0);
}

server.on('error', (e) => finish(`could not start dotnet: ${e.message}`));
server.on('exit', (code) => finish(code === 0 && output.includes('"id":2') ? undefined : `server exited with ${code} before the shutdown answer`));
server.stdout.on('data', (chunk) => {
  output += chunk;
  if (output.includes('"error"')) finish(`the server answered with an error: ${output.slice(0, 300)}`);
  if (output.includes('"capabilities"') && !output.includes('"id":2') && !server.sentShutdown) {
    server.sentShutdown = true;
    send({ method: 'initialized', params: {} });
    send({ id: 2, method: 'shutdown' });
  }
  if (output.includes('"id":2') && !server.sentExit) {
    server.sentExit = true;
    send({ method: 'exit' });
  }
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { analysisEnabled: true } } });
