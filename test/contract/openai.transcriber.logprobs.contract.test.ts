import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import type { AudioTrack } from '../../src/ports/transcriber.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { startOpenAiFake, type OpenAiFake, type TranscribeHandler } from '../helpers/fakes/openai.fake.ts';
import { wavBytes } from '../helpers/tone-audio.ts';

/** gpt-4o transcribe models score their tokens (`include[]=logprobs`); segments and words take their confidence from them. */

let dir: string;
let fake: OpenAiFake | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callscribe-logprobs-'));
});
afterEach(async () => {
  await fake?.close();
  fake = null;
  await rm(dir, { recursive: true, force: true });
});

async function transcribe(handler: TranscribeHandler, model = 'gpt-4o-mini-transcribe') {
  fake = await startOpenAiFake({ transcribe: handler });
  const { logger, lines } = capturedLogger();
  const transcriber = createOpenAiTranscriber({ apiKey: fake.apiKey, baseURL: fake.baseURL, model, logger });
  const path = join(dir, 'rep.wav');
  await writeFile(path, wavBytes([new Int16Array(4 * 16_000)]));
  const track: AudioTrack = { path, speaker: 'rep', durationSec: 4 };
  const transcript = await transcriber.transcribe({ callId: 'c_test', tracks: [track], language: 'en', vocabulary: [] });
  return { transcript, lines, fields: fake.requests[0]!.fields! };
}

const lp = (p: number) => Math.log(p);

describe('openai transcriber: confidence from token logprobs', () => {
  it('a word is the product of its tokens, a segment the mean of its words; a doubtful word stands out', async () => {
    const text = 'We signed today. Send the DPA.';
    const logprobs = [
      { token: 'We', logprob: lp(0.99) },
      { token: ' signed', logprob: lp(0.98) },
      { token: ' today', logprob: lp(0.97) },
      { token: '.', logprob: lp(1) },
      { token: ' Send', logprob: lp(0.96) },
      { token: ' the', logprob: lp(0.99) },
      { token: ' D', logprob: lp(0.5) },
      { token: 'PA', logprob: lp(0.6) },
      { token: '.', logprob: lp(0.9) },
    ];
    const { transcript, fields, lines } = await transcribe(() => ({ text, logprobs }));

    expect(fields['include[]']).toEqual(['logprobs']);
    expect(transcript.segments.map((s) => [s.text, s.confidence, s.wordConfidence])).toEqual([
      ['We signed today.', 0.98, [0.99, 0.98, 0.97]],
      ['Send the DPA.', 0.74, [0.96, 0.99, 0.27]],
    ]);
    expect(lines).toEqual([]);
  });

  it('tokens split inside a character still line up by their bytes', async () => {
    const text = 'Café open.';
    const [e1, e2] = [...Buffer.from('é')];
    const logprobs = [
      { token: 'Caf', logprob: lp(0.9), bytes: [...Buffer.from('Caf')] },
      { token: '\ufffd', logprob: lp(0.5), bytes: [e1!] },
      { token: '\ufffd', logprob: lp(0.8), bytes: [e2!] },
      { token: ' open', logprob: lp(1), bytes: [...Buffer.from(' open')] },
      { token: '.', logprob: lp(1), bytes: [46] },
    ];
    const { transcript } = await transcribe(() => ({ text, logprobs }));
    expect(transcript.segments[0]!.wordConfidence).toEqual([0.36, 1]);
  });

  it('tokens that do not spell the text: every segment gets the mean, no word confidences, one warning', async () => {
    const { transcript, lines } = await transcribe(() => ({ text: 'Hello there. Bye now.', logprobs: [{ token: 'Hello', logprob: lp(0.8) }, { token: ' world', logprob: lp(0.6) }] }));
    expect(transcript.segments.map((s) => [s.confidence, s.wordConfidence])).toEqual([
      [0.7, undefined],
      [0.7, undefined],
    ]);
    expect(lines).toMatchObject([{ level: 40, adapter: 'openai-transcriber', degraded: 'unaligned-logprobs', model: 'gpt-4o-mini-transcribe' }]);
  });

  it('never asks whisper-1 or gpt-transcribe for logprobs (the API refuses them)', async () => {
    for (const model of ['whisper-1', 'gpt-transcribe']) {
      const { fields } = await transcribe(() => ({ text: 'Okay.' }), model);
      expect(fields).not.toHaveProperty('include[]');
      await fake!.close();
    }
  });
});
