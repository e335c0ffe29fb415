import { describe, expect, it } from 'vitest';
import { groundQuote } from '../../../src/domain/grounding.ts';
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
  it('finds a quote ignoring case and punctuation, with speaker and time from the segment', () => {
    expect(groundQuote(transcript, 'can you SEND the contract by friday')).toEqual({
      quote: 'can you SEND the contract by friday',
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
    expect(groundQuote(transcript, '[9.5s customer] I will send it today')).toMatchObject({ speaker: 'rep', startSec: 9.5, quote: 'I will send it today' });
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
