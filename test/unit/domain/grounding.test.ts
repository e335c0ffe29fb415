import { describe, expect, it } from 'vitest';
import { groundInContext, groundQuote } from '../../../src/domain/grounding.ts';
import type { Transcript } from '../../../src/domain/transcript.ts';

const transcript: Transcript = {
  schemaVersion: 1,
  engine: 'test',
  model: null,
  language: 'en',
  durationSec: 20,
  speakers: [
    { id: 'rep', role: 'rep' },
    { id: 'customer', role: 'customer' },
  ],
  segments: [
    { speaker: 'rep', startSec: 1.5, endSec: 4, text: 'Thanks for joining, Elena.' },
    { speaker: 'customer', startSec: 4.2, endSec: 9, text: "Sure. Can you send the contract by Friday? We're ready." },
    { speaker: 'rep', startSec: 9.5, endSec: 12, text: 'I will send it today.' },
  ],
  text: '',
};

describe('groundQuote', () => {
  it('finds a quote ignoring case and punctuation, with speaker and time from the segment and the transcript own words', () => {
    expect(groundQuote(transcript, 'can you SEND the contract by friday')).toEqual({
      quote: 'Can you send the contract by Friday?',
      speaker: 'customer',
      startSec: 4.2,
    });
  });

  it('rejects a quote that is not in the transcript', () => {
    expect(groundQuote(transcript, 'we signed the contract')).toBeNull();
    expect(groundQuote(transcript, '  ...  ')).toBeNull();
  });

  it('does not match a quote running across two speakers’ lines (it would give one the other’s words)', () => {
    expect(groundQuote(transcript, "we're ready. I will send it")).toBeNull();
  });

  it('matches a quote across two segments of one speaker’s turn, starting at the first', () => {
    const turn: Transcript = {
      ...transcript,
      segments: [
        { speaker: 'customer', startSec: 2, endSec: 4, text: 'We talked it over.' },
        { speaker: 'customer', startSec: 4.1, endSec: 6, text: 'The board said yes.' },
        { speaker: 'rep', startSec: 6.5, endSec: 8, text: 'Great news.' },
      ],
    };
    expect(groundQuote(turn, 'talked it over the board said yes')).toMatchObject({ speaker: 'customer', startSec: 2 });
    expect(groundQuote(turn, 'the board said yes great news')).toBeNull();
  });

  it('ignores line labels a model copied in front of a quote, and cites the words without them', () => {
    for (const labelled of ['[4.2s customer] Can you send the contract by Friday?', 'customer: can you send the contract by friday', '(00:04) [customer] can you send the contract by Friday']) {
      expect(groundQuote(transcript, labelled), labelled).toMatchObject({ speaker: 'customer', startSec: 4.2 });
      expect(groundQuote(transcript, labelled)!.quote.toLowerCase()).toMatch(/^can you send the contract by friday/);
    }
    // A label naming the other speaker changes nothing: speaker and time come from the transcript.
    expect(groundQuote(transcript, '[9.5s customer] I will send it today')).toMatchObject({ speaker: 'rep', startSec: 9.5, quote: 'I will send it today.' });
  });
});

describe('groundQuote across speakers, tolerant', () => {
  it('does not let a tolerant match start in one speaker’s line and end in the next speaker’s', () => {
    const lines: Transcript = {
      ...transcript,
      segments: [
        { speaker: 'rep', startSec: 1, endSec: 4, text: 'so you have signed the order form then' },
        { speaker: 'customer', startSec: 4.5, endSec: 7, text: 'not yet we are still waiting on legal' },
      ],
    };
    expect(groundQuote(lines, 'signed the order form then not yet we are')).toBeNull();
  });
});

