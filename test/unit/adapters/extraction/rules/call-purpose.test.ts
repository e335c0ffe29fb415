import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };
const items = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx).map(({ text, dueDate, evidence }) => ({ text, dueDate, quotes: evidence.map((e) => e.quote) }));

describe('a call back agreed over a few turns', () => {
  it('takes what it is for from the offer, and quotes it', () => {
    const [call] = items([
      ['rep', 'Could I ring you after the holidays, just to hear where the hiring plan landed?'],
      ['customer', 'The fifth is bad for me. Make it the seventh of January.'],
      ['rep', "The seventh. I'll call you then."],
    ]);
    expect(call!.text).toBe('Call Elena to hear where the hiring plan landed');
    expect(call!.quotes).toContain('Could I ring you after the holidays, just to hear where the hiring plan landed?');
  });

  it('takes an event it waits for ("after the audit")', () => {
    expect(items([
      ['customer', 'Call me after the safety audit, not before.'],
      ['rep', "Understood. I'll call you on the twentieth of December."],
    ]).map((i) => i.text)).toEqual(['Call Elena after the safety audit']);
  });

  it('takes no purpose from someone else\'s call, and leaves out the day the offer named', () => {
    expect(items([
      ['customer', 'Our controller will phone me to go over the freight budget.'],
      ['rep', "I'll ring the depot manager to check the loading bays. Then I'll call you on Friday."],
    ]).map((i) => i.text)).toContain('Call Elena');
    expect(items([
      ['rep', 'Shall I phone you to go over the freight budget on Thursday?'],
      ['customer', 'Thursday is full. Friday?'],
      ['rep', "Friday it is, I'll call you then."],
    ]).map((i) => i.text)).toContain('Call Elena to go over the freight budget');
  });

  it('keeps a call that already says what it is for, and one offered with no purpose', () => {
    expect(items([
      ['rep', 'Shall I give you a ring just to check in on the trial?'],
      ['rep', "I'll call you on Friday to go over the invoice."],
    ]).map((i) => i.text)).toEqual(['Call Elena to go over the invoice']);
    expect(items([
      ['rep', 'Can I call you next week?'],
      ['customer', 'Sure.'],
      ['rep', "Great, I'll call you on Tuesday."],
    ]).map((i) => i.text)).toEqual(['Call Elena']);
  });

  it('takes "to check in" from the speaker asking when to, and what the call waits for from the other side\'s short answer', () => {
    expect(items([
      ['rep', 'So when would suit you for me to check back in?'],
      ['customer', 'Not before March, honestly.'],
      ['rep', "Okay, I'll call you on the second of March."],
    ]).map((i) => i.text)).toEqual(['Call Elena to check back in']);
    expect(items([
      ['rep', 'What is a good week to pick this up again?'],
      ['customer', 'April. Once the new fleet budget is signed off.'],
      ['rep', "I'll call you on the sixth of April then."],
    ]).map((i) => i.text)).toEqual(['Call Elena once the new fleet budget is signed off']);
    // A long answer talks of more than when; an aim said anyway goes first.
    expect(items([
      ['rep', 'When is a good time to follow up?'],
      ['customer', 'Give it a month, the whole team is moving offices after the move we have planned for the warehouse and the two depots.'],
      ['rep', "I'll call you on the fourteenth of December."],
    ]).map((i) => i.text)).toEqual(['Call Elena to follow up']);
  });
});
