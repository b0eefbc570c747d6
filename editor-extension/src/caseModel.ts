// The scenario-case requests of the Obligations language server (obligations/listCases, obligations/runCases)
// and what the Test view makes of their answers. No VS Code here, so the unit tests run in plain Node.

export interface ScenarioCaseItem {
  uri: string;
  name: string;
  description?: string;
  expectedRules: Record<string, string>;
  expectedConsequences: Record<string, string>;
  problem?: string;
}

export interface RuleSetCases {
  uri: string;
  name: string;
  cases: ScenarioCaseItem[];
}

export interface ListCasesResult {
  ruleSets: RuleSetCases[];
}

export interface StatusDifference {
  subject: 'rule' | 'consequence';
  name: string;
  expected: string;
  actual: string;
}

export interface CaseRunResult {
  uri: string;
  passed: boolean;
  messages: string[];
  differences: StatusDifference[];
  actualRules: Record<string, string>;
  actualConsequences: Record<string, string>;
}

export interface RunCasesResult {
  results: CaseRunResult[];
  passed: number;
  failed: number;
}

export const listCasesMethod = 'obligations/listCases';
export const runCasesMethod = 'obligations/runCases';

/** One node of the Test view: a rule set with its cases as children, or a case. */
export interface CaseNode {
  id: string;
  label: string;
  uri: string;
  description?: string;
  children: CaseNode[];
}

/** The Test view's tree: rule sets sorted by label, cases in file order; labels name the rule set's folder. */
export function caseTree(list: ListCasesResult): CaseNode[] {
  return [...list.ruleSets]
    .sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri))
    .map((ruleSet) => ({
      id: ruleSet.uri,
      label: ruleSet.name,
      uri: ruleSet.uri,
      children: ruleSet.cases.map((c) => ({
        id: c.uri,
        label: c.name,
        uri: c.uri,
        description: c.problem ?? c.description,
        children: [],
      })),
    }));
}

/** The case ids a run asks for: every case under `include` (all when absent), minus those under `exclude`. */
export function selectCases(tree: CaseNode[], include: readonly string[] | undefined, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude);
  const picked: string[] = [];
  const walk = (node: CaseNode, chosen: boolean): void => {
    if (excluded.has(node.id)) return;
    const on = chosen || include === undefined || include.includes(node.id);
    if (node.children.length === 0) {
      if (on) picked.push(node.id);
      return;
    }
    node.children.forEach((child) => walk(child, on));
  };
  tree.forEach((node) => walk(node, false));
  return [...new Set(picked)];
}

/** URIs as the client and the server spell them may differ in percent-encoding; compare them decoded. */
export function sameUri(a: string, b: string): boolean {
  const decode = (u: string): string => {
    try {
      return decodeURIComponent(u).replace(/\/+$/, '');
    } catch {
      return u;
    }
  };
  return decode(a) === decode(b);
}

export type CaseOutcome =
  | { kind: 'passed' }
  | { kind: 'failed'; message: string; expected?: string; actual?: string }
  | { kind: 'errored'; message: string };

/**
 * What the Test view shows for a case: passed; failed with the differing statuses (and, for the diff view, the
 * expected and actual statuses of just those rules and consequences); or errored when the case could not be
 * compared at all (the rule set does not compile, the facts do not fit, no answer for it).
 */
export function outcomeOf(result: CaseRunResult | undefined): CaseOutcome {
  if (result === undefined) return { kind: 'errored', message: 'the language server returned no result for this case' };
  if (result.passed) return { kind: 'passed' };
  if (result.differences.length === 0) return { kind: 'errored', message: result.messages.join('\n') };
  const message = result.messages.join('\n');
  const side = (pick: (d: StatusDifference) => string): string =>
    result.differences.map((d) => `${d.subject} ${d.name}: ${pick(d)}`).join('\n');
  return { kind: 'failed', message, expected: side((d) => d.expected), actual: side((d) => d.actual) };
}

/** The run's summary line, as `oblc test` ends: "3 passed, 1 failed". */
export function summary(outcomes: CaseOutcome[]): string {
  const passed = outcomes.filter((o) => o.kind === 'passed').length;
  return `${passed} passed, ${outcomes.length - passed} failed`;
}
