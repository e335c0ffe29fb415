import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import type { AppError } from '../../src/errors/app-error.ts';
import type { AudioTrack, TranscribeInput } from '../../src/ports/transcriber.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { startSpeachesFake, type SpeachesFake, type SpeachesFakeOptions } from '../helpers/fakes/speaches.fake.ts';
import { wavBytes } from '../helpers/tone-audio.ts';

/** The openai transcriber against a self-hosted Whisper server (speaches), as docker compose --profile local-ai runs it. */

const MODEL = 'Systran/faster-whisper-small';
let dir: string;
let fake: SpeachesFake | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callscribe-speaches-'));
});
afterEach(async () => {
  await fake?.close();
  fake = null;
  await rm(dir, { recursive: true, force: true });
});

async function track(name: string, seconds: number, speaker: string | null): Promise<AudioTrack> {
  const path = join(dir, name);
  await writeFile(path, wavBytes([new Int16Array(Math.round(seconds * 16_000))]));
  return { path, speaker, durationSec: seconds };
}
const input = (tracks: AudioTrack[]): TranscribeInput => ({ callId: 'c_test', tracks, language: 'en', vocabulary: ['Brightline Foods'] });

async function setup(opts: Partial<SpeachesFakeOptions> = {}, extra: { model?: string; maxRetries?: number; apiKey?: string } = {}) {
  fake = await startSpeachesFake({ transcribe: () => ({ segments: [] }), ...opts });
  const { logger, lines } = capturedLogger();
  const transcriber = createOpenAiTranscriber({ apiKey: extra.apiKey ?? null, baseURL: fake.baseURL, model: extra.model ?? MODEL, maxRetries: extra.maxRetries ?? 0, logger });
  return { fake, transcriber, lines };
}

describe('openai transcriber against speaches', () => {
  it('maps verbose_json segments without words or speakers; confidence from avg_logprob and no_speech_prob', async () => {
    const { fake, transcriber, lines } = await setup({
      wordTimestamps: false,
      transcribe: () => ({
        segments: [
          { start: 0.4, end: 3.1, text: 'Thanks for calling Brightline Foods.', avgLogprob: -0.1, noSpeechProb: 0.01 },
          { start: 3.5, end: 4.2, text: 'Mm.', avgLogprob: -0.4, noSpeechProb: 0.55 },
          { start: 5, end: 9.8, text: 'Thank you for watching!', avgLogprob: -1.3, noSpeechProb: 0.8, compressionRatio: 0.9 },
        ],
      }),
    });
    const transcript = await transcriber.transcribe(input([await track('rep.wav', 10, 'rep')]));

    const request = fake.requests[0]!;
    expect(request.headers).not.toHaveProperty('authorization');
    expect(request.fields).toMatchObject({ model: MODEL, response_format: 'verbose_json', 'timestamp_granularities[]': ['segment'], language: 'en' });
    expect(request.fields).not.toHaveProperty('include[]');
    expect(transcript).toMatchObject({ engine: 'openai', model: MODEL, language: 'en', speakers: [{ id: 'rep', role: 'rep' }] });
    // exp(-0.1) × 0.99 = 0.90; a segment Whisper doubts is speech, exp(-0.4) × 0.45 = 0.30; a likely hallucination over silence is dropped.
    expect(transcript.segments).toEqual([
      { speaker: 'rep', startSec: 0.4, endSec: 3.1, text: 'Thanks for calling Brightline Foods.', confidence: 0.9 },
      { speaker: 'rep', startSec: 3.5, endSec: 4.2, text: 'Mm.', confidence: 0.3 },
    ]);
    expect(lines).toEqual([]);
  });

  it('a mixed track: one speaker S1, and one warning that the server does not diarize, however many calls', async () => {
    const { transcriber, lines } = await setup({ transcribe: () => ({ segments: [{ start: 1, end: 2, text: 'Hello.' }, { start: 2.5, end: 3, text: 'Hi.' }] }) });
    for (let i = 0; i < 2; i++) {
      const transcript = await transcriber.transcribe(input([await track(`mixed-${i}.wav`, 4, null)]));
      expect(transcript.speakers).toEqual([{ id: 'S1', role: 'unknown' }]);
      expect(transcript.segments.map((s) => s.speaker)).toEqual(['S1', 'S1']);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, adapter: 'openai-transcriber', degraded: 'no-diarization', model: MODEL, server: fake!.baseURL });
    expect(lines[0]!.msg).toMatch(/does not tell speakers apart: a single-channel \(mixed\) recording becomes one speaker, S1/);
  });

  it('the diarize model and a model not downloaded are permanent errors that carry the server\'s reason', async () => {
    let { transcriber } = await setup({}, { model: 'gpt-4o-transcribe-diarize' });
    const diarize = (await transcriber.transcribe(input([await track('mixed.wav', 35, null)])).catch((e: unknown) => e)) as AppError;
    expect(diarize).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false, status: 422 });
    expect(diarize.message).toContain("response_format: Input should be 'text', 'json', 'verbose_json', 'srt' or 'vtt'");
    await fake!.close();

    ({ transcriber } = await setup({}, { model: 'whisper-1' }));
    const missing = (await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e)) as AppError;
    expect(missing).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false, status: 404 });
    expect(missing.message).toContain("Model 'Systran/faster-whisper-large-v3' is not installed locally. You can download the model using `POST /v1/models`");
  });

  it('a key the server does not know: permanent OPENAI_AUTH; the key set for it is sent', async () => {
    const { fake, transcriber } = await setup({ apiKey: 'local-secret' }, { apiKey: 'wrong-key' });
    const err = (await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e)) as AppError;
    expect(err).toMatchObject({ code: 'OPENAI_AUTH', retryable: false, status: 403 });
    expect(err.message).toContain('Forbidden');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer wrong-key');
  });

  it('429 with Retry-After is waited out by the SDK; what outlasts its retries is retryable for the queue', async () => {
    let { fake, transcriber } = await setup({ transcribe: () => ({ segments: [{ start: 0, end: 1, text: 'Okay.' }] }) }, { maxRetries: 1 });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const transcript = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')]));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.requests).toHaveLength(2);
    expect(transcript.segments.map((s) => s.text)).toEqual(['Okay.']);
    await fake.close();

    ({ fake, transcriber } = await setup());
    fake.failNext(1, { status: 429, headers: { 'retry-after': '30' } });
    expect(await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e)).toMatchObject({ code: 'OPENAI_RATE_LIMITED', retryable: true, retryAfterMs: 30_000 });
    fake.failNext(1, { status: 503 });
    const unavailable = (await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e)) as AppError;
    expect(unavailable).toMatchObject({ code: 'OPENAI_UNAVAILABLE', retryable: true, status: 503 });
    expect(unavailable.message).toContain('Service Unavailable');
  });

  it('no server listening: retryable OPENAI_UNAVAILABLE that names TRANSCRIBE_BASE_URL', async () => {
    const { fake, transcriber } = await setup();
    await fake.close();
    const err = (await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e)) as AppError;
    expect(err).toMatchObject({ code: 'OPENAI_UNAVAILABLE', retryable: true });
    expect(err.message).toContain('Check TRANSCRIBE_BASE_URL (or OPENAI_BASE_URL) and the network');
  });
});
