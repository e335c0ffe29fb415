import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { permanent } from '../errors/app-error.ts';
import { ChunkPlanner, type PlannedChunk, type Span } from './chunk-plan.ts';
import { missingBinary } from './missing-binary.ts';
import { SAMPLE_RATE, SilenceMeter } from './silence-meter.ts';

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

/** Stores one chunk; `wav` streams its audio as a WAV file. Called while decoding goes on. */
export type OnChunk = (speaker: string, index: number, chunk: PlannedChunk, wav: () => Readable) => Promise<void>;

const BYTES_PER_SEC = SAMPLE_RATE * 2;

/**
 * One ffmpeg pass over the recording: decodes it once and streams one 16 kHz mono PCM track per speaker
 * (one channel each via `pan`) to this process, which writes it to a scratch file, finds its silences,
 * and hands each chunk to `onChunk` as soon as its border is decided and its audio is on disk — so
 * chunks are stored while ffmpeg is still decoding. A decode failure is `AUDIO_CORRUPT`.
 */
export async function splitTracks(input: string, outDir: string, specs: readonly TrackSpec[], maxChunkSec: number, onChunk: OnChunk): Promise<SplitTrack[]> {
  const graph = specs.map((spec, i) => `[0:a]${spec.channel === null ? 'aformat=channel_layouts=mono' : `pan=mono|c0=c${spec.channel}`},aresample=${SAMPLE_RATE}[t${i}]`);
  const outputs = specs.flatMap((_, i) => ['-map', `[t${i}]`, '-f', 's16le', '-c:a', 'pcm_s16le', `pipe:${3 + i}`]);
  const child = spawn('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-xerror', '-i', input, '-filter_complex', graph.join(';'), ...outputs], {
    stdio: ['ignore', 'ignore', 'pipe', ...specs.map(() => 'pipe' as const)],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (err) => reject(missingBinary(err) ?? err));
    child.once('close', (code) => {
      if (code === 0) return resolve();
      const last = stderr.trim().split('\n').at(-1)?.trim() ?? `exit code ${code}`;
      reject(permanent('AUDIO_CORRUPT', `The recording could not be decoded (${last}). Check that the file plays, then upload it again.`));
    });
  });
  const tracks = specs.map((spec, i) => chunkTrack(child.stdio[3 + i] as Readable, spec, join(outDir, `${spec.speaker}.pcm`), maxChunkSec, onChunk));
  const [results] = await Promise.all([Promise.all(tracks), exited]);
  return results;
}

async function chunkTrack(pcm: Readable, spec: TrackSpec, path: string, maxChunkSec: number, onChunk: OnChunk): Promise<SplitTrack> {
  const meter = new SilenceMeter();
  const planner = new ChunkPlanner({ maxChunkSec });
  const chunks: PlannedChunk[] = [];
  const stores: Promise<void>[] = [];
  const file = await open(path, 'w');
  const store = (decided: PlannedChunk[]) => {
    for (const chunk of decided) {
      const index = chunks.push(chunk) - 1;
      stores.push(onChunk(spec.speaker, index, chunk, () => wavSpan(path, chunk)));
    }
  };
  // Writes the track to disk; after each write the audio up to there is readable, so decided chunks go out.
  // (The meter is upstream, so it has seen at least what is on disk.)
  let onDisk = 0;
  const sink = new Writable({
    async write(block: Buffer, _enc, done) {
      try {
        await file.write(block);
        onDisk += block.length;
        store(planner.advance(onDisk / BYTES_PER_SEC, meter.silencesSoFar()));
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
    await file.close();
  }
}

/** A WAV file's bytes for the span of a PCM track: a 44-byte header, then that range of samples, streamed. */
export function wavSpan(pcmPath: string, span: Span): Readable {
  const start = Math.round(span.startSec * SAMPLE_RATE) * 2;
  const end = Math.round(span.endSec * SAMPLE_RATE) * 2;
  const header = wavHeader(end - start);
  return Readable.from(
    (async function* () {
      yield header;
      if (end > start) yield* createReadStream(pcmPath, { start, end: end - 1 });
    })(),
  );
}

function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(BYTES_PER_SEC, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}
