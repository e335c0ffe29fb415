/**
 * Redaction of a transcript's segments, as stored: the same rules as `redact`, read over each speaker turn
 * (consecutive segments of one speaker) so that a number said across a pause or a chunk border is seen whole,
 * and so that a cue said in one segment ("my social is") counts for the digits in the next.
 * - A redacted stretch inside one segment is replaced in place; the segment keeps its times.
 * - A redacted stretch that runs from one segment into the next makes those segments one, spanning their
 *   times, with one mark for the stretch; other speakers' segments are never joined.
 * - Per-word confidences stay lined up with the words: each word of a redacted run, with the text around it
 *   in the same word, becomes the mark's words, scored as the least sure of the words they replace.
 * - A speaker's turns with only a short interjection of someone else between them ("mm-hmm", "go on", the
 *   group just heard said back) are read as one, so a number given group by group while the other side
 *   acknowledges or repeats each group is seen whole. The interjection stays where it was, so such a number
 *   becomes one mark in each turn it was said in; the count is one.
 */

import { addCounts, emptyCounts, findRedactions, MARKS, redactionList, type Redaction, type RedactionCounts, type RedactionKind, type RedactOptions } from '../redact.ts';
import { transcriptText, turnsOf, type Segment, type Transcript } from '../transcript.ts';

export interface RedactedSegments {
  segments: Segment[];
  counts: RedactionCounts;
  /** For each segment out, the index of the first segment in that it was made from. */
  origin: number[];
  /** For each segment out, the kinds of the redactions that start in it (one entry per redaction). */
  startsIn: RedactionKind[][];
}

/**
 * The segments (in the order given, which is the order they were said) with what `redact` finds replaced.
 * `joinable` says whether two consecutive segments of a speaker may become one; where they may not (they are
 * stored apart), a redaction running across them is cut at the border and each piece replaced by a mark.
 */
export function redactSegments(
  segments: readonly Segment[],
  opts: RedactOptions = {},
  joinable: (a: Segment, b: Segment) => boolean = () => true,
): RedactedSegments {
  const counts = emptyCounts();
  const out: RedactedSegments = { segments: [], counts, origin: [], startsIn: [] };
  const turns = turnsOf(segments);
  const foundIn = turnRedactions(turns, opts, counts);
  let first = 0;
  for (const [t, turn] of turns.entries()) {
    const starts: number[] = [];
    let joined = '';
    for (const s of turn) {
      if (starts.length) joined += ' ';
      starts.push(joined.length);
      joined += s.text;
    }
    // In the order they start (turnRedactions sorts them): each pass below walks them once (a turn may hold thousands
    // of segments and redactions).
    const found = foundIn[t]!;
    // The segment a position of the joined text is in: the last that starts at or before it.
    const segmentAt = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    // Segments a redacted stretch runs across become one, where they may. `next`: the first redaction not yet
    // started in a segment made; `open`: the first that may still reach into the segments to come.
    let i = 0;
    let next = 0;
    let open = 0;
    while (i < turn.length) {
      let j = i;
      for (; next < found.length && segmentAt(found[next]!.start) <= j; next++) {
        const r = found[next]!;
        while (j < segmentAt(r.end - 1) && joinable(turn[j]!, turn[j + 1]!)) j++;
      }
      const from = starts[i]!;
      const to = starts[j]! + turn[j]!.text.length;
      while (open < found.length && found[open]!.end <= from) open++;
      const inside: Redaction[] = [];
      const startsIn: RedactionKind[] = [];
      for (let k = open; k < found.length && found[k]!.start < to; k++) {
        const r = found[k]!;
        if (!r.continued && r.start >= from) startsIn.push(r.kind);
        if (r.end <= from) continue;
        const cut = trimmed(joined, { ...r, start: Math.max(r.start, from), end: Math.min(r.end, to) });
        if (cut.end > cut.start) inside.push({ ...cut, start: cut.start - from, end: cut.end - from });
      }
      out.segments.push(inside.length ? replaced(joinedSegment(turn.slice(i, j + 1)), inside) : turn[i]!);
      out.origin.push(first + i);
      out.startsIn.push(startsIn);
      i = j + 1;
    }
    first += turn.length;
  }
  return out;
}

