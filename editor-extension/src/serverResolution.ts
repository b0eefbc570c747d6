// Settings and server resolution for the Obligations extension.
// This module must not import 'vscode': it is unit-tested with plain Node (see test/unit).
import * as path from 'node:path';

export type TraceSetting = 'off' | 'messages' | 'verbose';

/** The extension's settings, normalised (missing or malformed values fall back to defaults). */
export interface ObligationsSettings {
  /** `obligations.server.path`: a server dll, an executable, or a folder holding the dll; '' = bundled. */
  readonly serverPath: string;
  /** `obligations.server.dotnetPath`: the dotnet executable; '' = found on PATH or in the usual places. */
  readonly dotnetPath: string;
  /** `obligations.trace.server` (read by the language client itself; kept here for the log). */
  readonly trace: TraceSetting;
  /** `obligations.analysis.enabled`: sent to the server in the initialize request. */
  readonly analysisEnabled: boolean;
}

export const SERVER_DLL = 'Obligations.LanguageServer.dll';
export const REQUIRED_RUNTIME_NAME = 'Microsoft.NETCore.App';
export const REQUIRED_RUNTIME_MAJOR = 10;
export const INSTALL_HINT =
  'Install the .NET 10 runtime (Microsoft.NETCore.App 10.x, e.g. "dotnet-runtime-10.0") from ' +
  'https://dotnet.microsoft.com/download/dotnet/10.0, or set "obligations.server.dotnetPath" to a dotnet that has it.';

/** Settings whose change needs a server restart (the trace level is applied live by the client). */
export const RESTART_SETTINGS: readonly string[] = [
  'obligations.server.path',
  'obligations.server.dotnetPath',
  'obligations.analysis.enabled',
];

/**
 * Reads the settings through a getter shaped like `WorkspaceConfiguration.get` on the
 * `obligations` section (keys relative to it, e.g. 'server.path').
 */
export function readSettings(get: (key: string) => unknown): ObligationsSettings {
  const text = (key: string): string => {
    const value = get(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const trace = get('trace.server');
  const analysis = get('analysis.enabled');
  return {
    serverPath: text('server.path'),
    dotnetPath: text('server.dotnetPath'),
    trace: trace === 'messages' || trace === 'verbose' ? trace : 'off',
    analysisEnabled: typeof analysis === 'boolean' ? analysis : true,
  };
}

/** The `initializationOptions` of the LSP initialize request. */
export interface InitializationOptions {
  readonly analysisEnabled: boolean;
}

export function initializationOptions(settings: ObligationsSettings): InitializationOptions {
  return { analysisEnabled: settings.analysisEnabled };
}

export function needsRestart(affectsConfiguration: (section: string) => boolean): boolean {
  return RESTART_SETTINGS.some((key) => affectsConfiguration(key));
}

/** What the resolution may look at: kept explicit so tests can fake the file system. */
export interface HostContext {
  readonly extensionPath: string;
  readonly workspaceFolder?: string;
  readonly homeDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly fileExists: (p: string) => boolean;
  readonly isDirectory: (p: string) => boolean;
}

export type Resolution<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Resolution<T> => ({ ok: true, value });
const fail = <T>(reason: string): Resolution<T> => ({ ok: false, reason });

export type ServerOrigin = 'setting' | 'bundled';

export type ServerLaunch =
  | { readonly kind: 'dotnet'; readonly dllPath: string; readonly origin: ServerOrigin }
  | { readonly kind: 'executable'; readonly executablePath: string; readonly origin: ServerOrigin };

/** Expands `~`, `${workspaceFolder}`, `${userHome}` and `${env:NAME}`; a relative path is taken from the workspace folder. */
export function expandPath(raw: string, ctx: HostContext): string {
  let p = raw
    .replace(/\$\{workspaceFolder\}/g, ctx.workspaceFolder ?? '')
    .replace(/\$\{userHome\}/g, ctx.homeDir)
    .replace(/\$\{env:([^}]+)\}/g, (_m, name: string) => ctx.env[name] ?? '');
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
    p = ctx.homeDir + p.slice(1);
  }
  const pathApi = ctx.platform === 'win32' ? path.win32 : path.posix;
  if (!pathApi.isAbsolute(p) && ctx.workspaceFolder) {
    p = pathApi.join(ctx.workspaceFolder, p);
  }
  return pathApi.normalize(p);
}

/** The server to start: the `obligations.server.path` override, else the dll bundled in `<extension>/server/`. */
export function resolveServer(settings: ObligationsSettings, ctx: HostContext): Resolution<ServerLaunch> {
  const pathApi = ctx.platform === 'win32' ? path.win32 : path.posix;
  if (settings.serverPath !== '') {
    let target = expandPath(settings.serverPath, ctx);
    if (ctx.isDirectory(target)) {
      target = pathApi.join(target, SERVER_DLL);
    }
    if (!ctx.fileExists(target)) {
      return fail(`"obligations.server.path" points to ${target}, which does not exist.`);
    }
    return target.toLowerCase().endsWith('.dll')
      ? ok({ kind: 'dotnet', dllPath: target, origin: 'setting' })
      : ok({ kind: 'executable', executablePath: target, origin: 'setting' });
  }
  const bundled = pathApi.join(ctx.extensionPath, 'server', SERVER_DLL);
  if (ctx.fileExists(bundled)) {
    return ok({ kind: 'dotnet', dllPath: bundled, origin: 'bundled' });
  }
  return fail(
    `the language server is not bundled with this extension (no ${bundled}). ` +
      'Build a VSIX that includes it (npm run bundle-server, then npm run package), ' +
      'or set "obligations.server.path" to Obligations.LanguageServer.dll.',
  );
}

