import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  HostContext,
  initializationOptions,
  needsRestart,
  readSettings,
  resolveDotnet,
  resolveServer,
  serverCommand,
  ObligationsSettings,
} from '../../src/serverResolution';

const defaults: ObligationsSettings = { serverPath: '', dotnetPath: '', trace: 'off', analysisEnabled: true };

function host(files: string[], overrides: Partial<HostContext> = {}, dirs: string[] = []): HostContext {
  return {
    extensionPath: '/ext',
    workspaceFolder: '/ws',
    homeDir: '/home/lawyer',
    env: { PATH: '/usr/bin:/bin' },
    platform: 'linux',
    fileExists: (p) => files.includes(p),
    isDirectory: (p) => dirs.includes(p),
    ...overrides,
  };
}

describe('readSettings', () => {
  test('defaults when nothing is set', () => {
    assert.deepEqual(readSettings(() => undefined), defaults);
  });

  test('reads and trims every setting', () => {
    const values: Record<string, unknown> = {
      'server.path': '  /opt/obl/Obligations.LanguageServer.dll ',
      'server.dotnetPath': '/usr/bin/dotnet',
      'trace.server': 'verbose',
      'analysis.enabled': false,
    };
    assert.deepEqual(readSettings((k) => values[k]), {
      serverPath: '/opt/obl/Obligations.LanguageServer.dll',
      dotnetPath: '/usr/bin/dotnet',
      trace: 'verbose',
      analysisEnabled: false,
    });
  });

  test('malformed values fall back to defaults', () => {
    const values: Record<string, unknown> = { 'server.path': 42, 'trace.server': 'loud', 'analysis.enabled': 'no' };
    assert.deepEqual(readSettings((k) => values[k]), defaults);
  });
});

describe('initializationOptions', () => {
  test('carries analysisEnabled exactly as the server expects', () => {
    assert.deepEqual(initializationOptions({ ...defaults, analysisEnabled: false }), { analysisEnabled: false });
    assert.equal(JSON.stringify(initializationOptions(defaults)), '{"analysisEnabled":true}');
  });
});

describe('needsRestart', () => {
  test('server and analysis settings restart the server, the trace level does not', () => {
    assert.equal(needsRestart((s) => s === 'obligations.server.path'), true);
    assert.equal(needsRestart((s) => s === 'obligations.server.dotnetPath'), true);
    assert.equal(needsRestart((s) => s === 'obligations.analysis.enabled'), true);
    assert.equal(needsRestart((s) => s === 'obligations.trace.server'), false);
  });
});