describe('groundQuote tolerance', () => {
  const asr: Transcript = {
    ...transcript,
    segments: [
      { speaker: 'rep', startSec: 0.5, endSec: 3, text: 'hi elena its priya from acme' },
      { speaker: 'customer', startSec: 3.4, endSec: 9, text: 'we we signed the contract this morning and sent it back' },
    ],
  };

  it('accepts a longer quote that differs from the ASR text by a word, citing the transcript own words', () => {
    expect(groundQuote(asr, 'We signed the contract this morning and sent it over.')).toEqual({
      quote: 'we signed the contract this morning and sent it back',
      speaker: 'customer',
      startSec: 3.4,
    });
  });

  it('does not stretch tolerance to short quotes or to different sentences', () => {
    expect(groundQuote(asr, 'we cancelled the contract')).toBeNull();
    expect(groundQuote(asr, 'we will not sign the contract this quarter at all')).toBeNull();
  });
});

describe('groundQuote keeps what was said', () => {
  const said: Transcript = {
    ...transcript,
    segments: [
      { speaker: 'rep', startSec: 0, endSec: 4, text: 'Once you are happy, I will mail the countersigned copy to you.' },
      { speaker: 'customer', startSec: 5, endSec: 9, text: 'Great. Then I will mail the countersigned copy to you by Thursday.' },
      { speaker: 'customer', startSec: 10, endSec: 14, text: 'We are not renewing the hosting plan for the Denver office this year.' },
      { speaker: 'rep', startSec: 15, endSec: 18, text: 'The plan is 1,200 a month for 40 agents, billed yearly.' },
    ],
  };

  it('refuses a tolerant match that changes a number, drops a negation or swaps a modal or a day', () => {
    expect(groundQuote(said, 'We are now renewing the hosting plan for the Denver office this year')).toBeNull();
    expect(groundQuote(said, 'The plan is 1,200 a month for 400 agents billed yearly')).toBeNull();
    expect(groundQuote(said, 'I would mail the countersigned copy to you by Thursday')).toBeNull();
    expect(groundQuote(said, 'I will mail the countersigned copy to you by Tuesday')).toBeNull();
    // A slip in an ordinary word is still tolerated.
    expect(groundQuote(said, 'We are not renewing the hosting plan for the Dallas office this year')).toMatchObject({ startSec: 10 });
  });

  it('cites the transcript own writing of a number, not the quote as proposed', () => {
    expect(groundQuote(said, 'the plan is 1.200 a month')).toMatchObject({ quote: 'The plan is 1,200 a month' });
    expect(groundQuote(said, 'the plan is １,２００ a month')).toMatchObject({ quote: 'The plan is 1,200 a month' });
  });

  it('gives words both sides said to the preferred speaker, else to the first who said them', () => {
    const quote = 'I will mail the countersigned copy to you';
    expect(groundQuote(said, quote)).toMatchObject({ speaker: 'rep', startSec: 0 });
    expect(groundQuote(said, quote, (speaker) => speaker === 'customer')).toMatchObject({ speaker: 'customer', startSec: 5 });
  });
});

