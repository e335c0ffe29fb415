import type { CallMeta } from '../../../domain/call-meta.ts';
import { groundQuote } from '../../../domain/grounding.ts';
import { Insights, type ActionItem, type DealStage, type Evidence } from '../../../domain/insights.ts';
import { addCounts, countsOf, redact, redactionList, type RedactOptions } from '../../../domain/redact.ts';
import { joinSplitNumbers } from '../../../domain/split-numbers.ts';
import type { Transcript } from '../../../domain/transcript.ts';
import { permanent } from '../../../errors/app-error.ts';
import type { Extractor } from '../../../ports/extractor.ts';
import { buildFollowUpEmail } from './follow-up-email.ts';
import { itemScores, type ItemModel } from './item-score.ts';
import { ITEM_MODEL } from './item-score.model.ts';
import { callLanguage, ENGLISH, languagePack } from './lang/index.ts';
import type { LanguagePack } from './lang/types.ts';
import { isOwnPromise, type ActionDraft } from './merge-items.ts';
import { saidQuote, systemTextWarnings, toSentences, type Sentence } from './sentences.ts';
import { proposeStage } from './stage-signals.ts';
import { buildKeyPoints, buildSummary, buildVoicemailSummary, sentenceKey } from './summary.ts';
import { detectVoicemail, voicemailWarning, type Voicemail } from './voicemail.ts';

/**
 * The offline extractor: sales-call patterns per language (`lang/`: English, Spanish; English for any
 * other language), no model, no network, no clock. The same transcript and meta always give the same
 * Insights.
 */
export function createRulesExtractor(opts: { redact?: RedactOptions; itemModel?: ItemModel | null } = {}): Extractor {
  return {
    engine: 'rules',
    model: null,
    promptVersion: null,
    async extract({ transcript, meta }) {
      return extractWithRules(transcript, meta, opts.redact, opts.itemModel === undefined ? ITEM_MODEL : opts.itemModel);
    },
  };
}

function firstName(name: string | null | undefined): string | null {
  return name?.trim().split(/\s+/)[0] || null;
}

/**
 * Evidence for a quote taken from `sentence`. Grounding runs on the original words, before redaction:
 * a quote whose card number becomes "[REDACTED CARD]" no longer matches the transcript text, but it
 * was grounded while it still did. Speaker and time come from the sentence's own segment (the same
 * words may also have been said earlier by someone else).
 */
function grounded(transcript: Transcript, sentences: readonly Sentence[], sentence: Sentence, read: string, clean: (text: string) => string): Evidence | null {
  // The rules read the sentence without its hesitations; the quote is cited as it was said (it may run over
  // sentences of the segment: a proposal and its question, an ask of two sentences).
  const quote = saidQuote(sentence, read, sentence.text.includes(read) ? [] : sentences.filter((s) => s.segmentIndex === sentence.segmentIndex));
  if (!groundQuote(transcript, quote)) return null;
  return { quote: clean(quote), speaker: sentence.speaker, startSec: sentence.startSec };
}

const NUMBER_WORD = '(?:\\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** Two or more numbers in a row, as digits or as words ("4111 1111", "four one one one"). */
const NUMBER_RUN = new RegExp(`\\b${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})+\\b`, 'gi');

/**
 * A task's text is cut from what was said, so a card or id read out in it may be cut too short for redaction to
 * know it ("send the form to 4111 1111"). A run of numbers in the text that redaction took out of the words the
 * task rests on is taken out of the text as well.
 */
export function withoutCutNumbers(text: string, quotes: readonly string[], clean: (text: string) => string): string {
  const removed = (run: string) => quotes.some((q) => q.toLowerCase().includes(run.toLowerCase()) && !clean(q).toLowerCase().includes(run.toLowerCase()));
  return text.replace(NUMBER_RUN, (run) => (removed(run) ? '[REDACTED]' : run));
}

/**
 * In a voicemail only the caller's own promises are tasks ("I'll try you again tomorrow"), never requests to someone who
 * was not there. A greeting that only named the thing (a mention) takes no task away; only the caller is quoted.
 */
function voicemailItems(drafts: readonly ActionDraft[], voicemail: Voicemail): ActionDraft[] {
  const caller = (e: ActionDraft['evidence'][number]) => e.sentence.speaker === voicemail.speaker;
  return drafts
    .filter((d) => isOwnPromise(d.kind) && d.evidence.every((e) => e.mention || caller(e)))
    .map((d) => ({ ...d, owner: voicemail.by, evidence: d.evidence.filter(caller) }));
}

/** What the rules settle about a call before reading it for tasks: the transcript they read, its language, and whether it is a voicemail. */
export interface CallReading {
  /** The transcript with numbers split over segments of a turn joined (see joinSplitNumbers). */
  transcript: Transcript;
  language: string;
  pack: LanguagePack;
  /** Whether the rules have a pack of the call's own language (else they read it as English). */
  supported: boolean;
  voicemail: Voicemail | null;
}

export function readCall(said: Transcript, meta: CallMeta, redaction: RedactOptions = {}): CallReading {
  // A number running across two segments of a turn is read whole, so every text the extractor writes redacts all of it.
  const transcript = joinSplitNumbers(said, redaction);
  const language = callLanguage(transcript.language, meta.language);
  return { transcript, language, ...languagePack(language), voicemail: detectVoicemail(transcript, meta) };
}

/**
 * Whether the item score weighs a call's tasks: an English conversation. A voicemail's few promises are all the caller
 * said, and the score was trained on English calls only. The trainer picks its calls by this too, from readCall as here.
 */
