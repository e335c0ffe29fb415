import type { Evidence } from './insights.ts';
import { UNHEARD, type Segment, type Transcript } from './transcript.ts';
import { editDistance, normalizeText } from './text.ts';

/** Where a quote was found: the segment it starts in, and how closely it matched (1 = exactly). */
export interface QuoteLocation {
  segmentIndex: number;
  score: number;
  /** The transcript's own words for the quote (normalised). */
  text: string;
  /** The same words as the transcript writes them (its case, punctuation and digits): what evidence cites. */
  original: string;
  /** What the sentence the quote sits in says around it (`LeftOut`). */
  context: QuoteContext;
}

/**
 * The sentence (or sentences) a quote sits in, as far as it changes what the quote means: a model may quote
 * "sign the order form this week" out of "we will not sign the order form this week", each word of it
 * truly said. `negated`: a negation stands in the quote's clause before it. `conditional` / `unheard`: a
 * condition or a stretch below the confidence threshold stands in the sentence outside the quote.
 * `question`: the sentence asks. `reported`: before the quote, a verb of saying or believing (someone
 * else's words, a joke, a rumour, an opinion) or an open quotation mark.
 */
export interface QuoteContext {
  sentence: string;
  negated: boolean;
  conditional: boolean;
  unheard: boolean;
  question: boolean;
  reported: boolean;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 't', 'nt']);
/** A condition, hypothesis or inverted "should it pass, …" in what a sentence says outside a quote. */
const CONDITIONAL =
  /\b(?:if|unless|provided|providing|assuming|suppose|supposing|in case|as long as|so long as|on condition|hypothetically|otherwise)\b|^\W*(?:should|were|had)\s+(?:we|they|you|he|she|it|i|the|our|your|their|this|that)\b/i;
/** "Whether we sign … depends on legal": a condition when it leads up to the quote (after it, "whether you like it or not" is not one). */
const WHETHER = /\bwhether\b/i;
/** Someone's words passed on, joked, rumoured or believed, said before a quote ("as I said" restates one's own). */
const REPORTING =
  /\b(?:(?<!\b(?:i|we)\s)said|says|told|saying|tells|telling|jok(?:e|es|ed|ing)|kidding|claim(?:s|ed)?|think(?:s)?|thought|believe(?:s|d)?|heard|rumou?r|according to|supposedly|apparently|allegedly)\b/i;
/** The same, tagged on at the end of the sentence: "…, just kidding.", "…, he claims.", "…, I think.", "…, or so I was told." */
const REPORTED_TAG =
  /^[^.?!]*?[,;—–-]\s*(?:or\s+so\s+)?(?:just\s+)?(?:kidding|joking|i\s+think|i\s+believe|i\s+guess|i\s+hear|apparently|supposedly|allegedly|reportedly|i\s+(?:was|am)\s+told|(?:he|she|they|someone|(?:my|our|the|their)\s+\w+)\s+(?:says|said|claims|claimed|thinks|reckons))\W*$/i;
/** Set phrases with a negative word that negate nothing: "no later than Friday", "not only", "no problem". */
const NOT_NEGATING = /\b(?:no|not)\s+(?:later|sooner|more)\s+than\b|\bnot\s+only\b|\bno\s+(?:problem|worries|doubt|question)\b/gi;
/** Parentheticals that stand between a negation and what it negates: "we did not, as I said, sign it". */
const ASIDES = new Set(['as i said', 'like i said', 'as i mentioned', 'you know', 'i mean', 'honestly', 'frankly', 'to be honest', 'again', 'of course']);
const UNHEARD_WORD = normalizeText(UNHEARD);

/** Quotes shorter than this must match exactly; longer ones may differ by a word or two (ASR slips). */
const MIN_FUZZY_WORDS = 5;
/** Share of the quote's words that must line up with the transcript for a tolerant match. */
const MIN_FUZZY_SCORE = 0.8;

/**
 * A line label a transcript shown to a model carries (`[24.9s rep]`, `(00:24)`, `customer:`), which a
 * model may copy into a quote: it is not something anyone said.
 */
const LINE_PREFIX = /^\s*(?:\[[^\]]{0,40}\]|\([^)]{0,40}\)|(?:rep|customer|agent|caller|s\d{1,2}|speaker\s*\w{1,12})\s*:)\s*/i;

/**
 * Words a tolerant match may not change: a number ("50" for "500"), a negation ("we will sign" for "we
 * will not sign"), a modal ("would" for "will") or a day or month. Each turns what was said into something
 * else, so a quote differing from the transcript in any of them is not found, however close the rest is.
 */
const MEANING_WORDS = new Set(
  [
    'not no never none nobody nothing neither nor cannot t nt without',
    'will would shall should can could may might must won wont cant dont',
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    'twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half quarter dozen',
    'first second third fourth fifth',
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday',
    'january february march april june july august september october november december',
  ].flatMap((line) => line.split(' ')),
);

