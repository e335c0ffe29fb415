// `npm run bench`: speed and memory figures, each measured in this run (ratios against a baseline run
// alongside, since machines are noisy). Inputs are made by looping a fixture call (cached in .data/bench).
//  1. prepare of a 60-minute stereo call vs a bare ffmpeg command doing the same conversion;
//  2. peak RSS of prepare + chunking for a 30-minute and a 3-hour recording;
//  3. transcribing a 60-minute call through chunk jobs against an engine with a fixed delay per request,
//     speed-up of concurrency 8 over one chunk at a time;
//  4. redaction of long runs of number words vs prose of the same size (redaction-bench.ts);
//  5. rules extraction of 4,000 turns of the long dev calls vs 500 turns of them (extraction-bench.ts).
// `npm run bench -- --index` runs only the call-index bench instead (index-bench.ts);
// `npm run bench -- --webhooks` only the webhook front door (webhook-bench.ts);
// `npm run bench -- --pipeline [--calls N] [--overhead-only]` only calls from upload to CRM through the queues
// (pipeline-bench.ts); --overhead-only stops after the calls run one at a time (for iterating on the overhead).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { benchChunkJobs } from './chunk-jobs.ts';
import { benchExtraction } from './extraction-bench.ts';
import { benchRedaction } from './redaction-bench.ts';
import { BENCH_DIR, benchRecording, median, timed } from './inputs.ts';

const run = promisify(execFile);
const out = (line = '') => process.stdout.write(`${line}\n`);
const REPEATS = 5;

if (process.argv.includes('--pipeline')) {
  const { benchPipeline } = await import('./pipeline-bench.ts');
  const at = process.argv.indexOf('--calls');
  const calls = at > 0 ? Number(process.argv[at + 1]) : 300;
  if (!Number.isInteger(calls) || calls < 1) {
    process.stderr.write('usage: bench.ts --pipeline [--calls N], N a whole number >= 1\n');
    process.exit(2);
  }
  await benchPipeline(out, { calls, overheadOnly: process.argv.includes('--overhead-only') });
  process.exit(0);
}

if (process.argv.includes('--webhooks')) {
  const { benchWebhooks } = await import('./webhook-bench.ts');
  await benchWebhooks(out);
  process.exit(process.exitCode ?? 0);
}

if (process.argv.includes('--index')) {
  const { benchIndex } = await import('./index-bench.ts');
  await benchIndex(out);
  process.exit(0);
}

async function inScratch<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(BENCH_DIR, 'run-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** prepare in a child process (its own peak RSS), returning its timing and memory. */
async function prepareOnce(file: string, maxChunkSec: number): Promise<{ ms: number; peakRssMb: number; chunks: number }> {
  return inScratch(async (dir) => {
    const { stdout } = await run(process.execPath, [join(import.meta.dirname, 'prepare-once.ts'), file, dir, String(maxChunkSec)], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout) as { ms: number; peakRssMb: number; chunks: number };
  });
}

/** The same conversion by hand: decode once, one 16 kHz mono WAV per channel. */
async function bareFfmpeg(file: string): Promise<number> {
  return inScratch((dir) =>
    timed(() =>
      run('ffmpeg', [
        '-hide_banner', '-nostdin', '-loglevel', 'error', '-i', file,
        '-filter_complex', '[0:a]pan=mono|c0=c0,aresample=16000[a];[0:a]pan=mono|c0=c1,aresample=16000[b]',
        '-map', '[a]', '-c:a', 'pcm_s16le', '-y', join(dir, 'rep.wav'), '-map', '[b]', '-c:a', 'pcm_s16le', '-y', join(dir, 'customer.wav'),
      ]),
    ),
  );
}

const sixty = await benchRecording(60);
out('## prepare: 60-minute stereo call (Opus), chunks of up to 300 s');
const bare: number[] = [];
const ours: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  // Interleaved, so drift in machine load hits both alike.
  bare.push(await bareFfmpeg(sixty));
  ours.push((await prepareOnce(sixty, 300)).ms);
}
out(`bare ffmpeg, same conversion: median ${(median(bare) / 1000).toFixed(2)} s  (runs: ${bare.map((m) => (m / 1000).toFixed(2)).join(', ')})`);
out(`callscribe prepare:           median ${(median(ours) / 1000).toFixed(2)} s  (runs: ${ours.map((m) => (m / 1000).toFixed(2)).join(', ')})`);
out(`ratio: ${(median(ours) / median(bare)).toFixed(2)}x  (target <= 1.15x)`);
out();

out('## peak RSS of the prepare process (upload, probe, split, chunking), by recording length');
for (const minutes of [30, 180]) {
  const file = await benchRecording(minutes);
  const r = await prepareOnce(file, 300);
  out(`${String(minutes).padStart(3)} min: ${r.peakRssMb.toFixed(0)} MB peak RSS, ${r.chunks} chunks  (target < 200 MB, flat in length)`);
}
out();

const DELAY_MS = 150;
out(`## transcription of the 60-minute call through chunk jobs (engine answering after ${DELAY_MS} ms per request, chunks of up to 60 s)`);
const jobs = await inScratch((dir) => benchChunkJobs(sixty, dir, [1, 8], DELAY_MS, 60));
const [one, eight] = [jobs.results[0]!, jobs.results[1]!];
out(`${jobs.chunks} chunks; one at a time: ${(one.ms / 1000).toFixed(2)} s; concurrency 8: ${(eight.ms / 1000).toFixed(2)} s`);
out(`speed-up: ${(one.ms / eight.ms).toFixed(1)}x  (target >= 5x at concurrency 8)`);
out();

benchRedaction(out);
out();
benchExtraction(out);
