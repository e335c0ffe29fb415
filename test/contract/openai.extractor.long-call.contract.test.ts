import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiExtractor } from '../../src/adapters/extraction/openai/openai.extractor.ts';
import type { LlmOutput } from '../../src/adapters/extraction/openai/llm-output.schema.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { Insights } from '../../src/domain/insights.ts';
import { transcriptText, type Transcript } from '../../src/domain/transcript.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';

// A long call: 60 segments of small talk with commitments early and late. With a small token budget the
// extractor must analyse it in parts, merge the parts' answers and ask once more for the whole summary.
const filler = (i: number) => `We talked through item ${i} of the rollout plan and the reporting it needs.`;
const segments = Array.from({ length: 60 }, (_, i) => ({
  speaker: i % 2 ? 'customer' : 'rep',
  startSec: i * 10,
  endSec: i * 10 + 8,
  text: i === 3 ? 'I will send the security questionnaire by Friday.' : i === 55 ? 'I will send over the security questionnaire by Friday as promised.' : i === 57 ? 'We signed the order form this morning.' : filler(i),
}));
const transcript: Transcript = {
  schemaVersion: 1,
  engine: 'test',
  model: null,
  language: 'en',
  durationSec: 600,
  speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
  segments,
  text: transcriptText(segments),
};
const meta: CallMeta = { startedAt: '2026-11-17T15:00:00Z', timezone: 'America/New_York', crm: { currentStage: 'contractsent' } };

const part = (quote: string | null, stage: LlmOutput['dealStage']): LlmOutput => ({
  summary: 'A part of the call.',
  keyPoints: ['Rollout plan reviewed'],
  actionItems: quote ? [{ text: 'Send the security questionnaire', owner: 'rep', dueDate: '2026-11-20', quotes: [quote] }] : [],
  dealStage: stage,
  followUpEmail: null,
});
const none = { proposed: null, confidence: 0, rationale: 'No change.', quotes: [] };

let fake: OpenAiFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('openai extractor on a call longer than its token budget', () => {
  it('maps over parts, deduplicates items across them, keeps the furthest grounded stage and reduces to one summary', async () => {
    fake = await startOpenAiFake({
      chat: ({ body, messages }) => {
        const format = (body.response_format as { json_schema: { name: string } }).json_schema.name;
        if (format === 'call_summary') {
          return { content: JSON.stringify({ summary: 'The customer signed; the rep owes a security questionnaire.', keyPoints: ['Order form signed'], followUpEmail: { subject: 'Next steps', body: 'Thanks!' } }) };
        }
        const user = String(messages.at(-1)!.content);
        if (user.includes('security questionnaire by Friday as promised')) {
          return { content: JSON.stringify(part('I will send over the security questionnaire by Friday as promised', { proposed: 'closedwon', confidence: 0.9, rationale: 'Signed.', quotes: ['We signed the order form this morning'] })) };
        }
        if (user.includes('security questionnaire by Friday')) return { content: JSON.stringify(part('I will send the security questionnaire by Friday', none)) };
        return { content: JSON.stringify(part(null, none)) };
      },
    });
    const extractor = createOpenAiExtractor({ apiKey: fake.apiKey, baseURL: fake.baseURL, model: 'gpt-4o-mini', maxTranscriptTokens: 300 });
    const insights = Insights.parse(await extractor.extract({ transcript, meta }));

    const requests = fake.requests.map((r) => (r.body as { response_format: { json_schema: { name: string } } }).response_format.json_schema.name);
    expect(requests.filter((n) => n === 'call_insights').length).toBeGreaterThanOrEqual(3);
    expect(requests.at(-1)).toBe('call_summary');
    const firstPart = String((fake.requests[0]!.body as { messages: { content: string }[] }).messages[1]!.content);
    expect(firstPart).toMatch(/Transcript part 1 of \d+ of a long call/);

    expect(insights.promptVersion).toBe('extract-call.v2+reduce-call.v1');
    expect(insights.summary).toBe('The customer signed; the rep owes a security questionnaire.');
    expect(insights.actionItems).toHaveLength(1);
    expect(insights.actionItems[0]!.evidence.map((e) => e.startSec)).toEqual([30, 550]);
    expect(insights.dealStage).toMatchObject({ proposed: 'closedwon', evidence: [{ speaker: 'customer', startSec: 570 }] });
  });

  it('sends a call that fits the budget in one request', async () => {
    fake = await startOpenAiFake({ chat: () => ({ content: JSON.stringify(part(null, none)) }) });
    const extractor = createOpenAiExtractor({ apiKey: fake.apiKey, baseURL: fake.baseURL, model: 'gpt-4o-mini' });
    const insights = await extractor.extract({ transcript, meta });
    expect(fake.requests).toHaveLength(1);
    expect(insights.promptVersion).toBe('extract-call.v2');
  });
});