/** The words of `words` that carry meaning a tolerant match must keep, sorted (a multiset to compare). */
function meaningWords(words: readonly string[]): string {
  return words
    .filter((w) => MEANING_WORDS.has(w) || /\p{N}/u.test(w))
    .sort()
    .join(' ');
}

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
 * of the quote, never on a number, negation, modal or date word: `MEANING_WORDS`), as ASR output or a
 * model's transcription of it may differ slightly. Line labels a model copied in front of the quote are
 * ignored. When the quote occurs more than once, the first occurrence spoken by a `preferred` speaker
 * wins (the same words said by both sides are each side's own), else the first. Null when the quote is
 * not there.
 */
export function locateQuote(transcript: Transcript, quote: string, preferred?: (speaker: string) => boolean): QuoteLocation | null {
  const wanted = normalizeText(stripLinePrefix(quote)).split(' ').filter(Boolean);
  if (wanted.length === 0) return null;
  const turns = turnsOf(transcript.segments);
  const found = (segmentIndex: number, start: number, length: number, score: number): QuoteLocation => {
    const { words, text } = turns[segmentIndex]!;
    const span = words.slice(start, start + length);
    const from = span[0]!.from;
    // A sentence's closing punctuation goes with its last word.
    const to = span.at(-1)!.to + (/^[.!?…]+["'”’)\]]*/.exec(text.slice(span.at(-1)!.to))?.[0].length ?? 0);
    return { segmentIndex, score, text: span.map((w) => w.word).join(' '), original: text.slice(from, to), context: contextOf(text, words, from, to) };
  };
  const exact: QuoteLocation[] = [];
  for (let i = 0; i < turns.length; i++) {
    const { words, ownWords } = turns[i]!;
    // Starting in this segment; a quote wholly inside the next one is found there.
    for (let start = 0; start < ownWords && start + wanted.length <= words.length; start++) {
      if (wanted.every((w, k) => words[start + k]!.word === w)) {
        exact.push(found(i, start, wanted.length, 1));
        break;
      }
    }
  }
  if (exact.length) return exact.find((e) => preferred?.(transcript.segments[e.segmentIndex]!.speaker)) ?? exact[0]!;
  if (wanted.length < MIN_FUZZY_WORDS) return null;
  let best: QuoteLocation | null = null;
  for (let i = 0; i < turns.length; i++) {
    const { words, ownWords } = turns[i]!;
    const match = bestWindow(
      wanted,
      words.map((w) => w.word),
      ownWords,
    );
    if (match && match.score >= MIN_FUZZY_SCORE && (!best || match.score > best.score)) best = found(i, match.start, match.length, match.score);
  }
  return best;
}

/**
 * Evidence for a quote: speaker and timestamp come from the matched segment, never from whoever proposed
 * the quote, and the words cited are the transcript's own (its spelling of numbers, its punctuation), not
 * the quote as proposed. `preferred`: see `locateQuote`. Null when the quote is not there.
 */
export function groundQuote(transcript: Transcript, quote: string, preferred?: (speaker: string) => boolean): Evidence | null {
  return groundInContext(transcript, quote, preferred)?.evidence ?? null;
}

/** `groundQuote`, with what the quote's sentence says around it (`QuoteContext`). */
export function groundInContext(transcript: Transcript, quote: string, preferred?: (speaker: string) => boolean): { evidence: Evidence; context: QuoteContext } | null {
  const found = locateQuote(transcript, quote, preferred);
  if (!found) return null;
  const segment = transcript.segments[found.segmentIndex]!;
  return { evidence: { quote: found.original, speaker: segment.speaker, startSec: segment.startSec }, context: found.context };
}

/** What the sentences holding `text.slice(from, to)` say around it (`QuoteContext`). */
function contextOf(text: string, words: readonly { word: string; from: number; to: number }[], from: number, to: number): QuoteContext {
  // Sentences end at . ! ? (closing quotes or brackets may follow) before a space or the end.
  const ends = [...text.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)/g)].map((m) => m.index + m[0].length);
  const start = Math.max(0, ...ends.filter((e) => e <= from));
  const end = ends.find((e) => e >= to) ?? text.length;
  const outside = words.filter((w) => w.from >= start && w.to <= end && (w.to <= from || w.from >= to)).map((w) => w.word);
  const sentence = text.slice(start, end).trim();
  return {
    sentence,
    negated: [...clauseBefore(text, words, start, from), ...clauseAfter(text, to, end)].some((w) => NEGATIONS.has(w)),
    conditional: CONDITIONAL.test(`${text.slice(start, from)} … ${text.slice(to, end)}`.trim()) || WHETHER.test(text.slice(start, from)),
    unheard: outside.includes(UNHEARD_WORD),
    question: /\?["'”’)\]]*$/.test(sentence),
    reported:
      REPORTING.test(text.slice(start, from)) || REPORTED_TAG.test(text.slice(to, end)) || (text.slice(start, from).match(/["“”„«»]/g) ?? []).length % 2 === 1,
  };
}

/** Words that fill a pause, which a transcriber often sets off with commas ("we haven't, uh, signed"). */
const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'ah', 'hmm', 'mm', 'like', 'well', 'so', 'you', 'know', 'i', 'mean']);

/**
 * The words of the clause a quote sits in, before the quote: back to the previous comma, semicolon, colon
 * or dash (across clauses of fillers only). A negation there bears on the quote; one in another clause
 * ("No, we went with another vendor") answers something else, and one after it ("…by Friday, so you
 * don't wait") says something more.
 */
function clauseBefore(text: string, words: readonly { word: string; from: number; to: number }[], start: number, from: number): string[] {
  const breaks = (a: number, b: number) => /[,;:—–]|\s-\s/.test(text.slice(a, b));
  const before = words.filter((w) => w.from >= start && w.to <= from);
  // Clauses before the quote, nearest first; the first is the quote's own (it may be empty).
  const clauses: string[][] = [[]];
  for (let i = before.length - 1; i >= 0; i--) {
    if (breaks(before[i]!.to, i + 1 < before.length ? before[i + 1]!.from : from)) clauses.push([]);
    clauses.at(-1)!.push(before[i]!.word);
  }
  const own = [...clauses[0]!];
  const aside = (c: string[]) => c.length > 0 && (c.every((w) => FILLERS.has(w)) || ASIDES.has([...c].reverse().join(' ')));
  let k = 1;
  while (k < clauses.length && aside(clauses[k]!)) k++;
  if (k > 1 && k < clauses.length) own.push(...clauses[k]!);
  return own;
}

/**
 * The words after a quote in its clause: up to the next comma, semicolon, colon or dash, or a conjunction
 * that starts something else ("…by Friday so nobody waits"). "Signing it this week is not going to happen"
 * negates the quote from behind; set phrases like "no later than" negate nothing.
 */
function clauseAfter(text: string, to: number, end: number): string[] {
  const rest = text.slice(to, end).replace(NOT_NEGATING, ' ');
  const clause = rest.split(/[,;:—–]|\s-\s|\b(?:so|and|but|because|which|while|whereas|then|although|though)\b/i)[0] ?? '';
  return normalizeText(clause).split(' ').filter(Boolean);
}

interface Turn {
  words: { word: string; from: number; to: number }[];
  ownWords: number;
  text: string;
}
/** Each transcript's turns, read once for all the quotes looked for in it (a call's quotes are many). */
const turnCache = new WeakMap<readonly Segment[], { seen: { speaker: string; text: string }[]; turns: Turn[] }>();

/**
 * Each segment's words, with the next segment's when the same speaker goes on (a quote may run on into it).
 * Kept per segments array, and read again if any segment's speaker or words changed since.
 */
function turnsOf(segments: readonly Segment[]): Turn[] {
  const cached = turnCache.get(segments);
  if (cached && cached.seen.length === segments.length && cached.seen.every((s, i) => s.text === segments[i]!.text && s.speaker === segments[i]!.speaker)) return cached.turns;
  const turns = segments.map((segment, i) => {
    const next = segments[i + 1];
    const text = next?.speaker === segment.speaker ? `${segment.text} ${next.text}` : segment.text;
    return { words: wordsOf(text), ownWords: wordsOf(segment.text).length, text };
  });
  turnCache.set(segments, { seen: segments.map((s) => ({ speaker: s.speaker, text: s.text })), turns });
  return turns;
}

/** A text's words as `normalizeText` gives them, each with the stretch of the text it comes from. */
function wordsOf(text: string): { word: string; from: number; to: number }[] {
  const out: { word: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    for (const word of normalizeText(m[0]).split(' ').filter(Boolean)) out.push({ word, from: m.index, to: m.index + m[0].length });
  }
  return out;
}

/**
 * The window of `haystack` (starting within its first `startLimit` words) closest to `words` by word edit
 * distance, among those with the same meaning words (`MEANING_WORDS`).
 */
function bestWindow(words: string[], haystack: string[], startLimit: number): { score: number; start: number; length: number } | null {
  let best: { score: number; start: number; length: number } | null = null;
  const slack = Math.ceil(words.length * (1 - MIN_FUZZY_SCORE));
  const meaning = meaningWords(words);
  for (let start = 0; start < Math.min(startLimit, haystack.length); start++) {
    for (let len = words.length - slack; len <= words.length + slack; len++) {
      if (len <= 0 || start + len > haystack.length) continue;
      const window = haystack.slice(start, start + len);
      if (meaningWords(window) !== meaning) continue;
      const score = 1 - editDistance(words, window) / words.length;
      // On a tie, the window as long as the quote wins (a substitution over a dropped word).
      if (!best || score > best.score || (score === best.score && len === words.length)) best = { score, start, length: len };
    }
  }
  return best;
}
