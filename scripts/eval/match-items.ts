import { normalizeText } from '../../src/domain/text.ts';
import type { ActionItem } from '../../src/domain/insights.ts';

export interface GoldItem {
  text: string;
  owner: 'rep' | 'customer' | 'unknown';
  dueDate: string | null;
  keywords: string[];
}

/**
 * Crude stemming so "sends"/"sending"/"send" and "pricing"/"prices"/"price" meet: a final "e" goes too, so
 * a word and its "-es" plural or "-ing" form end alike ("invoice", "invoices", "invoicing").
 */
export const stem = (w: string) => w.replace(/(ing|ed|es|e|s)$/, '');

/** Share of the gold item's key words found in the predicted text (by stem). */
export function keywordOverlap(gold: GoldItem, predicted: string): number {
  const words = new Set(normalizeText(predicted).split(' ').map(stem));
  const keys = gold.keywords.map((k) => stem(normalizeText(k)));
  return keys.length ? keys.filter((k) => words.has(k)).length / keys.length : 0;
}

/**
 * Matches predicted action items to gold ones by meaning (key-word overlap ≥ 0.6), one to one,
 * best overlaps first. Returns the pairs; unmatched items on either side count against precision/recall.
 */
export function matchItems(gold: readonly GoldItem[], predicted: readonly ActionItem[], threshold = 0.6): { gold: GoldItem; predicted: ActionItem }[] {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    // The item's meaning is its task text plus the words that committed to it (a date said there, e.g. "Wednesday", counts).
    const score = keywordOverlap(g, [p.text, ...p.evidence.map((e) => e.quote)].join(' '));
    if (score >= threshold) candidates.push({ g: gi, p: pi, score });
  }));
  candidates.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: { gold: GoldItem; predicted: ActionItem }[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push({ gold: gold[c.g]!, predicted: predicted[c.p]! });
  }
  return pairs;
}

/** One call's pairs, and how many of them have the gold's owner and the gold's due date. */
export function scoreCall(gold: readonly GoldItem[], predicted: readonly ActionItem[]): { pairs: { gold: GoldItem; predicted: ActionItem }[]; ownerOk: number; dueOk: number } {
  const pairs = matchItems(gold, predicted);
  return {
    pairs,
    ownerOk: pairs.filter((p) => p.predicted.owner === p.gold.owner).length,
    dueOk: pairs.filter((p) => p.predicted.dueDate === p.gold.dueDate).length,
  };
}
