// Checks of the scenario cases in the editor: the case-count CodeLens above a rule, and the Test view
// (VS Code's Testing API) listing workspace/fee's cases, running them through the language server, and
// showing two passes and one failure whose message names the differing statuses.
import { join } from 'node:path';
import { activeEditor, openFile, runCommand, shot } from './workbench.mjs';

const failureText = 'rule pay_fee: status expected complied, actual breached';

export async function checkCodeLens({ page, artifacts, pass, fail }) {
  await openFile(page, 'fee.obl');
  const lens = activeEditor(page).locator('.codelens-decoration', { hasText: '3 cases:' }).first();
  try {
    await lens.waitFor({ timeout: 60_000 });
    pass('code lens', (await lens.textContent())?.trim() ?? '');
  } catch {
    fail('code lens', 'no "3 cases: …" lens above pay_fee within 60 s');
  }
}

/** The Test view's rows as { label, state }, state from the row's result icon. */
async function testRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.test-explorer .monaco-list-row')].map((row) => ({
      label: (row.querySelector('.label, .monaco-icon-label')?.textContent ?? row.textContent ?? '').replace(/\s+/g, ' ').trim(),
      state: ['passed', 'failed', 'errored', 'queued', 'running', 'unset']
        .find((s) => row.querySelector(`.codicon-testing-${s}-icon`)) ?? '',
      expanded: row.getAttribute('aria-expanded'),
    })),
  );
}

export async function checkTestView({ page, artifacts, pass, fail }) {
  await runCommand(page, 'Testing: Focus on Test Explorer View').catch(() => runCommand(page, 'View: Show Testing'));
  const explorer = page.locator('.test-explorer');
  await explorer.waitFor({ state: 'visible', timeout: 30_000 });
  const ruleSet = explorer.locator('.monaco-list-row', { hasText: /^\s*fee/ }).first();
  try {
    await ruleSet.waitFor({ timeout: 60_000 });
  } catch {
    fail('test view: cases listed', `no "fee" rule set in the Test view within 60 s: ${JSON.stringify(await testRows(page))}`);
    await shot(page, artifacts, '08-test-view');
    return;
  }
  if ((await ruleSet.getAttribute('aria-expanded')) !== 'true') await ruleSet.locator('.monaco-tl-twistie').click().catch(() => ruleSet.click());
  const names = ['paid', 'small-amount', 'unpaid-wrongly-expected'];
  for (const name of names) await explorer.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 }).catch(() => {});
  const listed = (await testRows(page)).map((r) => r.label);
  names.every((n) => listed.some((l) => l.startsWith(n)))
    ? pass('test view: cases listed', listed.join(' | '))
    : fail('test view: cases listed', `expected ${names.join(', ')}; found ${listed.join(' | ')}`);

  await runCommand(page, 'Test: Run All Tests');
  const deadline = Date.now() + 90_000;
  let rows = [];
  const stateOf = (name) => rows.find((r) => r.label.startsWith(name))?.state;
  while (Date.now() < deadline) {
    rows = await testRows(page);
    if (names.every((n) => ['passed', 'failed', 'errored'].includes(stateOf(n) ?? ''))) break;
    await page.waitForTimeout(500);
  }
  const states = names.map((n) => `${n}: ${stateOf(n) ?? 'none'}`).join(', ');
  stateOf('paid') === 'passed' && stateOf('small-amount') === 'passed' && stateOf('unpaid-wrongly-expected') === 'failed'
    ? pass('test view: run all', states)
    : fail('test view: run all', `expected paid and small-amount passed, unpaid-wrongly-expected failed; found ${states}`);

  // The failure message: the peek (opened on failure) or the Test Results view lists it.
  // (testing.automaticallyOpenPeekView is "failureAnywhere" in the e2e settings.)
  const messageDeadline = Date.now() + 30_000;
  let found = false;
  while (!found && Date.now() < messageDeadline) {
    found = await page.evaluate((text) => document.body.innerText.includes(text), failureText);
    if (!found) {
      await runCommand(page, 'Test: Show Output').catch(() => {});
      await page.waitForTimeout(1_000);
    }
  }
  found ? pass('test view: failure message', failureText) : fail('test view: failure message', `"${failureText}" not shown within 30 s`);
  await shot(page, artifacts, '08-test-view');
  // The README's picture: the rule with its CodeLens beside the Test view's results of the run.
  await openFile(page, 'fee.obl');
  await page.keyboard.press('Escape').catch(() => {});
  await activeEditor(page).locator('.codelens-decoration', { hasText: '3 cases:' }).first().waitFor({ timeout: 30_000 }).catch(() => {});
  await page.locator('.monaco-workbench').screenshot({ path: join(artifacts, 'test-view.png'), timeout: 15_000 }).catch(() => {});
}
