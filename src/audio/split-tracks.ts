import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { permanent } from '../errors/app-error.ts';
import type { Span } from './chunk-plan.ts';
import { missingBinary } from './missing-binary.ts';
import { SAMPLE_RATE, SilenceMeter } from './silence-meter.ts';

export interface TrackSpec {
  speaker: string;
  /** Source channel; null mixes every channel into one track. */
  channel: number | null;
}

export interface SplitTrack extends TrackSpec {
  /** Raw 16 kHz mono s16le PCM on local disk. */
  pcmPath: string;
  durationSec: number;
  silences: Span[];
}

const BYTES_PER_SEC = SAMPLE_RATE * 2;

/**
 * One ffmpeg pass over the recording: decodes it once and streams one 16 kHz mono PCM track per speaker
 * (one channel each via `pan`) to this process, which writes each to disk and finds its silences while
 * ffmpeg is still decoding. A decode failure is `AUDIO_CORRUPT`.
 */
export async function splitTracks(input: string, outDir: string, specs: readonly TrackSpec[]): Promise<SplitTrack[]> {
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
  const tracks = specs.map(async (spec, i) => {
    const meter = new SilenceMeter();
    const pcmPath = join(outDir, `${spec.speaker}.pcm`);
    await pipeline(child.stdio[3 + i] as Readable, meter, createWriteStream(pcmPath));
    return { ...spec, pcmPath, durationSec: meter.bytes / BYTES_PER_SEC, silences: meter.silences() };
  });
  const [results] = await Promise.all([Promise.all(tracks), exited]);
  return results;
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
