import type { Transcript } from '../domain/transcript.ts';

/** One mono track of prepared audio, with the speaker it belongs to when known (dual-channel calls). */
export interface AudioTrack {
  /** Path of a 16 kHz mono 16-bit PCM WAV file on local disk. */
  path: string;
  /** `rep` / `customer` for dual-channel calls; null when the track mixes speakers. */
  speaker: string | null;
  durationSec: number;
}

export interface TranscribeInput {
  callId: string;
  tracks: AudioTrack[];
  language: string | null;
  /** Names and terms worth recognising (company, product, rep, customer). */
  vocabulary: string[];
}

/**
 * Speech to text. Each track is transcribed on its own; segments carry the track's speaker, or `S1`,
 * `S2`… when the engine diarizes a mixed track. Timestamps are seconds from the start of the audio given.
 * Silence yields no segments. Failures are AppErrors: retryable for network/429/5xx, permanent otherwise.
 * Chunking is the pipeline's job: the engine gets audio no longer than `maxChunkSec`, with times from the
 * chunk's start, which the pipeline shifts by the chunk's offset. Excluded: vocabulary biasing beyond what the engine offers.
 */
export interface Transcriber {
  readonly engine: string;
  readonly model: string | null;
  /** Longest audio one request takes; the pipeline cuts tracks into chunks of at most this (default 300 s). */
  readonly maxChunkSec?: number;
  /** How many chunk requests may run at once against this engine (default 2). */
  readonly concurrency?: number;
  transcribe(input: TranscribeInput): Promise<Transcript>;
}
