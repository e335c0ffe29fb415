import type { QualityThresholds, Transcript } from '../domain/transcript.ts';

/** One mono track of prepared audio, with the speaker it belongs to when known (dual-channel calls). */
export interface AudioTrack {
  /** Path of a 16 kHz mono 16-bit PCM WAV file on local disk (`.wav`), or of the same samples as FLAC (`.flac`) for an engine whose `chunkFormat` is `flac`. */
  path: string;
  /** `rep` / `customer` for dual-channel calls; null when the track mixes speakers. */
  speaker: string | null;
  durationSec: number;
}

/** A voice heard earlier in the call, which the engine should recognise again. */
export interface KnownSpeaker {
  /** The id this voice's segments must carry (`S1`, `S2`…). */
  id: string;
  /** A 16 kHz mono 16-bit PCM WAV of this speaker alone, as long as `SpeakerLinking` allows. */
  wav: Buffer;
}

/** What an engine that recognises voices from reference clips accepts (`Transcriber.linksSpeakers`). */
export interface SpeakerLinking {
  /** Most reference voices one request takes. */
  maxSpeakers: number;
  /** Shortest and longest reference clip, in seconds. */
  minClipSec: number;
  maxClipSec: number;
}

export interface TranscribeInput {
  callId: string;
  tracks: AudioTrack[];
  language: string | null;
  /** Names and terms worth recognising (company, product, rep, customer). */
  vocabulary: string[];
  /**
   * Voices to recognise on the mixed track, only for an engine with `linksSpeakers`. Segments of a
   * recognised voice carry its `id`; any other voice gets an id that is none of these.
   */
  knownSpeakers?: KnownSpeaker[];
  /** The niceness for programs a local engine runs on this machine for this request (bulk work, see lanes.ts); remote engines ignore it. */
  nice?: number;
}

/**
 * Speech to text. Each track is transcribed on its own; segments carry the track's speaker, or `S1`,
 * `S2`… when the engine diarizes a mixed track. Timestamps are seconds from the start of the audio given.
 * Silence yields no segments. Failures are AppErrors: retryable for network/429/5xx, permanent otherwise.
 * Chunking is the pipeline's job: the engine gets audio no longer than `maxChunkSec`, with times from the
 * chunk's start, which the pipeline shifts by the chunk's offset. A diarizing engine labels each request's
 * voices on their own, so `S1` of one chunk need not be `S1` of the next; an engine with `linksSpeakers`
 * lets the pipeline carry voices across chunks with `knownSpeakers`.
 * Excluded: vocabulary biasing beyond what the engine offers; linking voices by itself across requests.
 */
export interface Transcriber {
  readonly engine: string;
  readonly model: string | null;
  /** Longest audio one request takes; the pipeline cuts tracks into chunks of at most this (default 300 s). */
  readonly maxChunkSec?: number;
  /**
   * The format the engine takes chunks in (default `wav`). `flac` holds the same samples in about a third of
   * the bytes, so less is stored, read back and uploaded; an engine with `linksSpeakers` takes `wav`, since
   * voice references are cut from its chunks.
   */
  readonly chunkFormat?: 'wav' | 'flac';
  /** How many chunk requests may run at once against this engine (default 2). */
  readonly concurrency?: number;
  /** Present when the engine diarizes mixed tracks and takes `knownSpeakers`; absent otherwise. */
  readonly linksSpeakers?: SpeakerLinking;
  /**
   * Where this engine's confidences stop meaning the words were heard right, measured on its own scale
   * (MIN_EVIDENCE_CONFIDENCE and TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE override them). Absent: the
   * generic defaults of `transcript-quality.ts`.
   */
  readonly qualityThresholds?: QualityThresholds;
  transcribe(input: TranscribeInput): Promise<Transcript>;
}
