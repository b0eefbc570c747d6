// Entry point of the Obligations extension: highlighting and snippets are declarative (package.json);
// this file starts the language server and wires the commands and the status bar.
import * as vscode from 'vscode';
import { CaseTests } from './caseTests';
import { ServerController } from './serverController';
import { needsRestart } from './serverResolution';
import { ServerStatus } from './statusBar';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Obligations');
  const status = new ServerStatus(output);
  controller = new ServerController(context, output, status);
  const server = controller;
  const cases = new CaseTests(() => server.readyClient(), output);

  context.subscriptions.push(
    output,
    status,
    server,
    cases,
    vscode.commands.registerCommand('obligations.restartServer', async () => {
      await server.restart();
      await cases.refresh();
    }),
    vscode.commands.registerCommand('obligations.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (needsRestart((section) => e.affectsConfiguration(section))) {
        output.appendLine('Settings changed: restarting the language server.');
        void server.restart();
      }
    }),
  );

  // Not awaited: a slow or missing server must not hold up the editor; the status bar tells.
  void server.start().then(() => cases.refresh());
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
