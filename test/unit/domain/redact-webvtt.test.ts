import { describe, expect, it } from 'vitest';
import { redactWebVtt, vttRedactions } from '../../../src/domain/redact/webvtt.ts';
import { parseWebVtt } from '../../../src/domain/webvtt.ts';
import { callInWorker } from '../../helpers/in-worker.ts';

const cues = (source: string) => {
  const read = parseWebVtt(source);
  if ('problem' in read) throw new Error(read.problem);
  return read.cues;
};

describe('redactWebVtt', () => {
  it('keeps a file with nothing to redact byte for byte', () => {
    const sent = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Dana Reyes>We ship 4411 units on the 3rd.\n';
    expect(redactWebVtt(sent)).toMatchObject({ text: sent, counts: { payment_card: 0 } });
  });

  it('writes the cues again with the numbers redacted, a number said across one voice\'s cues as one cue spanning them', () => {
    const sent = [
      'WEBVTT', '',
      'NOTE exported by the meeting tool', '',
      '00:00:01.000 --> 00:00:04.000', '<v Dana Reyes>Let me read the card, it is 5555 5555', '',
      '00:00:04.500 --> 00:00:07.250', '<v Dana Reyes>5555 4444. Expiry <b>next</b> year &amp; the zip', '',
      '00:00:08.000 --> 00:00:09.000', 'Sam Ortiz: Got it, and the account is GB82 WEST 1234 5698 7654 32?', '',
    ].join('\n');
    const { text, counts } = redactWebVtt(sent);
    expect(text).not.toMatch(/5555|4444|1234|5698/);
    expect(counts).toMatchObject({ payment_card: 1, iban: 1 });
    expect(cues(text)).toEqual([
      { startSec: 1, endSec: 7.25, voice: 'Dana Reyes', text: 'Let me read the card, it is [REDACTED CARD]. Expiry next year & the zip' },
      { startSec: 8, endSec: 9, voice: 'Sam Ortiz', text: 'Got it, and the account is [REDACTED IBAN]?' },
    ]);
    expect(vttRedactions(text)).toMatchObject({ payment_card: 1, iban: 1, us_ssn: 0 });
    // Read again, it has nothing more to redact and keeps what its note says.
    expect(redactWebVtt(text).text).toBe(text);
  });

  it('adds what a second pass finds to what the note says was taken out before', () => {
    const first = redactWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>card 5555 5555 5555 4444\n').text;
    const more = redactWebVtt(`${first}\n00:00:03.000 --> 00:00:04.000\n<v B>social 219-09-9999\n`);
    expect(vttRedactions(more.text)).toMatchObject({ payment_card: 1, us_ssn: 1 });
  });

  it('redacts a file that is not WebVTT as plain text', () => {
    expect(redactWebVtt('1\n00:00:01,000 --> 00:00:02,000\ncard 5555 5555 5555 4444\n').text).toBe('1\n00:00:01,000 --> 00:00:02,000\ncard [REDACTED CARD]\n');
  });
});

describe('redactWebVtt on a transcript of the uploader\'s making', () => {
  // A transcript part (up to 2 MiB) is redacted inside the upload request: the time it takes grows with its length, never
  // with the product of its cues, numbers and redactions.
  const redactInWorker = (source: string) =>
    callInWorker<ReturnType<typeof redactWebVtt>>(new URL('../../../src/domain/redact/webvtt.ts', import.meta.url), 'redactWebVtt', source);
  const stamp = (sec: number) => new Date(sec * 1000).toISOString().slice(11, 23);

  it('redacts a card in each of tens of thousands of cues of one voice', async () => {
    let sent = 'WEBVTT\n\n';
    for (let i = 0; i < 40_000; i++) sent += `${stamp(i)} --> ${stamp(i + 1)}\n4111 1111 1111 1111\n\n`;
    const { text, counts } = await redactInWorker(sent);
    expect(counts.payment_card).toBe(40_000);
    expect(text).not.toMatch(/4111/);
  });

  it('redacts a transcript of ten thousand voices, each heard again after all the others', async () => {
    // Each voice's turns are read as one only across a few words of others; how many words lie between must not be
    // counted again for every turn.
    let sent = 'WEBVTT\n\n';
    for (let i = 0; i < 20_000; i++) sent += `${stamp(i)} --> ${stamp(i + 1)}\n<v ${(i % 10_000).toString(36)}>${'ok '.repeat(20)}\n\n`;
    sent += `${stamp(20_000)} --> ${stamp(20_001)}\n<v 0>card 4111 1111 1111 1111\n\n`;
    expect(Buffer.byteLength(sent)).toBeLessThan(2 * 1024 * 1024);
    const { text, counts } = await redactInWorker(sent);
    expect(counts.payment_card).toBe(1);
    expect(text).toContain('<v 0>card [REDACTED CARD]');
    expect(text).not.toContain('4111 1111');
  }, 60_000);

  it('redacts the cards in one cue of digit words said without a pause', async () => {
    // A prime number of sayings, so the run is not one number said again and again: it is searched whole.
    const { text, counts } = await redactInWorker(`WEBVTT\n\n00:00:00.000 --> 01:00:00.000\n${'one two three four '.repeat(100_003)}\n`);
    expect(counts.payment_card).toBe(25_000);
    expect(text).toContain('one two [REDACTED CARD] two [REDACTED CARD]');
  });
});
