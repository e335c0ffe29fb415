import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BENCH_DIR = resolve(import.meta.dirname, '../../.data/bench');
const SOURCE = resolve(import.meta.dirname, '../../fixtures/calls/discovery-brightline/call.ogg');

/** A stereo recording of `minutes` made by looping a fixture call (stream copy: no re-encoding), cached under .data/bench. */
export async function benchRecording(minutes: number): Promise<string> {
  await mkdir(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `call-${minutes}min.ogg`);
  if (!existsSync(path)) {
    await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-stream_loop', '-1', '-i', SOURCE, '-t', String(minutes * 60), '-c', 'copy', '-y', path]);
  }
  return path;
}

/** Wall time of `work` in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
