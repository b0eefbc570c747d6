import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeState } from '../../src/statusModel';

describe('describeState', () => {
  test('the three states read as the output channel shows them', () => {
    assert.equal(describeState({ kind: 'starting' }).line, 'Obligations: starting');
    assert.equal(describeState({ kind: 'ready' }).line, 'Obligations: ready');
    assert.equal(describeState({ kind: 'failed', reason: 'no .NET runtime found.' }).line, 'Obligations: failed: no .NET runtime found.');
  });

  test('a failure is an error, with a short tooltip', () => {
    const view = describeState({ kind: 'failed', reason: 'first sentence. ' + 'x'.repeat(500) });
    assert.equal(view.isError, true);
    assert.match(view.tooltip, /^Obligations: failed: first sentence\.\n/);
  });
});
