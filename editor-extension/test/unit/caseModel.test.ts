import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseTree, CaseRunResult, ListCasesResult, outcomeOf, sameUri, selectCases, summary } from '../../src/caseModel';

// The shape obligations/listCases answers with (see src/Obligations.LanguageServer/README.md).
const list: ListCasesResult = {
  ruleSets: [
    {
      uri: 'file:///w/vulnerability-disclosure',
      name: 'vulnerability-disclosure',
      cases: [{ uri: 'file:///w/vulnerability-disclosure/cases/pending.json', name: 'pending', expectedRules: {}, expectedConsequences: {} }],
    },
    {
      uri: 'file:///w/fee',
      name: 'fee',
      cases: [
        { uri: 'file:///w/fee/cases/paid.json', name: 'paid', description: 'A large amount, paid', expectedRules: { pay_fee: 'complied' }, expectedConsequences: {} },
        { uri: 'file:///w/fee/cases/bad.json', name: 'bad', description: 'ignored', problem: '$: not valid JSON (line 1, byte 2)', expectedRules: {}, expectedConsequences: {} },
      ],
    },
  ],
};

const failing: CaseRunResult = {
  uri: 'file:///w/fee/cases/unpaid.json',
  passed: false,
  messages: ['rule pay_fee: status expected complied, actual breached', 'consequence penalty: status expected not_triggered, actual applies'],
  differences: [
    { subject: 'rule', name: 'pay_fee', expected: 'complied', actual: 'breached' },
    { subject: 'consequence', name: 'penalty', expected: 'not_triggered', actual: 'applies' },
  ],
  actualRules: { pay_fee: 'breached' },
  actualConsequences: { penalty: 'applies' },
};

describe('caseTree', () => {
  test('rule sets sorted by name, cases as children in file order, a problem shown instead of the description', () => {
    const tree = caseTree(list);
    assert.deepEqual(tree.map((n) => n.label), ['fee', 'vulnerability-disclosure']);
    assert.deepEqual(tree[0].children.map((c) => [c.label, c.description]), [
      ['paid', 'A large amount, paid'],
      ['bad', '$: not valid JSON (line 1, byte 2)'],
    ]);
    assert.equal(tree[0].children[0].id, 'file:///w/fee/cases/paid.json');
  });
});

describe('selectCases', () => {
  const tree = caseTree(list);
  test('no include means every case', () => {
    assert.deepEqual(selectCases(tree, undefined), [
      'file:///w/fee/cases/paid.json',
      'file:///w/fee/cases/bad.json',
      'file:///w/vulnerability-disclosure/cases/pending.json',
    ]);
  });
  test('a rule set stands for its cases; exclude wins', () => {
    assert.deepEqual(selectCases(tree, ['file:///w/fee'], ['file:///w/fee/cases/bad.json']), ['file:///w/fee/cases/paid.json']);
  });
  test('a single case', () => {
    assert.deepEqual(selectCases(tree, ['file:///w/vulnerability-disclosure/cases/pending.json']), [
      'file:///w/vulnerability-disclosure/cases/pending.json',
    ]);
  });
});

describe('outcomeOf', () => {
  test('a passed case', () => {
    assert.deepEqual(outcomeOf({ ...failing, passed: true, messages: [], differences: [] }), { kind: 'passed' });
  });
  test('a failed case names every differing status, with expected and actual for the diff view', () => {
    assert.deepEqual(outcomeOf(failing), {
      kind: 'failed',
      message: 'rule pay_fee: status expected complied, actual breached\nconsequence penalty: status expected not_triggered, actual applies',
      expected: 'rule pay_fee: complied\nconsequence penalty: not_triggered',
      actual: 'rule pay_fee: breached\nconsequence penalty: applies',
    });
  });
  test('a case that could not be compared is an error with the reason', () => {
    const broken = { ...failing, differences: [], messages: ['the rule set does not compile: fee.obl(3,1): error OBL1002: …'] };
    assert.deepEqual(outcomeOf(broken), { kind: 'errored', message: 'the rule set does not compile: fee.obl(3,1): error OBL1002: …' });
    assert.equal(outcomeOf(undefined).kind, 'errored');
  });
  test('summary counts like oblc test', () => {
    assert.equal(summary([outcomeOf(failing), { kind: 'passed' }, { kind: 'passed' }]), '2 passed, 1 failed');
  });
});

describe('sameUri', () => {
  test('percent-encoding and a trailing slash do not matter', () => {
    assert.ok(sameUri('file:///w/my%20rules/cases/a.json', 'file:///w/my rules/cases/a.json'));
    assert.ok(sameUri('file:///w/fee/', 'file:///w/fee'));
    assert.ok(!sameUri('file:///w/fee/cases/a.json', 'file:///w/fee/cases/b.json'));
  });
});
