import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI, { toFile } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { startOpenAiFake, type OpenAiFake, type TranscribeHandler } from '../helpers/fakes/openai.fake.ts';
import { detectBursts } from '../helpers/tone-audio.ts';
import { voiceWav } from '../helpers/voice-tones.ts';

// known_speaker_names[] / known_speaker_references[] of gpt-4o-transcribe-diarize (openai-node 7.x
// TranscriptionCreateParams): up to 4 names, each with a 2–10 s audio sample as a data URL.

const DIARIZE = 'gpt-4o-transcribe-diarize';
const LOW = 300;
const HIGH = 700;
const OTHER = 1100;

/** Each tone burst is a segment, left unlabelled so the fake labels it by the voice it hears. */
const byBursts: TranscribeHandler = (req) => {
  const segments = detectBursts(req.fileBytes).map((b, i) => ({ start: b.startSec, end: b.endSec, text: `turn ${i}.` }));
  return { text: segments.map((s) => s.text).join(' '), segments };
};
const dataUrl = (wav: Buffer, mime = 'audio/wav') => `data:${mime};base64,${wav.toString('base64')}`;
const clip = (hz: number, sec: number) => voiceWav(sec, [{ hz, startSec: 0, durSec: sec }]);

let fake: OpenAiFake;
let dir: string;
beforeEach(async () => {
  fake = await startOpenAiFake({ transcribe: byBursts });
  dir = await mkdtemp(join(tmpdir(), 'callscribe-known-speakers-'));
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('OpenAI fake: known speakers', () => {
  const client = () => new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 0 });
  const call = () => toFile(voiceWav(10, [{ hz: LOW, startSec: 0.5, durSec: 3 }, { hz: HIGH, startSec: 4, durSec: 2 }, { hz: OTHER, startSec: 7, durSec: 2 }]), 'call.wav');
  const ask = async (extra: Record<string, unknown>, model = DIARIZE) =>
    client()
      .audio.transcriptions.create({ file: await call(), model, response_format: model === DIARIZE ? 'diarized_json' : 'json', chunking_strategy: model === DIARIZE ? 'auto' : undefined, ...extra })
      .then(
        (body) => ({ status: 200, body: body as unknown as { segments: { speaker: string }[] }, message: '' }),
        (e: { status?: number; message: string }) => ({ status: e.status, body: null, message: e.message }),
      );

  it('labels a voice matching a reference with its name, the others A, B… (without references: A, B, C)', async () => {
    const plain = await ask({});
    expect(plain.body!.segments.map((s) => s.speaker)).toEqual(['A', 'B', 'C']);
    const known = await ask({ known_speaker_names: ['rep', 'buyer'], known_speaker_references: [dataUrl(clip(HIGH, 2)), dataUrl(clip(LOW, 10))] });
    expect(known.status).toBe(200);
    expect(known.body!.segments.map((s) => s.speaker)).toEqual(['buyer', 'rep', 'A']);
    expect(fake.requests.at(-1)!.fields!['known_speaker_names[]']).toEqual(['rep', 'buyer']);
  });

  it.each([
    ['for a model without diarization', { known_speaker_names: ['a'], known_speaker_references: [dataUrl(clip(LOW, 3))] }, 'gpt-4o-transcribe', /only supported with model 'gpt-4o-transcribe-diarize'/],
    ['with more names than references', { known_speaker_names: ['a', 'b'], known_speaker_references: [dataUrl(clip(LOW, 3))] }, DIARIZE, /same length/],
    ['with more than 4 speakers', { known_speaker_names: ['a', 'b', 'c', 'd', 'e'], known_speaker_references: [1, 2, 3, 4, 5].map((i) => dataUrl(clip(200 * i, 3))) }, DIARIZE, /At most 4/],
    ['with a reference that is not a data URL', { known_speaker_names: ['a'], known_speaker_references: ['https://example.com/a.wav'] }, DIARIZE, /data URL/],
    ['with a reference that is not audio', { known_speaker_names: ['a'], known_speaker_references: [dataUrl(Buffer.from('not audio at all'))] }, DIARIZE, /could not be decoded/],
    ['with a reference under 2 s', { known_speaker_names: ['a'], known_speaker_references: [dataUrl(clip(LOW, 1.5))] }, DIARIZE, /between 2 and 10 seconds/],
    ['with a reference over 10 s', { known_speaker_names: ['a'], known_speaker_references: [dataUrl(clip(LOW, 10.5))] }, DIARIZE, /between 2 and 10 seconds/],
    ['with the same name twice', { known_speaker_names: ['a', 'a'], known_speaker_references: [dataUrl(clip(LOW, 3)), dataUrl(clip(HIGH, 3))] }, DIARIZE, /unique/],
  ])('answers 400 %s', async (_case, extra, model, message) => {
    const res = await ask(extra, model);
    expect(res.status).toBe(400);
    expect(res.message).toMatch(message);
  });
});