/**
 * The dotnet executable: the `obligations.server.dotnetPath` setting, else `dotnet` on PATH,
 * else `$DOTNET_ROOT/dotnet`, else the usual install folders (VS Code started from a desktop
 * menu often lacks the shell's PATH).
 */
export function resolveDotnet(settings: ObligationsSettings, ctx: HostContext): Resolution<string> {
  const windows = ctx.platform === 'win32';
  const pathApi = windows ? path.win32 : path.posix;
  const exe = windows ? 'dotnet.exe' : 'dotnet';
  if (settings.dotnetPath !== '') {
    const configured = expandPath(settings.dotnetPath, ctx);
    const candidate = ctx.isDirectory(configured) ? pathApi.join(configured, exe) : configured;
    return ctx.fileExists(candidate)
      ? ok(candidate)
      : fail(`"obligations.server.dotnetPath" points to ${candidate}, which does not exist. ${INSTALL_HINT}`);
  }
  const pathDirs = (ctx.env.PATH ?? ctx.env.Path ?? '').split(windows ? ';' : ':').filter((d) => d !== '');
  const candidates = [
    ...pathDirs.map((d) => pathApi.join(d, exe)),
    ...(ctx.env.DOTNET_ROOT ? [pathApi.join(ctx.env.DOTNET_ROOT, exe)] : []),
    ...wellKnownDotnetFolders(ctx).map((d) => pathApi.join(d, exe)),
  ];
  const found = candidates.find((c) => ctx.fileExists(c));
  return found !== undefined
    ? ok(found)
    : fail(`no .NET runtime found: "dotnet" is not on PATH nor in the usual install folders. ${INSTALL_HINT}`);
}

function wellKnownDotnetFolders(ctx: HostContext): string[] {
  switch (ctx.platform) {
    case 'win32':
      return [path.win32.join(ctx.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet')];
    case 'darwin':
      return ['/usr/local/share/dotnet', '/opt/homebrew/share/dotnet', path.posix.join(ctx.homeDir, '.dotnet')];
    default:
      return ['/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', '/snap/dotnet/current', path.posix.join(ctx.homeDir, '.dotnet')];
  }
}

/** The command line that starts the server; it speaks LSP on stdin/stdout. */
export function serverCommand(launch: ServerLaunch, dotnet: string | undefined): { command: string; args: string[] } {
  if (launch.kind === 'executable') {
    return { command: launch.executablePath, args: ['--stdio'] };
  }
  if (dotnet === undefined) {
    throw new Error('a dotnet executable is needed to start ' + launch.dllPath);
  }
  return { command: dotnet, args: [launch.dllPath, '--stdio'] };
}

export interface DotnetRuntime {
  readonly name: string;
  readonly version: string;
  readonly major: number;
  readonly location: string;
}

/** Parses `dotnet --list-runtimes`: lines like `Microsoft.NETCore.App 10.0.1 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`. */
export function parseListRuntimes(stdout: string): DotnetRuntime[] {
  const runtimes: DotnetRuntime[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^\s*(\S+)\s+(\d+)\.(\S+)\s+\[(.*)\]\s*$/.exec(line);
    if (m) {
      runtimes.push({ name: m[1], version: `${m[2]}.${m[3]}`, major: Number(m[2]), location: m[4] });
    }
  }
  return runtimes;
}

/** Picks the newest Microsoft.NETCore.App 10.x, or says what is missing and how to get it. */
export function checkRuntime(runtimes: readonly DotnetRuntime[]): Resolution<DotnetRuntime> {
  const netCore = runtimes.filter((r) => r.name === REQUIRED_RUNTIME_NAME);
  const matching = netCore.filter((r) => r.major === REQUIRED_RUNTIME_MAJOR).sort((a, b) => compareVersions(b.version, a.version));
  if (matching.length > 0) {
    return ok(matching[0]);
  }
  const found = netCore.length > 0 ? `only ${netCore.map((r) => r.version).join(', ')} found` : 'none found';
  return fail(
    `no .NET ${REQUIRED_RUNTIME_MAJOR} runtime: the server needs ${REQUIRED_RUNTIME_NAME} ${REQUIRED_RUNTIME_MAJOR}.x (${found}). ${INSTALL_HINT}`,
  );
}

/** Compares dotted versions numerically, with a prerelease (`10.0.0-rc.1`) before its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitPrerelease(a);
  const [coreB, preB] = splitPrerelease(b);
  for (let i = 0; i < Math.max(coreA.length, coreB.length); i++) {
    const d = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  if (preA === preB) {
    return 0;
  }
  if (preA === undefined) {
    return 1;
  }
  if (preB === undefined) {
    return -1;
  }
  return preA < preB ? -1 : 1;
}

function splitPrerelease(v: string): [number[], string | undefined] {
  const dash = v.indexOf('-');
  const core = dash < 0 ? v : v.slice(0, dash);
  return [core.split('.').map((n) => Number.parseInt(n, 10) || 0), dash < 0 ? undefined : v.slice(dash + 1)];
}

/** Turns a failure to run dotnet (spawn error) into a message a user can act on. */
export function describeDotnetFailure(dotnet: string, error: { code?: string | number; message: string }): string {
  if (error.code === 'ENOENT') {
    return `no .NET runtime found: ${dotnet} could not be started. ${INSTALL_HINT}`;
  }
  if (error.code === 'EACCES') {
    return `${dotnet} is not executable (permission denied). ${INSTALL_HINT}`;
  }
  return `running "${dotnet} --list-runtimes" failed: ${error.message}. ${INSTALL_HINT}`;
}
