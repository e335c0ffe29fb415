import type { Evidence } from './insights.ts';
import type { Transcript } from './transcript.ts';
import { normalizeText } from './text.ts';

/**
 * Finds a quote in the transcript after normalising case and punctuation, and returns evidence whose
 * speaker and timestamp come from the matched segment (never from whoever proposed the quote).
 * A quote may span a segment and the one that follows it. Returns null when the quote is not there.
 */
export function groundQuote(transcript: Transcript, quote: string): Evidence | null {
  const wanted = normalizeText(quote);
  if (!wanted) return null;
  const segments = transcript.segments;
  for (let i = 0; i < segments.length; i++) {
    const here = normalizeText(segments[i]!.text);
    if (here.includes(wanted)) return { quote, speaker: segments[i]!.speaker, startSec: segments[i]!.startSec };
    const next = segments[i + 1];
    if (next && `${here} ${normalizeText(next.text)}`.includes(wanted) && !normalizeText(next.text).includes(wanted)) {
      return { quote, speaker: segments[i]!.speaker, startSec: segments[i]!.startSec };
    }
  }
  return null;
}
