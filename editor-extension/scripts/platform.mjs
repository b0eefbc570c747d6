// The one place that pairs .NET runtime identifiers (RIDs) with VS Code's VSIX platform targets.
// The language server is published for one RID, because Google.OrTools (used by the analyses) ships a
// ~30 MB native library per platform; the VSIX carrying it is then marked for that platform only.

/** RID → `vsce package --target`; the RIDs for which Google.OrTools publishes native libraries. */
export const targets = {
  'linux-x64': 'linux-x64',
  'linux-arm64': 'linux-arm64',
  'osx-x64': 'darwin-x64',
  'osx-arm64': 'darwin-arm64',
  'win-x64': 'win32-x64',
};

/** The RID of the machine running Node (process.platform/arch), or undefined when it has no server build. */
export function hostRid() {
  const os = { linux: 'linux', darwin: 'osx', win32: 'win' }[process.platform];
  const rid = os && `${os}-${process.arch}`;
  return rid && rid in targets ? rid : undefined;
}

/** OBL_SERVER_RID if set, else the host's RID; exits with a message for an unsupported one. */
export function requestedRid(tool) {
  const rid = process.env.OBL_SERVER_RID?.trim() || hostRid();
  if (!rid || !(rid in targets)) {
    const what = rid ? `"${rid}"` : `this machine (${process.platform}-${process.arch})`;
    console.error(`${tool}: no language server build for ${what}; set OBL_SERVER_RID to one of: ${Object.keys(targets).join(', ')}.`);
    process.exit(2);
  }
  return rid;
}

/** The RID a published server was built for, read from its deps.json ("runtimeTarget": ".NETCoreApp,Version=v10.0/linux-x64"). */
export function publishedRid(depsJson) {
  const name = JSON.parse(depsJson)?.runtimeTarget?.name ?? '';
  const slash = name.indexOf('/');
  return slash < 0 ? undefined : name.slice(slash + 1);
}
