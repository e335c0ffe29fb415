import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../src/domain/redact.ts';
import { redactSegments, redactStoredTranscript } from '../../../src/domain/redact/segments.ts';
import type { Segment, Transcript } from '../../../src/domain/transcript.ts';

// Test numbers only: a Luhn-valid test card, a US SSN in the SSA's issuable range, a test IBAN.
const seg = (speaker: string, startSec: number, endSec: number, text: string, wordConfidence?: number[]): Segment => ({
  speaker, startSec, endSec, text, confidence: wordConfidence ? Math.min(...wordConfidence) : null, ...(wordConfidence && { wordConfidence }),
});

describe('redactSegments', () => {
  it('replaces a number inside one segment in place: times kept, each word of the run scored as its least sure word', () => {
    const { segments, counts } = redactSegments([seg('customer', 2, 6, 'the visa reads 5555 5555 5555 4444 thanks', [0.9, 0.8, 0.9, 0.7, 0.4, 0.6, 0.9, 0.95])]);
    expect(segments).toEqual([seg('customer', 2, 6, 'the visa reads [REDACTED CARD] thanks', [0.9, 0.8, 0.9, 0.4, 0.4, 0.95])]);
    expect(counts.payment_card).toBe(1);
  });

  it('makes one segment of a speaker\'s segments a number runs across, spanning their times, with one mark', () => {
    const { segments, counts } = redactSegments([
      seg('customer', 10, 12.5, 'okay it is 5555 5555', [0.9, 0.9, 0.9, 0.8, 0.7]),
      seg('customer', 13, 15, '5555 4444 and that is all', [0.6, 0.9, 0.9, 0.9, 0.9, 0.9]),
      seg('rep', 15.5, 17, 'great thank you', [0.9, 0.9, 0.9]),
    ]);
    expect(segments).toEqual([
      seg('customer', 10, 15, 'okay it is [REDACTED CARD] and that is all', [0.9, 0.9, 0.9, 0.6, 0.6, 0.9, 0.9, 0.9, 0.9]),
      seg('rep', 15.5, 17, 'great thank you', [0.9, 0.9, 0.9]),
    ]);
    expect(counts.payment_card).toBe(1);
  });

  it('reads a cue in the segment before ("my social is") for the digits in the next, but never joins two speakers', () => {
    const cued = redactSegments([seg('S1', 0, 2, 'sure my social is'), seg('S1', 2.5, 5, 'two one nine, zero nine, nine nine nine nine')]);
    expect(cued.segments.map((s) => s.text)).toEqual(['sure my social is', '[REDACTED ID]']);
    expect(cued.segments[1]).toMatchObject({ startSec: 2.5, endSec: 5 });

    const twoVoices = redactSegments([seg('rep', 0, 2, 'is it 5555 5555'), seg('customer', 2.5, 5, '5555 4444 you mean')]);
    expect(twoVoices.segments.map((s) => s.text)).toEqual(['is it 5555 5555', '5555 4444 you mean']);
  });

  it('keeps the text joined to a number in its word, and leaves segments with nothing to redact as they were', () => {
    const plain = seg('rep', 0, 1, 'order 4411 ships Friday', [0.9, 0.9, 0.9, 0.9]);
    const { segments } = redactSegments([seg('customer', 0, 3, 'IBAN:GB82WEST12345698765432.', [0.7]), plain]);
    expect(segments[0]).toMatchObject({ text: 'IBAN:[REDACTED IBAN].', wordConfidence: [0.7, 0.7] });
    expect(segments[1]).toBe(plain);
  });
});

describe('redactStoredTranscript', () => {
  it('redacts the segments, makes the text again from them and counts what was taken out with what was before', () => {
    const transcript: Transcript = {
      schemaVersion: 1, engine: 'local', model: null, language: 'en', durationSec: 20,
      speakers: [{ id: 'customer', role: 'customer' }],
      segments: [seg('customer', 0, 4, 'card 5555 5555 5555 4444'), seg('customer', 8, 9, 'ssn 219-09-9999')],
      text: 'card 5555 5555 5555 4444\nssn 219-09-9999',
    };
    expect(redactStoredTranscript(transcript).redactions).toEqual([{ kind: 'payment_card', count: 1 }, { kind: 'us_ssn', count: 1 }]);
    const stored = redactStoredTranscript(transcript, {}, { ...emptyCounts(), payment_card: 2 });
    expect(stored.text).toBe('card [REDACTED CARD]\nssn [REDACTED ID]');
    expect(stored.redactions).toEqual([{ kind: 'payment_card', count: 3 }, { kind: 'us_ssn', count: 1 }]);
    // Redacting again finds nothing more and keeps the text.
    expect(redactStoredTranscript(stored).text).toBe(stored.text);
  });
});
