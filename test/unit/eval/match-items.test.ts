import { describe, expect, it } from 'vitest';
import { keywordOverlap, scoreCall, stem } from '../../../scripts/eval/match-items.ts';
import type { ActionItem } from '../../../src/domain/insights.ts';

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

describe('scoreCall', () => {
  it('counts the matched pairs whose owner and due date are the gold\'s', () => {
    const gold = [
      { text: 'Send the rota', owner: 'rep' as const, dueDate: '2026-11-20', keywords: ['rota'] },
      { text: 'Sign the lease', owner: 'customer' as const, dueDate: null, keywords: ['sign', 'lease'] },
      { text: 'Book the van', owner: 'rep' as const, dueDate: null, keywords: ['book', 'van'] },
    ];
    const item = (text: string, owner: ActionItem['owner'], dueDate: string | null) => ({ text, owner, dueDate, evidence: [] }) as unknown as ActionItem;
    const { pairs, ownerOk, dueOk } = scoreCall(gold, [item('Send the rota', 'rep', '2026-11-19'), item('Sign the lease', 'rep', null), item('Call Ana', 'rep', null)]);
    expect(pairs.map((p) => p.gold.text)).toEqual(['Send the rota', 'Sign the lease']);
    expect({ ownerOk, dueOk }).toEqual({ ownerOk: 1, dueOk: 1 });
  });
});
