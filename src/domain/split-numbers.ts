import { redact, type RedactOptions } from './redact.ts';
import { turnsOf, type Segment, type Transcript } from './transcript.ts';

/**
 * The transcript with each turn whose personal number runs on from one segment into the next (a pause, a
 * chunk border) made one segment, so that whatever reads it segment by segment sees, and redacts, the whole
 * number: in one segment "…the card is 4111 1111" and in the next "1111 1111 …" neither half looks like one.
 * A turn is a run of consecutive segments by one speaker; it is joined only when its joined words hold more
 * to redact than its segments do. The joined segment spans the turn and keeps its lowest confidence.
 */
export function joinSplitNumbers(transcript: Transcript, opts: RedactOptions): Transcript {
  const segments: Segment[] = [];
  let joined = false;
  for (const turn of turnsOf(transcript.segments)) {
    const whole = turn.map((s) => s.text).join(' ');
    if (turn.length > 1 && found(whole, opts) > turn.reduce((n, s) => n + found(s.text, opts), 0)) {
      const { wordConfidence: _words, ...first } = turn[0]!;
      const scored = turn.map((s) => s.confidence).filter((c): c is number => typeof c === 'number');
      segments.push({ ...first, endSec: turn.at(-1)!.endSec, text: whole, confidence: scored.length === turn.length ? Math.min(...scored) : null });
      joined = true;
    } else {
      segments.push(...turn);
    }
  }
  return joined ? { ...transcript, segments } : transcript;
}

const found = (text: string, opts: RedactOptions) => Object.values(redact(text, opts).counts).reduce((n, c) => n + c, 0);

