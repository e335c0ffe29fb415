import { describe, expect, it } from 'vitest';
import { keywordOverlap, stem } from '../../../scripts/eval/match-items.ts';

describe('stem (the eval matcher)', () => {
  it('gives a word, its plural and its -ing and -ed forms one stem, also when the word ends in e', () => {
    for (const family of [['send', 'sends', 'sending'], ['price', 'prices', 'pricing', 'priced'], ['license', 'licenses', 'licensing', 'licensed'], ['invoice', 'invoices', 'invoicing']]) {
      expect(new Set(family.map(stem)), family.join('/')).toEqual(new Set([stem(family[0]!)]));
    }
  });

  it('keeps words with other stems apart', () => {
    expect(stem('quote')).not.toBe(stem('quota'));
    expect(stem('send')).not.toBe(stem('sender'));
  });
});

describe('keywordOverlap', () => {
  it('finds a gold key word said in its plural form, and the other way round', () => {
    const gold = { text: 'Send the licences', owner: 'rep' as const, dueDate: null, keywords: ['licence', 'schedules'] };
    expect(keywordOverlap(gold, 'I will send over the licences and the schedule')).toBe(1);
  });
});
