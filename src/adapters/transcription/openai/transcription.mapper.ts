import { z } from 'zod';
import { splitSentences } from '../../../domain/text.ts';
import type { Segment } from '../../../domain/transcript.ts';
import { meanTokenProbability, spanConfidences } from './token-confidence.ts';
import { whisperLanguageCode } from './whisper-language.ts';

/** How a model is asked and answers: Whisper gives timed segments, the 4o models plain text, diarize speaker turns. */
export type ResponseMode = 'verbose_json' | 'json' | 'diarized_json';

export const DIARIZE_MODEL = 'gpt-4o-transcribe-diarize';

export function responseModeOf(model: string): ResponseMode {
  if (model === DIARIZE_MODEL) return 'diarized_json';
  if (/^gpt-4o(-mini)?-transcribe/.test(model) || model.startsWith('gpt-transcribe')) return 'json';
  // whisper-1, and the Whisper models of OpenAI-compatible servers (speaches, faster-whisper-server).
  return 'verbose_json';
}

/** The gpt-4o transcribe models answer their tokens' log probabilities when asked (`include[]=logprobs`, json only). */
export function asksForLogprobs(model: string, mode: ResponseMode): boolean {
  return mode === 'json' && /^gpt-4o(-mini)?-transcribe/.test(model);
}

/**
 * What an answer lacked that the mapping had to make up for: the transcriber warns about each once.
 * - `untimed-segments`: verbose_json without segments (times are spread over the track by text length);
 * - `no-logprobs`: logprobs asked for and not answered (segments have no confidence);
 * - `unaligned-logprobs`: tokens that do not spell the text (each segment gets the answer's mean, no word confidences).
 */
export type MappingGap = 'untimed-segments' | 'no-logprobs' | 'unaligned-logprobs';

// What we read from each response format (api-contracts.md §5); anything else in the body is ignored.
const Logprob = z.object({ token: z.string().nullish(), logprob: z.number().nullish(), bytes: z.array(z.number()).nullish() });
const JsonResponse = z.object({ text: z.string(), logprobs: z.array(Logprob).nullish() });
const VerboseResponse = z.object({
  text: z.string(),
  language: z.string().nullish(),
  segments: z
    .array(
      z.object({
        start: z.number(),
        end: z.number(),
        text: z.string(),
        avg_logprob: z.number().nullish(),
        no_speech_prob: z.number().nullish(),
      }),
    )
    .nullish(),
});
const DiarizedResponse = z.object({
  text: z.string(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string(), speaker: z.string() })),
});

export interface TrackContext {
  durationSec: number;
  /** The speaker of the whole track (`rep`/`customer`), or null for a mixed track. */
  speaker: string | null;
  /** Gives the next free `S1`, `S2`… id, shared by all tracks of a call so ids never collide. */
  newSpeakerId: () => string;
  /** Names sent as `known_speaker_names[]`: a diarized label that is one of them is kept as the id. */
  knownSpeakers?: ReadonlySet<string>;
  /** `include[]=logprobs` was sent, so the answer should score its tokens. */
  askedLogprobs?: boolean;
}

export interface MappedTrack {
  segments: Segment[];
  language: string | null;
  gaps: MappingGap[];
}

const round = (sec: number) => Math.round(sec * 100) / 100;

/** Reads a response body in the given format into segments; `problem` says why a body did not fit the format. */
export function mapTranscription(mode: ResponseMode, body: unknown, track: TrackContext): MappedTrack | { problem: string } {
  const problem = (error: z.ZodError) => ({ problem: `not ${mode}: ${error.issues[0]?.path.join('.')} ${error.issues[0]?.message}` });
  if (mode === 'verbose_json') {
    const parsed = VerboseResponse.safeParse(body);
    if (!parsed.success) return problem(parsed.error);
    const language = languageCode(parsed.data.language);
    if (!parsed.data.segments) return { segments: fromText(parsed.data.text, track), language, gaps: ['untimed-segments'] };
    return { segments: fromVerbose(parsed.data.segments, track), language, gaps: [] };
  }
  if (mode === 'diarized_json') {
    const parsed = DiarizedResponse.safeParse(body);
    return parsed.success ? { segments: fromDiarized(parsed.data, track), language: null, gaps: [] } : problem(parsed.error);
  }
  const parsed = JsonResponse.safeParse(body);
  if (!parsed.success) return problem(parsed.error);
  const segments = fromText(parsed.data.text, track);
  const logprobs = parsed.data.logprobs ?? [];
  if (!track.askedLogprobs || segments.length === 0) return { segments, language: null, gaps: [] };
  if (logprobs.length === 0) return { segments, language: null, gaps: ['no-logprobs'] };
  const spans = spansOf(parsed.data.text.trim(), segments);
  const scores = spans && spanConfidences(parsed.data.text, logprobs, spans);
  if (!scores) {
    const confidence = meanTokenProbability(logprobs);
    return { segments: segments.map((s) => ({ ...s, confidence })), language: null, gaps: ['unaligned-logprobs'] };
  }
  return { segments: segments.map((s, i) => ({ ...s, ...scores[i] })), language: null, gaps: [] };
}

