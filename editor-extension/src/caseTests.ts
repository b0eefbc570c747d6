// The scenario cases (cases/*.json beside each rule set) in VS Code's Test view: listed and run through the
// language server's obligations/listCases and obligations/runCases requests, so a case passes or fails exactly
// as in `oblc test`, against the rules as they are in the editor (unsaved edits included).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  caseTree,
  CaseNode,
  listCasesMethod,
  ListCasesResult,
  outcomeOf,
  runCasesMethod,
  RunCasesResult,
  sameUri,
  selectCases,
  summary,
} from './caseModel';

export class CaseTests implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController('obligations.cases', 'Obligations scenario cases');
  private readonly disposables: vscode.Disposable[] = [this.controller];
  private tree: CaseNode[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly output: vscode.OutputChannel,
  ) {
    this.controller.resolveHandler = async (item) => {
      if (item === undefined) await this.refresh();
    };
    this.controller.refreshHandler = () => this.refresh();
    this.controller.createRunProfile('Run cases', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
    const watcher = vscode.workspace.createFileSystemWatcher('**/cases/*.json');
    const later = (): void => this.scheduleRefresh();
    this.disposables.push(watcher, watcher.onDidCreate(later), watcher.onDidDelete(later), watcher.onDidChange(later));
  }

  /** Lists the workspace's cases again (after a server start, or when case files change). */
  async refresh(): Promise<void> {
    const client = await this.client();
    if (client === undefined) return;
    try {
      const list = await client.sendRequest<ListCasesResult>(listCasesMethod, {});
      this.tree = caseTree(list);
      this.controller.items.replace(this.tree.map((node) => this.toItem(node)));
    } catch (e) {
      this.output.appendLine(`Listing scenario cases failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.disposables.forEach((d) => d.dispose());
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 300);
  }

  private toItem(node: CaseNode): vscode.TestItem {
    const item = this.controller.createTestItem(node.id, node.label, vscode.Uri.parse(node.uri));
    item.description = node.description;
    if (node.children.length === 0) item.range = new vscode.Range(0, 0, 0, 0);
    node.children.forEach((child) => item.children.add(this.toItem(child)));
    return item;
  }

  private find(id: string): vscode.TestItem | undefined {
    for (const [, ruleSet] of this.controller.items) {
      if (ruleSet.id === id) return ruleSet;
      const child = ruleSet.children.get(id);
      if (child !== undefined) return child;
    }
    return undefined;
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request, 'Obligations scenario cases');
    try {
      const client = await this.client();
      const ids = selectCases(this.tree, request.include?.map((i) => i.id), request.exclude?.map((i) => i.id));
      const items = ids.map((id) => this.find(id)).filter((i): i is vscode.TestItem => i !== undefined);
      items.forEach((item) => run.started(item));
      if (client === undefined) {
        items.forEach((item) => run.errored(item, new vscode.TestMessage('the Obligations language server is not running')));
        return;
      }
      const answer = await client.sendRequest<RunCasesResult>(runCasesMethod, { uris: ids }, token);
      const outcomes = items.map((item) => {
        const outcome = outcomeOf(answer.results.find((r) => sameUri(r.uri, item.id)));
        if (outcome.kind === 'passed') run.passed(item);
        else if (outcome.kind === 'errored') run.errored(item, new vscode.TestMessage(outcome.message));
        else {
          const message = new vscode.TestMessage(outcome.message);
          message.expectedOutput = outcome.expected;
          message.actualOutput = outcome.actual;
          run.failed(item, message);
        }
        return outcome;
      });
      run.appendOutput(`${summary(outcomes)}\r\n`);
    } catch (e) {
      if (!token.isCancellationRequested) this.output.appendLine(`Running scenario cases failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      run.end();
    }
  }
}