export const scoresItems = (call: Pick<CallReading, 'pack' | 'supported' | 'voicemail'>): boolean => call.supported && call.pack === ENGLISH && !call.voicemail;

/**
 * `itemModel` scores the tasks of an English call (item-score.ts) and leaves out those below its threshold;
 * `null` keeps every task the rules found (the item score's trainer reads them so).
 */
export function extractWithRules(said: Transcript, meta: CallMeta, redaction: RedactOptions = {}, itemModel: ItemModel | null = ITEM_MODEL): Insights {
  const clean = (text: string): string => redact(text, redaction).text;
  const call = readCall(said, meta, redaction);
  const { transcript, language, pack, supported, voicemail } = call;
  const sentences = toSentences(transcript);
  const warnings = systemTextWarnings(sentences);
  const ctx = {
    startedAt: meta.startedAt ?? null,
    timezone: meta.timezone ?? null,
    names: { rep: firstName(meta.rep?.name), customer: firstName(meta.customer?.name) },
  };

  const drafts = pack.findActionItems(sentences, ctx);
  const found: { item: ActionItem; draft: ActionDraft }[] = [];
  for (const draft of voicemail ? voicemailItems(drafts, voicemail) : drafts) {
    const evidence = draft.evidence.map((e) => grounded(transcript, sentences, e.sentence, e.quote, clean)).filter((e) => e !== null);
    if (!evidence.length) {
      warnings.push(`dropped action item "${clean(draft.text)}": its quote is not in the transcript`);
      continue;
    }
    found.push({ item: { text: withoutCutNumbers(clean(draft.text), draft.evidence.map((e) => e.quote), clean), owner: draft.owner, dueDate: draft.dueDate, evidence }, draft });
  }
  const scores = itemModel && scoresItems(call) ? itemScores(found.map((f) => f.item), transcript, itemModel) : null;
  const actionItems: ActionItem[] = [];
  const evidenceKeys = new Set<string>();
  found.forEach(({ item, draft }, i) => {
    const score = scores?.[i];
    if (score !== undefined && itemModel && score < itemModel.threshold) {
      const who = item.owner === 'unknown' ? '' : ` for the ${item.owner}`;
      warnings.push(`left out the possible task "${item.text}"${who}: it looks like a passing remark or a repeat of another task, not one to put in the CRM (confidence ${Math.round(score * 100)}%, below ${Math.round(itemModel.threshold * 100)}%)`);
      return;
    }
    // Where tasks were said weighs in the summary; a sentence that only named a task's thing (a mention) does not.
    draft.evidence.filter((e) => !e.mention).forEach((e) => evidenceKeys.add(sentenceKey(e.sentence)));
    actionItems.push(item);
  });

  const currentStage = meta.crm?.currentStage ?? null;
  let dealStage: DealStage;
  if (voicemail) {
    dealStage = { current: currentStage, proposed: null, confidence: 0, rationale: `Voicemail left by the ${voicemail.by === 'unknown' ? 'caller' : voicemail.by}: no conversation, so no stage change.`, evidence: [] };
  } else {
    const proposal = proposeStage(sentences, { currentStage, startedAt: ctx.startedAt, timezone: ctx.timezone, words: pack.stage, seller: meta.rep?.company ?? null });
    const stageEvidence = proposal.evidence.map((e) => grounded(transcript, sentences, e.sentence, e.quote, clean)).filter((e) => e !== null);
    proposal.evidence.forEach((e) => evidenceKeys.add(sentenceKey(e.sentence)));
    dealStage = { current: currentStage, proposed: proposal.proposed, confidence: proposal.confidence, rationale: clean(proposal.rationale), evidence: stageEvidence };
    if (dealStage.proposed && !stageEvidence.length) {
      warnings.push(`dropped stage proposal ${dealStage.proposed}: its quote is not in the transcript`);
      dealStage = { ...dealStage, proposed: null, confidence: 0, rationale: 'No grounded deal-stage signal in the call.' };
    }
  }

  let summary: string;
  let keyPoints: string[];
  let message = '';
  if (voicemail) {
    ({ summary, message } = buildVoicemailSummary(sentences, evidenceKeys, voicemail.by, pack.voicemail, pack.summary));
    const lead = [pack.voicemail.summary(voicemail.by)];
    keyPoints = buildKeyPoints(sentences, evidenceKeys, actionItems, dealStage, pack.summary, lead).map(clean);
    warnings.push(clean(voicemailWarning(voicemail)));
  } else {
    summary = buildSummary(sentences, evidenceKeys, pack.summary).summary;
    keyPoints = buildKeyPoints(sentences, evidenceKeys, actionItems, dealStage, pack.summary).map(clean);
  }
  const cleanSummary = clean(summary);

  let followUpEmail: Insights['followUpEmail'] = null;
  if (supported) {
    const note = voicemail ? { by: voicemail.by, message: clean(message) } : null;
    const email = buildFollowUpEmail(meta, cleanSummary, actionItems, pack.email, note);
    followUpEmail = { subject: clean(email.subject), body: clean(email.body) };
  } else {
    warnings.push(`no follow-up email: the rules engine writes English and Spanish only and the call is in "${language}"`);
  }

  // Redactions count what the call contained: what was redacted before the transcript was stored, and what
  // redact() took from the texts above.
  const counts = countsOf(said.redactions);
  for (const segment of transcript.segments) addCounts(counts, redact(segment.text, redaction).counts);

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
