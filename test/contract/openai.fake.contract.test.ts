import OpenAI, { toFile } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { wavBytes } from '../helpers/tone-audio.ts';

/** The fake must hold the SDK to the documented contract (api-contracts.md, "Mock-fidelity checklist" 5). */

/** A valid 16 kHz mono 16-bit PCM WAV of silence. */
const silentWav = (seconds: number) => wavBytes([new Int16Array(Math.round(seconds * 16_000))]);

let fake: OpenAiFake;
let client: OpenAI;
beforeEach(async () => {
  fake = await startOpenAiFake({ transcribe: () => ({ text: 'hello' }), chat: () => ({ content: '{"ok":true}' }) });
  client = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 0 });
});
afterEach(() => fake.close());

const status = (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status);

describe('OpenAI fake fidelity', () => {
  it('rejects word timestamps with json (400) and accepts them with verbose_json', async () => {
    const file = await toFile(silentWav(1), 'a.wav');
    expect(await status(client.audio.transcriptions.create({ file, model: 'whisper-1', response_format: 'json', timestamp_granularities: ['word'] }))).toBe(400);
    const ok = await client.audio.transcriptions.create({ file, model: 'whisper-1', response_format: 'verbose_json', timestamp_granularities: ['word'] });
    expect(ok.words?.[0]).toMatchObject({ word: 'hello', start: 0 });
    expect(ok.segments).toBeUndefined();
  });

  it('needs chunking_strategy for diarize inputs over 30 s, and refuses a prompt with diarize', async () => {
    const long = await toFile(silentWav(31), 'a.wav');
    const model = 'gpt-4o-transcribe-diarize';
    expect(await status(client.audio.transcriptions.create({ file: long, model, response_format: 'diarized_json' }))).toBe(400);
    expect(await status(client.audio.transcriptions.create({ file: long, model, response_format: 'diarized_json', chunking_strategy: 'auto' }))).toBe(200);
    expect(await status(client.audio.transcriptions.create({ file: await toFile(silentWav(1), 'a.wav'), model, prompt: 'x' }))).toBe(400);
  });

  it('answers 413 above 26,214,400 bytes, 400 for an unknown extension, json only for the 4o models', async () => {
    expect(await status(client.audio.transcriptions.create({ file: await toFile(Buffer.alloc(26_214_401), 'a.wav'), model: 'whisper-1' }))).toBe(413);
    expect(await status(client.audio.transcriptions.create({ file: await toFile(silentWav(1), 'a.aiff'), model: 'whisper-1' }))).toBe(400);
    expect(await status(client.audio.transcriptions.create({ file: await toFile(silentWav(1), 'a.wav'), model: 'gpt-4o-transcribe', response_format: 'verbose_json' }))).toBe(400);
  });

  it('answers include[]=logprobs with token logprobs, only for the gpt-4o transcribe models with json', async () => {
    const file = await toFile(silentWav(1), 'a.wav');
    const res = await client.audio.transcriptions.create({ file, model: 'gpt-4o-transcribe', response_format: 'json', include: ['logprobs'] });
    expect(res.logprobs).toEqual([{ token: 'hello', logprob: -0.05, bytes: [104, 101, 108, 108, 111] }]);
    expect((await client.audio.transcriptions.create({ file, model: 'gpt-4o-transcribe', response_format: 'json' })).logprobs).toBeUndefined();
    expect(await status(client.audio.transcriptions.create({ file, model: 'whisper-1', response_format: 'verbose_json', include: ['logprobs'] }))).toBe(400);
    expect(await status(client.audio.transcriptions.create({ file, model: 'gpt-4o-transcribe-diarize', response_format: 'json', include: ['logprobs'] }))).toBe(400);
  });

  it('checks strict schemas like the API: additionalProperties false and every property required', async () => {
    const format = (schema: Record<string, unknown>) => ({ type: 'json_schema' as const, json_schema: { name: 'x', strict: true, schema } });
    const ask = (schema: Record<string, unknown>) => status(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], response_format: format(schema) }));
    expect(await ask({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] })).toBe(400);
    expect(await ask({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'], additionalProperties: false })).toBe(400);
    const nested = { type: 'object', properties: { a: { type: 'array', items: { type: 'object', properties: { c: { type: 'number' } }, required: [] } } }, required: ['a'], additionalProperties: false };
    expect(await ask(nested)).toBe(400);
    expect(await ask({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] } }, required: ['a'], additionalProperties: false })).toBe(200);
  });

  it('answers a wrong key with 401 invalid_api_key, and every response with an x-request-id', async () => {
    const wrong = new OpenAI({ apiKey: 'sk-wrong', baseURL: fake.baseURL, maxRetries: 0 });
    const err = await wrong.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    expect((err as { requestID: string }).requestID).toMatch(/^req_[0-9a-f]{32}$/);

    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(data).toMatchObject({ object: 'chat.completion', model: 'gpt-4o-mini', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: '{"ok":true}', refusal: null } }] });
  });

  it('answers a used-up quota with 429 insufficient_quota on every route (a wrong key still gets 401 first), until billing is fixed', async () => {
    fake.quotaExhausted(true);
    const chat = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(chat).toMatchObject({ status: 429, type: 'insufficient_quota', code: 'insufficient_quota', error: { message: expect.stringContaining('check your plan and billing details') } });
    const audio = client.audio.transcriptions.create({ model: 'whisper-1', file: await toFile(silentWav(1), 'a.wav') });
    expect(await status(audio)).toBe(429);
    const wrong = new OpenAI({ apiKey: 'sk-wrong', baseURL: fake.baseURL, maxRetries: 0 });
    expect(await status(wrong.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }))).toBe(401);
    fake.quotaExhausted(true, 'credit_balance_exhausted');
    expect(await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e)).toMatchObject({ type: 'insufficient_quota', code: 'credit_balance_exhausted' });

    fake.quotaExhausted(false);
    expect(await status(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }))).toBe(200);
  });
});