describe('resolveServer', () => {
  const bundled = '/ext/server/Obligations.LanguageServer.dll';

  test('uses the bundled dll when no override is set', () => {
    assert.deepEqual(resolveServer(defaults, host([bundled])), {
      ok: true,
      value: { kind: 'dotnet', dllPath: bundled, origin: 'bundled' },
    });
  });

  test('the setting wins over the bundled server', () => {
    const dll = '/opt/obl/Obligations.LanguageServer.dll';
    const r = resolveServer({ ...defaults, serverPath: dll }, host([bundled, dll]));
    assert.deepEqual(r, { ok: true, value: { kind: 'dotnet', dllPath: dll, origin: 'setting' } });
  });

  test('a path that is not a dll is started as an executable', () => {
    const exe = '/opt/obl/Obligations.LanguageServer';
    const r = resolveServer({ ...defaults, serverPath: exe }, host([exe]));
    assert.deepEqual(r, { ok: true, value: { kind: 'executable', executablePath: exe, origin: 'setting' } });
  });

  test('a folder means the dll inside it', () => {
    const dll = '/build/server/Obligations.LanguageServer.dll';
    const r = resolveServer({ ...defaults, serverPath: '/build/server' }, host([dll], {}, ['/build/server']));
    assert.deepEqual(r, { ok: true, value: { kind: 'dotnet', dllPath: dll, origin: 'setting' } });
  });

  test('relative paths, ~ and ${workspaceFolder} are expanded', () => {
    const inWs = '/ws/artifacts/Obligations.LanguageServer.dll';
    assert.equal(resolveServer({ ...defaults, serverPath: 'artifacts/Obligations.LanguageServer.dll' }, host([inWs])).ok, true);
    assert.equal(resolveServer({ ...defaults, serverPath: '${workspaceFolder}/artifacts/Obligations.LanguageServer.dll' }, host([inWs])).ok, true);
    const inHome = '/home/lawyer/obl/Obligations.LanguageServer.dll';
    assert.equal(resolveServer({ ...defaults, serverPath: '~/obl/Obligations.LanguageServer.dll' }, host([inHome])).ok, true);
  });

  test('a missing override is an error naming the path, even when a bundled server exists', () => {
    const r = resolveServer({ ...defaults, serverPath: '/nope/server.dll' }, host([bundled]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /obligations\.server\.path.*\/nope\/server\.dll/);
  });

  test('no server at all says how to get one', () => {
    const r = resolveServer(defaults, host([]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /not bundled.*bundle-server.*obligations\.server\.path/);
  });

  test('Windows paths', () => {
    const dll = 'C:\\ext\\server\\Obligations.LanguageServer.dll';
    const r = resolveServer(defaults, host([dll], { platform: 'win32', extensionPath: 'C:\\ext' }));
    assert.deepEqual(r, { ok: true, value: { kind: 'dotnet', dllPath: dll, origin: 'bundled' } });
  });
});

describe('resolveDotnet', () => {
  test('the setting wins', () => {
    const r = resolveDotnet({ ...defaults, dotnetPath: '/opt/dotnet/dotnet' }, host(['/opt/dotnet/dotnet', '/usr/bin/dotnet']));
    assert.deepEqual(r, { ok: true, value: '/opt/dotnet/dotnet' });
  });

  test('a folder setting means the dotnet inside it', () => {
    const r = resolveDotnet({ ...defaults, dotnetPath: '/opt/dotnet' }, host(['/opt/dotnet/dotnet'], {}, ['/opt/dotnet']));
    assert.deepEqual(r, { ok: true, value: '/opt/dotnet/dotnet' });
  });

  test('a wrong setting is reported with the install hint', () => {
    const r = resolveDotnet({ ...defaults, dotnetPath: '/nowhere/dotnet' }, host(['/usr/bin/dotnet']));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /dotnetPath.*\/nowhere\/dotnet.*\.NET 10 runtime/);
  });

  test('PATH first, then DOTNET_ROOT, then the usual folders', () => {
    assert.deepEqual(resolveDotnet(defaults, host(['/bin/dotnet', '/usr/share/dotnet/dotnet'])), { ok: true, value: '/bin/dotnet' });
    const env = { PATH: '/usr/bin', DOTNET_ROOT: '/opt/net' };
    assert.deepEqual(resolveDotnet(defaults, host(['/opt/net/dotnet', '/usr/share/dotnet/dotnet'], { env })), { ok: true, value: '/opt/net/dotnet' });
    assert.deepEqual(resolveDotnet(defaults, host(['/home/lawyer/.dotnet/dotnet'])), { ok: true, value: '/home/lawyer/.dotnet/dotnet' });
  });

  test('none found: a clear message saying what to install', () => {
    const r = resolveDotnet(defaults, host([]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /no \.NET runtime found.*Microsoft\.NETCore\.App 10\.x/);
  });

  test('Windows looks for dotnet.exe on Path', () => {
    const r = resolveDotnet(defaults, host(['C:\\tools\\dotnet.exe'], { platform: 'win32', env: { Path: 'C:\\tools;C:\\Windows' } }));
    assert.deepEqual(r, { ok: true, value: 'C:\\tools\\dotnet.exe' });
  });
});

describe('serverCommand', () => {
  test('a dll runs as `dotnet <dll> --stdio`', () => {
    assert.deepEqual(serverCommand({ kind: 'dotnet', dllPath: '/ext/server/Obligations.LanguageServer.dll', origin: 'bundled' }, '/usr/bin/dotnet'), {
      command: '/usr/bin/dotnet',
      args: ['/ext/server/Obligations.LanguageServer.dll', '--stdio'],
    });
  });

  test('an executable runs as `<exe> --stdio`', () => {
    assert.deepEqual(serverCommand({ kind: 'executable', executablePath: '/opt/obl/server', origin: 'setting' }, undefined), {
      command: '/opt/obl/server',
      args: ['--stdio'],
    });
  });

  test('a dll without dotnet is a programming error', () => {
    assert.throws(() => serverCommand({ kind: 'dotnet', dllPath: '/x.dll', origin: 'bundled' }, undefined));
  });
});
