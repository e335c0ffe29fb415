import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { permanent } from '../errors/app-error.ts';
import type { Span } from './chunk-plan.ts';
import { missingBinary } from './missing-binary.ts';

export interface TrackSpec {
  speaker: string;
  /** Source channel; null mixes every channel into one track. */
  channel: number | null;
}

export interface SplitTrack extends TrackSpec {
  /** 16 kHz mono 16-bit PCM WAV on local disk. */
  path: string;
  silences: Span[];
}

/** Silence: below -35 dBFS for at least 0.4 s (telephony noise floors sit well under it). */
const SILENCE = 'silencedetect=n=-35dB:d=0.4';

/**
 * One ffmpeg pass over the recording: decodes it once and writes a 16 kHz mono WAV per track (one
 * channel each via `pan`, which — unlike `channelsplit` — writes plain PCM WAV that every engine reads),
 * noting the silences in each. A decode failure is `AUDIO_CORRUPT`.
 */
export async function splitTracks(input: string, outDir: string, specs: readonly TrackSpec[], durationSec: number): Promise<SplitTrack[]> {
  const graph: string[] = [];
  const outputs: string[] = [];
  specs.forEach((spec, i) => {
    const pan = spec.channel === null ? 'aformat=channel_layouts=mono' : `pan=mono|c0=c${spec.channel}`;
    const silenceFile = join(outDir, `${spec.speaker}.silences`);
    graph.push(`[0:a]${pan},aresample=16000,${SILENCE},ametadata=mode=print:file=${escapeFilterPath(silenceFile)}[t${i}]`);
    outputs.push('-map', `[t${i}]`, '-c:a', 'pcm_s16le', '-map_metadata', '-1', '-fflags', '+bitexact', '-y', join(outDir, `${spec.speaker}.wav`));
  });
  await runFfmpeg(['-hide_banner', '-nostdin', '-loglevel', 'error', '-xerror', '-i', input, '-filter_complex', graph.join(';'), ...outputs]);
  return Promise.all(
    specs.map(async (spec) => ({
      ...spec,
      path: join(outDir, `${spec.speaker}.wav`),
      silences: parseSilences(await readFile(join(outDir, `${spec.speaker}.silences`), 'utf8').catch(() => ''), durationSec),
    })),
  );
}

/** Reads `ametadata` output of silencedetect into spans; a silence still open at the end runs to `durationSec`. */
export function parseSilences(text: string, durationSec: number): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  for (const line of text.split('\n')) {
    const start = /^lavfi\.silence_start=(-?[\d.]+)/.exec(line);
    const end = /^lavfi\.silence_end=([\d.]+)/.exec(line);
    if (start) open = Math.max(0, Number(start[1]));
    if (end) {
      spans.push({ startSec: open ?? 0, endSec: Number(end[1]) });
      open = null;
    }
  }
  if (open !== null) spans.push({ startSec: open, endSec: durationSec });
  return spans;
}

function escapeFilterPath(path: string): string {
  return path.replace(/\\/g, '\\\\').replace(/:/g, '\\:').replace(/'/g, "\\'").replace(/([,;[\]])/g, '\\$1');
}

export function runFfmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('error', (err) => reject(missingBinary(err) ?? err));
    child.once('close', (code) => {
      if (code === 0) return resolve();
      const last = stderr.trim().split('\n').at(-1)?.trim() ?? `exit code ${code}`;
      reject(permanent('AUDIO_CORRUPT', `The recording could not be decoded (${last}). Check that the file plays, then upload it again.`));
    });
  });
}
