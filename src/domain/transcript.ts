import { z } from 'zod';

/** What stands in the transcript handed to an extractor for words below the confidence threshold. */
export const UNHEARD = '[unclear]';

export const Speaker = z.object({
  id: z.string(),
  role: z.enum(['rep', 'customer', 'unknown']),
});
export type Speaker = z.infer<typeof Speaker>;

export const Segment = z.object({
  speaker: z.string(),
  startSec: z.number().min(0),
  endSec: z.number().min(0),
  text: z.string(),
  /** The engine's confidence in the segment's words, 0–1 (mean of its words' confidences); null when the engine gives none. */
  confidence: z.number().min(0).max(1).nullish(),
  /**
   * Confidence of each word, in the order of `text`'s whitespace-separated words, when the engine scores
   * words (the local engine's posteriors). Absent when it scores only segments, or when the list would
   * not line up with the words.
   */
  wordConfidence: z.array(z.number().min(0).max(1)).optional(),
});
export type Segment = z.infer<typeof Segment>;

/**
 * When a transcript's words can be trusted. `minEvidenceConfidence` (MIN_EVIDENCE_CONFIDENCE): a word the
 * engine scored below it is not evidence of anything. `maxLowConfidenceShare`: a transcript with a larger
 * share of such words is too unreliable to summarise at all.
 */
export const QualityThresholds = z.object({
  minEvidenceConfidence: z.number().min(0).max(1),
  maxLowConfidenceShare: z.number().min(0).max(1),
});
export type QualityThresholds = z.infer<typeof QualityThresholds>;

/** What the engine's confidences say about a transcript, and whether it may be summarised. */
export const TranscriptQuality = z.object({
  /** Words in the transcript, and how many of them the engine scored. */
  words: z.number().int().min(0),
  scoredWords: z.number().int().min(0),
  /** Mean confidence of the scored words; null when the engine scored none. */
  meanConfidence: z.number().min(0).max(1).nullable(),
  /** Share of the scored words below `thresholds.minEvidenceConfidence`; null when none was scored. */
  lowConfidenceShare: z.number().min(0).max(1).nullable(),
  thresholds: QualityThresholds,
  /** False when too many words are below the threshold to summarise the call. */
  reliable: z.boolean(),
  /** Why the transcript is unreliable, in words a reviewer can act on; null when it is reliable. */
  reason: z.string().nullable(),
});
export type TranscriptQuality = z.infer<typeof TranscriptQuality>;

/** Transcript: speaker ids are `rep` / `customer` when known, else `S1`, `S2`, …. */
export const Transcript = z.object({
  schemaVersion: z.literal(1),
  engine: z.string(),
  model: z.string().nullable(),
  language: z.string(),
  durationSec: z.number().min(0),
  speakers: z.array(Speaker),
  segments: z.array(Segment),
  text: z.string(),
  /**
   * How speakers got their roles: `channels` (one audio channel per speaker), `introductions` (a mono
   * call where a speaker introduced themselves by name), `names` (a transcript that came with the
   * recording names its speakers), or `none` (left as S1, S2…). Optional. `assumed`: the roles rest on a
   * guess of whose channel is which (a source's usual layout, or the default), said in `detail`.
   */
  attribution: z
    .object({ method: z.enum(['channels', 'introductions', 'names', 'none']), detail: z.string(), assumed: z.boolean().optional() })
    .optional(),
  /** What the engine's confidences say about the words (`assessTranscript`); absent on transcripts made before it. */
  quality: TranscriptQuality.optional(),
  /**
   * What was redacted from the words before they were stored (payment cards, national ids, IBANs; see
   * redact.ts), one entry per kind; absent when nothing was, and on transcripts stored before redaction.
   */
  redactions: z.array(z.object({ kind: z.string(), count: z.number().int().min(1) })).optional(),
});
export type Transcript = z.infer<typeof Transcript>;

/** Joins segments into the transcript's plain text, one line per segment in time order. */
export function transcriptText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text.trim()).filter(Boolean).join('\n');
}

/** Sorts segments by start time, stable for equal starts. */
export function sortSegments(segments: readonly Segment[]): Segment[] {
  return segments
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.startSec - b.s.startSec || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * What a transcript shows of the call: no speech at all; speech from one side only on a call recorded
 * per speaker (a voicemail, or a ring-out the rep talked over); or a conversation. A mixed (mono) track
 * cannot tell a voicemail from a conversation, so it counts as a conversation when there is speech.
 */
export function dispositionOf(transcript: Transcript, trackSpeakers: readonly string[]): 'conversation' | 'voicemail' | 'no_speech' {
  const spoke = new Set(transcript.segments.filter((s) => s.text.trim()).map((s) => s.speaker));
  if (spoke.size === 0) return 'no_speech';
  const perSpeaker = trackSpeakers.includes('rep') && trackSpeakers.includes('customer');
  return perSpeaker && spoke.size === 1 ? 'voicemail' : 'conversation';
}

/** Runs of consecutive segments by one speaker (a turn, however many segments the engine cut it into). */
export function turnsOf(segments: readonly Segment[]): Segment[][] {
  const turns: Segment[][] = [];
  for (const s of segments) {
    const last = turns.at(-1);
    if (last && last[0]!.speaker === s.speaker) last.push(s);
    else turns.push([s]);
  }
  return turns;
}
