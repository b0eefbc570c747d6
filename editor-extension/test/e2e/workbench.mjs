// Small, bounded steps on the code-server workbench shared by the e2e checks: screenshots, opening a file,
// going to a line, hovering a word and reading the hover. Every wait has a timeout.
import { join } from 'node:path';

export async function shot(page, artifacts, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), timeout: 15_000 });
}

/** The open editor (the first editor group's). */
export const activeEditor = (page) => page.locator('.editor-instance .monaco-editor').first();

export async function openFile(page, name) {
  // Quick Open (Ctrl+P) is the most robust way in: it does not depend on the explorer's layout.
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 300 } }).catch(() => {});
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
export async function goToLine(page, line) {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('Control+P');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** Runs a command through the command palette (F1), picking the row whose label is exactly `label`. */
export async function runCommand(page, label) {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** The text of every hover widget on screen, whitespace collapsed. */
export async function visibleHoverText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height > 0)
      .map((el) => el.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * Hovers `word` (a whole rendered token) in the open editor and waits until the hover text satisfies
 * `accept`, moving the mouse off and back now and then (a hover shown before the diagnostics arrived
 * does not update by itself). Returns the last hover text seen, accepted or not.
 */
export async function hoverUntil(page, word, accept, timeoutMs) {
  const target = activeEditor(page).locator('.view-line span', { hasText: new RegExp(`^${word}$`) }).first();
  await target.waitFor({ timeout: Math.min(timeoutMs, 20_000) });
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    await target.hover({ timeout: 5_000 });
    const shown = Date.now() + 5_000;
    while (Date.now() < shown && Date.now() < deadline) {
      text = await visibleHoverText(page);
      if (accept(text)) return text;
      await page.waitForTimeout(250);
    }
  }
  return text;
}
