import { splitSentences } from '../../../domain/text.ts';
import { sortSegments, type Transcript } from '../../../domain/transcript.ts';
import { UNHEARD } from '../../../domain/transcript-quality.ts';
import { isAddressedToSystem, opensSystemBlock } from './addressed-to-system.ts';

export type Role = 'rep' | 'customer' | 'unknown';

/**
 * One sentence of one segment, with who said it and when. `text` is what the rules read: the words as said,
 * less hesitations (`withoutHesitations`); `said` is exactly as in the segment, and `saidAt[i]` is where
 * `text[i]` is in it, so a quote taken from `text` is cited in the segment's own words (`saidQuote`).
 */
export interface Sentence {
  text: string;
  said: string;
  saidAt: readonly number[];
  segmentIndex: number;
  speaker: string;
  role: Role;
  startSec: number;
  /** Words aimed at the system or an AI ("ignore previous instructions…"): never evidence, never summarised. */
  addressedToSystem: boolean;
}

export function roleOf(transcript: Transcript, speakerId: string): Role {
  const known = transcript.speakers.find((s) => s.id === speakerId)?.role;
  if (known) return known;
  return speakerId === 'rep' || speakerId === 'customer' ? speakerId : 'unknown';
}

export function otherRole(role: Role): Role {
  if (role === 'rep') return 'customer';
  if (role === 'customer') return 'rep';
  return 'unknown';
}

/**
 * The transcript's sentences in time order. A sentence that opens with a role header ("System: …")
 * also taints the rest of its segment, since what follows the header is the injected payload. An
 * unheard stretch (the quality gate's marker for words the engine was unsure of) ends a sentence: what
 * was heard on either side may be evidence, the stretch itself never.
 */
export function toSentences(transcript: Transcript): Sentence[] {
  const out: Sentence[] = [];
  // English hesitations only: in another language "um" may be a word ("um contrato").
  const hesitant = !transcript.language || /^en\b/i.test(transcript.language);
  sortSegments(transcript.segments).forEach((segment, segmentIndex) => {
    const role = roleOf(transcript, segment.speaker);
    let tainted = false;
    for (const said of segment.text.split(UNHEARD).flatMap(splitSentences)) {
      if (opensSystemBlock(said)) tainted = true;
      const read = hesitant ? withoutHesitations(said) : { text: said, at: asSaid(said) };
      out.push({
        // A typographic apostrophe ("I’ll", as some engines and editors write it) reads as a plain one: one
        // character for one, so quotes still map back to the words as said.
        text: read.text.replace(/[’‘]/g, "'"),
        said,
        saidAt: read.at,
        segmentIndex,
        speaker: segment.speaker,
        role,
        startSec: segment.startSec,
        addressedToSystem: tainted || isAddressedToSystem(said),
      });
    }
  });
  return out;
}

/**
 * Hesitations a rule should read past, as people leave them in speech: a hesitation sound ("um", "uh", "er",
 * "erm", "hmm") with the commas around it, "you know" set off by commas, and a word started again ("the, the
 * form"; "the, uh, the form"; "we, we'll"). Back-channels that mean something ("uh-huh", "mm-hmm") stay. A sentence made only of
 * hesitations stays as said. `at[i]` is the index in `said` of `text[i]`.
 */
export function withoutHesitations(said: string): { text: string; at: number[] } {
  const cut = new Array<boolean>(said.length).fill(false);
  for (const m of said.matchAll(HESITATION)) for (let i = m.index; i < m.index + m[0].length; i++) cut[i] = true;
  // Built a character at a time with the last one remembered: asking the growing text how it ends would read
  // all of it at each character (quadratic on a long unpunctuated sentence).
  const out: string[] = [];
  const at: number[] = [];
  let endsInSpace = true;
  for (let i = 0; i < said.length; i++) {
    if (cut[i]) {
      // Words either side of a cut stay apart by one space.
      if (!endsInSpace && i + 1 < said.length && !cut[i + 1] && /[\p{L}\p{N}]/u.test(said[i + 1]!)) {
        out.push(' ');
        at.push(i);
        endsInSpace = true;
      }
      continue;
    }
    const space = /\s/.test(said[i]!);
    if (space && endsInSpace) continue;
    out.push(said[i]!);
    at.push(i);
    endsInSpace = space;
  }
  while (out[out.length - 1] === ' ') {
    out.pop();
    at.pop();
  }
  const text = out.join('');
  if (!/[\p{L}\p{N}]/u.test(text)) return { text: said, at: asSaid(said) };
  return { text, at };
}

