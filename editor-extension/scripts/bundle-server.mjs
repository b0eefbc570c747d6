// Publishes the language server into ./server so that `npm run package` ships it in the VSIX.
// Runs: dotnet publish ../src/Obligations.LanguageServer/Obligations.LanguageServer.csproj -c Release -o server
//       --no-self-contained -r <rid> -p:UseAppHost=false
// <rid> is OBL_SERVER_RID (linux-x64, linux-arm64, osx-x64, osx-arm64, win-x64), by default this machine's.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestedRid, targets } from './platform.mjs';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = resolve(extensionDir, '../src/Obligations.LanguageServer/Obligations.LanguageServer.csproj');
const outDir = join(extensionDir, 'server');

if (!existsSync(project)) {
  console.log(`bundle-server: skipped: ${project} does not exist (yet); the VSIX will not contain a language server.`);
  process.exit(0);
}

const rid = requestedRid('bundle-server');
rmSync(outDir, { recursive: true, force: true });
const args = [
  'publish', project,
  '-c', 'Release',
  '-o', outDir,
  // Still framework-dependent (the .NET 10 runtime is a prerequisite), but for one RID: without -r the
  // output carries Google.OrTools' native libraries for every platform (~118 MB VSIX instead of ~30 MB).
  '--no-self-contained',
  '-r', rid,
  // The server is started as `dotnet Obligations.LanguageServer.dll`, so no native launcher is needed.
  '-p:UseAppHost=false',
  // The server's messages are English; the localised resources of its libraries are not needed.
  '-p:SatelliteResourceLanguages=en',
  '--nologo',
];
console.log(`bundle-server: dotnet ${args.join(' ')}`);
const result = spawnSync('dotnet', args, {
  cwd: extensionDir,
  stdio: 'inherit',
  env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
});
if (result.error) {
  console.error(`bundle-server: could not run dotnet: ${result.error.message}. Install the .NET 10 SDK.`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`bundle-server: dotnet publish failed (exit code ${result.status}).`);
  process.exit(result.status ?? 1);
}
const dll = join(outDir, 'Obligations.LanguageServer.dll');
if (!existsSync(dll)) {
  console.error(`bundle-server: dotnet publish succeeded but ${dll} is missing.`);
  process.exit(1);
}
console.log(`bundle-server: ${dll} is ready for ${rid}; "npm run package" builds a ${targets[rid]} VSIX that contains it.`);
