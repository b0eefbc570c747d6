// Checks that need the language server: error squiggles, hovers, the Problems panel — compared with what
// `oblc check` reports for the same workspace (expected-diagnostics.json) — and a contradiction found by the
// analyses, whose hover must show the situation (witness) in which both rules apply.
import { readFileSync } from 'node:fs';
import { activeEditor, goToLine, hoverUntil, openFile, runCommand, shot } from './workbench.mjs';

/** `oblc check . --format json` run in workspace/ (re-baseline: see the README's e2e section). */
const expected = JSON.parse(readFileSync(new URL('./expected-diagnostics.json', import.meta.url), 'utf8')).diagnostics;
const sourceLines = (file) => readFileSync(new URL(`./workspace/${file}`, import.meta.url), 'utf8').split('\n');
const describe = (d) => `${d.file}(${d.line},${d.column}) ${d.severity} ${d.code}`;

export async function checkDiagnostics({ page, artifacts, pass, fail }) {
  await openFile(page, 'broken.obl');
  const squiggles = activeEditor(page).locator('.squiggly-error');
  try {
    await squiggles.first().waitFor({ timeout: 60_000 });
    pass('diagnostics', `${await squiggles.count()} error squiggle(s) in broken.obl`);
  } catch {
    fail('diagnostics', 'no error squiggle in broken.obl within 60 s');
  }
  await shot(page, artifacts, '04-diagnostics');
}

export async function checkHover({ page, artifacts, stubServer, pass, fail }) {
  await openFile(page, 'harm.obl');
  // Bring the declaration into view: only visible lines are rendered.
  await goToLine(page, sourceLines('harm.obl').findIndex((l) => l.startsWith('obligation prevent_harm')) + 1);
  // The real server shows the declaration; the stand-in only names the word.
  const wanted = stubServer ? 'stub hover: prevent_harm' : 'obligation prevent_harm';
  const text = await hoverUntil(page, 'prevent_harm', (t) => t.includes(wanted), 30_000).catch(() => '');
  text.includes(wanted) ? pass('hover', text.slice(0, 200)) : fail('hover', `no "${wanted}" hover over prevent_harm within 30 s: "${text.slice(0, 200)}"`);
  await shot(page, artifacts, '05-hover');
}

/** Opens the Problems panel with its shortcut (Ctrl+Shift+M), or through the command palette. */
async function openProblems(page) {
  const panel = page.locator('.markers-panel');
  await activeEditor(page).click({ position: { x: 200, y: 10 } }).catch(() => {});
  await page.keyboard.press('Control+Shift+M');
  if (await panel.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false)) return 'Ctrl+Shift+M';
  await runCommand(page, 'View: Show Problems').catch(() => runCommand(page, 'Problems: Focus on Problems View'));
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  return 'the command palette';
}

/** Every row of the Problems tree: it renders only the rows in view, so scroll through it. */
async function problemRows(page) {
  const list = page.locator('.markers-panel .monaco-list').first();
  const seen = new Map();
  await list.hover({ timeout: 5_000 });
  await page.mouse.wheel(0, -10_000);
  for (let step = 0; step < 20; step++) {
    await page.waitForTimeout(150);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => ({
        text: (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
        severity: ['error', 'warning', 'info'].find((s) => row.querySelector(`.codicon-${s}`)) ?? '',
      })),
    );
    const before = seen.size;
    for (const row of rows) seen.set(row.text, row);
    if (step > 0 && seen.size === before) break;
    await page.mouse.wheel(0, 100);
  }
  await page.mouse.wheel(0, -10_000);
  await page.waitForTimeout(200);
  return [...seen.values()];
}

const listed = (rows, d) =>
  rows.find((r) => r.severity === d.severity && r.text.includes(d.message) && r.text.includes(d.code) && r.text.includes(`Ln ${d.line}, Col ${d.column}`));

export async function checkProblems({ page, artifacts, pass, fail }) {
  try {
    pass('problems panel', `opened with ${await openProblems(page)}`);
  } catch {
    fail('problems panel', 'the Problems panel did not open (Ctrl+Shift+M, command palette)');
    return;
  }
  // The analyses' diagnostics (OBL3xxx) are published ~200 ms after the compiler's: wait for all of them.
  let rows = [];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    rows = await problemRows(page);
    if (expected.every((d) => listed(rows, d))) break;
    await page.waitForTimeout(1_000);
  }
  for (const d of expected) {
    listed(rows, d) ? pass(`problems: ${describe(d)}`, d.message) : fail(`problems: ${describe(d)}`, `not listed: ${d.message}`);
  }
  const codes = (text) => text.match(/\bOBL\d{4}\b/g) ?? [];
  const extra = rows.filter((r) => codes(r.text).length > 0 && !expected.some((d) => listed([r], d)));
  extra.length === 0
    ? pass('problems: nothing else', `${expected.length} diagnostics, as oblc check reports`)
    : fail('problems: nothing else', extra.map((r) => r.text.slice(0, 120)).join(' | '));
  await shot(page, artifacts, '06-problems');
}

export async function checkContradiction({ page, artifacts, pass, fail }) {
  const d = expected.find((x) => x.code === 'OBL3011');
  if (!d) {
    fail('contradiction', 'expected-diagnostics.json has no OBL3011');
    return;
  }
  const witness = d.message.slice(d.message.indexOf('when: '));
  const word = sourceLines(d.file)[d.line - 1].slice(d.column - 1, d.endColumn - 1);
  await openFile(page, d.file);
  await goToLine(page, d.line);
  try {
    await activeEditor(page).locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    pass('contradiction: squiggle', `${d.file} line ${d.line} ('${word}')`);
  } catch {
    fail('contradiction: squiggle', `no error squiggle in ${d.file} within 60 s`);
  }
  const text = await hoverUntil(page, word, (t) => t.includes(d.code) && t.includes(witness), 60_000).catch((e) => `(${e.message.split('\n')[0]})`);
  text.includes(d.code) && text.includes(d.message)
    ? pass('contradiction: hover with witness', witness)
    : fail('contradiction: hover with witness', `hover over '${word}' lacks "${d.code}" / "${witness}": "${text.slice(0, 300)}"`);
  await shot(page, artifacts, '07-contradiction');
}
