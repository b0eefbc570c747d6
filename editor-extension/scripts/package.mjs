// Builds the VSIX. With a bundled server (npm run bundle-server) the VSIX is platform-specific:
// `vsce package --target <target>` for the RID the server was published for (read from its deps.json),
// because the server carries that platform's native Google.OrTools library. Without a server the VSIX
// has no native code and is built for every platform.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedRid, targets } from './platform.mjs';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const deps = join(extensionDir, 'server', 'Obligations.LanguageServer.deps.json');
// Relative links stay relative: the README's screenshot (images/) ships in the VSIX and VS Code shows it from there.
// The repository has no public URL yet; package.json omits it rather than naming a placeholder.
const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository'];

if (existsSync(deps)) {
  const rid = publishedRid(readFileSync(deps, 'utf8'));
  const target = rid && targets[rid];
  if (!target) {
    console.error(`package: server/ was published for "${rid ?? 'any platform'}", not for one of ${Object.keys(targets).join(', ')}; run "npm run bundle-server" again.`);
    process.exit(1);
  }
  const wanted = process.env.OBL_SERVER_RID?.trim();
  if (wanted && wanted !== rid) {
    console.error(`package: OBL_SERVER_RID is ${wanted} but server/ holds the ${rid} build; run "npm run bundle-server" again.`);
    process.exit(1);
  }
  args.push('--target', target);
  console.log(`package: language server for ${rid}: vsce ${args.join(' ')}`);
} else {
  console.log('package: no language server in server/: a VSIX for every platform, without the server');
}

// vsce's own script, run with this Node, so that no shell or .cmd shim is involved on any OS.
const vsce = join(extensionDir, 'node_modules', '@vscode', 'vsce', 'vsce');
const result = spawnSync(process.execPath, [vsce, ...args], { cwd: extensionDir, stdio: 'inherit' });
if (result.error) {
  console.error(`package: could not run vsce: ${result.error.message}; run "npm ci" first.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
