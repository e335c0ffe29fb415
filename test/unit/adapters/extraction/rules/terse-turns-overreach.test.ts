import { describe, expect, it } from 'vitest';
import { itemsOf } from './transcript-of.ts';

// Inputs where the rules for fragments and terse turns reached too far.
describe('a need taken on that is no thing to send', () => {
  it('makes no task of a change, a service, or a state', () => {
    expect(itemsOf([['customer', 'We need a bigger plan for the team.'], ['rep', 'Yes, we can do that.']])).toEqual([]);
    expect(itemsOf([['customer', 'We need an extension on the pilot.'], ['rep', 'I can do that.']])).toEqual([]);
    expect(itemsOf([['customer', 'We need the install done before March.'], ['rep', 'We can do that.']])).toEqual([]);
    expect(itemsOf([['rep', 'I need your help with the migration.'], ['customer', 'Sure, I can do that.']])).toEqual([]);
  });

  it('still makes one of a paper or a list', () => {
    expect(itemsOf([['customer', 'I need a copy of the liability cover.'], ['rep', 'Sure, I can do that.']]).map((i) => i.owner)).toEqual(['rep']);
  });
});

describe('a day said in answer to "when?"', () => {
  it('dates the promise only when the question asks about it', () => {
    expect(itemsOf([['rep', "I'll send the revised estimate."], ['customer', 'When is the delivery?'], ['rep', 'Friday.']])).toEqual([
      { text: 'Send the revised estimate', owner: 'rep', dueDate: null },
    ]);
    expect(itemsOf([['rep', "I'll send the revised estimate."], ['customer', 'When will the estimate come?'], ['rep', 'Friday.']])).toEqual([
      { text: 'Send the revised estimate', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });
});

describe('"<day> instead" said in answer to the other side', () => {
  it('moves no task of the speaker when the day taken back is the one the other side just asked about', () => {
    expect(itemsOf([
      ['customer', "I'll send the parking permits by Friday."],
      ['rep', 'Thanks. And for the handover, Thursday?'],
      ['customer', 'Wednesday instead.'],
    ]).filter((i) => /permit/.test(i.text))).toEqual([{ text: 'Send the parking permits', owner: 'customer', dueDate: '2026-11-20' }]);
  });
});

describe('a day taken back with "— no, let\'s say"', () => {
  it('moves no task when the day taken back is not the task\'s', () => {
    expect(itemsOf([
      ['customer', "I'll send the depot map by Friday."],
      ['rep', 'Lovely. And our next check-in?'],
      ['customer', 'Tuesday — no, let\'s say Wednesday.'],
    ]).filter((i) => /map/.test(i.text))).toEqual([{ text: 'Send the depot map', owner: 'customer', dueDate: '2026-11-20' }]);
  });
});

describe('a colleague who signs, in a recap', () => {
  it('is on the side that called them its own', () => {
    expect(itemsOf([
      ['rep', 'Our counsel here is Tomasz.'],
      ['customer', 'Okay.'],
      ['rep', 'Recap: you send the headcount by Friday, and Tomasz signs the addendum on Monday.'],
    ]).filter((i) => /addendum/.test(i.text)).map((i) => i.owner)).toEqual(['rep']);
  });
});

describe('posting something', () => {
  it('keeps a thing whose name only starts like "up", and drops one put on a review site or in a chat channel', () => {
    expect(itemsOf([['rep', "I'll post you the updated swatch book on Thursday."]])).toEqual([
      { text: 'Post the updated swatch book', owner: 'rep', dueDate: '2026-11-19' },
    ]);
    expect(itemsOf([['customer', "I'll post a review on Trustpilot next week."]])).toEqual([]);
    expect(itemsOf([['rep', "I'll post the slides in the team channel this afternoon."]])).toEqual([]);
  });
});

describe('a call and what the two will do', () => {
  it('gives the call no purpose that is done now, and drops a closing "then"', () => {
    expect(itemsOf([['rep', "I'll phone you Thursday, and we can go over the margins now if you want."]]).map((i) => i.text)).not.toContain('Phone Elena to go over the margins now if you want');
    expect(itemsOf([['rep', "I'll phone you Thursday, we'll go over the margins then."]]).map((i) => i.text)).toEqual(['Phone Elena to go over the margins']);
  });
});
