import type { CallMeta } from '../../../domain/call-meta.ts';
import { groundQuote } from '../../../domain/grounding.ts';
import { Insights, type ActionItem, type DealStage, type Evidence } from '../../../domain/insights.ts';
import { addCounts, emptyCounts, redact, redactionList } from '../../../domain/redact.ts';
import type { Transcript } from '../../../domain/transcript.ts';
import { permanent } from '../../../errors/app-error.ts';
import type { Extractor } from '../../../ports/extractor.ts';
import { findActionItems } from './commitments.ts';
import { buildFollowUpEmail } from './follow-up-email.ts';
import { systemTextWarnings, toSentences, type Sentence } from './sentences.ts';
import { proposeStage } from './stage-signals.ts';
import { buildKeyPoints, buildSummary, sentenceKey } from './summary.ts';

/**
 * The offline extractor: English sales-call patterns, no model, no network, no clock. The same
 * transcript and meta always give the same Insights.
 */
export function createRulesExtractor(): Extractor {
  return {
    engine: 'rules',
    model: null,
    promptVersion: null,
    async extract({ transcript, meta }) {
      return extractWithRules(transcript, meta);
    },
  };
}

const clean = (text: string): string => redact(text).text;

function firstName(name: string | null | undefined): string | null {
  return name?.trim().split(/\s+/)[0] || null;
}

/**
 * Evidence for a quote taken from `sentence`. Grounding runs on the original words, before redaction:
 * a quote whose card number becomes "[REDACTED CARD]" no longer matches the transcript text, but it
 * was grounded while it still did. Speaker and time come from the sentence's own segment (the same
 * words may also have been said earlier by someone else).
 */
function grounded(transcript: Transcript, sentence: Sentence, quote: string): Evidence | null {
  if (!groundQuote(transcript, quote)) return null;
  return { quote: clean(quote), speaker: sentence.speaker, startSec: sentence.startSec };
}

function isEnglish(language: string): boolean {
  return /^en(?:[-_]|$)/i.test(language.trim());
}

export function extractWithRules(transcript: Transcript, meta: CallMeta): Insights {
  const sentences = toSentences(transcript);
  const warnings = systemTextWarnings(sentences);
  const ctx = {
    startedAt: meta.startedAt ?? null,
    timezone: meta.timezone ?? null,
    names: { rep: firstName(meta.rep?.name), customer: firstName(meta.customer?.name) },
  };

  const actionItems: ActionItem[] = [];
  const evidenceKeys = new Set<string>();
  for (const draft of findActionItems(sentences, ctx)) {
    const evidence = draft.evidence.map((e) => grounded(transcript, e.sentence, e.quote)).filter((e) => e !== null);
    if (!evidence.length) {
      warnings.push(`dropped action item "${clean(draft.text)}": its quote is not in the transcript`);
      continue;
    }
    draft.evidence.forEach((e) => evidenceKeys.add(sentenceKey(e.sentence)));
    actionItems.push({ text: clean(draft.text), owner: draft.owner, dueDate: draft.dueDate, evidence });
  }

  const currentStage = meta.crm?.currentStage ?? null;
  const proposal = proposeStage(sentences, { currentStage, startedAt: ctx.startedAt, timezone: ctx.timezone });
  const stageEvidence = proposal.evidence.map((e) => grounded(transcript, e.sentence, e.quote)).filter((e) => e !== null);
  proposal.evidence.forEach((e) => evidenceKeys.add(sentenceKey(e.sentence)));
  let dealStage: DealStage = {
    current: currentStage,
    proposed: proposal.proposed,
    confidence: proposal.confidence,
    rationale: clean(proposal.rationale),
    evidence: stageEvidence,
  };
  if (dealStage.proposed && !stageEvidence.length) {
    warnings.push(`dropped stage proposal ${dealStage.proposed}: its quote is not in the transcript`);
    dealStage = { ...dealStage, proposed: null, confidence: 0, rationale: 'No grounded deal-stage signal in the call.' };
  }

  const { summary } = buildSummary(sentences, evidenceKeys);
  const keyPoints = buildKeyPoints(sentences, evidenceKeys, actionItems, dealStage).map(clean);
  const cleanSummary = clean(summary);

  let followUpEmail: Insights['followUpEmail'] = null;
  if (isEnglish(transcript.language)) {
    const email = buildFollowUpEmail(meta, cleanSummary, actionItems);
    followUpEmail = { subject: clean(email.subject), body: clean(email.body) };
  } else {
    warnings.push(`no follow-up email: the rules engine writes English only and the call is in "${transcript.language}"`);
  }

  // Redactions count what the call contained; every text above went through redact().
  const counts = emptyCounts();
  for (const segment of transcript.segments) addCounts(counts, redact(segment.text).counts);

  const result = Insights.safeParse({
    schemaVersion: 1,
    engine: 'rules',
    model: null,
    promptVersion: null,
    summary: cleanSummary,
    keyPoints,
    actionItems,
    dealStage,
    followUpEmail,
    redactions: redactionList(counts),
    warnings,
  });
  if (!result.success) {
    throw permanent('EXTRACT_INVALID_OUTPUT', `the rules extractor produced insights that fail the schema: ${result.error.message}`);
  }
  return result.data;
}
