import type { ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { permanent } from '../errors/app-error.ts';
import { encodeFlacSpan, startFlacEncoder, type FlacEncoder } from './flac.ts';
import { ChunkPlanner, type PlannedChunk, type Span } from './chunk-plan.ts';
import { inputOptions, runOnRecording } from './media-input.ts';
import { SAMPLE_RATE, SilenceMeter } from './silence-meter.ts';
import { pcmWavHeader } from './wav.ts';

export interface TrackSpec {
  speaker: string;
  /** Source channel; null mixes every channel into one track. */
  channel: number | null;
}

/** How chunks are stored: `wav` (16 kHz mono 16-bit PCM) or `flac` (the same samples, lossless, about a third of the bytes). */
export type ChunkFormat = 'wav' | 'flac';

/** One chunk's audio in the format asked for: read into one buffer (null when over MAX_BUFFERED_CHUNK_BYTES), or streamed. */
export interface ChunkAudio {
  format: ChunkFormat;
  inMemory: () => Promise<Buffer | null>;
  stream: () => Readable;
}

/** Stores one chunk. Called while decoding goes on. */
export type OnChunk = (speaker: string, index: number, chunk: PlannedChunk, audio: ChunkAudio) => Promise<void>;

export interface SplitOptions {
  /** Niceness of the FLAC encoders (bulk work). */
  nice?: number;
  /** Chunk format (default `wav`). */
  format?: ChunkFormat;
  /** The recording's length as probed: a track no longer than a chunk is encoded to FLAC as it is decoded. */
  durationSec?: number;
}

/** The largest chunk read into memory to be stored (a 10-minute chunk, the longest an engine takes, is 19.2 MB). */
export const MAX_BUFFERED_CHUNK_BYTES = 20 * 1024 * 1024;

const BYTES_PER_SEC = SAMPLE_RATE * 2;
/** How much of a growing track is read at a time, and how long to wait when ffmpeg has not written more. */
const READ_BYTES = 1 << 20;
const POLL_MS = 20;

/** A decoding ffmpeg started on the recording (`startDecode`), writing one PCM file per track. */
export interface Decode {
  specs: readonly TrackSpec[];
  paths: string[];
  child: ChildProcess;
  /** Settles when ffmpeg exits: rejected with `AUDIO_CORRUPT`, `AUDIO_FETCH_FAILED` or `FFMPEG_MISSING` when it failed. */
  exited: Promise<unknown>;
  /** Stops it, waits until it has exited and removes its files; how it ended is not reported. */
  cancel(): Promise<void>;
}

/**
 * Starts one ffmpeg pass over the recording (a file path or a presigned URL, read by ffmpeg itself),
 * decoding it into one 16 kHz mono PCM file per track under `scratchDir` (one channel each via `pan`, or
 * every channel mixed), at full speed, never waiting on us. `splitTracks` follows the files.
 */
export async function startDecode(location: string, scratchDir: string, specs: readonly TrackSpec[], nice?: number): Promise<Decode> {
  const paths = specs.map((spec) => join(scratchDir, `${spec.speaker}.pcm`));
  await Promise.all(paths.map((path) => writeFile(path, ''))); // there to follow from the start
  const graph = specs.map((spec, i) => `[0:a]${spec.channel === null ? 'aformat=channel_layouts=mono' : `pan=mono|c0=c${spec.channel}`},aresample=${SAMPLE_RATE}[t${i}]`);
  const outputs = specs.flatMap((_, i) => ['-map', `[t${i}]`, '-f', 's16le', '-c:a', 'pcm_s16le', '-y', paths[i]!]);
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-xerror', ...inputOptions(location), '-i', location, '-filter_complex', graph.join(';'), ...outputs];
  const unreadable = (detail: string) => permanent('AUDIO_CORRUPT', `The recording could not be decoded (${detail}). Check that the file plays, then upload it again.`);
  const { child, exited } = runOnRecording('ffmpeg', args, location, unreadable, nice);
  exited.catch(() => {}); // reported by splitTracks, or not at all for a pass cancelled
  return {
    specs,
    paths,
    child,
    exited,
    async cancel() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited.catch(() => {});
      await Promise.all(paths.map((path) => rm(path, { force: true })));
    },
  };
}

/**
 * Follows a decoding pass (`startDecode`): reads each track's file as ffmpeg writes it, finds its silences,
 * and hands each chunk to `onChunk` as soon as its border is decided — so chunks are stored while ffmpeg is
 * still decoding, and memory does not grow with the recording. A decode failure is `AUDIO_CORRUPT`; a
 * recording that could not be fetched is `AUDIO_FETCH_FAILED` (retryable). On any failure (a chunk that could
 * not be stored among them) ffmpeg is stopped at once and has exited by the time this answers.
 *
 * FLAC chunks: when the probed length fits in one chunk, each track is also fed, as it is read, to an ffmpeg
 * encoding it to FLAC beside the decoding one, and a track that is one chunk is stored from that file; any
 * other chunk is encoded from its span of the PCM file once its border is decided.
 */
