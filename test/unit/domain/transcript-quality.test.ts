import { describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../../src/adapters/extraction/rules/rules.extractor.ts';
import type { CallMeta } from '../../../src/domain/call-meta.ts';
import type { Insights } from '../../../src/domain/insights.ts';
import { assessTranscript, maskUnsureWords, UNHEARD, wordConfidences } from '../../../src/domain/transcript-quality.ts';
import { transcriptText, type Segment, type Transcript } from '../../../src/domain/transcript.ts';
import type { Extractor } from '../../../src/ports/extractor.ts';
import type { Transcriber } from '../../../src/ports/transcriber.ts';
import { gatedExtract } from '../../../src/pipeline/extract.ts';

/** A segment whose words carry the given confidences (one number per word, in order). */
function seg(speaker: string, startSec: number, words: [string, number][]): Segment {
  const text = words.map(([w]) => w).join(' ');
  const c = words.map(([, p]) => p);
  return { speaker, startSec, endSec: startSec + words.length * 0.4, text, confidence: c.reduce((a, b) => a + b, 0) / c.length, wordConfidence: c };
}
const sure = (text: string): [string, number][] => text.split(' ').map((w) => [w, 0.95]);

function transcript(segments: Segment[], engine = 'local'): Transcript {
  return {
    schemaVersion: 1,
    engine,
    model: null,
    language: 'en',
    durationSec: 60,
    speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
    segments,
    text: transcriptText(segments),
  };
}

const meta: CallMeta = {
  startedAt: '2027-05-04T15:00:00Z',
  timezone: 'America/New_York',
  rep: { name: 'Noor Haddad', channel: 0 },
  customer: { name: 'Tomas Varga', company: 'Fenwick Tools', channel: 1 },
  crm: { dealId: 'deal-1', currentStage: 'decisionmakerboughtin' },
} as CallMeta;

const thresholds = { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.4 };
const engine = (t: Partial<Transcriber> = {}): Transcriber => ({ engine: 'local', model: null, qualityThresholds: thresholds, transcribe: () => Promise.reject(new Error('unused')), ...t });
const policy = { quality: {} };

describe('transcript quality', () => {
  it('counts the share of scored words below the threshold, and calls a transcript with too many unreliable', () => {
    const t = transcript([seg('rep', 0, [['so', 0.9], ['um', 0.2], ['where', 0.3], ['were', 0.8]]), seg('customer', 3, [['fine', 0.9]])]);
    const q = assessTranscript(t, thresholds);
    expect(q).toMatchObject({ words: 5, scoredWords: 5, lowConfidenceShare: 0.4, reliable: true });
    const worse = assessTranscript(t, { ...thresholds, maxLowConfidenceShare: 0.3 });
    expect(worse.reliable).toBe(false);
    expect(worse.reason).toMatch(/40% of the transcript's words/);
  });

  it('trusts a transcript whose engine scores nothing, and scores every word with the segment when words do not line up', () => {
    const unscored: Segment = { speaker: 'rep', startSec: 0, endSec: 1, text: 'hello there', confidence: null };
    expect(assessTranscript(transcript([unscored]), thresholds)).toMatchObject({ scoredWords: 0, meanConfidence: null, reliable: true });
    const misaligned: Segment = { speaker: 'rep', startSec: 0, endSec: 1, text: 'three words here', confidence: 0.3, wordConfidence: [0.9, 0.9] };
    expect(wordConfidences(misaligned)).toEqual([0.3, 0.3, 0.3]);
  });

  it('masks each run of unsure words with one marker and leaves unscored segments alone', () => {
    const t = transcript([
      seg('rep', 0, [['we', 0.9], ['could', 0.2], ['maybe', 0.1], ['ship', 0.9], ['it', 0.3]]),
      { speaker: 'customer', startSec: 3, endSec: 4, text: 'sounds good', confidence: null },
    ]);
    const masked = maskUnsureWords(t, 0.5);
    expect(masked.segments.map((s) => s.text)).toEqual([`we ${UNHEARD} ship ${UNHEARD}`, 'sounds good']);
    expect(masked.segments[0]!.wordConfidence).toBeUndefined();
    expect(masked.text).toBe(`we ${UNHEARD} ship ${UNHEARD}\nsounds good`);
  });
});

describe('the quality gate around an extractor', () => {
  it('takes no commitment from a sentence whose deciding words the engine was unsure of', async () => {
    const heard = transcript([
      seg('rep', 0, sure('thanks for the time today')),
      seg('rep', 4, [['i', 0.9], ['will', 0.9], ['send', 0.2], ['the', 0.3], ['invoice', 0.9], ['tomorrow', 0.9]]),
      seg('customer', 8, sure('okay great talk soon')),
    ]);
    const insights = await gatedExtract(heard, meta, { extractor: createRulesExtractor(), transcriber: engine(), policy });
    expect(insights.actionItems.filter((a) => /invoice/i.test(a.text))).toEqual([]);
    // The same sentence heard clearly is an item: the gate, not the rules, removed it.
    const clear = transcript([seg('rep', 0, sure('thanks for the time today')), seg('rep', 4, sure('i will send the invoice tomorrow')), seg('customer', 8, sure('okay great talk soon'))]);
    const found = await gatedExtract(clear, meta, { extractor: createRulesExtractor(), transcriber: engine(), policy });
    expect(found.actionItems.map((a) => a.text.toLowerCase()).join(' ')).toContain('invoice');
  });

  it('still takes what was heard clearly on either side of an unsure stretch, quoting only heard words', async () => {
    const t = transcript([
      seg('rep', 0, sure('thanks for the time today')),
      seg('rep', 4, [...sure('i will send the invoice tomorrow'), ['and', 0.1], ['uh', 0.1], ...sure('see you then')]),
    ]);
    const insights = await gatedExtract(t, meta, { extractor: createRulesExtractor(), transcriber: engine(), policy });
    const invoice = insights.actionItems.find((a) => /invoice/i.test(a.text));
    expect(invoice?.evidence[0]?.quote).toBe('i will send the invoice tomorrow');
  });

  it('withdraws a stage move, drops items and summary sentences a stand-in model rests on unsure words', async () => {
    const t = transcript([
      seg('customer', 0, [['we', 0.9], ['have', 0.9], ['signed', 0.1], ['the', 0.9], ['order', 0.9], ['form', 0.9], ['already', 0.9]]),
      seg('rep', 5, sure('great i will book the onboarding session for monday')),
    ]);
    let seen: Transcript | null = null;
    const model: Extractor = {
      engine: 'stand-in',
      model: null,
      promptVersion: null,
      async extract({ transcript: shown }) {
        seen = shown;
        const fuzzy = 'we have signed the order form already';
        const result: Insights = {
          schemaVersion: 1,
          engine: 'stand-in',
          model: null,
          promptVersion: null,
          summary: `The customer ${UNHEARD} the order form. The rep books onboarding.`,
          keyPoints: [`Order form ${UNHEARD}`, 'Onboarding on Monday'],
          actionItems: [
            { text: 'Confirm the signed order form', owner: 'rep', dueDate: null, evidence: [{ quote: `we have ${UNHEARD} the order form already`, speaker: 'customer', startSec: 0 }] },
            { text: 'Book the onboarding session', owner: 'rep', dueDate: '2027-05-10', evidence: [{ quote: 'i will book the onboarding session for monday', speaker: 'rep', startSec: 5 }] },
            // Said in unsure words, with a heard sentence beside it that only names the thing: nothing was promised.
            {
              text: 'Send the signed order form',
              owner: 'customer',
              dueDate: null,
              evidence: [{ quote: `we have ${UNHEARD} the order form already`, speaker: 'customer', startSec: 0 }, { quote: 'i will book the onboarding session for monday', speaker: 'rep', startSec: 5 }],
            },
          ],
          dealStage: { current: 'decisionmakerboughtin', proposed: 'closedwon', confidence: 0.9, rationale: 'signed', evidence: [{ quote: fuzzy, speaker: 'customer', startSec: 0 }] },
          followUpEmail: null,
          redactions: [],
          warnings: [],
        };
        return result;
      },
    };
    const insights = await gatedExtract(t, meta, { extractor: model, transcriber: engine(), policy });
    // The model never saw the unsure word.
    expect(seen!.text).not.toContain('signed');
    expect(insights.dealStage.proposed).toBeNull();
    expect(insights.actionItems.map((a) => a.text)).toEqual(['Book the onboarding session']);
    expect(insights.summary).toBe('The rep books onboarding.');
    expect(insights.keyPoints).toEqual(['Onboarding on Monday']);
    expect(insights.warnings.join(' ')).toMatch(/Withdrew the proposal to move the deal to closedwon/);
  });

  it('keeps a task whose commitment was heard when an extractor that orders its quotes freely cites an unsure ask first', async () => {
    const t = transcript([
      seg('customer', 0, [['could', 0.9], ['you', 0.9], ['mail', 0.2], ['the', 0.9], ['price', 0.9], ['list', 0.9]]),
      seg('rep', 4, sure('yes i will email the price list tonight')),
    ]);
    const item = {
      text: 'Email the price list',
      owner: 'rep' as const,
      dueDate: null,
      evidence: [{ quote: `could you ${UNHEARD} the price list`, speaker: 'customer', startSec: 0 }, { quote: 'i will email the price list tonight', speaker: 'rep', startSec: 4 }],
    };
    const standIn = (quoteOrder?: Extractor['quoteOrder']): Extractor => ({
      engine: 'stand-in',
      model: null,
      promptVersion: null,
      quoteOrder,
      extract: async () => ({
        schemaVersion: 1, engine: 'stand-in', model: null, promptVersion: null, summary: 'A price list was asked for.', keyPoints: [], actionItems: [item],
        dealStage: { current: null, proposed: null, confidence: 0, rationale: '', evidence: [] }, followUpEmail: null, redactions: [], warnings: [],
      }),
    });
    const free = await gatedExtract(t, meta, { extractor: standIn('any'), transcriber: engine(), policy });
    expect(free.actionItems.map((a) => a.evidence.map((e) => e.quote))).toEqual([['i will email the price list tonight']]);
    // An extractor that puts where the task was said first: that quote is unsure, so the task goes.
    expect((await gatedExtract(t, meta, { extractor: standIn(), transcriber: engine(), policy })).actionItems).toEqual([]);
  });

  it('does not summarise a transcript too unreliable to read, and never calls the extractor for it', async () => {
    const t = transcript([seg('S1', 0, [['contract', 0.2], ['signed', 0.3], ['today', 0.9], ['demo', 0.1]])]);
    let calls = 0;
    const model: Extractor = { engine: 'x', model: null, promptVersion: null, extract: async () => { calls += 1; throw new Error('must not be called'); } };
    const insights = await gatedExtract(t, meta, { extractor: model, transcriber: engine(), policy });
    expect(calls).toBe(0);
    expect(insights).toMatchObject({ summary: '', actionItems: [], dealStage: { proposed: null }, transcriptQuality: { reliable: false, lowConfidenceShare: 0.75 } });
    expect(insights.warnings[0]).toMatch(/^TRANSCRIPT_UNRELIABLE: /);
  });

  it("uses the operator's thresholds over the engine's, and the transcript's own over another engine's", async () => {
    const t = transcript([seg('rep', 0, [['i', 0.45], ['will', 0.45], ['call', 0.45], ['you', 0.45], ['tomorrow', 0.45]])]);
    const strict = await gatedExtract(t, meta, { extractor: createRulesExtractor(), transcriber: engine(), policy });
    expect(strict.transcriptQuality?.reliable).toBe(false);
    const lenient = await gatedExtract(t, meta, { extractor: createRulesExtractor(), transcriber: engine(), policy: { quality: { minEvidenceConfidence: 0.4 } } });
    expect(lenient.transcriptQuality).toBeUndefined();
    expect(lenient.actionItems).toHaveLength(1);
    const otherEngine = await gatedExtract(
      { ...t, quality: assessTranscript(t, { minEvidenceConfidence: 0.4, maxLowConfidenceShare: 0.5 }) },
      meta,
      { extractor: createRulesExtractor(), transcriber: engine({ engine: 'openai' }), policy },
    );
    expect(otherEngine.actionItems).toHaveLength(1);
  });
});
