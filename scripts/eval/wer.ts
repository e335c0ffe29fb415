import { normalizeText } from '../../src/domain/text.ts';

/** Word error rate: word-level edit distance between reference and hypothesis over the reference length. */
export function wordErrorRate(reference: string, hypothesis: string): { wer: number; errors: number; words: number } {
  const ref = normalizeText(reference).split(' ').filter(Boolean);
  const hyp = normalizeText(hypothesis).split(' ').filter(Boolean);
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  const errors = prev[hyp.length]!;
  return { wer: ref.length ? errors / ref.length : hyp.length ? 1 : 0, errors, words: ref.length };
}

/**
 * Share of recognised words given the right speaker: each recognised segment is matched to the reference
 * segment it overlaps most in time, and its words count as right when the speakers agree (words with no
 * overlapping reference segment count as wrong).
 */
export function speakerAttribution(
  reference: readonly { speaker: string; startSec: number; endSec: number }[],
  hypothesis: readonly { speaker: string; startSec: number; endSec: number; text: string }[],
): { right: number; words: number } {
  let right = 0;
  let words = 0;
  for (const h of hypothesis) {
    const n = normalizeText(h.text).split(' ').filter(Boolean).length;
    let best: { speaker: string; overlap: number } | null = null;
    for (const r of reference) {
      const overlap = Math.min(h.endSec, r.endSec) - Math.max(h.startSec, r.startSec);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { speaker: r.speaker, overlap };
    }
    words += n;
    if (best?.speaker === h.speaker) right += n;
  }
  return { right, words };
}

/**
 * Words of a text as the recogniser writes them: lower case, apostrophes inside words kept ("don't"),
 * other punctuation dropped. Unlike normalizeText it never splits a recognised word in two, so the
 * result lines up with a segment's wordConfidence.
 */
export function recognitionWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]|'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Which hypothesis words are right: aligns `hypothesis` to `reference` by minimum word edit distance
 * (ties prefer a match, then a substitution) and marks each hypothesis word true when it is aligned to the
 * same reference word.
 */
export function alignedCorrect(reference: readonly string[], hypothesis: readonly string[]): boolean[] {
  const n = reference.length;
  const m = hypothesis.length;
  const cost = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[i]![j] = Math.min(cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1, cost[i - 1]![j - 1]! + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1));
    }
  }
  const correct = Array.from({ length: m }, () => false);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const same = i > 0 && j > 0 && reference[i - 1] === hypothesis[j - 1];
    if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + (same ? 0 : 1)) {
      correct[j - 1] = same;
      i--;
      j--;
    } else if (j > 0 && cost[i]![j] === cost[i]![j - 1]! + 1) j--;
    else i--;
  }
  return correct;
}
