import { z } from 'zod';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { callLocalDate, dateLanguage, resolveDueDate } from '../../../domain/dates.ts';
import { groundInContext, type QuoteContext } from '../../../domain/grounding.ts';
import { Insights, isClosingStage as isClose, type ActionItem, type DealStage, type Evidence, type Owner } from '../../../domain/insights.ts';
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

/** A grounded quote, with what its sentence says around it. */
interface Grounded {
  evidence: Evidence;
  context: QuoteContext;
}

/**
 * Model output → Insights. Nothing the model says is taken on trust: quotes must occur in the transcript
 * (speaker and time come from there, the words cited are the transcript's) and must not leave out a
 * negation or unheard words of their sentence; items without such a quote are dropped with a warning, the
 * stage proposal passes the stage guard, due dates must be real dates that the quotes speak of, and every
 * text is redacted.
 */
export function toInsights(out: LlmOutput, ctx: MapContext): Insights {
  const warnings: string[] = [];
  const scrub = (text: string) => {
    const r = redact(text, ctx.redaction);
    addCounts(ctx.counts, r.counts);
    return r.text.trim();
  };
  const roles = new Map(ctx.transcript.speakers.map((s) => [s.id, s.role]));
  /** Words said by both sides go to the side the item names (its owner, the customer for a close). */
  const saidBy = (role: Owner) => (role === 'unknown' ? undefined : (speaker: string) => speaker === role || roles.get(speaker) === role);
  const ground = (quotes: string[], role: Owner = 'unknown'): Grounded[] => {
    const found: Grounded[] = [];
    for (const quote of quotes.map((q) => q.trim()).filter(Boolean)) {
      const g = groundInContext(ctx.transcript, quote, saidBy(role));
      if (!g || found.some((f) => normalizeText(f.evidence.quote) === normalizeText(g.evidence.quote))) continue;
      // Cited words are the transcript's, already redacted; redacting again catches what a span across segments joins.
      found.push({ ...g, evidence: { ...g.evidence, quote: redact(g.evidence.quote, ctx.redaction).text } });
    }
    return found.slice(0, MAX_EVIDENCE);
  };

  const actionItems: ActionItem[] = [];
  for (const item of out.actionItems) {
    const text = scrub(item.text);
    const grounded = ground(item.quotes, item.owner);
    if (!text) continue;
    if (grounded.length === 0) {
      warnings.push(`Dropped action item "${text}": none of its quotes occurs in the transcript.`);
      continue;
    }
    const evidence = grounded.filter((g) => !g.context.negated && !g.context.unheard).map((g) => g.evidence);
    if (evidence.length === 0) {
      warnings.push(`Dropped action item "${text}": each of its quotes leaves out a negation or unheard words of the sentence it sits in.`);
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
    dealStage: dealStageOf(out.dealStage, ground(out.dealStage.quotes, isClose(out.dealStage.proposed) ? 'customer' : 'unknown'), ctx, scrub, warnings),
    followUpEmail: out.followUpEmail && scrub(out.followUpEmail.body) ? { subject: scrub(out.followUpEmail.subject), body: scrub(out.followUpEmail.body) } : null,
    redactions: redactionList(ctx.counts),
    warnings,
  });
}

/**
 * Why a quote cannot carry a stage move, or null. A move rests on every word it cites and on the sentence
 * around them: none may leave out a negation or unheard words; a close may not rest on a condition, a
 * question, or someone else's (or a quoted, joked or believed) words.
 */
function outOfContext(proposed: string, { context }: Grounded): string | null {
  if (context.negated) return 'leaves out a negation';
  if (context.unheard) return 'leaves out words too unsure to read';
  if (!isClose(proposed)) return null;
  if (context.conditional) return 'sits in a condition';
  if (context.question) return 'is a question';
  if (context.reported) return "is someone's reported, quoted or believed words";
  return null;
}

