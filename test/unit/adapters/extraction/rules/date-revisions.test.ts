import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };
const items = (lines: [string, string][]) =>
  findActionItems(toSentences(transcriptOf(lines)), ctx).map(({ text, owner, dueDate }) => ({ text, owner, dueDate }));

describe('dates said after the task', () => {
  it('moves the speaker\'s latest task to the date put in its place, and makes no task of it', () => {
    expect(items([
      ['customer', "I'll mail you the floor plans by Wednesday."],
      ['rep', 'Great.'],
      ['customer', "Hmm, I'm travelling midweek. Well, let's say Friday instead."],
    ])).toEqual([{ text: 'Mail the floor plans', owner: 'customer', dueDate: '2026-11-20' }]);
  });

  it('moves the task named after "for" rather than the latest one', () => {
    expect(items([
      ['customer', "I'll return the signed NDA by Tuesday, and I'll send the usage export by Wednesday."],
      ['customer', "Oh, let me say Thursday for the NDA, not Tuesday."],
    ])).toEqual([
      { text: 'Return the signed NDA', owner: 'customer', dueDate: '2026-11-19' },
      { text: 'Send the usage export', owner: 'customer', dueDate: '2026-11-18' },
    ]);
  });

  it('leaves a "let\'s say" inside a promise alone', () => {
    expect(items([['rep', "I'll hold the price until — let's say the end of the month."]])).toEqual([]);
  });

  it('gives a promise the date of "you\'ll have it by…" and "I\'ll have it to you…"', () => {
    expect(items([['rep', "I'll write up the migration plan. You'll have it by Thursday."]])).toEqual([
      { text: 'Write up the migration plan', owner: 'rep', dueDate: '2026-11-19' },
    ]);
    expect(items([
      ['customer', 'Could you send us the renewal quote?'],
      ['rep', "Sure, I'll have that to you tomorrow morning."],
    ])).toEqual([{ text: 'Send the renewal quote', owner: 'rep', dueDate: '2026-11-17' }]);
  });
});

describe('a date changed without "let\'s", and "it" after the other side\'s objection', () => {
  it('reads a bare "make it …" as the new date of the speaker\'s latest task', () => {
    expect(items([
      ['rep', "I'll share the migration checklist by Wednesday."],
      ['customer', 'Sounds good.'],
      ['rep', 'Hmm, no, our consultant is away. Make it Friday.'],
    ])).toEqual([{ text: 'Share the migration checklist', owner: 'rep', dueDate: '2026-11-20' }]);
  });

  it('finds what "it" is in the speaker\'s own turn before the other side\'s reply, and merges the new date in', () => {
    expect(items([
      ['rep', "I'll send you a costed rollout plan for the three sites. You'll have it by the end of next week."],
      ['customer', 'That is too late for us. Our board meets on the twentieth. The chair wants it before.'],
      ['rep', "Understood. Then I'll get it to you by Thursday."],
    ])).toEqual([{ text: 'Send a costed rollout plan for the three sites', owner: 'rep', dueDate: '2026-11-19' }]);
  });
});

describe('a date the task starts after', () => {
  it('is not its due date', () => {
    expect(items([['rep', "I'll draft the statement of work after Thursday's workshop."]])).toEqual([{ text: 'Draft the statement of work', owner: 'rep', dueDate: null }]);
    expect(items([['customer', "I'll send the usage export after Wednesday, by Friday at the latest."]])).toEqual([{ text: 'Send the usage export', owner: 'customer', dueDate: '2026-11-20' }]);
  });
});

describe('a date corrected in the next sentence', () => {
  it('takes the day said right after "sorry, I mean" as the new date of the task just dated', () => {
    expect(items([['rep', "I'll send over the pilot scope by Wednesday. Sorry, I mean Friday."]])).toEqual([
      { text: 'Send the pilot scope', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    expect(items([['customer', "We'll return the security questionnaire on Tuesday. Or rather, Thursday."]])).toEqual([
      { text: 'Return the security questionnaire', owner: 'customer', dueDate: '2026-11-19' },
    ]);
  });

  it('leaves the date alone when the correction is about something else or comes from the other side', () => {
    // A day said after "actually" that is no correction of the date just given: it dates a meeting.
    expect(items([['rep', "I'll book the room by Wednesday. Actually, the offsite itself is on Friday."]])).toEqual([
      { text: 'Book the room', owner: 'rep', dueDate: '2026-11-18' },
    ]);
    expect(items([
      ['rep', "I'll send the draft order form by Wednesday."],
      ['customer', 'Sorry, I mean, Friday is our holiday.'],
    ])).toEqual([{ text: 'Send the draft order form', owner: 'rep', dueDate: '2026-11-18' }]);
  });

  it('re-dates the task whose day was corrected, and no task when the day corrected was not a due date', () => {
    expect(items([['rep', "I'll send the install guide by Tuesday, and I'll send the admin checklist by Wednesday. Or rather, Thursday."]])).toEqual([
      { text: 'Send the install guide', owner: 'rep', dueDate: '2026-11-17' },
      { text: 'Send the admin checklist', owner: 'rep', dueDate: '2026-11-19' },
    ]);
    // The corrected day is when the workshop was, not when the summary is due.
    expect(items([['rep', "I'll write up the summary today, since the workshop was on Thursday. I mean Wednesday."]])).toEqual([
      { text: 'Write up the summary', owner: 'rep', dueDate: '2026-11-16' },
    ]);
  });

  it('takes a day said after "never mind" or "on second thought" as the new date, not as a promise taken back', () => {
    expect(items([['customer', "We'll send the signed addendum on Friday. On second thought, Tuesday."]])).toEqual([
      { text: 'Send the signed addendum', owner: 'customer', dueDate: '2026-11-17' },
    ]);
    expect(items([['rep', "I'll ring the logistics lead Thursday. Never mind, Monday."]]).map((i) => i.dueDate)).toEqual(['2026-11-23']);
  });

  it('ignores a corrected day that is itself negated', () => {
    expect(items([['rep', "I'll get you the benchmark numbers by Thursday. Sorry, not Tuesday, I said Thursday."]])).toEqual([
      { text: 'Send the benchmark numbers', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });
});

describe('a day of the month said alone', () => {
  it('is in the month said with that day just before', () => {
    const found = items([
      ['rep', 'Could we talk again in March? Say, the ninth?'],
      ['customer', 'The ninth of March works.'],
      ['rep', "I'll ring you on the ninth then."],
    ]);
    expect(found.map((i) => [i.text, i.dueDate])).toEqual([['Ring Elena', '2027-03-09']]);
  });

  it('keeps a day moved after it, and the next such day when no month was said with it', () => {
    const moved = items([
      ['customer', 'The ninth of March works.'],
      ['rep', "I'll ring you on the ninth."],
      ['rep', "Actually, let's say Friday."],
    ]);
    expect(moved.map((i) => i.dueDate)).toEqual(['2026-11-20']);
    expect(items([['customer', 'March is busy.'], ['rep', "I'll ring you on the ninth then."]]).map((i) => i.dueDate)).toEqual(['2026-12-09']);
  });
});
