import type { ActionItem, DealStage } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import { EN_SUMMARY } from './lang/en.ts';
import type { SummaryWords, VoicemailWords } from './lang/types.ts';
import { wordCount, type Role, type Sentence } from './sentences.ts';

/**
 * Extractive summary and key points, in the call's language (`SummaryWords`, English by default).
 * Sentences are scored by sales vocabulary, numbers, and whether they carry a commitment or a stage
 * signal; the best are kept in transcript order. Output here is not yet redacted: the extractor
 * redacts every text it returns.
 */

const MIN_WORDS = 5;
const MAX_SUMMARY_WORDS = 45;
const MAX_KEY_POINT_WORDS = 22;

interface Scored {
  sentence: Sentence;
  index: number;
  score: number;
}

/** Keys of sentences that carry action-item or stage evidence, to boost them. */
export type EvidenceKeys = ReadonlySet<string>;
export const sentenceKey = (s: Sentence): string => `${s.segmentIndex}:${s.text}`;

function score(s: Sentence, evidence: EvidenceKeys, words: SummaryWords): number {
  const count = wordCount(s.text);
  if (s.addressedToSystem || count < MIN_WORDS) return 0;
  let total = Math.min(3, s.text.match(words.salesWords)?.length ?? 0) * 2;
  if (evidence.has(sentenceKey(s))) total += 3;
  // Numbers make a sales sentence more informative, but do not make a sentence about sales.
  if (total === 0) return 0;
  if (words.number.test(s.text)) total += 1.5;
  if (words.smallTalk.test(s.text) && total < 4) total -= 2;
  if (count > MAX_SUMMARY_WORDS) total -= 2;
  return total;
}

function ranked(sentences: readonly Sentence[], evidence: EvidenceKeys, words: SummaryWords): Scored[] {
  return sentences
    .map((sentence, index) => ({ sentence, index, score: score(sentence, evidence, words) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

function contentWords(text: string): Set<string> {
  return new Set(normalizeText(text).split(' ').filter((w) => w.length > 3));
}

/** Two sentences that say the same thing ("Can you send the pricing sheet?" / "I'll send the pricing sheet."). */
function similar(a: string, b: string): boolean {
  const wa = contentWords(a);
  const wb = contentWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

function finish(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** The `take` best sentences, no two alike, in transcript order. */
function pick(best: readonly Scored[], take: number): Scored[] {
  const picked: Scored[] = [];
  for (const s of best) {
    if (picked.length >= take) break;
    if (!picked.some((p) => similar(p.sentence.text, s.sentence.text))) picked.push(s);
  }
  return picked.sort((a, b) => a.index - b.index);
}

/** 2–4 informative sentences in transcript order, each with who said it. */
export function buildSummary(
  sentences: readonly Sentence[],
  evidence: EvidenceKeys,
  words: SummaryWords = EN_SUMMARY,
): { summary: string; used: Set<number> } {
  const line = (s: Sentence) => `${words.label(s.role, s.speaker)}: ${finish(s.text)}`;
  const best = ranked(sentences, evidence, words);
  const strong = best.filter((s) => s.score >= 3).length;
  const chosen = pick(best, Math.min(best.length, Math.max(2, Math.min(4, strong))));
  if (!chosen.length) {
    const spoken = sentences.filter((s) => !s.addressedToSystem && s.text.trim());
    if (!spoken.length) return { summary: words.noSpeech, used: new Set() };
    // Nothing worth summarising: say so, then quote what was said in whole sentences only (fragments
    // left between unheard stretches read as if they meant something).
    const whole = spoken.filter((s) => wordCount(s.text) >= MIN_WORDS).slice(0, 2);
    return { summary: [words.noSalesTopic, ...whole.map(line)].join(' '), used: new Set() };
  }
  return { summary: chosen.map((c) => line(c.sentence)).join(' '), used: new Set(chosen.map((c) => c.index)) };
}

/**
 * A voicemail's summary: that it is a voicemail and who left it, then the message: its opening (who is
 * calling and why, however short or polite) and its two most informative other sentences.
 */
export function buildVoicemailSummary(
  sentences: readonly Sentence[],
  evidence: EvidenceKeys,
  by: Role,
  voicemail: VoicemailWords,
  words: SummaryWords = EN_SUMMARY,
): { summary: string; message: string } {
  const spoken = sentences.filter((s) => !s.addressedToSystem && s.text.trim());
  const opening = spoken.findIndex((s) => wordCount(s.text) >= MIN_WORDS);
  const rest = ranked(spoken, evidence, words).filter((s) => s.index !== opening);
  const chosen = [...(opening >= 0 ? [{ sentence: spoken[opening]!, index: opening, score: Infinity }] : []), ...rest];
  const message = pick(chosen, 3).map((c) => finish(c.sentence.text)).join(' ') || spoken.slice(0, 2).map((s) => finish(s.text)).join(' ');
  const summary = message ? `${voicemail.summary(by)} ${words.label(by, spoken[0]!.speaker)}: ${message}` : voicemail.summary(by);
  return { summary, message };
}

/** 3–6 short points: the stage outcome, the first action items, then the strongest sentences. */
export function buildKeyPoints(
  sentences: readonly Sentence[],
  evidence: EvidenceKeys,
  actionItems: readonly ActionItem[],
  stage: DealStage,
  words: SummaryWords = EN_SUMMARY,
  lead: readonly string[] = [],
): string[] {
  const points: string[] = [...lead];
  if (stage.proposed) points.push(words.stageMove(stage.proposed, stage.current));
  else if (stage.rationale.startsWith('Stalled')) points.push(words.stalled);
  for (const item of actionItems.slice(0, 3)) points.push(words.task(item.owner, item.text, item.dueDate));
  for (const s of ranked(sentences, evidence, words)) {
    if (points.length >= 6) break;
    if (evidence.has(sentenceKey(s.sentence)) && actionItems.length) continue;
    if (wordCount(s.sentence.text) > MAX_KEY_POINT_WORDS) continue;
    const point = `${words.label(s.sentence.role, s.sentence.speaker)}: ${finish(s.sentence.text)}`;
    if (!points.includes(point)) points.push(point);
  }
  return points.slice(0, 6);
}