function dealStageOf(
  stage: LlmOutput['dealStage'],
  grounded: Grounded[],
  ctx: MapContext,
  scrub: (text: string) => string,
  warnings: string[],
): DealStage {
  const current = ctx.meta.crm?.currentStage ?? null;
  const confidence = Number.isFinite(stage.confidence) ? Math.min(1, Math.max(0, stage.confidence)) : 0;
  const rationale = scrub(stage.rationale);
  const evidence = grounded.map((g) => g.evidence);
  const noMove = (why: string): DealStage => ({ current, proposed: null, confidence: 0, rationale: why, evidence: [] });
  if (stage.proposed === null) return { current, proposed: null, confidence, rationale, evidence };
  if (stage.proposed === current) return { current, proposed: null, confidence, rationale, evidence };
  if (evidence.length === 0) {
    warnings.push(`Dropped stage proposal ${stage.proposed}: none of its quotes occurs in the transcript.`);
    return noMove(`The model proposed ${stage.proposed} but could not quote the call for it.`);
  }
  // A close rests on the customer's words only (below): the rep's words it cites are not checked, nor kept.
  const restsOn = isClose(stage.proposed) ? customerEvidence(evidence, ctx.transcript) : evidence;
  for (const g of grounded.filter((g) => restsOn.includes(g.evidence))) {
    const why = outOfContext(stage.proposed, g);
    if (!why) continue;
    const refusal = `its quote "${g.evidence.quote}" ${why} ("${scrub(g.context.sentence)}").`;
    warnings.push(`Refused stage proposal ${stage.proposed}: ${refusal}`);
    return noMove(`Stage proposal ${stage.proposed} refused: ${refusal}`);
  }
  const refusal = stageRefusal(stage.proposed, evidence, ctx.transcript);
  if (refusal) {
    warnings.push(`Refused stage proposal ${stage.proposed}: ${refusal}`);
    return noMove(`Stage proposal ${stage.proposed} refused: ${refusal}`);
  }
  // A close cites only what the customer said: the rep's words around it are not what it rests on.
  const cited = isClose(stage.proposed) ? customerEvidence(evidence, ctx.transcript) : evidence;
  return { current, proposed: stage.proposed, confidence, rationale, evidence: cited };
}

/**
 * Words that speak of a time (a day, a date, a span, a deadline) in the languages the calendar rules read:
 * a quote without any cannot be where the model's due date came from.
 */
const TIME_WORDS =
  /\b(?:today|tonight|tomorrow|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend|week|weeks|month|months|quarter|year|day|days|eod|eow|eom|eoq|end|morning|afternoon|evening|noon|midnight|asap|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|hoy|mañana|manana|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|semana|mes|año|ano|fin)\b|\d/i;

/**
 * The due date. Whether there is one is the model's call (a quote with "today" in it is not always a
 * deadline); which day it is comes from the quoted words with the rules engine's calendar rules when
 * they name a date (models are unreliable at date arithmetic), else from the model when it gave a real
 * YYYY-MM-DD date on or after the call day and one of the quotes speaks of a time at all: a date none of
 * them mentions is a date nobody said.
 */
function dueDateOf(text: string, proposed: string | null, evidence: Evidence[], meta: CallMeta, language: string, warnings: string[]): string | null {
  if (proposed === null) return null;
  const fromWords = evidence.map((e) => resolveDueDate(e.quote, meta.startedAt, meta.timezone, dateLanguage(language))).find((d) => d !== null);
  if (fromWords) return fromWords;
  const callDay = callLocalDate(meta.startedAt, meta.timezone);
  if (!IsoDate.safeParse(proposed).success || (callDay && proposed < callDay)) {
    warnings.push(`Ignored due date "${proposed}" of "${text}": not a YYYY-MM-DD date on or after the call day.`);
    return null;
  }
  if (!evidence.some((e) => TIME_WORDS.test(e.quote))) {
    warnings.push(`Ignored due date "${proposed}" of "${text}": none of its quotes speaks of a day or a time.`);
    return null;
  }
  return proposed;
}
