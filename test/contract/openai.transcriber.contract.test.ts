import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { AudioTrack, TranscribeInput } from '../../src/ports/transcriber.ts';
import { startOpenAiFake, type OpenAiFake, type TranscribeHandler } from '../helpers/fakes/openai.fake.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { wavBytes } from '../helpers/tone-audio.ts';

/** A valid 16 kHz mono 16-bit PCM WAV of silence. */
const silentWav = (seconds: number) => wavBytes([new Int16Array(Math.round(seconds * 16_000))]);

let dir: string;
let fake: OpenAiFake | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callscribe-openai-transcriber-'));
});
afterEach(async () => {
  await fake?.close();
  fake = null;
  await rm(dir, { recursive: true, force: true });
});

async function track(name: string, seconds: number, speaker: string | null): Promise<AudioTrack> {
  const path = join(dir, name);
  await writeFile(path, silentWav(seconds));
  return { path, speaker, durationSec: seconds };
}

async function setup(transcribe: TranscribeHandler, model = 'whisper-1', extra: { maxRetries?: number; apiKey?: string } = {}) {
  fake = await startOpenAiFake({ transcribe });
  const transcriber = createOpenAiTranscriber({ apiKey: extra.apiKey ?? fake.apiKey, baseURL: fake.baseURL, model, maxRetries: extra.maxRetries });
  return { fake, transcriber };
}

const input = (tracks: AudioTrack[], language: string | null = 'en'): TranscribeInput => ({
  callId: 'c_test',
  tracks,
  language,
  vocabulary: ['Brightline Foods', 'Priya Raman', 'Elena Novak'],
});

