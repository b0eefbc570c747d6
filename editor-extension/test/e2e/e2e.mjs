// Drives a running code-server (VS Code in the browser) with headless Chromium and checks the Obligations
// extension as a user sees it: the .obl file opens in the Obligations language, its tokens are coloured,
// the status bar tells the server state, and — when the VSIX carries the language server — errors are
// underlined, hovers answer, the Problems panel lists the diagnostics `oblc check` reports, and a
// contradiction shows the situation in which both rules apply. Screenshots go to the artifacts folder.
//
// Usage: node e2e.mjs --url <code-server URL with ?folder=…> --artifacts <dir> [--expect-server [--stub-server]]
// Every wait is bounded; the exit code is 0 only if every check that ran passed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { checkColours, checkLanguageMode, checkStatusBar } from './editor-checks.mjs';
import { checkContradiction, checkDiagnostics, checkHover, checkProblems } from './server-checks.mjs';
import { checkCodeLens, checkTestView } from './test-view-checks.mjs';
import { activeEditor, openFile, shot } from './workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    artifacts: { type: 'string' },
    'expect-server': { type: 'boolean', default: false },
    // The stand-in server (stub-server/) knows one error and no analyses: the real server's checks are skipped.
    'stub-server': { type: 'boolean', default: false },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!opts.url || !opts.artifacts) {
  console.error('usage: node e2e.mjs --url <url> --artifacts <dir> [--expect-server [--stub-server]]');
  process.exit(2);
}
mkdirSync(opts.artifacts, { recursive: true });

const results = [];
const record = (status, name, detail = '') => {
  results.push({ status, name, detail });
  console.log(`${status.padEnd(4)} ${name}${detail ? ` — ${detail}` : ''}`);
};
const consoleLines = [];
const browser = await chromium.launch({
  executablePath: opts.chromium,
  headless: true,
  timeout: 60_000,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  const ctx = {
    page,
    artifacts: opts.artifacts,
    expectServer: opts['expect-server'],
    stubServer: opts['stub-server'],
    pass: (name, detail) => record('PASS', name, detail),
    fail: (name, detail) => record('FAIL', name, detail),
    skip: (name, detail) => record('SKIP', name, detail),
  };

  await page.goto(opts.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  // The explorer shows the workspace once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  ctx.pass('workbench loaded');
  await shot(page, ctx.artifacts, '01-workbench');

  await openFile(page, 'harm.obl');
  const editor = activeEditor(page);
  await editor.locator('.view-line', { hasText: 'module harm_prevention' }).first().waitFor({ timeout: 30_000 });
  ctx.pass('harm.obl opened');

  await checkLanguageMode(ctx);
  await checkColours(ctx, editor);

  const serverState = await checkStatusBar(ctx);
  const serverChecks = [
    ['diagnostics', checkDiagnostics, true],
    ['hover', checkHover, true],
    ['problems panel', checkProblems, !ctx.stubServer],
    ['contradiction', checkContradiction, !ctx.stubServer],
    ['code lens', checkCodeLens, !ctx.stubServer],
    ['test view', checkTestView, !ctx.stubServer],
  ];
  for (const [name, check, applies] of serverChecks) {
    if (!ctx.expectServer) ctx.skip(name, 'the VSIX has no language server (build it with npm run bundle-server first)');
    else if (!applies) ctx.skip(name, 'needs the real language server, not the stand-in');
    else if (serverState !== 'ready') ctx.fail(name, 'the server is not ready');
    else await check(ctx);
  }
} catch (e) {
  record('FAIL', 'unexpected error', e instanceof Error ? e.message.split('\n')[0] : String(e));
  const pages = browser.contexts().flatMap((c) => c.pages());
  if (pages[0]) {
    await shot(pages[0], opts.artifacts, '99-failure').catch(() => {});
  }
} finally {
  writeFileSync(join(opts.artifacts, 'console.log'), consoleLines.join('\n') + '\n');
  writeFileSync(join(opts.artifacts, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await browser.close();
}

const failed = results.filter((r) => r.status === 'FAIL');
console.log(`\n${results.length - failed.length} of ${results.length} checks did not fail; screenshots in ${opts.artifacts}`);
// The line tests/run-all.sh adds to its total (a SKIP counts as neither).
console.log(`vscode-e2e: ${results.filter((r) => r.status === 'PASS').length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
