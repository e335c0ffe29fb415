import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };
const texts = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => d.text);

describe('promises that are not open tasks', () => {
  it('drops a promise the speaker takes back in the same turn, and keeps the one that replaces it', () => {
    expect(texts([['rep', "I'll mail you the brochure— oh, no, wait, you have the brochure from the expo."]])).toEqual([]);
    expect(texts([['customer', "I'll fill in the intake sheet. Actually, no. I'll ask our analyst to fill it in, he knows the numbers."]])).toEqual([
      'Ask their analyst to fill it in',
    ]);
    expect(texts([['rep', "Let me book the workshop room — scratch that, the room is booked already."]])).toEqual([]);
  });

  it('keeps a promise whose day is taken back and replaced, and drops one taken back before a new day', () => {
    const dated = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => [d.text, d.dueDate]);
    expect(dated([['customer', "We'll sign the vendor form on Tuesday. No, wait, Wednesday."]])).toEqual([['Sign the vendor form', '2026-11-18']]);
    expect(dated([['rep', "I'll phone the reseller Friday. Actually, no, Friday I'm out, I won't."]])).toEqual([]);
  });

  it('keeps a promise followed by a harmless "actually, no problem"', () => {
    expect(texts([['rep', "I'll send the roadmap today. Actually, no problem at all."]])).toEqual(['Send the roadmap']);
  });

  it('drops a promise that only holds if something uncertain happens first', () => {
    expect(texts([['rep', 'If the board changes its mind, I will call you that afternoon.']])).toEqual([]);
    expect(texts([['customer', "And if the pilot goes badly, we'll send you the logs."]])).toEqual([]);
  });

  it('drops an "if" said after a yes, and an offer that waits for the other side to ask for it', () => {
    expect(texts([['rep', "Sure, if the auditor asks, I'll bring our compliance lead in."]])).toEqual([]);
    expect(texts([['rep', "If your buyer needs the spec sheet early, just tell me and I'll email it."]])).toEqual([]);
    // Asked for something known, with no "if": a task.
    expect(texts([['rep', "Tell me the room number and I'll email the spec sheet tonight."]])).toEqual(['Email the spec sheet']);
  });

  it('keeps a fallback for not hearing back', () => {
    expect(texts([['rep', "If I don't hear from you, I'll call you on Thursday."]])).toEqual(['Call Elena']);
  });

  it('drops a hand-over done while still on the call', () => {
    expect(texts([['rep', "I'm emailing the quote now, it should land in a second."]])).toEqual([]);
    expect(texts([['rep', "I'll share the link right now while we're talking."]])).toEqual([]);
    expect(texts([['rep', "I'll send the quote right after this call."]])).toEqual(['Send the quote']);
  });
});

describe('an address or a number given over the phone', () => {
  it('is said there and then, not a task', () => {
    expect(texts([['customer', "I'll give you her mobile number, hang on."]])).toEqual([]);
    expect(texts([['rep', "Could you give me Tomasz's email?"]])).toEqual([]);
  });

  it('leaves sending one, or giving something else, a task', () => {
    expect(texts([['customer', "I'll send you her mobile number tonight."]])).toEqual(['Send her mobile number']);
    expect(texts([['customer', "I'll give you access to the shared drive by Friday."]])).toEqual(['Give access to the shared drive']);
  });
});

describe('a line added to a paper being prepared, or a note in a diary', () => {
  it('is no task of its own', () => {
    expect(texts([['rep', "I'll put the delivery terms in the quote."]])).toEqual([]);
    expect(texts([['customer', "Lovely, I'll put it in my diary."]])).toEqual([]);
  });

  it('leaves the paper itself, and a paper for their own board, tasks', () => {
    expect(texts([['rep', "I'll send you the quote with the delivery terms tomorrow."]])).toEqual(['Send the quote with the delivery terms']);
    expect(texts([['customer', "I'll put your summary in the board pack by Friday."]])).toHaveLength(1);
  });
});

describe('a step taken first, before something else', () => {
  it('is no task of its own when no day is said', () => {
    expect(texts([['rep', 'I need to run the numbers past our controller first.']])).toEqual([]);
    expect(texts([['customer', "Let me talk to the shift leads first, and then we'll see."]])).toEqual([]);
    // Handed to a colleague, the same: a step before what is promised next.
    expect(texts([['rep', "I'll have Omar ring the site office first."]])).toEqual([]);
    expect(texts([['rep', "I'll have Omar ring the site office first, by Tuesday."]])).toHaveLength(1);
  });

  it('leaves a dated step, the first of something, and the order asked about, tasks', () => {
    expect(texts([['rep', "I'll send the first invoice at the end of the month."]])).toHaveLength(1);
    expect(texts([['customer', "I'll check with the depots which route goes first and let you know."]])).toHaveLength(1);
    expect(texts([['rep', "I'll run the numbers past our controller first, by Wednesday."]])).toHaveLength(1);
  });
});

describe('a line changed in a paper being prepared, and word passed to the own side', () => {
  it('is no task of its own', () => {
    expect(texts([['rep', "Sure, I'll update the discount in the quote before I send it."]])).toEqual([]);
    expect(texts([['rep', "Okay. I'll let the team know."]])).toEqual([]);
    expect(texts([['customer', "Great. I'll tell our controller it's on its way."]])).toEqual([]);
  });

  it('leaves word passed with a day to it a task', () => {
    expect(texts([['customer', "I'll let the team know by Friday which day suits."]])).toEqual(['Let the team know which day suits']);
    expect(texts([['rep', "I'll tell our finance team about the new billing address today."]])).toHaveLength(1);
  });
});

describe("the speaker's own say-so", () => {
  it('is given there and then, not a task', () => {
    expect(texts([['rep', 'The delivery fee? That I can approve myself.']])).toEqual([]);
  });

  it('leaves an approval promised for later, with a day, a task', () => {
    expect(texts([['rep', "I'll approve the credit note by Friday."]])).toHaveLength(1);
  });
});
