import { z } from 'zod';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { callLocalDate, dateLanguage, resolveDueDate } from '../../../domain/dates.ts';
import { groundQuote } from '../../../domain/grounding.ts';
import { Insights, type ActionItem, type DealStage, type Evidence } from '../../../domain/insights.ts';
import { addCounts, redact, redactionList, type RedactionCounts, type RedactOptions } from '../../../domain/redact.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { Transcript } from '../../../domain/transcript.ts';
import type { LlmOutput } from './llm-output.schema.ts';
import { PROMPT_VERSION } from './prompt.ts';
import { customerEvidence, stageRefusal } from './stage-guard.ts';

export interface MapContext {
  /** The transcript exactly as the model saw it (redacted): quotes are grounded against it. */
  transcript: Transcript;
  meta: CallMeta;
  model: string;
  /** Redactions so far (the transcript's); output redactions are added. */
  counts: RedactionCounts;
  redaction?: RedactOptions;
}

const MAX_EVIDENCE = 3;
const IsoDate = z.iso.date();

/**
 * Model output → Insights. Nothing the model says is taken on trust: quotes must occur in the transcript
 * (speaker and time come from there), items without one are dropped with a warning, the stage proposal
 * passes the stage guard, due dates must be real dates, and every text is redacted.
 */
export function toInsights(out: LlmOutput, ctx: MapContext): Insights {
  const warnings: string[] = [];
  const scrub = (text: string) => {
    const r = redact(text, ctx.redaction);
    addCounts(ctx.counts, r.counts);
    return r.text.trim();
  };
  const ground = (quotes: string[]): Evidence[] => {
    const found: Evidence[] = [];
    for (const quote of quotes.map((q) => q.trim()).filter(Boolean)) {
      const evidence = groundQuote(ctx.transcript, quote);
      if (evidence && !found.some((e) => normalizeText(e.quote) === normalizeText(quote))) found.push(evidence);
    }
    return found.slice(0, MAX_EVIDENCE);
  };

  const actionItems: ActionItem[] = [];
  for (const item of out.actionItems) {
    const text = scrub(item.text);
    const evidence = ground(item.quotes);
    if (!text) continue;
    if (evidence.length === 0) {
      warnings.push(`Dropped action item "${text}": none of its quotes occurs in the transcript.`);
      continue;
    }
    if (actionItems.some((a) => normalizeText(a.text) === normalizeText(text))) continue;
    actionItems.push({ text, owner: item.owner, dueDate: dueDateOf(text, item.dueDate, evidence, ctx.meta, ctx.transcript.language, warnings), evidence });
  }

  return Insights.parse({
    schemaVersion: 1,
    engine: 'openai',
    model: ctx.model,
    promptVersion: PROMPT_VERSION,
    summary: scrub(out.summary),
    keyPoints: out.keyPoints.map(scrub).filter(Boolean),
    actionItems,
    dealStage: dealStageOf(out.dealStage, ground(out.dealStage.quotes), ctx, scrub, warnings),
    followUpEmail: out.followUpEmail && scrub(out.followUpEmail.body) ? { subject: scrub(out.followUpEmail.subject), body: scrub(out.followUpEmail.body) } : null,
    redactions: redactionList(ctx.counts),
    warnings,
  });
}

function dealStageOf(
  stage: LlmOutput['dealStage'],
  evidence: Evidence[],
  ctx: MapContext,
  scrub: (text: string) => string,
  warnings: string[],
): DealStage {
  const current = ctx.meta.crm?.currentStage ?? null;
  const confidence = Number.isFinite(stage.confidence) ? Math.min(1, Math.max(0, stage.confidence)) : 0;
  const rationale = scrub(stage.rationale);
  const noMove = (why: string): DealStage => ({ current, proposed: null, confidence: 0, rationale: why, evidence: [] });
  if (stage.proposed === null) return { current, proposed: null, confidence, rationale, evidence };
  if (stage.proposed === current) return { current, proposed: null, confidence, rationale, evidence };
  if (evidence.length === 0) {
    warnings.push(`Dropped stage proposal ${stage.proposed}: none of its quotes occurs in the transcript.`);
    return noMove(`The model proposed ${stage.proposed} but could not quote the call for it.`);
  }
  const refusal = stageRefusal(stage.proposed, evidence, ctx.transcript);
  if (refusal) {
    warnings.push(`Refused stage proposal ${stage.proposed}: ${refusal}`);
    return noMove(`Stage proposal ${stage.proposed} refused: ${refusal}`);
  }
  // A close cites only what the customer said: the rep's words around it are not what it rests on.
  const cited = stage.proposed === 'closedwon' || stage.proposed === 'closedlost' ? customerEvidence(evidence, ctx.transcript) : evidence;
  return { current, proposed: stage.proposed, confidence, rationale, evidence: cited };
}

/**
 * The due date. Whether there is one is the model's call (a quote with "today" in it is not always a
 * deadline); which day it is comes from the quoted words with the rules engine's calendar rules when
 * they name a date (models are unreliable at date arithmetic), else from the model when it gave a real
 * YYYY-MM-DD date on or after the call day.
 */
function dueDateOf(text: string, proposed: string | null, evidence: Evidence[], meta: CallMeta, language: string, warnings: string[]): string | null {
  if (proposed === null) return null;
  const fromWords = evidence.map((e) => resolveDueDate(e.quote, meta.startedAt, meta.timezone, dateLanguage(language))).find((d) => d !== null);
  if (fromWords) return fromWords;
  const callDay = callLocalDate(meta.startedAt, meta.timezone);
  if (IsoDate.safeParse(proposed).success && (!callDay || proposed >= callDay)) return proposed;
  warnings.push(`Ignored due date "${proposed}" of "${text}": not a YYYY-MM-DD date on or after the call day.`);
  return null;
}
