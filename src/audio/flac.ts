import { once } from 'node:events';
import { permanent, retryable, type AppError } from '../errors/app-error.ts';
import type { Span } from './chunk-plan.ts';
import { runOnRecording } from './media-input.ts';
import { SAMPLE_RATE } from './silence-meter.ts';

/**
 * FLAC compression level of chunks. FLAC is lossless: the engine hears the same samples as from a WAV,
 * in about a third of the bytes. Level 2 is within about 10% of the smallest file (levels 5–8) on 16 kHz
 * speech and quicker to encode.
 */
const FLAC_LEVEL = '2';

/** ffmpeg output options that write the stream mapped before them to `path` as a FLAC file. */
function flacOutput(path: string): string[] {
  return ['-c:a', 'flac', '-compression_level', FLAC_LEVEL, '-f', 'flac', '-y', path];
}

/**
 * Encodes `span` of a 16 kHz mono 16-bit PCM file (headerless, as `splitTracks` writes them) into the FLAC
 * file `outPath`, sample for sample the span a WAV chunk of it would hold. Our own scratch audio failing to
 * encode is a problem of this machine (disk, ffmpeg), not of the recording: `AUDIO_ENCODE_FAILED`, retryable.
 */
export async function encodeFlacSpan(pcmPath: string, span: Span, outPath: string, nice?: number): Promise<void> {
  const start = Math.round(span.startSec * SAMPLE_RATE);
  const samples = Math.round(span.endSec * SAMPLE_RATE) - start;
  const raw = ['-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1'];
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', ...raw, '-ss', seconds(start), '-t', seconds(samples), '-i', pcmPath, ...flacOutput(outPath)];
  const failed = (line: string) =>
    retryable('AUDIO_ENCODE_FAILED', `A chunk of the decoded audio could not be written as FLAC (${line}). The step is retried; if it keeps failing, check the worker's free disk space.`);
  await runOnRecording('ffmpeg', args, pcmPath, failed, nice).exited;
}

/** A sample count as seconds for ffmpeg, to the microsecond: ffmpeg rounds it back to the same sample at 16 kHz. */
const seconds = (samples: number) => (samples / SAMPLE_RATE).toFixed(6);

/**
 * Decodes a stored FLAC chunk into a 16 kHz mono 16-bit PCM WAV file (for an engine that takes WAV only).
 * A stored chunk that does not decode will not on a retry: `CHUNK_CORRUPT`, permanent.
 */
export async function decodeFlacToWav(flacPath: string, wavPath: string, nice?: number): Promise<void> {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', flacPath, '-c:a', 'pcm_s16le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-map_metadata', '-1', '-bitexact', '-f', 'wav', '-y', wavPath];
  const failed = (line: string) => permanent('CHUNK_CORRUPT', `A stored FLAC chunk could not be decoded to WAV (${line}). Reprocess the call to prepare its audio again.`);
  await runOnRecording('ffmpeg', args, flacPath, failed, nice).exited;
}

/** A FLAC encoder fed 16 kHz mono s16le PCM as it is decoded (`startFlacEncoder`). */
export interface FlacEncoder {
  /** Feeds samples, resolving when the encoder has taken them (back-pressure); never rejects: a failed encoder is reported by `finish`. */
  write(pcm: Buffer): Promise<void>;
  /** Ends the input; resolves when the FLAC file is complete, or rejects with `AUDIO_ENCODE_FAILED`. */
  finish(): Promise<void>;
  /** Stops it, resolving once it has exited; its file is not to be used. */
  kill(): Promise<void>;
}

/**
 * Starts an ffmpeg that encodes PCM written to it into the FLAC file `outPath`. It runs beside the decoding
 * ffmpeg (on another core where there is one), so a track is encoded by the time it is decoded.
 */
export function startFlacEncoder(outPath: string, nice?: number): FlacEncoder {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0', ...flacOutput(outPath)];
  const failed = (line: string): AppError =>
    retryable('AUDIO_ENCODE_FAILED', `The decoded audio could not be written as FLAC (${line}). The step is retried; if it keeps failing, check the worker's free disk space.`);
  const { child, exited } = runOnRecording('ffmpeg', args, outPath, failed, nice, 'pipe');
  const gone = exited.then(
    () => {},
    () => {},
  );
  // Writing to an encoder that died fails (EPIPE): it is not the failure to report, ffmpeg's own line is (`finish`).
  child.stdin!.on('error', () => {});
  return {
    async write(pcm) {
      if (child.exitCode !== null || child.signalCode !== null || child.stdin!.destroyed) return;
      if (!child.stdin!.write(Buffer.from(pcm))) await Promise.race([once(child.stdin!, 'drain').catch(() => {}), gone]);
    },
    async finish() {
      child.stdin!.end();
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await gone;
    },
  };
}