/**
 * Whisper segments. Confidence is the segment's mean token probability (exp avg_logprob) times the chance
 * it is speech at all (1 − no_speech_prob), so a segment Whisper doubts is speech scores low. Segments
 * Whisper itself would call silence (no_speech_prob > 0.6 with avg_logprob < -1) are dropped.
 * Times stay within the track (`withinTrack`).
 */
function fromVerbose(segments: NonNullable<z.infer<typeof VerboseResponse>['segments']>, track: TrackContext): Segment[] {
  const speaker = track.speaker ?? track.newSpeakerId();
  return segments
    .filter((s) => s.text.trim() && !((s.no_speech_prob ?? 0) > 0.6 && (s.avg_logprob ?? 0) < -1))
    .map((s) => ({
      speaker,
      ...withinTrack(s, track),
      text: s.text.trim(),
      confidence: typeof s.avg_logprob === 'number' ? round(Math.min(1, Math.exp(s.avg_logprob)) * (1 - clamp01(s.no_speech_prob ?? 0))) : null,
    }));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Where each segment's text lies in `text` (the segments are its sentences, in order); null if one is not found. */
function spansOf(text: string, segments: readonly Segment[]): { start: number; end: number }[] | null {
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const s of segments) {
    const start = text.indexOf(s.text, cursor);
    if (start < 0) return null;
    cursor = start + s.text.length;
    spans.push({ start, end: cursor });
  }
  return spans;
}

/** Untimed text: one segment per sentence, timed in proportion to its length across the track. */
function fromText(text: string, track: TrackContext): Segment[] {
  const sentences = splitSentences(text.trim());
  if (sentences.length === 0) return [];
  const speaker = track.speaker ?? track.newSpeakerId();
  const total = sentences.reduce((n, s) => n + s.length, 0);
  let done = 0;
  return sentences.map((sentence) => {
    const startSec = round((track.durationSec * done) / total);
    done += sentence.length;
    return { speaker, startSec, endSec: round((track.durationSec * done) / total), text: sentence, confidence: null };
  });
}

/**
 * Diarized turns; the model's labels (`A`, `B`…) become `S1`, `S2`… unless the track has a known speaker.
 * A label that is one of the known speaker names (a voice matched to its reference) is that speaker's id.
 */
function fromDiarized(body: z.infer<typeof DiarizedResponse>, track: TrackContext): Segment[] {
  const ids = new Map<string, string>();
  const idOf = (label: string) => {
    if (track.speaker) return track.speaker;
    if (track.knownSpeakers?.has(label)) return label;
    if (!ids.has(label)) ids.set(label, track.newSpeakerId());
    return ids.get(label)!;
  };
  return body.segments
    .filter((s) => s.text.trim())
    .map((s) => ({ speaker: idOf(s.speaker), ...withinTrack(s, track), text: s.text.trim(), confidence: null }));
}

/**
 * A segment's times, kept within the track: Whisper often ends a chunk's last segment past the audio
 * (at its 30 s window), and shifted to the call those seconds would overlap the next chunk's words.
 */
function withinTrack(s: { start: number; end: number }, track: TrackContext): { startSec: number; endSec: number } {
  const inside = (sec: number) => Math.min(Math.max(0, sec), track.durationSec);
  const startSec = inside(s.start);
  return { startSec: round(startSec), endSec: round(Math.max(startSec, inside(s.end))) };
}

/** Whisper's verbose_json names the language (`english`), speaches gives a code; transcripts carry ISO-639-1 codes. */
function languageCode(name: string | null | undefined): string | null {
  const lower = name?.toLowerCase() ?? '';
  return whisperLanguageCode(lower) ?? (/^[a-z]{2}$/.test(lower) ? lower : null);
}
