import OpenAI, { toFile } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSpeachesFake, type SpeachesFake, type SpeachesFakeOptions } from '../helpers/fakes/speaches.fake.ts';
import { wavBytes } from '../helpers/tone-audio.ts';

/** The speaches fake must answer as speaches 0.8.3 does (its source: routers/stt.py, api_types.py, dependencies.py). */

const silentWav = (seconds: number) => wavBytes([new Int16Array(Math.round(seconds * 16_000))]);
const model = 'Systran/faster-whisper-small';

let fake: SpeachesFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function setup(opts: Partial<SpeachesFakeOptions> = {}) {
  fake = await startSpeachesFake({ transcribe: () => ({ segments: [{ start: 0.5, end: 2, text: 'Hello there.' }] }), ...opts });
  return { fake, client: new OpenAI({ apiKey: 'cant-be-empty', baseURL: fake.baseURL, maxRetries: 0 }) };
}
const file = () => toFile(silentWav(3), 'a.wav');
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { status?: number; error?: unknown; message?: string }) => ({ status: e.status, message: e.message }));

describe('speaches fake fidelity', () => {
  it('verbose_json: segments with Whisper scores and words null, the language as an ISO code, no logprobs or usage', async () => {
    const { client } = await setup();
    const res = await client.audio.transcriptions.create({ file: await file(), model, response_format: 'verbose_json', timestamp_granularities: ['segment'], include: ['logprobs'] });
    expect(res).toEqual({
      task: 'transcribe',
      language: 'en',
      duration: 3,
      text: 'Hello there.',
      words: null,
      segments: [{ avg_logprob: -0.3, compression_ratio: 1.3, end: 2, id: 1, no_speech_prob: 0.02, seek: 50, start: 0.5, temperature: 0, text: ' Hello there.', tokens: [50365, 50366], words: null }],
    });
    const json = await client.audio.transcriptions.create({ file: await file(), model, response_format: 'json', include: ['logprobs'] });
    expect(json).toEqual({ text: 'Hello there.' });
  });

  it('word timings with probabilities when asked, unless the server has none', async () => {
    const { client } = await setup();
    const res = await client.audio.transcriptions.create({ file: await file(), model, response_format: 'verbose_json', timestamp_granularities: ['word', 'segment'] });
    expect(res.words).toEqual([{ start: 0.5, end: 1.25, word: ' Hello', probability: 0.9 }, { start: 1.25, end: 2, word: ' there.', probability: 0.9 }]);
    await fake!.close();

    const without = await setup({ wordTimestamps: false });
    expect((await without.client.audio.transcriptions.create({ file: await file(), model, response_format: 'verbose_json', timestamp_granularities: ['word'] })).words).toBeNull();
  });

  it('ignores chunking_strategy and known speakers, refuses diarized_json (422) and a model not in its cache (404), in FastAPI shapes', async () => {
    const { client, fake } = await setup();
    expect(await failure(client.audio.transcriptions.create({ file: await file(), model, response_format: 'json', chunking_strategy: 'auto', known_speaker_names: ['S1'] }))).toBeNull();
    expect(fake.requests[0]!.fields).toMatchObject({ chunking_strategy: 'auto', 'known_speaker_names[]': ['S1'] });

    const raw = async (fields: Record<string, string>) => {
      const form = new FormData();
      form.set('file', new Blob([silentWav(1)]), 'a.wav');
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      const res = await fetch(`${fake.baseURL}/audio/transcriptions`, { method: 'POST', body: form });
      return { status: res.status, body: await res.json() };
    };
    expect(await raw({ model, response_format: 'diarized_json' })).toEqual({
      status: 422,
      body: { detail: [{ type: 'literal_error', loc: ['body', 'response_format'], msg: "Input should be 'text', 'json', 'verbose_json', 'srt' or 'vtt'", input: 'diarized_json' }] },
    });
    expect(await raw({ model: 'whisper-1' })).toEqual({ status: 404, body: { detail: "Model 'Systran/faster-whisper-large-v3' is not installed locally. You can download the model using `POST /v1/models`" } });
  });

  it('an unknown timestamp granularity fails its assert (500, plain text); a server with an API key answers 403', async () => {
    const { fake } = await setup({ apiKey: 'local-secret' });
    const form = new FormData();
    form.set('file', new Blob([silentWav(1)]), 'a.wav');
    form.set('model', model);
    form.append('timestamp_granularities[]', 'sentence');
    const post = (headers: Record<string, string>) => fetch(`${fake.baseURL}/audio/transcriptions`, { method: 'POST', body: form, headers });
    expect(await (await post({})).json()).toEqual({ detail: 'Not authenticated' });
    expect(await (await post({ authorization: 'Bearer wrong' })).json()).toEqual({ detail: 'Forbidden' });
    const res = await post({ authorization: 'Bearer local-secret' });
    expect([res.status, await res.text()]).toEqual([500, 'Internal Server Error']);
  });
});
