import { z } from 'zod';
import { splitSentences } from '../../../domain/text.ts';
import type { Segment } from '../../../domain/transcript.ts';

/** How a model is asked and answers: Whisper gives timed segments, the 4o models plain text, diarize speaker turns. */
export type ResponseMode = 'verbose_json' | 'json' | 'diarized_json';

export const DIARIZE_MODEL = 'gpt-4o-transcribe-diarize';

export function responseModeOf(model: string): ResponseMode {
  if (model === DIARIZE_MODEL) return 'diarized_json';
  if (/^gpt-4o(-mini)?-transcribe/.test(model) || model.startsWith('gpt-transcribe')) return 'json';
  // whisper-1, and the Whisper models of OpenAI-compatible servers (speaches, faster-whisper-server).
  return 'verbose_json';
}

// What we read from each response format (api-contracts.md §5); anything else in the body is ignored.
const JsonResponse = z.object({ text: z.string() });
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
}

const round = (sec: number) => Math.round(sec * 100) / 100;

/** Reads a response body in the given format into segments; `problem` says why a body did not fit the format. */
export function mapTranscription(
  mode: ResponseMode,
  body: unknown,
  track: TrackContext,
): { segments: Segment[]; language: string | null } | { problem: string } {
  const problem = (error: z.ZodError) => ({ problem: `not ${mode}: ${error.issues[0]?.path.join('.')} ${error.issues[0]?.message}` });
  if (mode === 'verbose_json') {
    const parsed = VerboseResponse.safeParse(body);
    return parsed.success ? { segments: fromVerbose(parsed.data, track), language: languageCode(parsed.data.language) } : problem(parsed.error);
  }
  if (mode === 'diarized_json') {
    const parsed = DiarizedResponse.safeParse(body);
    return parsed.success ? { segments: fromDiarized(parsed.data, track), language: null } : problem(parsed.error);
  }
  const parsed = JsonResponse.safeParse(body);
  return parsed.success ? { segments: fromText(parsed.data.text, track), language: null } : problem(parsed.error);
}

/** Whisper segments; drops the ones Whisper itself would call silence (no_speech_prob > 0.6 with avg_logprob < -1). */
function fromVerbose(body: z.infer<typeof VerboseResponse>, track: TrackContext): Segment[] {
  if (!body.segments) return fromText(body.text, track);
  const speaker = track.speaker ?? track.newSpeakerId();
  return body.segments
    .filter((s) => s.text.trim() && !((s.no_speech_prob ?? 0) > 0.6 && (s.avg_logprob ?? 0) < -1))
    .map((s) => ({
      speaker,
      startSec: round(Math.max(0, s.start)),
      endSec: round(Math.max(s.start, s.end)),
      text: s.text.trim(),
      confidence: typeof s.avg_logprob === 'number' ? round(Math.min(1, Math.exp(s.avg_logprob))) : null,
    }));
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
    .map((s) => ({ speaker: idOf(s.speaker), startSec: round(Math.max(0, s.start)), endSec: round(Math.max(s.start, s.end)), text: s.text.trim(), confidence: null }));
}

const WHISPER_LANGUAGES: Record<string, string> = {
  english: 'en', german: 'de', french: 'fr', spanish: 'es', italian: 'it', portuguese: 'pt', dutch: 'nl',
  polish: 'pl', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', czech: 'cs', russian: 'ru',
  ukrainian: 'uk', turkish: 'tr', greek: 'el', japanese: 'ja', chinese: 'zh', korean: 'ko', hindi: 'hi', arabic: 'ar',
};

/** Whisper's verbose_json names the language (`english`); transcripts carry ISO-639-1 codes. */
function languageCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  return /^[a-z]{2}$/.test(lower) ? lower : (WHISPER_LANGUAGES[lower] ?? null);
}
