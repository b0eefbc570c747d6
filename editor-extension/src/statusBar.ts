// Shows the server state in the status bar and the output channel.
import * as vscode from 'vscode';
import { describeState, ServerState } from './statusModel';

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private current: ServerState = { kind: 'stopped' };

  constructor(private readonly output: vscode.OutputChannel) {
    this.item = vscode.window.createStatusBarItem('obligations.status', vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'Obligations Language Server';
    this.item.command = 'obligations.showOutput';
  }

  get state(): ServerState {
    return this.current;
  }

  set(state: ServerState): void {
    this.current = state;
    const view = describeState(state);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.output.appendLine(`[${new Date().toISOString()}] ${view.line}`);
  }

  dispose(): void {
    this.item.dispose();
  }
}
