// Keeps the TextMate grammar and its scope tests in step with the ANTLR grammar's keywords.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const extensionDir = resolve(__dirname, '../..');
const g4 = resolve(extensionDir, '../grammar/Obl.g4');

function keywords(): string[] {
  const text = readFileSync(g4, 'utf8');
  return [...text.matchAll(/\b[A-Z_]+\s*:\s*'([a-z]+)'\s*;/g)].map((m) => m[1]);
}

describe('keywords of grammar/Obl.g4', { skip: !existsSync(g4) && `${g4} not found` }, () => {
  test('the ANTLR grammar still declares its keywords the way this test reads them', () => {
    assert.ok(keywords().length >= 45, `found only ${keywords().length} keywords`);
  });

  test('every keyword is matched by the TextMate grammar', () => {
    const tm = readFileSync(join(extensionDir, 'syntaxes/obl.tmLanguage.json'), 'utf8');
    const missing = keywords().filter((k) => !new RegExp(`[()|:"]${k}[|)?\\\\(]`).test(tm));
    assert.deepEqual(missing, []);
  });

  test('every keyword appears in a grammar test file, under a scope assertion', () => {
    const dir = join(extensionDir, 'test/grammar');
    const asserted = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.obl'))) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      let source = '';
      for (const line of lines.slice(1)) {
        const caret = /^\/\/(\s*)(\^+)/.exec(line);
        if (caret) {
          const from = 2 + caret[1].length;
          asserted.add(source.slice(from, from + caret[2].length));
        } else if (!/^\/\/\s*<-/.test(line)) {
          source = line;
        } else {
          const arrow = /^\/\/\s*<(~*)(-+)/.exec(line)!;
          asserted.add(source.slice(arrow[1].length, arrow[1].length + arrow[2].length));
        }
      }
    }
    assert.deepEqual(keywords().filter((k) => !asserted.has(k)), []);
  });
});
