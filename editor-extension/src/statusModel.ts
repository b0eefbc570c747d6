// What the status bar and output channel say about the server. No 'vscode' import.

export type ServerState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready'; readonly detail?: string }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' };

export interface StatusView {
  /** Status bar text, with a codicon. */
  readonly text: string;
  /** One line for the output channel. */
  readonly line: string;
  readonly tooltip: string;
  readonly isError: boolean;
}

const SHORT_REASON = 60;

export function describeState(state: ServerState): StatusView {
  switch (state.kind) {
    case 'starting':
      return { text: '$(sync~spin) Obligations', line: 'Obligations: starting', tooltip: 'Obligations: starting the language server', isError: false };
    case 'ready':
      return {
        text: '$(check) Obligations',
        line: 'Obligations: ready' + (state.detail ? ` (${state.detail})` : ''),
        tooltip: 'Obligations: ready' + (state.detail ? `\n${state.detail}` : ''),
        isError: false,
      };
    case 'failed':
      return {
        text: '$(error) Obligations',
        line: `Obligations: failed: ${state.reason}`,
        tooltip: `Obligations: failed: ${shorten(state.reason)}\nClick to show the output.`,
        isError: true,
      };
    case 'stopped':
      return { text: '$(circle-slash) Obligations', line: 'Obligations: stopped', tooltip: 'Obligations: the language server is stopped', isError: false };
  }
}

function shorten(reason: string): string {
  const firstSentence = reason.split(/(?<=\.)\s/)[0];
  return firstSentence.length <= SHORT_REASON * 2 ? firstSentence : firstSentence.slice(0, SHORT_REASON * 2 - 1) + '…';
}