export async function splitTracks(decode: Decode, scratchDir: string, maxChunkSec: number, onChunk: OnChunk, opts: SplitOptions = {}): Promise<void> {
  const { specs, paths, child, exited } = decode;
  const format = opts.format ?? 'wav';
  let decoded = false;
  const settled = exited.then(
    () => void (decoded = true),
    () => void (decoded = true),
  );
  const stop = new AbortController();
  const oneChunk = format === 'flac' && opts.durationSec !== undefined && opts.durationSec <= maxChunkSec;
  const tracks = specs.map((spec, i) => {
    const stem = join(scratchDir, spec.speaker);
    const whole = oneChunk ? { path: `${stem}.flac`, nice: opts.nice } : null;
    return followTrack(paths[i]!, spec, maxChunkSec, onChunk, chunkAudio(format, paths[i]!, stem, opts.nice), whole, { done: () => decoded, settled, signal: stop.signal });
  });
  try {
    await Promise.all([...tracks, exited]);
  } catch (err) {
    stop.abort();
    throw err;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.allSettled(tracks);
    await settled; // a killed ffmpeg may still hold its files: the caller removes the scratch directory next
  }
}

/**
 * A chunk's audio. `whole`, for a chunk that is the whole track, is the FLAC file encoded while the track
 * was decoded, once complete, or null when that encoder failed (the chunk is then encoded from its span).
 */
type AudioOf = (chunk: PlannedChunk, index: number, whole: Promise<string | null> | null) => ChunkAudio;

/** WAV chunks are a header and a span of the PCM file; FLAC chunks are the whole track's FLAC file, or one encoded from the span (`<stem>-<index>.flac`). */
function chunkAudio(format: ChunkFormat, pcmPath: string, stem: string, nice?: number): AudioOf {
  if (format === 'wav') {
    return (chunk) => ({
      format,
      inMemory: async () => ((chunk.endSec - chunk.startSec) * BYTES_PER_SEC <= MAX_BUFFERED_CHUNK_BYTES ? wavSpanBytes(pcmPath, chunk) : null),
      stream: () => wavSpan(pcmPath, chunk),
    });
  }
  return (chunk, index, whole) => {
    let file: Promise<string> | null = null;
    const flac = () =>
      (file ??= (async () => {
        const encoded = await whole;
        if (encoded) return encoded;
        const path = `${stem}-${index}.flac`;
        await encodeFlacSpan(pcmPath, chunk, path, nice);
        return path;
      })());
    return {
      format,
      inMemory: async () => {
        const path = await flac();
        return (await stat(path)).size <= MAX_BUFFERED_CHUNK_BYTES ? readFile(path) : null;
      },
      stream: () => Readable.from((async function* () { yield* createReadStream(await flac()); })()),
    };
  };
}

interface Decoder {
  /** ffmpeg has exited: what is in the file now is all there will be. */
  done: () => boolean;
  /** Settles when ffmpeg exits. */
  settled: Promise<void>;
  signal: AbortSignal;
}

/** Reads a PCM file while ffmpeg writes it, measuring silences and storing chunks as their borders are decided. */
async function followTrack(
  path: string,
  spec: TrackSpec,
  maxChunkSec: number,
  onChunk: OnChunk,
  audioOf: AudioOf,
  whole: { path: string; nice?: number } | null,
  decoder: Decoder,
): Promise<void> {
  const meter = new SilenceMeter();
  const planner = new ChunkPlanner({ maxChunkSec, quietest: (from, to) => meter.quietestBetween(from, to) });
  const stores: Promise<void>[] = [];
  // A chunk that could not be stored ends the pass now, not when ffmpeg is done with the recording.
  let storeFailed = false;
  let wake = () => {};
  const failedStore = new Promise<void>((resolve) => (wake = resolve));
  const store = (decided: PlannedChunk[], ended = false) => {
    for (const chunk of decided) {
      // Only the track's last chunk reaches its end; starting at 0 too, it is the whole track.
      const wholeTrack = ended && chunk.startSec === 0 && chunk === decided.at(-1);
      const encoded = wholeTrack && encoder ? encoder.finish().then(() => whole!.path, () => null) : null;
      const stored = onChunk(spec.speaker, stores.length, chunk, audioOf(chunk, stores.length, encoded));
      stored.catch(() => {
        storeFailed = true;
        wake();
      }); // the failure itself is awaited below
      stores.push(stored);
    }
    meter.forgetBefore(planner.start);
  };
  const block = Buffer.allocUnsafe(READ_BYTES);
  let offset = 0;
  let file: FileHandle | null = null;
  // Fed the track as it is read, while it may still be one chunk; stopped once a chunk ends before the track does.
  let encoder: FlacEncoder | null = null;
  try {
    file = await open(path, 'r');
    if (whole) encoder = startFlacEncoder(whole.path, whole.nice);
    while (!decoder.signal.aborted && !storeFailed) {
      const finished = decoder.done(); // read before the file, so nothing written before the exit is missed
      const { bytesRead } = await file.read(block, 0, block.length, offset);
      if (bytesRead > 0) {
        offset += bytesRead;
        await encoder?.write(block.subarray(0, bytesRead));
        meter.measure(block.subarray(0, bytesRead));
        const decided = planner.advance(offset / BYTES_PER_SEC, meter.silencesSoFar());
        if (decided.length > 0 && encoder) {
          await encoder.kill();
          encoder = null;
        }
        store(decided);
      } else if (finished) {
        break;
      } else {
        await Promise.race([sleep(POLL_MS), decoder.settled, failedStore]);
      }
    }
    meter.endOfStream();
    if (!decoder.signal.aborted && !storeFailed) store(planner.finish(meter.bytes / BYTES_PER_SEC, meter.silences()), true);
    await Promise.all(stores);
  } finally {
    await Promise.allSettled(stores);
    await encoder?.kill(); // finished by now, or not needed (a silent track, a failure)
    await file?.close();
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
