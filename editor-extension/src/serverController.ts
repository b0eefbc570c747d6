// Starts, restarts and stops the Obligations language server through vscode-languageclient.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from 'vscode-languageclient/node';
import { probeDotnetRuntime } from './dotnetProbe';
import {
  HostContext,
  initializationOptions,
  ObligationsSettings,
  readSettings,
  resolveDotnet,
  resolveServer,
  serverCommand,
} from './serverResolution';
import { ServerStatus } from './statusBar';

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private stopping = false;
  private notified = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly status: ServerStatus,
  ) {}

  async start(): Promise<void> {
    this.status.set({ kind: 'starting' });
    const settings = readSettings((key) => vscode.workspace.getConfiguration('obligations').get(key));
    const ctx = this.hostContext();

    const launch = resolveServer(settings, ctx);
    if (!launch.ok) {
      return this.fail(launch.reason);
    }
    let dotnet: string | undefined;
    const env: Record<string, string | undefined> = { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
    let runtimeDetail = '';
    if (launch.value.kind === 'dotnet') {
      const found = resolveDotnet(settings, ctx);
      if (!found.ok) {
        return this.fail(found.reason);
      }
      const runtime = await probeDotnetRuntime(found.value);
      if (!runtime.ok) {
        return this.fail(runtime.reason);
      }
      dotnet = found.value;
      runtimeDetail = `, .NET ${runtime.value.version}`;
    } else if (settings.dotnetPath !== '') {
      // A native (apphost) server finds its runtime through DOTNET_ROOT.
      const found = resolveDotnet(settings, ctx);
      if (found.ok) {
        env.DOTNET_ROOT = path.dirname(found.value);
      }
    }

    const { command, args } = serverCommand(launch.value, dotnet);
    this.output.appendLine(`Starting: ${command} ${args.join(' ')}`);
    const executable = { command, args, options: { env } };
    const serverOptions: ServerOptions = { run: executable, debug: executable };
    const client = new LanguageClient('obligations', 'Obligations Language Server', serverOptions, this.clientOptions(settings));
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped && !this.stopping && this.client === client) {
        this.status.set({ kind: 'failed', reason: 'the language server stopped; see the output for its last messages.' });
      }
    });
    this.client = client;
    try {
      await client.start();
      this.status.set({ kind: 'ready', detail: `${launch.value.origin} server${runtimeDetail}` });
    } catch (e) {
      return this.fail(`the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The running language client, waiting up to `timeoutMs` for a start in progress; undefined if none. */
  async readyClient(timeoutMs = 60_000): Promise<LanguageClient | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const client = this.client;
      if (client?.isRunning()) return client;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    this.stopping = true;
    try {
      if (client.isRunning()) {
        await client.stop(5_000);
      }
    } catch (e) {
      this.output.appendLine(`Stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.stopping = false;
      this.status.set({ kind: 'stopped' });
    }
  }

  dispose(): void {
    void this.stop();
  }

  private clientOptions(settings: ObligationsSettings): LanguageClientOptions {
    return {
      documentSelector: [
        { scheme: 'file', language: 'obl' },
        { scheme: 'untitled', language: 'obl' },
      ],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.obl') },
      initializationOptions: initializationOptions(settings),
      outputChannel: this.output,
    };
  }

  private hostContext(): HostContext {
    return {
      extensionPath: this.context.extensionPath,
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      homeDir: os.homedir(),
      env: process.env,
      platform: process.platform,
      fileExists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
      isDirectory: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
    };
  }

  private fail(reason: string): void {
    this.status.set({ kind: 'failed', reason });
    if (!this.notified) {
      this.notified = true;
      void vscode.window.showErrorMessage(`Obligations: ${reason}`, 'Show Output', 'Open Settings').then((choice) => {
        if (choice === 'Show Output') {
          this.output.show(true);
        } else if (choice === 'Open Settings') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'obligations.server');
        }
      });
    }
  }
}