describe('groundInContext: what the sentence says around a quote', () => {
  const turn = (text: string): Transcript => ({ ...transcript, segments: [{ speaker: 'customer', startSec: 2, endSec: 9, text }] });
  const context = (text: string, quote: string) => groundInContext(turn(text), quote)?.context;

  it('says when the sentence negates or conditions the quoted words from outside the quote', () => {
    expect(context('Honestly, we will not move the fleet onto your tracker this spring.', 'move the fleet onto your tracker this spring')).toMatchObject({ negated: true, conditional: false });
    expect(context("We won't move the fleet onto your tracker.", 'move the fleet onto your tracker')).toMatchObject({ negated: true });
    expect(context('Assuming the board agrees, we move the fleet onto your tracker.', 'we move the fleet onto your tracker')).toMatchObject({ conditional: true, negated: false });
    expect(context('We move the fleet [unclear] onto your tracker.', 'we move the fleet')).toMatchObject({ unheard: true });
    expect(context("We haven't, um, moved the fleet onto your tracker.", 'moved the fleet onto your tracker')).toMatchObject({ negated: true });
    // A negation in another clause answers something else.
    expect(context('No, we moved the fleet onto the other tracker.', 'we moved the fleet onto the other tracker')).toMatchObject({ negated: false });
    expect(context('We moved the fleet onto your tracker, not the vans.', 'we moved the fleet onto your tracker')).toMatchObject({ negated: false });
    expect(context("I'll move the fleet onto your tracker by June without fail.", "I'll move the fleet onto your tracker by June")).toMatchObject({ negated: false });
    expect(context("I'll move the fleet onto your tracker by June so nobody waits.", "I'll move the fleet onto your tracker by June")).toMatchObject({ negated: false });
    expect(context('We moved the fleet onto your tracker, whether they like it or not.', 'we moved the fleet onto your tracker')).toMatchObject({ negated: false, conditional: false });
    expect(context('Moving the fleet onto your tracker this spring is not going to happen.', 'Moving the fleet onto your tracker this spring')).toMatchObject({ negated: true });
    expect(context('We did not, as I said, move the fleet onto your tracker.', 'move the fleet onto your tracker')).toMatchObject({ negated: true });
    expect(context("I'll move the fleet onto your tracker no later than June.", "I'll move the fleet onto your tracker")).toMatchObject({ negated: false });
    expect(context('Whether we move the fleet onto your tracker depends on the board.', 'we move the fleet onto your tracker')).toMatchObject({ conditional: true });
    // Inside the quote, the model kept it: nothing was left out.
    expect(context('We will not move the fleet onto your tracker.', 'we will not move the fleet')).toMatchObject({ negated: false, conditional: false });
    // Only the quote's own sentence counts.
    expect(context('No. We move the fleet onto your tracker next week.', 'we move the fleet onto your tracker')).toMatchObject({ negated: false, sentence: 'We move the fleet onto your tracker next week.' });
  });

  it('says when the sentence is a question or someone else’s words', () => {
    expect(context('So you are moving the fleet onto our tracker?', 'you are moving the fleet onto our tracker')).toMatchObject({ question: true });
    expect(context('My partner keeps saying we bought the tracker already.', 'we bought the tracker already')).toMatchObject({ reported: true });
    expect(context('The other firm announced “we bought the tracker” at the fair.', 'we bought the tracker')).toMatchObject({ reported: true });
    expect(context('We bought the tracker already.', 'we bought the tracker')).toMatchObject({ reported: false, question: false });
    // What comes after the quote, or the speaker restating their own words, is no one else's.
    expect(context('We bought the tracker already, I think you saw the invoice.', 'we bought the tracker already')).toMatchObject({ reported: false });
    expect(context('As I said, we bought the tracker already.', 'we bought the tracker already')).toMatchObject({ reported: false });
    expect(context('I think we bought the tracker already.', 'we bought the tracker already')).toMatchObject({ reported: true });
    for (const tail of ['just kidding', 'my partner claims', 'I think', 'or so I was told']) {
      expect(context(`We bought the tracker already, ${tail}.`, 'we bought the tracker already'), tail).toMatchObject({ reported: true });
    }
    expect(context('We told the board we bought the tracker already.', 'we bought the tracker already')).toMatchObject({ reported: true });
  });
});

describe('groundQuote on the same transcript again', () => {
  it('reads a segment again when its words or speaker changed since the last quote', () => {
    const t: Transcript = { ...transcript, segments: transcript.segments.map((s) => ({ ...s })) };
    expect(groundQuote(t, 'I will send it today.')).not.toBeNull();
    t.segments[2]!.text = 'I will post it on Monday.';
    expect(groundQuote(t, 'I will send it today.')).toBeNull();
    expect(groundQuote(t, 'I will post it on Monday.')?.speaker).toBe('rep');
    t.segments[2]!.speaker = 'customer';
    expect(groundQuote(t, 'I will post it on Monday.')?.speaker).toBe('customer');
    t.segments.push({ speaker: 'rep', startSec: 13, endSec: 15, text: 'Talk soon.' });
    expect(groundQuote(t, 'Talk soon.')).not.toBeNull();
  });
});
