import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiExtractor } from '../../src/adapters/extraction/openai/openai.extractor.ts';
import type { LlmOutput } from '../../src/adapters/extraction/openai/llm-output.schema.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { Insights } from '../../src/domain/insights.ts';
import { transcriptText, type Transcript } from '../../src/domain/transcript.ts';
import type { AppError } from '../../src/errors/app-error.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { inFence, inProse, startOllamaFake, type OllamaChatHandler, type OllamaFake } from '../helpers/fakes/ollama.fake.ts';

/** The openai extractor against Ollama's OpenAI layer, as docker compose --profile local-ai runs it. */

const MODEL = 'qwen2.5:7b-instruct';
const segments = [
  { speaker: 'rep', startSec: 0.5, endSec: 3, text: 'Thanks for the time today, Elena.' },
  { speaker: 'customer', startSec: 3.2, endSec: 7.5, text: 'We reviewed the proposal and we are ready to move forward.' },
  { speaker: 'rep', startSec: 8, endSec: 12.6, text: 'Great. I will send the contract for signature by Friday.' },
];
const transcript: Transcript = {
  schemaVersion: 1,
  engine: 'test',
  model: null,
  language: 'en',
  durationSec: 13,
  speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
  segments,
  text: transcriptText(segments),
};
const meta: CallMeta = { startedAt: '2026-11-17T15:00:00Z', timezone: 'America/New_York', crm: { currentStage: 'decisionmakerboughtin' } };

const answer: LlmOutput = {
  summary: 'Elena is ready to move forward; the rep sends the contract.',
  keyPoints: ['Proposal reviewed'],
  actionItems: [{ text: 'Send the contract for signature', owner: 'rep', dueDate: '2026-11-20', quotes: ['I will send the contract for signature by Friday'] }],
  dealStage: { proposed: 'contractsent', confidence: 0.8, rationale: 'Ready to sign.', quotes: ['we are ready to move forward'] },
  followUpEmail: { subject: 'Next steps', body: 'Hi Elena, the contract follows by Friday.' },
};

