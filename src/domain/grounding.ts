import type { Evidence } from './insights.ts';
import type { Transcript } from './transcript.ts';
import { normalizeText } from './text.ts';

/** Where a quote was found: the segment it starts in, and how closely it matched (1 = exactly). */
export interface QuoteLocation {
  segmentIndex: number;
  score: number;
  /** The transcript's own words for the quote (normalised): what evidence should cite. */
  text: string;
}

/** Quotes shorter than this must match exactly; longer ones may differ by a word or two (ASR slips). */
const MIN_FUZZY_WORDS = 5;
/** Share of the quote's words that must line up with the transcript for a tolerant match. */
const MIN_FUZZY_SCORE = 0.8;

/**
 * A line label a transcript shown to a model carries (`[24.9s rep]`, `(00:24)`, `customer:`), which a
 * model may copy into a quote: it is not something anyone said.
 */
const LINE_PREFIX = /^\s*(?:\[[^\]]{0,40}\]|\([^)]{0,40}\)|(?:rep|customer|agent|caller|s\d{1,2}|speaker\s*\w{1,12})\s*:)\s*/i;

/** The quote without the line labels a model may have copied in front of it. */
export function stripLinePrefix(quote: string): string {
  let out = quote;
  for (let i = 0; i < 3 && LINE_PREFIX.test(out); i++) out = out.replace(LINE_PREFIX, '');
  return out;
}

/**
 * Finds a quote in the transcript after normalising case and punctuation, within one speaker's turn: a
 * segment, or a segment and the next when the same speaker goes on (a quote across two speakers'
 * lines would give one speaker the other's words, so it is not found). First exactly, then — for
 * quotes of five words or more — tolerating a few words' difference (word-level edit distance ≤ 20 %
 * of the quote), as ASR output or a model's transcription of it may differ slightly. Line labels a
 * model copied in front of the quote are ignored. Returns null when the quote is not there.
 */
export function locateQuote(transcript: Transcript, quote: string): QuoteLocation | null {
  const wanted = normalizeText(stripLinePrefix(quote));
  if (!wanted) return null;
  const segments = transcript.segments.map((s) => normalizeText(s.text));
  /** The next segment when it continues the same speaker's turn. */
  const sameTurnNext = (i: number) => (transcript.segments[i + 1]?.speaker === transcript.segments[i]!.speaker ? segments[i + 1] : undefined);
  for (let i = 0; i < segments.length; i++) {
    if (segments[i]!.includes(wanted)) return { segmentIndex: i, score: 1, text: wanted };
    const next = sameTurnNext(i);
    if (next !== undefined && `${segments[i]} ${next}`.includes(wanted) && !next.includes(wanted)) {
      return { segmentIndex: i, score: 1, text: wanted };
    }
  }
  const words = wanted.split(' ');
  if (words.length < MIN_FUZZY_WORDS) return null;
  let best: QuoteLocation | null = null;
  for (let i = 0; i < segments.length; i++) {
    const here = segments[i]!.split(' ').filter(Boolean);
    const haystack = [...here, ...(sameTurnNext(i)?.split(' ').filter(Boolean) ?? [])];
    const match = bestWindow(words, haystack, here.length);
    if (match && match.score >= MIN_FUZZY_SCORE && (!best || match.score > best.score)) {
      best = { segmentIndex: i, score: match.score, text: match.text };
    }
  }
  return best;
}

/**
 * Evidence for a quote: speaker and timestamp come from the matched segment, never from whoever proposed
 * the quote; an exact match cites the quote without copied line labels, a tolerant one the
 * transcript's own words. Null when the quote is not there.
 */
export function groundQuote(transcript: Transcript, quote: string): Evidence | null {
  const found = locateQuote(transcript, quote);
  if (!found) return null;
  const segment = transcript.segments[found.segmentIndex]!;
  return { quote: found.score === 1 ? stripLinePrefix(quote).trim() : found.text, speaker: segment.speaker, startSec: segment.startSec };
}

/** The window of `haystack` (starting within its first `startLimit` words) closest to `words` by word edit distance. */
function bestWindow(words: string[], haystack: string[], startLimit: number): { score: number; text: string } | null {
  let best: { score: number; text: string } | null = null;
  const slack = Math.ceil(words.length * (1 - MIN_FUZZY_SCORE));
  for (let start = 0; start < Math.min(startLimit, haystack.length); start++) {
    for (let len = words.length - slack; len <= words.length + slack; len++) {
      if (len <= 0 || start + len > haystack.length) continue;
      const window = haystack.slice(start, start + len);
      const score = 1 - wordDistance(words, window) / words.length;
      // On a tie, the window as long as the quote wins (a substitution over a dropped word).
      if (!best || score > best.score || (score === best.score && len === words.length)) best = { score, text: window.join(' ') };
    }
  }
  return best;
}

function wordDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
