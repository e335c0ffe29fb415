import { describe, expect, it } from 'vitest';
import { callInWorker } from '../../helpers/in-worker.ts';
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

  it('reads a speaker\'s number given group by group while the other side acknowledges or repeats each group, one mark per turn, counted once', () => {
    const acknowledged = redactSegments([
      seg('customer', 0, 3, 'sure the card number is 5555 5555'),
      seg('rep', 3, 3.5, 'mm-hmm'),
      seg('customer', 4, 6, '5555 4444 and that is it'),
    ]);
    expect(acknowledged.segments.map((s) => s.text)).toEqual(['sure the card number is [REDACTED CARD]', 'mm-hmm', '[REDACTED CARD] and that is it']);
    expect(acknowledged.counts.payment_card).toBe(1);
    expect(acknowledged.startsIn).toEqual([['payment_card'], [], []]);

    const readBack = redactSegments([
      seg('customer', 0, 2, 'my card is 5555'), seg('rep', 2, 3, '5555'),
      seg('customer', 3, 4, '5555'), seg('rep', 4, 5, '5555'),
      seg('customer', 5, 6, '5555'), seg('rep', 6, 7, '5555'),
      seg('customer', 7, 8, '4444'), seg('rep', 8, 9, '4444 got it'),
    ]);
    expect(readBack.segments.map((s) => s.text)).toEqual([
      'my card is [REDACTED CARD]', '[REDACTED CARD]', '[REDACTED CARD]', '[REDACTED CARD]',
      '[REDACTED CARD]', '[REDACTED CARD]', '[REDACTED CARD]', '[REDACTED CARD] got it',
    ]);
    expect(readBack.counts.payment_card).toBe(2);

    // A long answer of the other side in between is a new exchange, not an interjection.
    const apart = redactSegments([
      seg('customer', 0, 2, 'we ordered 5555 5555'),
      seg('rep', 2, 6, 'thanks, and which of the plans did the finance team choose for next year'),
      seg('customer', 6, 8, '5555 4444 seats i think'),
    ]);
    expect(apart.segments.map((s) => s.text)).toEqual(['we ordered 5555 5555', 'thanks, and which of the plans did the finance team choose for next year', '5555 4444 seats i think']);
  });

  // A stored transcript, or a provided one inside the upload request, may hold tens of thousands of short turns: the
  // time taken grows with its length, never with the product of its turns and redactions.
  it('redacts a card in each of tens of thousands of short turns that an acknowledgement joins into one reading', async () => {
    const said: Segment[] = [];
    for (let i = 0; i < 60_000; i++) {
      said.push({ speaker: 'customer', startSec: 2 * i, endSec: 2 * i + 1, text: '4111 1111 1111 1111' });
      said.push({ speaker: 'rep', startSec: 2 * i + 1, endSec: 2 * i + 2, text: 'mm-hmm' });
    }
    const out = await callInWorker<ReturnType<typeof redactSegments>>(new URL('../../../src/domain/redact/segments.ts', import.meta.url), 'redactSegments', said);
    expect(out.counts.payment_card).toBe(60_000);
    expect(out.segments.filter((s) => s.text.includes('4111'))).toEqual([]);
    expect(out.segments).toHaveLength(120_000);
  }, 60_000);

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
