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
 * `S2`… when the engine diarizes a mixed track. Timestamps are seconds from the start of the call.
 * Silence yields no segments. Failures are AppErrors: retryable for network/429/5xx, permanent otherwise.
 * Excluded here: chunking long audio (the pipeline does it), vocabulary biasing beyond what the engine offers.
 */
export interface Transcriber {
  readonly engine: string;
  readonly model: string | null;
  transcribe(input: TranscribeInput): Promise<Transcript>;
}
