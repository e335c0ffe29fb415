import { splitSentences } from '../../../domain/text.ts';
import { sortSegments, type Transcript } from '../../../domain/transcript.ts';
import { UNHEARD } from '../../../domain/transcript-quality.ts';
import { isAddressedToSystem, opensSystemBlock } from './addressed-to-system.ts';

export type Role = 'rep' | 'customer' | 'unknown';

/** One sentence of one segment, with who said it and when. `text` is exactly as in the segment. */
export interface Sentence {
  text: string;
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
  sortSegments(transcript.segments).forEach((segment, segmentIndex) => {
    const role = roleOf(transcript, segment.speaker);
    let tainted = false;
    for (const text of segment.text.split(UNHEARD).flatMap(splitSentences)) {
      if (opensSystemBlock(text)) tainted = true;
      out.push({
        text,
        segmentIndex,
        speaker: segment.speaker,
        role,
        startSec: segment.startSec,
        addressedToSystem: tainted || isAddressedToSystem(text),
      });
    }
  });
  return out;
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
