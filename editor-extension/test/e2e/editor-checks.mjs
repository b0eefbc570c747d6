// Checks of what the extension itself provides, with or without a server: the language mode, the colours
// of the TextMate grammar and the status bar item that reports the server state.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shot } from './workbench.mjs';

export async function checkLanguageMode({ page, pass, fail }) {
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

export async function checkColours({ page, artifacts, pass, fail }, editor) {
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
    if (screen === 0) await shot(page, artifacts, '02-highlighting');
    await page.keyboard.press('PageDown');
  }
  await shot(page, artifacts, '02b-highlighting-end');
  const foreground = await editor.locator('.view-lines').first().evaluate((el) => getComputedStyle(el).color);
  writeFileSync(join(artifacts, 'token-colours.json'), JSON.stringify(Object.fromEntries(seen), null, 2) + '\n');
  writeFileSync(join(artifacts, 'rendered-tokens.tsv'), [...all.values()].map((t) => `${t.text}\t${t.cls}\t${t.colour}`).join('\n') + '\n');
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
export async function checkStatusBar({ page, artifacts, expectServer, pass, fail }) {
  const item = page.locator('.statusbar-item', { has: page.locator('.codicon-check, .codicon-error, .codicon-sync') }).filter({ hasText: /^\s*Obligations\s*$/ });
  const deadline = Date.now() + (expectServer ? 90_000 : 30_000);
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
  await page.locator('.part.statusbar').screenshot({ path: join(artifacts, '03-statusbar.png'), timeout: 10_000 }).catch(() => {});
  if (expectServer) {
    state === 'ready' ? pass('status bar', 'Obligations: ready') : fail('status bar', `expected ready, found ${state} ${label}`);
  } else if (state === 'failed') {
    pass('status bar', `Obligations: failed, as expected without a bundled server (${label.replace(/\s+/g, ' ').slice(0, 160)})`);
  } else {
    fail('status bar', `expected the item to report a failure without a server, found ${state}`);
  }
  return state;
}
