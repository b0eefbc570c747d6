// Drives a running code-server (VS Code in the browser) with headless Chromium and checks the Obligations
// extension as a user sees it: the .obl file opens in the Obligations language, its tokens are coloured,
// the status bar tells the server state, and — when the VSIX carries the language server — errors are
// underlined and hovers answer. Screenshots go to the artifacts folder.
//
// Usage: node e2e.mjs --url <code-server URL with ?folder=…> --artifacts <dir> [--expect-server]
// Every wait is bounded; the exit code is 0 only if every check that ran passed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    artifacts: { type: 'string' },
    'expect-server': { type: 'boolean', default: false },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!opts.url || !opts.artifacts) {
  console.error('usage: node e2e.mjs --url <url> --artifacts <dir> [--expect-server]');
  process.exit(2);
}
mkdirSync(opts.artifacts, { recursive: true });

const results = [];
const record = (status, name, detail = '') => {
  results.push({ status, name, detail });
  console.log(`${status.padEnd(4)} ${name}${detail ? ` — ${detail}` : ''}`);
};
const pass = (name, detail) => record('PASS', name, detail);
const fail = (name, detail) => record('FAIL', name, detail);
const skip = (name, detail) => record('SKIP', name, detail);

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
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

  await page.goto(opts.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  // The explorer shows the workspace once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  pass('workbench loaded');
  await shot(page, '01-workbench');

  await openFile(page, 'harm.obl');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'module harm_prevention' }).first().waitFor({ timeout: 30_000 });
  pass('harm.obl opened');

  await checkLanguageMode(page);
  await checkColours(page, editor);

  const serverState = await checkStatusBar(page);
  if (opts['expect-server']) {
    await checkDiagnostics(page, serverState);
    await checkHover(page, serverState);
  } else {
    skip('diagnostics', 'the VSIX has no language server (build it with npm run bundle-server first)');
    skip('hover', 'the VSIX has no language server (build it with npm run bundle-server first)');
  }
} catch (e) {
  fail('unexpected error', e instanceof Error ? e.message.split('\n')[0] : String(e));
  const pages = browser.contexts().flatMap((c) => c.pages());
  if (pages[0]) {
    await shot(pages[0], '99-failure').catch(() => {});
  }
} finally {
  writeFileSync(join(opts.artifacts, 'console.log'), consoleLines.join('\n') + '\n');
  writeFileSync(join(opts.artifacts, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await browser.close();
}

const failed = results.filter((r) => r.status === 'FAIL');
console.log(`\n${results.length - failed.length} of ${results.length} checks did not fail; screenshots in ${opts.artifacts}`);
process.exit(failed.length > 0 ? 1 : 0);

// ---------------------------------------------------------------------------------------------

async function shot(page, name) {
  await page.screenshot({ path: join(opts.artifacts, `${name}.png`), timeout: 15_000 });
}

async function openFile(page, name) {
  // Quick Open (Ctrl+P) is the most robust way in: it does not depend on the explorer's layout.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+P');
    if (await input.isVisible({ timeout: 5_000 }).catch(() => false)) {
      break;
    }
    await page.waitForTimeout(1_000);
  }
  await input.fill(name);
  // Click the match rather than pressing Enter: the focused row may still be a recently opened file.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** Go to Line through Quick Open (":<line>"), which works the same in every keyboard layout and browser. */
async function goToLine(page, line) {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('Control+P');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

async function checkLanguageMode(page) {
  const mode = page.locator('#status\\.editor\\.mode');
  try {
    await mode.filter({ hasText: 'Obligations' }).waitFor({ timeout: 20_000 });
    pass('language mode', 'the status bar shows "Obligations" for harm.obl');
  } catch {
    fail('language mode', `status bar language is "${(await mode.textContent().catch(() => '?'))?.trim()}"`);
  }
}

/** Colours of the rendered tokens (the editor renders each token run as span.mtkN; mtk1 is the default foreground). */
async function renderedTokens(editor) {
  return editor.evaluate((root) =>
    [...root.querySelectorAll('.view-lines span[class^="mtk"]')].map((span) => ({
      // The editor renders spaces as no-break spaces.
      text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
      cls: span.className,
      colour: getComputedStyle(span).color,
    })),
  );
}

async function checkColours(page, editor) {
  // [kind of token, how to recognise its rendered span]
  const probes = [
    ['declaration keyword', (t) => t === 'obligation'],
    ['enum keyword', (t) => t === 'enum'],
    ['clause keyword', (t) => t === 'holder'],
    ['conditional keyword', (t) => t === 'when'],
    ['word operator', (t) => t === 'and'],
    ['doc comment', (t) => t.startsWith('/// ')],
    ['line comment', (t) => t.startsWith('// The harm prevention rule')],
    ['citation string', (t) => t === '"UN GGE 2021, norm 13c"'],
    ['number', (t) => t === '1_000_000'],
    ['currency unit', (t) => t === 'USD'],
    ['duration unit', (t) => t === 'days'],
    ['declaration name', (t) => t === 'prevent_harm'],
    ['primitive type', (t) => t === 'bool'],
  ];
  const seen = new Map();
  // Tokenisation runs asynchronously after the text is shown: wait until the first keyword is coloured.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const module = (await renderedTokens(editor)).find((s) => s.text === 'module');
    if (module && module.cls !== 'mtk1') break;
    await page.waitForTimeout(500);
  }
  // Only the visible lines are rendered: page through the file as a reader would.
  await editor.locator('.view-line').first().click();
  await page.keyboard.press('Control+Home');
  const all = new Map();
  for (let screen = 0; screen < 8; screen++) {
    await page.waitForTimeout(400);
    const spans = await renderedTokens(editor);
    for (const span of spans) all.set(`${span.text}\t${span.cls}`, span);
    for (const span of spans) {
      for (const [what, matches] of probes) {
        if (!seen.has(what) && matches(span.text)) seen.set(what, span);
      }
    }
    if (screen === 0) await shot(page, '02-highlighting');
    await page.keyboard.press('PageDown');
  }
  await shot(page, '02b-highlighting-end');
  const foreground = await editor.locator('.view-lines').first().evaluate((el) => getComputedStyle(el).color);
  writeFileSync(join(opts.artifacts, 'token-colours.json'), JSON.stringify(Object.fromEntries(seen), null, 2) + '\n');
  writeFileSync(join(opts.artifacts, 'rendered-tokens.tsv'), [...all.values()].map((t) => `${t.text}\t${t.cls}\t${t.colour}`).join('\n') + '\n');
  for (const [what] of probes) {
    const found = seen.get(what);
    if (!found) {
      fail(`colour: ${what}`, 'no such token rendered');
    } else if (found.cls === 'mtk1' || found.colour === foreground) {
      fail(`colour: ${what}`, `"${found.text}" has the default foreground (${found.colour})`);
    } else {
      pass(`colour: ${what}`, `"${found.text.slice(0, 30)}" ${found.cls} ${found.colour}`);
    }
  }
  const distinct = new Set([...seen.values()].map((s) => s.colour));
  if (distinct.size >= 5) {
    pass('distinct colours', `${distinct.size} colours over ${probes.length} kinds of token`);
  } else {
    fail('distinct colours', `only ${distinct.size} colours: ${[...distinct].join(', ')}`);
  }
}

/** Reads the extension's status bar item: returns 'ready', 'failed', 'starting' or 'absent'. */
async function checkStatusBar(page) {
  const item = page.locator('.statusbar-item', { has: page.locator('.codicon-check, .codicon-error, .codicon-sync') }).filter({ hasText: /^\s*Obligations\s*$/ });
  const deadline = Date.now() + (opts['expect-server'] ? 90_000 : 30_000);
  let state = 'absent';
  let label = '';
  while (Date.now() < deadline) {
    const first = item.first();
    if (await first.isVisible().catch(() => false)) {
      label = (await first.locator('[aria-label]').first().getAttribute('aria-label').catch(() => null)) ?? (await first.getAttribute('aria-label').catch(() => '')) ?? '';
      if (await first.locator('.codicon-check').count()) state = 'ready';
      else if (await first.locator('.codicon-error').count()) state = 'failed';
      else state = 'starting';
      if (state !== 'starting') break;
    }
    await page.waitForTimeout(500);
  }
  await page.locator('.part.statusbar').screenshot({ path: join(opts.artifacts, '03-statusbar.png'), timeout: 10_000 }).catch(() => {});
  if (opts['expect-server']) {
    state === 'ready' ? pass('status bar', 'Obligations: ready') : fail('status bar', `expected ready, found ${state} ${label}`);
  } else if (state === 'failed') {
    pass('status bar', `Obligations: failed, as expected without a bundled server (${label.replace(/\s+/g, ' ').slice(0, 160)})`);
  } else {
    fail('status bar', `expected the item to report a failure without a server, found ${state}`);
  }
  return state;
}

async function checkDiagnostics(page, serverState) {
  if (serverState !== 'ready') {
    fail('diagnostics', 'the server is not ready');
    return;
  }
  await openFile(page, 'broken.obl');
  try {
    await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    const count = await page.locator('.editor-instance .monaco-editor .squiggly-error').count();
    pass('diagnostics', `${count} error squiggle(s) in broken.obl`);
  } catch {
    fail('diagnostics', 'no error squiggle in broken.obl within 60 s');
  }
  await shot(page, '04-diagnostics');
}

async function checkHover(page, serverState) {
  if (serverState !== 'ready') {
    fail('hover', 'the server is not ready');
    return;
  }
  await openFile(page, 'harm.obl');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  // Bring the declaration into view with Go to Line (Ctrl+G): only visible lines are rendered.
  const source = readFileSync(new URL('./workspace/harm.obl', import.meta.url), 'utf8').split('\n');
  const line = source.findIndex((l) => l.startsWith('obligation prevent_harm')) + 1;
  await goToLine(page, line);
  const target = editor.locator('.view-line span', { hasText: /^prevent_harm$/ }).first();
  try {
    await target.waitFor({ timeout: 20_000 });
    await target.hover();
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown').first();
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const text = ((await hover.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    text.length > 0 ? pass('hover', text.slice(0, 200)) : fail('hover', 'empty hover');
  } catch {
    fail('hover', 'no hover over prevent_harm within 30 s');
  }
  await shot(page, '05-hover');
}
