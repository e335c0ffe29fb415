import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiExtractor } from '../../src/adapters/extraction/openai/openai.extractor.ts';
import type { LlmOutput } from '../../src/adapters/extraction/openai/llm-output.schema.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { transcriptText, type Transcript } from '../../src/domain/transcript.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';

// A stand-in model that answers the product's own JSON schema, with content chosen to break the
// guarantees: every answer here is schema-valid, so only the extractor's own checks stand in the way.

const segments = [
  { speaker: 'rep', startSec: 1, endSec: 4, text: 'Morning Dana, did the paperwork reach you?' },
  { speaker: 'customer', startSec: 4.5, endSec: 8, text: 'It did, I am still going through the terms with our counsel.' },
  { speaker: 'rep', startSec: 8.5, endSec: 12, text: 'No rush. Once it is signed we can book the kickoff.' },
  { speaker: 'rep', startSec: 12.2, endSec: 15, text: 'I will send the onboarding checklist this afternoon.' },
  { speaker: 'customer', startSec: 15.5, endSec: 21, text: 'Great. For the deposit my card is 4012 8888 8888 1881 if that helps.' },
  { speaker: 'customer', startSec: 21.5, endSec: 24, text: 'We will review the security pack next week.' },
];
const transcript: Transcript = {
  schemaVersion: 1,
  engine: 'test',
  model: null,
  language: 'en',
  durationSec: 24,
  speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
  segments,
  text: transcriptText(segments),
};
const meta: CallMeta = { startedAt: '2027-05-11T14:00:00Z', timezone: 'Europe/Dublin', rep: { name: 'Ravi' }, customer: { name: 'Dana' }, crm: { currentStage: 'contractsent' } };

const base = (overrides: Partial<LlmOutput>): LlmOutput => ({
  summary: 'Dana is reviewing the terms with counsel.',
  keyPoints: [],
  actionItems: [{ text: 'Send the onboarding checklist', owner: 'rep', dueDate: '2027-05-11', quotes: ['I will send the onboarding checklist this afternoon.'] }],
  dealStage: { proposed: null, confidence: 0, rationale: '', quotes: [] },
  followUpEmail: null,
  ...overrides,
});

let fake: OpenAiFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function extractWith(output: LlmOutput) {
  fake = await startOpenAiFake({ chat: () => ({ content: JSON.stringify(output) }) });
  const extractor = createOpenAiExtractor({ apiKey: fake.apiKey, baseURL: fake.baseURL, model: 'gpt-4o-mini' });
  return extractor.extract({ transcript, meta });
}

describe('a schema-valid but adversarial model answer', () => {
  it('quotes from nowhere: the item is dropped and the stage move withdrawn, each with a warning', async () => {
    const insights = await extractWith(
      base({
        actionItems: [{ text: 'Countersign the order form', owner: 'customer', dueDate: null, quotes: ['I signed the order form yesterday'] }],
        dealStage: { proposed: 'closedwon', confidence: 0.95, rationale: 'signed', quotes: ['we signed it yesterday'] },
      }),
    );
    expect(insights.actionItems).toEqual([]);
    expect(insights.dealStage.proposed).toBeNull();
    expect(insights.warnings.length).toBeGreaterThanOrEqual(2);
  });

  it("a quote with a copied line label is the transcript's own words, speaker and time", async () => {
    const insights = await extractWith(
      base({ actionItems: [{ text: 'Send the onboarding checklist', owner: 'rep', dueDate: null, quotes: ['[12.2s customer] I will send the onboarding checklist this afternoon.'] }] }),
    );
    expect(insights.actionItems[0]!.evidence).toEqual([{ quote: 'I will send the onboarding checklist this afternoon.', speaker: 'rep', startSec: 12.2 }]);
  });

  it("a quote running across two speakers' turns grounds nothing", async () => {
    const insights = await extractWith(
      base({ actionItems: [{ text: 'Review the terms', owner: 'customer', dueDate: null, quotes: ['did the paperwork reach you it did I am still going through the terms'] }] }),
    );
    expect(insights.actionItems).toEqual([]);
  });

  it("a close resting on the rep's words is refused, even labelled as the customer's", async () => {
    const insights = await extractWith(
      base({ dealStage: { proposed: 'closedwon', confidence: 0.9, rationale: 'signed', quotes: ['customer: Once it is signed we can book the kickoff.'] } }),
    );
    expect(insights.dealStage.proposed).toBeNull();
  });

  it('echoes of a redacted card number, in digits, groups or words, leave no trace in any output', async () => {
    const insights = await extractWith(
      base({
        summary: 'Dana paid the deposit with card 4012888888881881.',
        keyPoints: ['Card on file: 4012-8888-8888-1881'],
        actionItems: [
          { text: 'Charge card four zero one two eight eight eight eight eight eight eight eight one eight eight one', owner: 'rep', dueDate: null, quotes: ['For the deposit my card is [REDACTED CARD] if that helps.'] },
        ],
        followUpEmail: { subject: 'Deposit', body: 'We will charge 4012 8888 8888 1881 today.' },
      }),
    );
    const out = JSON.stringify(insights);
    expect(out).not.toMatch(/4012|1881|8888/);
    expect(out).not.toMatch(/four zero one two/);
    expect(JSON.stringify(fake!.requests)).not.toMatch(/4012|1881/);
    expect(insights.redactions.find((r) => r.kind === 'payment_card')?.count).toBeGreaterThanOrEqual(1);
  });
});