/** At most this many words said by others between two turns of a speaker still let the two be read as one. */
const INTERJECTION_WORDS = 8;

/** A turn's text as `redactSegments` reads it: its segments joined by a space. */
const turnText = (turn: readonly Segment[]) => turn.map((s) => s.text).join(' ');

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A redaction in one turn's text; `continued` when it is the rest of one that started in an earlier turn. */
type TurnRedaction = Redaction & { continued: boolean };

/**
 * The redactions of each turn, in that turn's text, found by reading each speaker's turns with only a short
 * interjection of others between them as one text (see the file's head). Each redaction is counted once in `counts`;
 * one that runs from a turn into the speaker's next is cut at the turn's end, the rest `continued` in that next turn.
 */
function turnRedactions(turns: readonly Segment[][], opts: RedactOptions, counts: RedactionCounts): TurnRedaction[][] {
  const texts = turns.map(turnText);
  // Words said before each turn, so the words between two turns are a difference, not counted again for each turn:
  // a speaker may be heard again only after thousands of turns of others.
  const wordsBefore = [0];
  for (const text of texts) wordsBefore.push(wordsBefore.at(-1)! + wordCount(text));
  const found: TurnRedaction[][] = turns.map(() => []);
  /** Each speaker's chain of turns still open: the turns read as one so far, and where each starts in their text. */
  const open = new Map<string, { turns: number[]; starts: number[]; text: string }>();
  const chains: { turns: number[]; starts: number[]; text: string }[] = [];
  for (const [t, turn] of turns.entries()) {
    const speaker = turn[0]!.speaker;
    const chain = open.get(speaker);
    const last = chain?.turns.at(-1);
    const between = last === undefined ? Infinity : wordsBefore[t]! - wordsBefore[last + 1]!;
    if (chain && between <= INTERJECTION_WORDS) {
      chain.text += ' ';
      chain.starts.push(chain.text.length);
      chain.text += texts[t]!;
      chain.turns.push(t);
    } else {
      const started = { turns: [t], starts: [0], text: texts[t]! };
      open.set(speaker, started);
      chains.push(started);
    }
  }
  for (const chain of chains) {
    for (const r of findRedactions(chain.text, opts).map((r) => trimmed(chain.text, r)).filter((r) => r.end > r.start)) {
      counts[r.kind]++;
      let continued = false;
      // From the turn the redaction starts in (the last starting at or before it), through those it runs into.
      let lo = 0;
      let hi = chain.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (chain.starts[mid]! <= r.start) lo = mid;
        else hi = mid - 1;
      }
      for (let k = lo; k < chain.turns.length && chain.starts[k]! < r.end; k++) {
        const t = chain.turns[k]!;
        const from = chain.starts[k]!;
        const piece = trimmed(chain.text, { ...r, start: Math.max(r.start, from), end: Math.min(r.end, from + texts[t]!.length) });
        if (piece.end <= piece.start) continue;
        found[t]!.push({ kind: r.kind, start: piece.start - from, end: piece.end - from, continued });
        continued = true;
      }
    }
  }
  for (const list of found) list.sort((a, b) => a.start - b.start);
  return found;
}

/**
 * The redactions (sorted by start) that overlap a stretch of text, found without reading them all: those before the
 * first whose end, or an earlier one's, passes the stretch's start cannot reach it.
 */
function overlapping(found: readonly Redaction[]): (from: number, to: number) => Redaction[] {
  const reach: number[] = [];
  for (const r of found) reach.push(Math.max(r.end, reach.at(-1) ?? 0));
  return (from, to) => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid]! > from) hi = mid;
      else lo = mid + 1;
    }
    const hits: Redaction[] = [];
    for (let k = lo; k < found.length && found[k]!.start < to; k++) if (found[k]!.end > from) hits.push(found[k]!);
    return hits;
  };
}
/** A redaction without whitespace at its ends (so it never takes in the words either side). */
function trimmed(text: string, r: Redaction): Redaction {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...r, start, end };
}


const wordsOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Whether a segment's word confidences line up with its words. */
const scoredWords = (s: Segment) => !!s.wordConfidence && s.wordConfidence.length === wordsOf(s.text).length;

/** Segments of one turn as one: their times, their words (joined by a space), the least sure confidence. */
function joinedSegment(turn: readonly Segment[]): Segment {
  if (turn.length === 1) return turn[0]!;
  const { wordConfidence: _words, ...first } = turn[0]!;
  const scored = turn.map((s) => s.confidence).filter((c): c is number => typeof c === 'number');
  const words = turn.every(scoredWords) ? turn.flatMap((s) => s.wordConfidence!) : null;
  return {
    ...first,
    // Reduced, not spread: a turn may join more segments than a call takes arguments.
    startSec: turn.reduce((t, s) => Math.min(t, s.startSec), Infinity),
    endSec: turn.reduce((t, s) => Math.max(t, s.endSec), -Infinity),
    text: turn.map((s) => s.text).join(' '),
    confidence: scored.length === turn.length ? scored.reduce((a, b) => Math.min(a, b), Infinity) : null,
    ...(words && { wordConfidence: words }),
  };
}

/** The segment with the redactions (sorted, apart, within its text) replaced by their marks. */
function replaced(segment: Segment, found: readonly Redaction[]): Segment {
  const text = segment.text;
  const words = wordsOf(text);
  const scores = scoredWords(segment) ? segment.wordConfidence! : null;
  let out = '';
  const confidence: number[] = [];
  let at = 0;
  let w = 0;
  const touches = overlapping(found);
  // Walk the words: one a redaction touches starts a stretch that takes in every word any of them touches.
  while (w < words.length) {
    const word = words[w]!;
    if (!touches(word.start, word.end).length) {
      if (scores) confidence.push(scores[w]!);
      w++;
      continue;
    }
    let last = w;
    let end = touches(word.start, word.end).reduce((e, r) => Math.max(e, r.end), word.end);
    while (last + 1 < words.length && words[last + 1]!.start < end) {
      last++;
      end = touches(words[last]!.start, words[last]!.end).reduce((e, r) => Math.max(e, r.end), Math.max(end, words[last]!.end));
    }
    end = Math.max(end, words[last]!.end);
    let region = '';
    let cut = word.start;
    for (const r of touches(word.start, end)) {
      region += text.slice(cut, r.start) + MARKS[r.kind];
      cut = r.end;
    }
    region += text.slice(cut, end);
    out += text.slice(at, word.start) + region;
    at = end;
    if (scores) {
      const least = scores.slice(w, last + 1).reduce((a, b) => Math.min(a, b), Infinity);
      for (const _ of wordsOf(region)) confidence.push(least);
    }
    w = last + 1;
  }
  const { wordConfidence: _words, ...rest } = segment;
  return { ...rest, text: out + text.slice(at), ...(scores && { wordConfidence: confidence }) };
}

/**
 * The transcript as it is stored: its segments redacted (`redactSegments`), its text made again from them, and
 * `redactions` counting what was taken out, with what was taken out before it reached here (`earlier`: a
 * chunk's part, a transcript file redacted when it was received).
 */
export function redactStoredTranscript(transcript: Transcript, opts: RedactOptions = {}, earlier: RedactionCounts = emptyCounts()): Transcript {
  const { segments, counts } = redactSegments(transcript.segments, opts);
  const list = redactionList(addCounts(counts, earlier));
  const { redactions: _before, ...rest } = transcript;
  return { ...rest, segments, text: transcriptText(segments), ...(list.length > 0 && { redactions: list }) };
}
