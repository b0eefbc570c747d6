import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { probeDotnetRuntime } from '../../src/dotnetProbe';
import { checkRuntime, compareVersions, describeDotnetFailure, parseListRuntimes } from '../../src/serverResolution';

const listing = [
  'Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
  'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
  'Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
  'Microsoft.NETCore.App 10.0.1 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
  '',
].join('\n');

describe('parseListRuntimes', () => {
  test('reads name, version, major and location', () => {
    const runtimes = parseListRuntimes(listing);
    assert.equal(runtimes.length, 4);
    assert.deepEqual(runtimes[3], {
      name: 'Microsoft.NETCore.App',
      version: '10.0.1',
      major: 10,
      location: '/usr/share/dotnet/shared/Microsoft.NETCore.App',
    });
  });

  test('Windows line endings and paths with spaces', () => {
    const runtimes = parseListRuntimes('Microsoft.NETCore.App 10.0.2 [C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App]\r\n');
    assert.equal(runtimes[0].location, 'C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App');
  });

  test('ignores noise', () => {
    assert.deepEqual(parseListRuntimes('Welcome to .NET!\n\n'), []);
  });
});

describe('checkRuntime', () => {
  test('picks the newest 10.x release over a release candidate', () => {
    const r = checkRuntime(parseListRuntimes(listing));
    assert.equal(r.ok && r.value.version, '10.0.1');
  });

  test('only other majors: says which were found and what to install', () => {
    const r = checkRuntime(parseListRuntimes(listing.split('\n').slice(0, 2).join('\n')));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /needs Microsoft\.NETCore\.App 10\.x \(only 8\.0\.11 found\).*Install the \.NET 10 runtime/);
  });

  test('an ASP.NET Core 10 runtime alone does not count', () => {
    const r = checkRuntime(parseListRuntimes('Microsoft.AspNetCore.App 10.0.1 [/x]'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /none found/);
  });
});

describe('compareVersions', () => {
  test('numeric, prerelease before release', () => {
    assert.ok(compareVersions('10.0.10', '10.0.9') > 0);
    assert.ok(compareVersions('10.0.0-rc.2', '10.0.0') < 0);
    assert.equal(compareVersions('10.0.1', '10.0.1'), 0);
  });
});

describe('describeDotnetFailure', () => {
  test('a missing dotnet names the runtime to install', () => {
    assert.match(describeDotnetFailure('dotnet', { code: 'ENOENT', message: 'spawn dotnet ENOENT' }), /^no \.NET runtime found.*\.NET 10 runtime/);
  });
});

describe('probeDotnetRuntime (with fake dotnet executables)', { skip: process.platform === 'win32' && 'needs a POSIX shell' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'obl-probe-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function fakeDotnet(name: string, script: string): string {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  test('a dotnet with 10.x is accepted', async () => {
    const dotnet = fakeDotnet('good', `[ "$1" = "--list-runtimes" ] || exit 3\necho 'Microsoft.NETCore.App 10.0.3 [/opt/dotnet/shared/Microsoft.NETCore.App]'`);
    const r = await probeDotnetRuntime(dotnet);
    assert.equal(r.ok && r.value.version, '10.0.3');
  });

  test('a dotnet with only 9.x is refused', async () => {
    const dotnet = fakeDotnet('old', `echo 'Microsoft.NETCore.App 9.0.4 [/opt/dotnet/shared/Microsoft.NETCore.App]'`);
    const r = await probeDotnetRuntime(dotnet);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /only 9\.0\.4 found/);
  });

  test('a dotnet that does not exist', async () => {
    const r = await probeDotnetRuntime(join(dir, 'missing'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /no \.NET runtime found/);
  });

  test('a dotnet that hangs is given up on', async () => {
    const dotnet = fakeDotnet('hang', 'exec sleep 30');
    const r = await probeDotnetRuntime(dotnet, 300);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /did not answer/);
  });
});