/** `at` for a text read as said: each UTF-16 position (as `text[i]` counts; an emoji is two) is its own. */
const asSaid = (said: string): number[] => Array.from({ length: said.length }, (_, i) => i);

const NOT_IN_WORD = "(?<![\\p{L}\\p{N}'’-])";
const WORD_END = "(?![\\p{L}\\p{N}'’-])";
const HESITATION = new RegExp(
  [
    `(?:,\\s*)?${NOT_IN_WORD}(?:u+[hm]+|uhm|erm?|h+m{2,})${WORD_END}(?:\\s*,)?\\s*`,
    ',\\s*you know\\s*,\\s*',
    // The word said again: kept once, with a contraction the second time ("we, we'll").
    // "the, uh, the form": the same, with a hesitation between.
    `${NOT_IN_WORD}([\\p{L}’']+)(?:,\\s*|\\s*[—–]\\s*|\\s+-\\s+)(?:(?:u+[hm]+|uhm|erm?)${WORD_END}\\s*,?\\s*)?(?=\\1(?![\\p{L}\\p{N}-]))`,
  ].join('|'),
  'giu',
);

type SaidText = Pick<Sentence, 'text' | 'said' | 'saidAt'>;

/**
 * The words of `sentence` a quote taken from its `text` stands for, as said. A quote that runs over several
 * sentences of the segment (`segment`: all of them, in order; "Let's find a time. How about Thursday?"), read
 * joined by a space, is cited from their words as said, joined the same way. The quote itself when it is in
 * none of them.
 */
export function saidQuote(sentence: SaidText, quote: string, segment: readonly SaidText[] = []): string {
  if (!quote) return quote;
  const from = sentence.text.indexOf(quote);
  if (from >= 0) return sentence.said.slice(sentence.saidAt[from], sentence.saidAt[from + quote.length - 1]! + 1);
  if (segment.length < 2) return quote;
  let text = '';
  let said = '';
  const at: number[] = [];
  for (const s of segment) {
    if (text) {
      at.push(said.length);
      text += ' ';
      said += ' ';
    }
    for (const i of s.saidAt) at.push(i + said.length);
    text += s.text;
    said += s.said;
  }
  const joined = text.indexOf(quote);
  return joined < 0 ? quote : said.slice(at[joined], at[joined + quote.length - 1]! + 1);
}

/** One warning per segment that held text addressed to the system. */
export function systemTextWarnings(sentences: readonly Sentence[]): string[] {
  const seen = new Set<number>();
  const warnings: string[] = [];
  for (const s of sentences) {
    if (!s.addressedToSystem || seen.has(s.segmentIndex)) continue;
    seen.add(s.segmentIndex);
    warnings.push(`ignored text addressed to the system at ${s.startSec.toFixed(1)}s`);
  }
  return warnings;
}

/** Word count, for choosing quotes and summary sentences. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const MAX_QUOTE_WORDS = 40;

/**
 * The quote to cite for a match at `at` in `sentence`: the whole sentence, or for a long unpunctuated
 * sentence (speech recognition output) a window of it starting at the match. Always a substring of
 * the segment text, so it grounds.
 */
export function quoteAround(sentence: string, at: number): string {
  if (wordCount(sentence) <= MAX_QUOTE_WORDS) return sentence;
  const words = sentence.slice(at).split(/(\s+)/);
  return words
    .slice(0, MAX_QUOTE_WORDS * 2 - 1)
    .join('')
    .trim();
}
