import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { inFence, inProse, startOllamaFake, type OllamaChatRequest, type OllamaFake } from '../helpers/fakes/ollama.fake.ts';

/** The Ollama fake must answer as Ollama's OpenAI layer does (openai/openai.go, middleware/openai.go). */

let fake: OllamaFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };

describe('Ollama fake fidelity', () => {
  it('hands the json_schema to the model without checking it as strict mode would; no refusal, no request id', async () => {
    const seen: OllamaChatRequest[] = [];
    fake = await startOllamaFake({ chat: (req) => (seen.push(req), { content: '{"a":"x"}' }) });
    const client = new OpenAI({ apiKey: 'ollama', baseURL: fake.baseURL, maxRetries: 0 });
    const { data, response } = await client.chat.completions
      .create({ model: 'qwen2.5:7b-instruct', messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema } } })
      .withResponse();
    expect(seen[0]!.format).toEqual(schema); // OpenAI would refuse this schema in strict mode (no additionalProperties: false)
    expect(data).toMatchObject({ object: 'chat.completion', system_fingerprint: 'fp_ollama', choices: [{ index: 0, message: { role: 'assistant', content: '{"a":"x"}' }, finish_reason: 'stop' }] });
    expect(data.choices[0]!.message).not.toHaveProperty('refusal');
    expect(response.headers.get('x-request-id')).toBeNull();
  });

  it('a server that ignores json_schema gives the model no format; prose and fences are what such a model writes', async () => {
    const seen: OllamaChatRequest[] = [];
    fake = await startOllamaFake({ ignoresJsonSchema: true, chat: (req) => (seen.push(req), { content: inProse({ a: 'x' }) }) });
    const client = new OpenAI({ apiKey: 'ollama', baseURL: fake.baseURL, maxRetries: 0 });
    const res = await client.chat.completions.create({ model: 'qwen2.5:7b-instruct', messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_schema', json_schema: { name: 'x', schema } } });
    expect(seen[0]!.format).toBeNull();
    expect(res.choices[0]!.message.content).toMatch(/^Sure! .*\n\{\n {2}"a": "x"\n\}\n\nLet me know/s);
    expect(inFence({ a: 'x' })).toBe('Here is the JSON:\n```json\n{\n  "a": "x"\n}\n```');
  });

  it('answers a model not pulled with 404 not_found_error and a full queue with 503, in OpenAI error shape', async () => {
    fake = await startOllamaFake({ chat: () => ({ content: '{}' }) });
    const client = new OpenAI({ apiKey: 'ollama', baseURL: fake.baseURL, maxRetries: 0 });
    const ask = (model: string) => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(await ask('llama3.1:8b')).toMatchObject({ status: 404, type: 'not_found_error', message: "404 model 'llama3.1:8b' not found" });
    fake.failNext(1, { status: 503 });
    expect(await ask('qwen2.5:7b-instruct')).toMatchObject({ status: 503, type: 'api_error', message: '503 server busy, please try again.  maximum pending requests exceeded' });
  });
});
