import type { ActionItem, DealStage } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import { wordCount, type Sentence } from './sentences.ts';

/**
 * Extractive summary and key points. Sentences are scored by sales vocabulary, numbers, and whether
 * they carry a commitment or a stage signal; the best are kept in transcript order. Output here is
 * not yet redacted: the extractor redacts every text it returns.
 */

const SALES_WORDS =
  /\b(?:price|pricing|cost|costs|budget|contract|proposal|demo|decision|decide|approve|approved|approval|sign|signed|signature|timeline|deadline|competitor|vendor|renewal|renew|discount|seats?|licen[cs]es?|integration|security|legal|procurement|quarter|cfo|ceo|cto|vp|rollout|roll out|pilot|trial|onboarding|implementation|requirements?|problem|challenge|goal|roi|savings|users|annual|monthly|invoice|quote|terms|go live|launch|migrat\w+|deal|purchase|order|pricing sheet|next steps?|manual(?:ly)?|by hand|spreadsheets?|too long|slow|hours|waste|losing|struggl\w*|pain|frustrat\w*)\b/gi;
const NUMBER = /\d|\$|%|\b(?:percent|hundred|thousand|million|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\b/i;
const SMALL_TALK =
  /^(?:hi|hello|hey|thanks|thank you|bye|goodbye|how are you|good (?:morning|afternoon)|great talking|nice to|talk soon|sounds good|okay|ok|yeah|yes|sure|perfect|great|awesome|cool|right|uh|um)\b/i;

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

function score(s: Sentence, evidence: EvidenceKeys): number {
  const words = wordCount(s.text);
  if (s.addressedToSystem || words < MIN_WORDS) return 0;
  let total = Math.min(3, s.text.match(SALES_WORDS)?.length ?? 0) * 2;
  if (evidence.has(sentenceKey(s))) total += 3;
  if (NUMBER.test(s.text)) total += 1.5;
  if (SMALL_TALK.test(s.text) && total < 4) total -= 2;
  if (words > MAX_SUMMARY_WORDS) total -= 2;
  return total;
}

function ranked(sentences: readonly Sentence[], evidence: EvidenceKeys): Scored[] {
  return sentences
    .map((sentence, index) => ({ sentence, index, score: score(sentence, evidence) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

function words(text: string): Set<string> {
  return new Set(normalizeText(text).split(' ').filter((w) => w.length > 3));
}

/** Two sentences that say the same thing ("Can you send the pricing sheet?" / "I'll send the pricing sheet."). */
function similar(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

function label(s: Sentence): string {
  if (s.role === 'rep') return 'Rep';
  if (s.role === 'customer') return 'Customer';
  return `Speaker ${s.speaker}`;
}

function finish(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** 2–4 informative sentences in transcript order, each with who said it. */
export function buildSummary(sentences: readonly Sentence[], evidence: EvidenceKeys): { summary: string; used: Set<number> } {
  const best = ranked(sentences, evidence);
  const strong = best.filter((s) => s.score >= 3).length;
  const take = Math.min(best.length, Math.max(2, Math.min(4, strong)));
  const picked: Scored[] = [];
  for (const s of best) {
    if (picked.length >= take) break;
    if (!picked.some((p) => similar(p.sentence.text, s.sentence.text))) picked.push(s);
  }
  const chosen = picked.sort((a, b) => a.index - b.index);
  if (!chosen.length) {
    const spoken = sentences.filter((s) => !s.addressedToSystem && s.text.trim());
    if (!spoken.length) return { summary: 'No speech was transcribed in this call.', used: new Set() };
    return { summary: spoken.slice(0, 2).map((s) => `${label(s)}: ${finish(s.text)}`).join(' '), used: new Set() };
  }
  return {
    summary: chosen.map((c) => `${label(c.sentence)}: ${finish(c.sentence.text)}`).join(' '),
    used: new Set(chosen.map((c) => c.index)),
  };
}

function ownerLabel(owner: ActionItem['owner']): string {
  if (owner === 'rep') return 'Rep';
  if (owner === 'customer') return 'Customer';
  return 'Open item:';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** 3–6 short points: the stage outcome, the first action items, then the strongest sentences. */
export function buildKeyPoints(
  sentences: readonly Sentence[],
  evidence: EvidenceKeys,
  actionItems: readonly ActionItem[],
  stage: DealStage,
): string[] {
  const points: string[] = [];
  if (stage.proposed) points.push(`Deal stage: proposed move to ${stage.proposed}${stage.current ? ` from ${stage.current}` : ''}.`);
  else if (stage.rationale.startsWith('Stalled')) points.push('Deal stage: the deal looks stalled; no change proposed.');
  for (const item of actionItems.slice(0, 3)) {
    const who = ownerLabel(item.owner);
    const text = who.endsWith(':') ? `${who} ${item.text}` : `${who} to ${lowerFirst(item.text)}`;
    points.push(finish(item.dueDate ? `${text} by ${item.dueDate}` : text));
  }
  for (const s of ranked(sentences, evidence)) {
    if (points.length >= 6) break;
    if (evidence.has(sentenceKey(s.sentence)) && actionItems.length) continue;
    if (wordCount(s.sentence.text) > MAX_KEY_POINT_WORDS) continue;
    const point = `${label(s.sentence)}: ${finish(s.sentence.text)}`;
    if (!points.includes(point)) points.push(point);
  }
  return points.slice(0, 6);
}
