import { describe, expect, it } from 'vitest';
import { onlyPassesWord } from '../../../../../src/adapters/extraction/rules/commitment-guards.ts';
import { itemsOf } from './transcript-of.ts';

describe('a promise that only passes word to someone', () => {
  it('is no task: whom to ask or tell and nothing of what, or a remark passed on', () => {
    expect(onlyPassesWord({ dueDate: null, text: 'Tell Arvid Nell said so' })).toBe(true);
    expect(onlyPassesWord({ dueDate: null, text: 'Tell Arvid Nell said' })).toBe(true);
    expect(onlyPassesWord({ dueDate: null, text: 'Ask my manager' })).toBe(true);
    expect(itemsOf([
      ['customer', "Ha, the pricing page made my boss laugh."],
      ['rep', "Brilliant, I'll tell Oksana you said that."],
    ])).toEqual([]);
  });

  it('is a task when it says what, or lets someone know (what the call said is passed on)', () => {
    expect(onlyPassesWord({ dueDate: null, text: 'Tell the drivers about the new depot' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Tell Arvid the crates ship Friday' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Let Imogen know' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Tell the fitters the delivery slot you said' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Tell Arvid everything the auditor said' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Tell the fitters she said so' })).toBe(true);
  });

  it('is no task when it checks with someone on nothing said and by no day; a task with a day or a what', () => {
    expect(onlyPassesWord({ dueDate: null, text: 'Check with the depot first' })).toBe(true);
    expect(onlyPassesWord({ dueDate: null, text: 'Check with Mr. Oyelaran' })).toBe(true);
    expect(onlyPassesWord({ dueDate: '2026-11-20', text: 'Check with the depot' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Check with Ines what the fee is' })).toBe(false);
    expect(onlyPassesWord({ dueDate: null, text: 'Check with the depot about weekend slots' })).toBe(false);
  });
});