let fake: OllamaFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function setup(chat: OllamaChatHandler, opts: { ignoresJsonSchema?: boolean; maxRetries?: number; model?: string } = {}) {
  fake = await startOllamaFake({ chat, ignoresJsonSchema: opts.ignoresJsonSchema });
  const { logger, lines } = capturedLogger();
  const extractor = createOpenAiExtractor({ apiKey: null, baseURL: fake.baseURL, model: opts.model ?? MODEL, maxRetries: opts.maxRetries ?? 0, logger });
  return { fake, extractor, lines };
}
const fails = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('openai extractor against Ollama', () => {
  it('sends the strict json_schema as OpenAI takes it, without a key; a schema-held answer needs no repair', async () => {
    const { fake, extractor, lines } = await setup(({ format }) => {
      expect(format).toMatchObject({ type: 'object', additionalProperties: false });
      return { content: JSON.stringify(answer) };
    });
    const insights = await extractor.extract({ transcript, meta });

    const request = fake.requests[0]!;
    expect(request.headers).not.toHaveProperty('authorization');
    const body = request.body as { response_format: Record<string, unknown> };
    expect(Object.keys(body.response_format)).toEqual(['type', 'json_schema']);
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'call_insights', strict: true } });
    expect(Insights.parse(insights)).toEqual(insights);
    expect(insights).toMatchObject({ engine: 'openai', model: MODEL, dealStage: { proposed: 'contractsent' }, followUpEmail: { subject: 'Next steps' } });
    expect(insights.actionItems.map((a) => a.evidence[0]!.startSec)).toEqual([8]);
    expect(lines).toEqual([]);
  });

  it('a server that ignores json_schema: JSON in prose or a ```json fence is taken out and checked; one warning for every call', async () => {
    const replies = [inProse(answer), inFence(answer)];
    const { extractor, lines } = await setup(() => ({ content: replies.shift()! }), { ignoresJsonSchema: true });
    const first = await extractor.extract({ transcript, meta });
    const second = await extractor.extract({ transcript, meta });

    expect(second).toEqual(first);
    expect(first.actionItems).toHaveLength(1);
    expect(first.dealStage.proposed).toBe('contractsent');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, adapter: 'openai-extractor', degraded: 'json-schema-ignored', model: MODEL, server: fake!.baseURL });
    expect(lines[0]!.msg).toMatch(/wrapped its JSON in other text: the server does not hold it to response_format json_schema/);
  });

  it('prose that shows another JSON object first: the one that fits the schema is read', async () => {
    const { extractor } = await setup(() => ({ content: `The format is {"type": "object"}. My answer: ${JSON.stringify(answer)} Hope it helps {sic}.` }), { ignoresJsonSchema: true });
    expect((await extractor.extract({ transcript, meta })).summary).toBe(answer.summary);
  });

  it('fields that may be null, left out, are read as null with a warning; nothing required is made up', async () => {
    const { followUpEmail: _email, ...withoutEmail } = answer;
    const sparse = { ...withoutEmail, actionItems: [{ text: 'Send the contract for signature', owner: 'rep', quotes: ['I will send the contract for signature by Friday'] }] };
    const { extractor, lines } = await setup(() => ({ content: JSON.stringify(sparse) }));
    const insights = await extractor.extract({ transcript, meta });

    expect(insights.followUpEmail).toBeNull();
    expect(insights.actionItems).toMatchObject([{ text: 'Send the contract for signature', dueDate: null }]);
    expect(lines).toMatchObject([{ degraded: 'missing-nullable-fields' }]);
    expect(lines[0]!.msg).toContain('(actionItems[].dueDate, followUpEmail)');
    await fake!.close();

    const { actionItems: _items, ...noItems } = answer;
    const missingRequired = await setup(() => ({ content: JSON.stringify(noItems) }));
    const err = await fails(missingRequired.extractor.extract({ transcript, meta }));
    expect(err).toMatchObject({ code: 'EXTRACT_INVALID_OUTPUT', retryable: false });
    expect(err!.message).toContain('actionItems');
  });

  it('an answer with no JSON object, or cut off at the length limit, is a permanent error that says what to do', async () => {
    let { extractor } = await setup(() => ({ content: 'I am sorry, I cannot produce JSON for this call.' }), { ignoresJsonSchema: true });
    const noJson = await fails(extractor.extract({ transcript, meta }));
    expect(noJson).toMatchObject({ code: 'EXTRACT_INVALID_OUTPUT', retryable: false });
    expect(noJson!.message).toMatch(/holds no JSON object.*EXTRACTOR=rules/);
    await fake!.close();

    ({ extractor } = await setup(() => ({ content: '{"summary": "Elena is', finishReason: 'length' })));
    expect(await fails(extractor.extract({ transcript, meta }))).toMatchObject({ code: 'EXTRACT_TRUNCATED', retryable: false });
  });

  it('429 with Retry-After and a busy 503 are retried by the SDK, then retryable for the queue; a model not pulled is permanent', async () => {
    let { fake, extractor } = await setup(() => ({ content: JSON.stringify(answer) }), { maxRetries: 1 });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '1' } });
    const insights = await extractor.extract({ transcript, meta });
    expect(fake.requests).toHaveLength(2);
    expect(insights.summary).toBe(answer.summary);

    fake.failNext(2, { status: 503, headers: { 'retry-after-ms': '10' } });
    const busy = await fails(extractor.extract({ transcript, meta }));
    expect(busy).toMatchObject({ code: 'OPENAI_UNAVAILABLE', retryable: true, status: 503 });
    expect(busy!.message).toContain('server busy, please try again');
    await fake.close();

    ({ extractor } = await setup(() => ({ content: '{}' }), { model: 'llama3.1:8b' }));
    const missing = await fails(extractor.extract({ transcript, meta }));
    expect(missing).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false, status: 404 });
    expect(missing!.message).toContain("model 'llama3.1:8b' not found");
  });
});
