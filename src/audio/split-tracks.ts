import { createReadStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { permanent } from '../errors/app-error.ts';
import { ChunkPlanner, type PlannedChunk, type Span } from './chunk-plan.ts';
import { inputOptions, runOnRecording } from './media-input.ts';
import { SAMPLE_RATE, SilenceMeter } from './silence-meter.ts';
import { pcmWavHeader } from './wav.ts';

export interface TrackSpec {
  speaker: string;
  /** Source channel; null mixes every channel into one track. */
  channel: number | null;
}

/**
 * Stores one chunk; `wav` streams its audio as a WAV file, or (`inMemory`) reads it into one buffer when it
 * is at most MAX_BUFFERED_CHUNK_BYTES. Called while decoding goes on.
 */
export type OnChunk = (speaker: string, index: number, chunk: PlannedChunk, wav: () => Readable, inMemory: () => Promise<Buffer | null>) => Promise<void>;

/** The largest chunk read into memory to be stored (a 10-minute chunk, the longest an engine takes, is 19.2 MB). */
export const MAX_BUFFERED_CHUNK_BYTES = 20 * 1024 * 1024;

const BYTES_PER_SEC = SAMPLE_RATE * 2;
/** How much of a growing track is read at a time, and how long to wait when ffmpeg has not written more. */
const READ_BYTES = 1 << 20;
const POLL_MS = 20;

/**
 * One ffmpeg pass over the recording (a file path or a presigned URL, read by ffmpeg itself): decodes it
 * once into one 16 kHz mono PCM file per speaker (one channel each via `pan`) under `scratchDir`. ffmpeg
 * writes at full speed, never waiting on us; meanwhile this process follows each file as it grows, finds
 * its silences, and hands each chunk to `onChunk` as soon as its border is decided — so chunks are
 * stored while ffmpeg is still decoding, and memory does not grow with the recording. A decode failure
 * is `AUDIO_CORRUPT`; a recording that could not be fetched is `AUDIO_FETCH_FAILED` (retryable).
 */
export async function splitTracks(location: string, scratchDir: string, specs: readonly TrackSpec[], maxChunkSec: number, onChunk: OnChunk, opts: { nice?: number } = {}): Promise<void> {
  const paths = specs.map((spec) => join(scratchDir, `${spec.speaker}.pcm`));
  await Promise.all(paths.map((path) => writeFile(path, ''))); // there to follow from the start
  const graph = specs.map((spec, i) => `[0:a]${spec.channel === null ? 'aformat=channel_layouts=mono' : `pan=mono|c0=c${spec.channel}`},aresample=${SAMPLE_RATE}[t${i}]`);
  const outputs = specs.flatMap((_, i) => ['-map', `[t${i}]`, '-f', 's16le', '-c:a', 'pcm_s16le', '-y', paths[i]!]);
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-xerror', ...inputOptions(location), '-i', location, '-filter_complex', graph.join(';'), ...outputs];
  const unreadable = (detail: string) => permanent('AUDIO_CORRUPT', `The recording could not be decoded (${detail}). Check that the file plays, then upload it again.`);
  const { child, exited } = runOnRecording('ffmpeg', args, location, unreadable, opts.nice);
  let decoded = false;
  const settled = exited.then(
    () => void (decoded = true),
    () => void (decoded = true),
  );
  const stop = new AbortController();
  const tracks = specs.map((spec, i) => followTrack(paths[i]!, spec, maxChunkSec, onChunk, { done: () => decoded, settled, signal: stop.signal }));
  try {
    await Promise.all([...tracks, exited]);
  } catch (err) {
    stop.abort();
    throw err;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.allSettled(tracks);
  }
}

interface Decoder {
  /** ffmpeg has exited: what is in the file now is all there will be. */
  done: () => boolean;
  /** Settles when ffmpeg exits. */
  settled: Promise<void>;
  signal: AbortSignal;
}

/** Reads a PCM file while ffmpeg writes it, measuring silences and storing chunks as their borders are decided. */
async function followTrack(path: string, spec: TrackSpec, maxChunkSec: number, onChunk: OnChunk, decoder: Decoder): Promise<void> {
  const meter = new SilenceMeter();
  const planner = new ChunkPlanner({ maxChunkSec, quietest: (from, to) => meter.quietestBetween(from, to) });
  const stores: Promise<void>[] = [];
  const store = (decided: PlannedChunk[]) => {
    for (const chunk of decided) {
      const inMemory = async () => ((chunk.endSec - chunk.startSec) * BYTES_PER_SEC <= MAX_BUFFERED_CHUNK_BYTES ? wavSpanBytes(path, chunk) : null);
      const stored = onChunk(spec.speaker, stores.length, chunk, () => wavSpan(path, chunk), inMemory);
      stored.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      stores.push(stored);
    }
    meter.forgetBefore(planner.start);
  };
  const file = await open(path, 'r');
  const block = Buffer.allocUnsafe(READ_BYTES);
  let offset = 0;
  try {
    while (!decoder.signal.aborted) {
      const finished = decoder.done(); // read before the file, so nothing written before the exit is missed
      const { bytesRead } = await file.read(block, 0, block.length, offset);
      if (bytesRead > 0) {
        offset += bytesRead;
        meter.measure(block.subarray(0, bytesRead));
        store(planner.advance(offset / BYTES_PER_SEC, meter.silencesSoFar()));
      } else if (finished) {
        break;
      } else {
        await Promise.race([sleep(POLL_MS), decoder.settled]);
      }
    }
    meter.endOfStream();
    if (!decoder.signal.aborted) store(planner.finish(meter.bytes / BYTES_PER_SEC, meter.silences()));
    await Promise.all(stores);
  } finally {
    await Promise.allSettled(stores);
    await file.close();
  }
}

/** A WAV file of the span of a PCM track read into one buffer (a 44-byte header, then that range of samples): one allocation, one read. */
export async function wavSpanBytes(pcmPath: string, span: Span): Promise<Buffer> {
  const start = Math.round(span.startSec * SAMPLE_RATE) * 2;
  const end = Math.round(span.endSec * SAMPLE_RATE) * 2;
  const header = pcmWavHeader(end - start, SAMPLE_RATE);
  const bytes = Buffer.allocUnsafe(header.length + Math.max(0, end - start));
  header.copy(bytes, 0);
  const file = await open(pcmPath, 'r');
  let at = header.length;
  try {
    while (at < bytes.length) {
      const { bytesRead } = await file.read(bytes, at, bytes.length - at, start + at - header.length);
      if (bytesRead === 0) break; // the track ends sooner (as a stream of the span would): a shorter file
      at += bytesRead;
    }
  } finally {
    await file.close();
  }
  if (at === bytes.length) return bytes;
  pcmWavHeader(at - header.length, SAMPLE_RATE).copy(bytes, 0);
  return bytes.subarray(0, at);
}

/** A WAV file's bytes for the span of a PCM track: a 44-byte header, then that range of samples, streamed. */
export function wavSpan(pcmPath: string, span: Span): Readable {
  const start = Math.round(span.startSec * SAMPLE_RATE) * 2;
  const end = Math.round(span.endSec * SAMPLE_RATE) * 2;
  const header = pcmWavHeader(end - start, SAMPLE_RATE);
  return Readable.from(
    (async function* () {
      yield header;
      if (end > start) yield* createReadStream(pcmPath, { start, end: end - 1 });
    })(),
  );
}
