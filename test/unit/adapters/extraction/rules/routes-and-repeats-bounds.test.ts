import { describe, expect, it } from 'vitest';
import { itemsOf } from './transcript-of.ts';

describe('a forward that is only the route, with a second promise after it', () => {
  it('drops the forward and keeps the promise that follows', () => {
    const found = itemsOf([['customer', "Post it to me, and I'll forward it to our auditor and send you the stamped lease on Thursday."]]);
    expect(found.map((f) => f.text).some((t) => /^Forward/.test(t))).toBe(false);
    expect(found).toContainEqual({ text: 'Send the stamped lease', owner: 'customer', dueDate: '2026-11-19' });
  });

  it('keeps it when the forward and the promise were read as one phrase', () => {
    const found = itemsOf([['customer', "Just mail them to me and I'll forward them to Noor and ring you on Thursday."]]);
    expect(found).toEqual([{ text: expect.stringMatching(/^(?:Ring|Call) Priya/), owner: 'customer', dueDate: '2026-11-19' }]);
  });
});

describe('word passed on, with what it is about said', () => {
  it('is a task when "about" or "for" names the topic', () => {
    const about = itemsOf([
      ['customer', 'Can the rollout slip a month?'],
      ['rep', "I'll ask about timelines."],
    ]);
    expect(about.map((f) => f.text)).toEqual([expect.stringMatching(/^Ask about timelines/)]);
    const approval = itemsOf([
      ['customer', 'That discount needs a yes from your side.'],
      ['rep', "I'll ask for sign-off."],
    ]);
    expect(approval.map((f) => f.text)).toEqual([expect.stringMatching(/^Ask for sign-off/)]);
  });
});

describe('a request for a named thing on a day, answered with a promise of another thing that day', () => {
  it('stays two tasks', () => {
    const found = itemsOf([
      ['rep', 'Could you email me the tax certificate by Friday?'],
      ['customer', 'Sure. I will also email the signed order form on Friday.'],
    ]);
    expect(found.filter((f) => f.owner === 'customer').map((f) => f.text).sort()).toEqual(['Email the signed order form', 'Email the tax certificate']);
  });
});

describe('two hand-overs of things with one head noun', () => {
  it('stay two tasks when what follows the noun tells them apart', () => {
    const found = itemsOf([
      ['rep', "I'll send you the costing for the single-site licence today."],
      ['rep', "And I'll send the costing for the group licence on Friday, once finance signs it off."],
    ]);
    expect(found.filter((f) => f.owner === 'rep').map((f) => f.dueDate).sort()).toEqual(['2026-11-16', '2026-11-20']);
  });

  it('stay two tasks when the words before the noun tell them apart', () => {
    const found = itemsOf([
      ['rep', "I'll send over the hotel case study tomorrow."],
      ['rep', "I'll also send the airline case study next week."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toHaveLength(2);
  });
});
