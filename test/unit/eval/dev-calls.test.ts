import { describe, expect, it } from 'vitest';
import { diffCalls, totalsOf, type CallLine } from '../../../scripts/eval/dev-calls.ts';

const task = (text: string, matched: boolean, owner = 'rep', dueDate: string | null = null) => ({ text, owner, dueDate, matched, quotes: [] });
const call = (name: string, tasks: CallLine['tasks'], missed = 0, stage: string | null = null, expectedStage: string | null = null): CallLine => ({
  call: name,
  stage,
  expectedStage,
  tasks,
  missed: Array.from({ length: missed }, (_, k) => ({ text: `gold ${k}`, owner: 'rep', dueDate: null, keywords: [] })),
});

describe('the per-call dev dump', () => {
  it('totals matched, found and gold items (gold: matched plus missed) and right stages', () => {
    expect(totalsOf([call('a', [task('Send the map', true), task('Call Ines', false)], 2, null, 'closedlost'), call('b', [], 1, 'closedwon', 'closedwon'), call('c', [], 0)])).toEqual({
      calls: 3,
      matched: 1,
      predicted: 2,
      gold: 4,
      // No proposal where none is expected is right too.
      stages: 2,
    });
  });

  it('lists only the calls whose tasks or stage moved, with the task lines gone and come', () => {
    const before = [call('a', [task('Send the map', false)]), call('b', [task('Call Ines', true)]), call('c', [], 0, null, 'closedwon')];
    const after = [call('a', [task('Send the map', true)]), call('b', [task('Call Ines', true)]), call('c', [], 0, 'closedwon', 'closedwon')];
    expect(diffCalls(before, after)).toEqual([
      'a',
      '  - unmatched  rep  -  Send the map',
      '  + matched  rep  -  Send the map',
      'c: stage none -> closedwon (expected closedwon)',
    ]);
  });

  it('says when a call is only in the second file', () => {
    expect(diffCalls([], [call('new', [])])).toEqual(['new: only in the second file']);
  });
});
