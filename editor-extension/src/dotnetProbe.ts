// Asks a dotnet executable which runtimes it has. No 'vscode' import: unit-tested with plain Node.
import { execFile } from 'node:child_process';
import { checkRuntime, describeDotnetFailure, DotnetRuntime, parseListRuntimes, Resolution } from './serverResolution';

/** Bounded: a dotnet that hangs (first-run setup, a broken install) must not hold the extension forever. */
export const PROBE_TIMEOUT_MS = 20_000;

/** Runs `dotnet --list-runtimes` and checks for Microsoft.NETCore.App 10.x. */
export function probeDotnetRuntime(dotnet: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<Resolution<DotnetRuntime>> {
  return new Promise((resolve) => {
    execFile(
      dotnet,
      ['--list-runtimes'],
      { timeout: timeoutMs, windowsHide: true, env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
      (error, stdout) => {
        if (error) {
          const killed = (error as { killed?: boolean }).killed === true;
          const reason = killed
            ? `"${dotnet} --list-runtimes" did not answer within ${Math.round(timeoutMs / 1000)} s.`
            : describeDotnetFailure(dotnet, error as { code?: string | number; message: string });
          resolve({ ok: false, reason });
          return;
        }
        resolve(checkRuntime(parseListRuntimes(String(stdout))));
      },
    );
  });
}