describe('openai transcriber against the OpenAI fake', () => {
  it('whisper-1: sends verbose_json with segment timestamps and the vocabulary, and labels segments with the track speaker', async () => {
    const { fake, transcriber } = await setup((req) =>
      req.fileName === 'rep.wav'
        ? { text: 'Hi Elena, this is Priya. I will send the contract by Friday.', segments: [{ start: 0.4, end: 2.1, text: 'Hi Elena, this is Priya.' }, { start: 6.2, end: 8.9, text: 'I will send the contract by Friday.' }] }
        : { text: 'Great, thanks.', segments: [{ start: 3.0, end: 4.2, text: 'Great, thanks.' }] },
    );
    const transcript = await transcriber.transcribe(input([await track('rep.wav', 10, 'rep'), await track('customer.wav', 10, 'customer')]));

    expect(fake.requests).toHaveLength(2);
    const rep = fake.requests.find((r) => r.file?.name === 'rep.wav')!;
    expect(rep.path).toBe('/v1/audio/transcriptions');
    expect(rep.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(rep.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(rep.file).toEqual({ name: 'rep.wav', size: 44 + 10 * 32_000, type: 'audio/wav' });
    expect(rep.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json', 'timestamp_granularities[]': ['segment'], language: 'en', temperature: '0' });
    expect(rep.fields!.prompt).toContain('Brightline Foods');
    expect(rep.fields!.prompt).toContain('Elena Novak');
    expect(rep.fields).not.toHaveProperty('chunking_strategy');

    expect(transcript).toMatchObject({ schemaVersion: 1, engine: 'openai', model: 'whisper-1', language: 'en', durationSec: 10 });
    expect(transcript.speakers).toEqual([{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }]);
    expect(transcript.segments.map((s) => [s.speaker, s.startSec, s.endSec, s.text])).toEqual([
      ['rep', 0.4, 2.1, 'Hi Elena, this is Priya.'],
      ['customer', 3, 4.2, 'Great, thanks.'],
      ['rep', 6.2, 8.9, 'I will send the contract by Friday.'],
    ]);
    // exp(avg_logprob) × (1 − no_speech_prob): the fake scores every segment -0.25 and 0.01.
    expect(transcript.segments[0]!.confidence).toBeCloseTo(Math.exp(-0.25) * 0.99, 2);
    expect(transcript.text).toBe('Hi Elena, this is Priya.\nGreat, thanks.\nI will send the contract by Friday.');
  });

  it('a FLAC chunk goes out as FLAC (name and type), and its length is read from the file as for a WAV', async () => {
    const wav = join(dir, 'rep-src.wav');
    await writeFile(wav, silentWav(10));
    const path = join(dir, 'rep.flac');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', wav, '-c:a', 'flac', '-y', path]);
    const heard: (number | null)[] = [];
    const { fake, transcriber } = await setup((req) => (heard.push(req.audioDurationSec), { text: 'Hello.' }));
    await transcriber.transcribe(input([{ path, speaker: 'rep', durationSec: 10 }]));

    expect(fake.requests[0]!.file).toEqual({ name: 'rep.flac', size: (await stat(path)).size, type: 'audio/flac' });
    expect(heard).toEqual([10]);
  });

  it('takes chunks as WAV unless TRANSCRIBE_AUDIO_FORMAT says FLAC, and always as WAV for the diarize model', () => {
    const make = (baseURL: string | null, model: string, audioFormat?: 'wav' | 'flac') => createOpenAiTranscriber({ apiKey: 'sk-x', baseURL, model, audioFormat }).chunkFormat;
    expect(make(null, 'whisper-1')).toBe('wav');
    expect(make(null, 'whisper-1', 'flac')).toBe('flac');
    expect(make(null, 'gpt-4o-transcribe', 'flac')).toBe('flac');
    expect(make('http://speaches:8000/v1', 'whisper-1')).toBe('wav');
    expect(make('http://speaches:8000/v1', 'whisper-1', 'flac')).toBe('flac');
    expect(make(null, 'gpt-4o-transcribe-diarize', 'flac')).toBe('wav');
  });

  it('gpt-4o-transcribe: asks for json with logprobs and times the sentences of a mixed track in proportion', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'Hello there. Can you send the contract by Friday?' }), 'gpt-4o-transcribe');
    const transcript = await transcriber.transcribe(input([await track('mixed.wav', 10, null)], null));

    const fields = fake.requests[0]!.fields!;
    expect(fields).toMatchObject({ model: 'gpt-4o-transcribe', response_format: 'json', 'include[]': ['logprobs'] });
    expect(fields).not.toHaveProperty('timestamp_granularities[]');
    expect(fields).not.toHaveProperty('language');
    expect(fields.prompt).toContain('Priya Raman');
    expect(transcript.speakers).toEqual([{ id: 'S1', role: 'unknown' }]);
    // The fake's tokens are words and punctuation at logprob -0.05 (p 0.95): "there." is two tokens (0.90).
    expect(transcript.segments).toEqual([
      { speaker: 'S1', startSec: 0, endSec: 2.5, text: 'Hello there.', confidence: 0.93, wordConfidence: [0.95, 0.9] },
      { speaker: 'S1', startSec: 2.5, endSec: 10, text: 'Can you send the contract by Friday?', confidence: 0.94, wordConfidence: [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.9] },
    ]);
    expect(transcript.language).toBe('und');
  });

  it('gpt-4o-transcribe-diarize: sends chunking_strategy for long audio, no prompt, and maps speakers to S1, S2', async () => {
    const { fake, transcriber } = await setup(
      () => ({
        text: 'Hello. Hi.',
        segments: [{ start: 0.5, end: 1.5, text: 'Hello.', speaker: 'A' }, { start: 2, end: 3, text: 'Hi.', speaker: 'B' }, { start: 31, end: 32, text: 'Bye.', speaker: 'A' }],
      }),
      'gpt-4o-transcribe-diarize',
    );
    const transcript = await transcriber.transcribe(input([await track('mixed.wav', 35, null)]));

    expect(fake.requests[0]!.fields).toMatchObject({ response_format: 'diarized_json', chunking_strategy: 'auto' });
    expect(fake.requests[0]!.fields).not.toHaveProperty('prompt');
    expect(transcript.segments.map((s) => `${s.speaker}:${s.text}`)).toEqual(['S1:Hello.', 'S2:Hi.', 'S1:Bye.']);
    expect(transcript.speakers).toEqual([{ id: 'S1', role: 'unknown' }, { id: 'S2', role: 'unknown' }]);
  });

  it.each([
    ['en-US', 'en'],
    ['es_MX', 'es'],
    ['English', 'en'],
    ['spanish', 'es'],
    ['PT-br', 'pt'],
    ['iw-IL', 'he'],
  ])('the call\'s language %s goes out as its ISO-639-1 code %s, which the API takes', async (given, code) => {
    const { fake, transcriber } = await setup(() => ({ text: 'Hola.', segments: [{ start: 0.2, end: 0.8, text: 'Hola.' }] }));
    const transcript = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')], given));

    expect(fake.requests[0]!.fields!.language).toBe(code);
    expect(transcript.language).toBe(code);
  });

  it('a language Whisper does not know goes out as none (the server detects it), said once in the log', async () => {
    fake = await startOpenAiFake({ transcribe: () => ({ text: 'Okay.', segments: [{ start: 0.2, end: 0.8, text: 'Okay.' }] }) });
    const { logger, lines } = capturedLogger('warn');
    const transcriber = createOpenAiTranscriber({ apiKey: fake.apiKey, baseURL: fake.baseURL, model: 'whisper-1', logger });
    const first = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')], 'klingon'));
    await transcriber.transcribe(input([await track('customer.wav', 2, 'customer')], 'x-pirate'));

    expect(fake.requests.map((r) => r.fields!.language ?? null)).toEqual([null, null]);
    expect(first.language).toBe('en'); // what the server detected
    expect(lines.filter((l) => l.degraded === 'language-unrecognised')).toEqual([expect.objectContaining({ language: 'klingon', msg: expect.stringContaining('"klingon"') })]);
  });

  it('429 with retry-after-ms: the SDK waits and retries once, and the transcript comes through', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'Okay.', segments: [{ start: 1, end: 1.5, text: 'Okay.' }] }));
    fake.failNext(1, { status: 429, headers: { 'retry-after-ms': '50' } });
    const transcript = await transcriber.transcribe(input([await track('rep.wav', 3, 'rep')]));

    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.headers['x-stainless-retry-count']).toBe('1');
    expect(fake.requests[1]!.file?.size).toBe(44 + 3 * 32_000);
    expect(transcript.segments.map((s) => s.text)).toEqual(['Okay.']);
  });

  it('5xx that outlasts the SDK retries: retryable OPENAI_UNAVAILABLE for the queue', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'unused' }), 'whisper-1', { maxRetries: 1 });
    fake.failNext(2, { status: 503, headers: { 'retry-after-ms': '10' } });
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(fake.requests).toHaveLength(2);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'OPENAI_UNAVAILABLE', retryable: true, status: 503, retryAfterMs: 10 });
  });

  it('400: permanent OPENAI_REJECTED with the API message, not retried', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'unused' }));
    fake.failNext(1, { status: 400, body: { error: { message: "Invalid 'prompt': too long.", type: 'invalid_request_error', param: 'prompt', code: null } } });
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(fake.requests).toHaveLength(1);
    expect(err).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false, status: 400 });
    expect((err as AppError).message).toContain("Invalid 'prompt': too long.");
    expect((err as AppError).message).toMatch(/request req_[0-9a-f]+/);
  });

  it('401: permanent OPENAI_AUTH that says to check the key', async () => {
    const { transcriber } = await setup(() => ({ text: 'unused' }), 'whisper-1', { apiKey: 'sk-wrong' });
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(err).toMatchObject({ code: 'OPENAI_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect((err as AppError).message).toMatch(/API key/);
  });

  it('a used-up quota (429 insufficient_quota): permanent OPENAI_QUOTA_EXCEEDED that says to fix billing, asked once, not retried', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'Okay.', segments: [{ start: 1, end: 1.5, text: 'Okay.' }] }));
    fake.quotaExhausted(true);
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(fake.requests).toHaveLength(1);
    expect(err).toMatchObject({ code: 'OPENAI_QUOTA_EXCEEDED', kind: 'credentials', retryable: false, status: 429, retryAfterMs: null });
    expect((err as AppError).message).toMatch(/quota is used up.*billing.*platform\.openai\.com/);

    fake.quotaExhausted(false);
    expect((await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')]))).segments.map((s) => s.text)).toEqual(['Okay.']);
  });

  it('an unknown model: permanent OPENAI_REJECTED (404 model_not_found)', async () => {
    const { transcriber } = await setup(() => ({ text: 'unused' }), 'whisper-9');
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(err).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false, status: 404 });
  });

  it('no server listening: retryable OPENAI_UNAVAILABLE', async () => {
    const { fake, transcriber } = await setup(() => ({ text: 'unused' }), 'whisper-1', { maxRetries: 0 });
    await fake.close();
    const err = await transcriber.transcribe(input([await track('rep.wav', 2, 'rep')])).catch((e: unknown) => e);

    expect(err).toMatchObject({ code: 'OPENAI_UNAVAILABLE', retryable: true });
  });
});