describe('openai transcriber: known speakers', () => {
  const track = async (seconds: number, turns: Parameters<typeof voiceWav>[1]) => {
    const path = join(dir, 'mixed.wav');
    await writeFile(path, voiceWav(seconds, turns));
    return { path, speaker: null, durationSec: seconds };
  };
  const input = (tracks: Awaited<ReturnType<typeof track>>[], knownSpeakers?: { id: string; wav: Buffer }[]) => ({
    callId: 'c_test',
    tracks,
    language: 'en',
    vocabulary: ['Brightline Foods'],
    ...(knownSpeakers && { knownSpeakers }),
  });
  const transcriber = (model = DIARIZE) => createOpenAiTranscriber({ apiKey: fake.apiKey, baseURL: fake.baseURL, model, maxRetries: 0 });

  it('says it links speakers only with the diarize model', () => {
    expect(transcriber().linksSpeakers).toEqual({ maxSpeakers: 4, minClipSec: 2, maxClipSec: 10 });
    expect(transcriber('whisper-1').linksSpeakers).toBeUndefined();
    expect(transcriber('gpt-4o-transcribe').linksSpeakers).toBeUndefined();
  });

  it('sends no known speakers when given none (a first chunk)', async () => {
    const transcript = await transcriber().transcribe(input([await track(8, [{ hz: LOW, startSec: 0.5, durSec: 3 }, { hz: HIGH, startSec: 4, durSec: 3 }])]));
    const fields = fake.requests[0]!.fields!;
    expect(fields).not.toHaveProperty('known_speaker_names[]');
    expect(fields).not.toHaveProperty('known_speaker_references[]');
    expect(transcript.segments.map((s) => s.speaker)).toEqual(['S1', 'S2']);
  });

  it('sends names and WAV data URLs in the same order; a matched voice keeps its id, an unmatched one gets an id none of the known ones have', async () => {
    const references = [{ id: 'S1', wav: clip(HIGH, 3) }, { id: 'S2', wav: clip(LOW, 2.5) }];
    const transcript = await transcriber().transcribe(
      input([await track(12, [{ hz: OTHER, startSec: 0.5, durSec: 2 }, { hz: LOW, startSec: 3, durSec: 3 }, { hz: HIGH, startSec: 7, durSec: 3 }])], references),
    );

    const fields = fake.requests[0]!.fields!;
    expect(fields['known_speaker_names[]']).toEqual(['S1', 'S2']);
    const sent = fields['known_speaker_references[]'] as string[];
    expect(sent).toHaveLength(2);
    sent.forEach((url, i) => {
      expect(url).toMatch(/^data:audio\/wav;base64,/);
      expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').equals(references[i]!.wav)).toBe(true);
    });
    expect(fields).toMatchObject({ response_format: 'diarized_json', chunking_strategy: 'auto' });
    expect(transcript.segments.map((s) => s.speaker)).toEqual(['S3', 'S2', 'S1']);
  });

  it('refuses known speakers where the model cannot take them, before any request', async () => {
    const err = await transcriber('whisper-1')
      .transcribe(input([await track(3, [{ hz: LOW, startSec: 0.5, durSec: 2 }])], [{ id: 'S1', wav: clip(LOW, 3) }]))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'SPEAKER_LINKING_UNSUPPORTED', retryable: false });
    expect(fake.requests).toHaveLength(0);
  });
});
