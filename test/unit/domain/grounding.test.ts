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

  it('matches a quote spanning two adjacent segments, starting at the first', () => {
    expect(groundQuote(transcript, "we're ready. I will send it")?.startSec).toBe(4.2);
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
