import { spawn } from 'node:child_process';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { permanent } from '../errors/app-error.ts';
import { ChunkPlanner, type PlannedChunk, type Span } from './chunk-plan.ts';
import { fetchFailure, hideLocation, inputOptions } from './media-input.ts';
import { missingBinary } from './missing-binary.ts';
import { SAMPLE_RATE, SilenceMeter } from './silence-meter.ts';
import { pcmWavHeader } from './wav.ts';

export interface TrackSpec {
  speaker: string;
  /** Source channel; null mixes every channel into one track. */
  channel: number | null;
}

export interface SplitTrack extends TrackSpec {
  durationSec: number;
  silences: Span[];
  chunks: PlannedChunk[];
}

/** Stores one chunk, given as a 16 kHz mono WAV file's bytes. Called while decoding goes on. */
export type OnChunk = (speaker: string, index: number, chunk: PlannedChunk, wav: Buffer) => Promise<void>;

const BYTES_PER_SEC = SAMPLE_RATE * 2;
/** Chunks of one track being stored at once; decoding waits for the store beyond that, so memory stays bounded. */
const MAX_PENDING_STORES = 1;

/**
 * One ffmpeg pass over the recording (a file path or a presigned URL, read by ffmpeg itself): decodes it
 * once and streams one 16 kHz mono PCM track per speaker (one channel each via `pan`) to this process,
 * which finds its silences and hands each chunk to `onChunk` as soon as its border is decided. Only the
 * audio not yet in a chunk is held (at most `maxChunkSec` per track), so memory does not grow with the
 * recording. A decode failure is `AUDIO_CORRUPT`; a recording that could not be fetched is
 * `AUDIO_FETCH_FAILED` (retryable).
 */
export async function splitTracks(location: string, specs: readonly TrackSpec[], maxChunkSec: number, onChunk: OnChunk): Promise<SplitTrack[]> {
  const graph = specs.map((spec, i) => `[0:a]${spec.channel === null ? 'aformat=channel_layouts=mono' : `pan=mono|c0=c${spec.channel}`},aresample=${SAMPLE_RATE}[t${i}]`);
  const outputs = specs.flatMap((_, i) => ['-map', `[t${i}]`, '-f', 's16le', '-c:a', 'pcm_s16le', `pipe:${3 + i}`]);
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-xerror', ...inputOptions(location), '-i', location, '-filter_complex', graph.join(';'), ...outputs];
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe', ...specs.map(() => 'pipe' as const)] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (err) => reject(missingBinary(err) ?? err));
    child.once('close', (code) => {
      if (code === 0) return resolve();
      const last = hideLocation(stderr.trim().split('\n').at(-1)?.trim() ?? `exit code ${code}`, location);
      reject(fetchFailure(location, stderr) ?? permanent('AUDIO_CORRUPT', `The recording could not be decoded (${last}). Check that the file plays, then upload it again.`));
    });
  });
  const tracks = specs.map((spec, i) => chunkTrack(child.stdio[3 + i] as Readable, spec, maxChunkSec, onChunk));
  try {
    const [results] = await Promise.all([Promise.all(tracks), exited]);
    return results;
  } finally {
    // A failed store leaves ffmpeg blocked on a full pipe: end it.
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function chunkTrack(pcm: Readable, spec: TrackSpec, maxChunkSec: number, onChunk: OnChunk): Promise<SplitTrack> {
  const meter = new SilenceMeter();
  const planner = new ChunkPlanner({ maxChunkSec, quietest: (from, to) => meter.quietestBetween(from, to) });
  const audio = new PcmWindow();
  const chunks: PlannedChunk[] = [];
  const stores: Promise<void>[] = [];
  const store = (decided: PlannedChunk[]) => {
    for (const chunk of decided) {
      const index = chunks.push(chunk) - 1;
      const wav = Buffer.concat([pcmWavHeader(byteAt(chunk.endSec) - byteAt(chunk.startSec), SAMPLE_RATE), ...audio.slice(byteAt(chunk.startSec), byteAt(chunk.endSec))]);
      const stored = onChunk(spec.speaker, index, chunk, wav);
      stored.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      stores.push(stored);
    }
    // Audio before the next chunk's start is in a chunk already (or silence): forget it.
    audio.dropBefore(byteAt(planner.start));
    meter.forgetBefore(planner.start);
  };
  let pending = 0;
  const sink = new Writable({
    async write(block: Buffer, _enc, done) {
      try {
        audio.push(block);
        store(planner.advance(audio.end / BYTES_PER_SEC, meter.silencesSoFar()));
        // Back-pressure: while chunks are still being stored, ffmpeg waits.
        while (stores.length - pending > MAX_PENDING_STORES) await stores[pending++];
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
  try {
    await pipeline(pcm, meter, sink);
    const durationSec = meter.bytes / BYTES_PER_SEC;
    store(planner.finish(durationSec, meter.silences()));
    await Promise.all(stores);
    return { ...spec, durationSec, silences: meter.silences(), chunks };
  } finally {
    await Promise.allSettled(stores);
  }
}

/** Byte offset of a time in 16-bit mono PCM (whole samples). */
const byteAt = (sec: number) => Math.round(sec * SAMPLE_RATE) * 2;

/** The tail of a PCM stream not yet handed out in chunks: blocks as they came, addressed by stream offset. */
class PcmWindow {
  #blocks: Buffer[] = [];
  /** Stream offset of the first block. */
  #start = 0;
  end = 0;

  push(block: Buffer): void {
    this.#blocks.push(block);
    this.end += block.length;
  }

  /** The bytes between two stream offsets, as views of the blocks (no copy). */
  slice(from: number, to: number): Buffer[] {
    const out: Buffer[] = [];
    let offset = this.#start;
    for (const block of this.#blocks) {
      const a = Math.max(from, offset);
      const b = Math.min(to, offset + block.length);
      if (b > a) out.push(block.subarray(a - offset, b - offset));
      offset += block.length;
      if (offset >= to) break;
    }
    return out;
  }

  /** Forgets the blocks that end before `offset`. */
  dropBefore(offset: number): void {
    while (this.#blocks.length && this.#start + this.#blocks[0]!.length <= offset) this.#start += this.#blocks.shift()!.length;
  }
}
