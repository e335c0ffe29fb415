// `npm run bench -- --pipeline [--calls N]`: calls from upload to CRM through the real queues (a private
// Redis, the embedded S3 server, real BullMQ workers in one or two worker processes), with the OpenAI
// engines answering from the OpenAI fake at cloud latency (transcription 1 s per minute of audio, extraction
// 2 s) and a CRM answering each request after 150 ms. Prints, each against a baseline of the same run:
//  1. the pipeline's own time per call (upload to CRM, less the engines' and the CRM's waits), calls one at a time.
//     Only the engine fake's latency sleep counts as waiting on it, so its reading of each upload counts as ours;
//     the figure with each engine request waited on from its arrival at the fake is printed beside it (that also
//     counts our sending of the upload, on loopback our own work, as the engine's);
//  2. calls per hour and p50 / p95 upload-to-CRM with one worker process, then two;
//  3. interactive uploads' time to CRM behind a bulk backlog (a reprocess of every call so far), vs on empty queues just before.
import { fork, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { QueueEvents } from 'bullmq';
import { callIdFromSha256 } from '../../src/domain/call-keys.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { STEP_NAMES } from '../../src/domain/call.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { storeUpload, type StoredUpload } from '../../src/pipeline/store-upload.ts';
import { LANES, type Lane } from '../../src/queues/lanes.ts';
import { queueName } from '../../src/queues/queue-names.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { freePort } from '../../test/helpers/free-port.ts';
import { startOpenAiFake } from '../../test/helpers/fakes/openai.fake.ts';
import type { CrmWait } from './bench-crm.ts';
import { BENCH_DIR, benchRecording } from './inputs.ts';
import { insightsAnswer } from './pipeline-answers.ts';
import { processCpuMs } from './proc-cpu.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { Call } from '../../src/domain/call.ts';

const run = promisify(execFile);
const CALL_MINUTES = 3;
const EXTRACT_MS = 2000;
const CRM_MS = 150;
/** Chunks as WAV, the default (TRANSCRIBE_AUDIO_FORMAT); BENCH_AUDIO_FORMAT=flac to measure FLAC chunks. */
const AUDIO_FORMAT = process.env.BENCH_AUDIO_FORMAT === 'flac' ? 'flac' : 'wav';
const UNLOADED_CALLS = 8;
/** Interactive uploads timed on empty queues, then behind the bulk backlog. */
const INTERACTIVE_CALLS = 3;
/** Per worker process, as `work` would run with WORKER_CONCURRENCY / TRANSCRIBE_CONCURRENCY set for a cloud engine. */
const WORKER_CONCURRENCY = 16;
const TRANSCRIBE_CONCURRENCY = 32;
/** Bulk jobs per step and process (the default for WORKER_CONCURRENCY=16: a quarter of it). */
const BULK_CONCURRENCY = 4;

type Out = (line?: string) => void;
type Interval = { startMs: number; endMs: number };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Milliseconds of [from, to] covered by at least one interval (parallel waits count once). */
function covered(intervals: Interval[], from: number, to: number): number {
  const clipped = intervals.map((i) => [Math.max(i.startMs, from), Math.min(i.endMs, to)] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * Where one call's time went, from its call.json: each step's run (the latest of each) and the hand-off
 * before it (the job taken from the queue, the call record read), from the upload to the sync job's
 * completion event. Each segment's own time is its wall time less the engine and CRM waits inside it.
 */
function segments(call: Call, uploadMs: number, doneMs: number, waits: Interval[]): { label: string; own: number }[] {
  const out: { label: string; own: number }[] = [];
  let at = uploadMs;
  const add = (label: string, to: number) => {
    out.push({ label, own: to - at - covered(waits, at, to) });
    at = to;
  };
  for (const step of STEP_NAMES) {
    const run = call.steps.findLast((r) => r.step === step && Date.parse(r.startedAt) >= uploadMs);
    if (!run?.finishedAt) continue;
    add(step === 'transcribe' ? 'to transcribe (chunk jobs)' : `to ${step}`, Date.parse(run.startedAt));
    add(step, Date.parse(run.finishedAt));
  }
  add('to completed', doneMs);
  return out;
}

/** One line: the p50 of each segment's own time over `rows` (same labels in the same order). */
function segmentLine(rows: { label: string; own: number }[][]): string {
  const labels = rows[0]?.map((s) => s.label) ?? [];
  return labels.map((label, i) => `${label} ${Math.round(pct(rows.map((r) => r[i]?.own ?? 0), 50))}`).join(', ');
}

/** An ID3v2.3 tag carrying `n`: the same audio, a different file (so a different call) for every n. */
function id3Tag(n: string): Buffer {
  const value = Buffer.from(`\0callscribe-bench\0${n}`, 'latin1');
  const frame = Buffer.concat([Buffer.from('TXXX'), Buffer.alloc(4), Buffer.from([0, 0]), value]);
  frame.writeUInt32BE(value.length, 4);
  const size = frame.length;
  const syncsafe = Buffer.from([(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]);
  return Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0]), syncsafe, frame]);
}

export async function benchPipeline(out: Out, opts: { calls: number; overheadOnly?: boolean }): Promise<void> {
  const source = join(BENCH_DIR, `call-${CALL_MINUTES}min.mp3`);
  if (!existsSync(source)) await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', await benchRecording(CALL_MINUTES), '-c:a', 'libmp3lame', '-b:a', '48k', '-y', source]);
  const audio = await readFile(source);
  const dir = await mkdtemp(join(BENCH_DIR, 'pipeline-'));
  const tcpPort = await freePort();
  const redis = await startEmbeddedRedis({ tcpPort });
  const s3 = await startEmbeddedS3(join(dir, 's3'), ['callscribe']);
  /** Engine and CRM waits: the engine fake's latency sleeps (its reading of the upload counted as ours). */
  const waits: Interval[] = [];
  /** The same with engine requests from their arrival at the fake (the upload's sending and reading counted as the engine's). */
  const exchanges: Interval[] = [];
  const openai = await startOpenAiFake({
    transcribe: () => ({ text: 'Thanks for taking the call. We can start the pilot next week and I will send the contract today.' }),
    chat: () => ({ content: JSON.stringify(insightsAnswer) }),
    latency: { transcribe: (req) => ((req.audioDurationSec ?? 60) / 60) * 1000, chat: () => EXTRACT_MS },
    onWait: (w) => {
      waits.push({ startMs: w.startMs, endMs: w.endMs });
      exchanges.push({ startMs: w.arrivedMs, endMs: w.endMs });
    },
  });
  const prefix = `bench-${randomUUID()}`;
  const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'callscribe', forcePathStyle: true, credentials: s3.credentials });
  const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 3 });
  const uploadedAt = new Map<string, number>();
  const doneAt = new Map<string, number>();
  const uploads = new Map<string, StoredUpload>();
  const failures: string[] = [];
  const events = new QueueEvents(queueName('sync', prefix), { connection: redis.connection });
  events.on('completed', ({ jobId }) => void doneAt.set(jobId.replace(/-sync$/, ''), Date.now()));
  const failEvents = STEP_NAMES.flatMap((step) => LANES.map((lane) => ({ step, lane }))).map(({ step, lane }) => {
    const e = new QueueEvents(queueName(step, prefix, lane), { connection: redis.connection });
    e.on('failed', ({ jobId, failedReason }) => void failures.push(`${jobId}: ${failedReason}`));
    return e;
  });
  await Promise.all([events, ...failEvents].map((e) => e.waitUntilReady()));
  const workers: ChildProcess[] = [];
  const meta: CallMeta = { direction: 'outbound', rep: { name: 'Priya', email: 'priya@example.com', channel: 0 }, customer: { name: 'Sam', phone: '+442079460001', channel: 1 } };
  let uploaded = 0;
  const cpuAnswers = new Map<ChildProcess, (ms: number) => void>();
  /** CPU ms of the worker processes (with their ffmpeg runs) and of this process (S3 server, OpenAI fake, uploads). */
  const cpu = async () => {
    const perWorker = await Promise.all(workers.map((child) => new Promise<number>((resolve) => {
      cpuAnswers.set(child, resolve);
      child.send({ cpu: true });
    })));
    return { workers: perWorker.reduce((a, b) => a + b, 0), harness: processCpuMs() };
  };

  /** Worker processes up to `n`, each taking `lanes` (WORKER_LANES) or, when absent, both lanes. */
  const startWorkers = async (n: number, lanes: (Lane[] | undefined)[] = []) => {
    while (workers.length < n) {
      const own = lanes[workers.length];
      const child = fork(join(import.meta.dirname, 'pipeline-worker.ts'), [], {
        env: {
          PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'error',
          REDIS_URL: redis.url!, S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'callscribe', AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
          TRANSCRIBER: 'openai', EXTRACTOR: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey, TRANSCRIBE_AUDIO_FORMAT: AUDIO_FORMAT,
          TRANSCRIBE_CONCURRENCY: String(TRANSCRIBE_CONCURRENCY), WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), WORKER_BULK_CONCURRENCY: String(BULK_CONCURRENCY), STAGE_POLICY: 'auto',
          DATA_DIR: join(dir, `worker-${workers.length}`), BENCH_PREFIX: prefix, BENCH_CRM_LATENCY_MS: String(CRM_MS),
          ...(own && { WORKER_LANES: own.join(',') }),
        },
      });
      const ready = new Promise<void>((resolve, reject) => {
        child.on('message', (msg: { ready?: boolean; crmWait?: CrmWait; cpuMs?: number }) => {
          if (msg.crmWait) {
            waits.push(msg.crmWait);
            exchanges.push(msg.crmWait);
          }
          if (msg.cpuMs !== undefined) cpuAnswers.get(child)?.(msg.cpuMs);
          if (msg.ready) resolve();
        });
        child.once('exit', (code) => reject(new Error(`bench worker exited with ${code} before it was ready`)));
      });
      workers.push(child);
      await ready;
    }
  };
  const stopWorkers = async () => {
    await Promise.all(workers.splice(0).map((child) => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send({ stop: true });
    })));
  };

  /** Stores a new recording and queues its ingest in `lane`, as an upload does; returns the call id. */
  const upload = async (lane: Lane = 'interactive'): Promise<string> => {
    const stored = await storeUpload(blobs, Readable.from([id3Tag(`${prefix}-${uploaded++}`), audio]), 1e9);
    const callId = callIdFromSha256(stored.sha256);
    uploads.set(callId, stored);
    uploadedAt.set(callId, Date.now());
    await queues.enqueue('ingest', callId, { ...stored, filename: 'call.mp3', contentType: 'audio/mpeg', meta, reprocess: false }, lane);
    return callId;
  };
  const until = async (ids: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!ids.every((id) => doneAt.has(id))) {
      if (Date.now() > deadline) throw new Error(`${ids.filter((id) => !doneAt.has(id)).length} of ${ids.length} calls did not reach the CRM in ${timeoutMs / 1000} s; failures: ${failures.slice(0, 3).join('; ') || 'none'}`);
      await sleep(50);
    }
  };
  const toCrm = (id: string) => doneAt.get(id)! - uploadedAt.get(id)!;

  /** N calls uploaded at once; calls per hour from the first upload to the last call in the CRM. */
  const throughput = async (processes: number) => {
    await startWorkers(processes);
    const cpuBefore = await cpu();
    const start = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < opts.calls; i++) ids.push(await upload());
    await until(ids, 30 * 60_000);
    const wall = Math.max(...ids.map((id) => doneAt.get(id)!)) - start;
    const perHour = (opts.calls / wall) * 3_600_000;
    const times = ids.map(toCrm);
    const cpuAfter = await cpu();
    const perCall = (ms: number) => Math.round(ms / opts.calls);
    out(`${processes} worker process${processes > 1 ? 'es' : ''}: ${opts.calls} calls in ${secs(wall)}: ${Math.round(perHour)} calls/hour; upload to CRM p50 ${secs(pct(times, 50))}, p95 ${secs(pct(times, 95))}`);
    const calls = await Promise.all(ids.map((id) => findCall(blobs, id)));
    out(`  by segment, p50 ms wall (queueing included): ${segmentLine(ids.map((id, i) => segments(calls[i]!, uploadedAt.get(id)!, doneAt.get(id)!, [])))}`);
    out(`  CPU per call: workers ${perCall(cpuAfter.workers - cpuBefore.workers)} ms (ffmpeg included), S3 server + fakes + uploads ${perCall(cpuAfter.harness - cpuBefore.harness)} ms; CPU available: ${perCall(wall * 2)} ms per call on 2 cores; cores this bench got: ${((cpuAfter.workers - cpuBefore.workers + cpuAfter.harness - cpuBefore.harness) / wall).toFixed(2)} of 2 (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
    return perHour;
  };

  try {
    out(`## pipeline: ${CALL_MINUTES}-minute stereo calls, upload to CRM through the queues (transcription ${CALL_MINUTES} s per track at 1 s per audio minute, extraction ${EXTRACT_MS / 1000} s, CRM ${CRM_MS} ms per request)`);
    out(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    out(`chunks as ${AUDIO_FORMAT.toUpperCase()} (BENCH_AUDIO_FORMAT=${AUDIO_FORMAT === 'wav' ? 'flac' : 'wav'} for the other); per worker process: WORKER_CONCURRENCY=${WORKER_CONCURRENCY}, WORKER_BULK_CONCURRENCY=${BULK_CONCURRENCY}, TRANSCRIBE_CONCURRENCY=${TRANSCRIBE_CONCURRENCY}; host: 2 cores shared by Redis, S3, the fakes and the workers`);
    await startWorkers(1);
    const cpuBefore = await cpu();
    const unloaded: { total: number; own: number; ownByExchange: number; prepare: number; parts: { label: string; own: number }[] }[] = [];
    for (let i = 0; i < UNLOADED_CALLS; i++) {
      const id = await upload();
      await until([id], 120_000);
      const from = uploadedAt.get(id)!;
      const to = doneAt.get(id)!;
      const call = (await findCall(blobs, id))!;
      const prepare = call.steps.find((s) => s.step === 'prepare')?.durationMs ?? 0;
      unloaded.push({ total: to - from, own: to - from - covered(waits, from, to), ownByExchange: to - from - covered(exchanges, from, to), prepare, parts: segments(call, from, to, waits) });
    }
    const cpuAfter = await cpu();
    const baseline = pct(unloaded.map((u) => u.total), 50);
    const own = unloaded.map((u) => u.own);
    out(`one call at a time (${UNLOADED_CALLS} calls): upload to CRM p50 ${secs(baseline)}, of which engine and CRM waits ${secs(baseline - pct(own, 50))}`);
    out(`pipeline overhead per call (not waiting on an engine or the CRM): p50 ${Math.round(pct(own, 50))} ms, p95 ${Math.round(pct(own, 95))} ms  (target p50 < 300 ms)`);
    const byExchange = unloaded.map((u) => u.ownByExchange);
    out(`  with each engine request waited on from its arrival at the fake (the upload's sending and the fake's reading of it not counted): p50 ${Math.round(pct(byExchange, 50))} ms, p95 ${Math.round(pct(byExchange, 95))} ms`);
    const rest = unloaded.map((u) => u.own - u.prepare);
    out(`  of which the prepare step (decode, split the channels, chunk, store in S3): p50 ${Math.round(pct(unloaded.map((u) => u.prepare), 50))} ms; everything else (queue hand-offs, S3 reads and writes, uploads to the engine): p50 ${Math.round(pct(rest, 50))} ms`);
    out(`  by segment, p50 ms not waiting (each step's run, and the hand-off before it): ${segmentLine(unloaded.map((u) => u.parts))}`);
    out(`  CPU per call: worker ${Math.round((cpuAfter.workers - cpuBefore.workers) / UNLOADED_CALLS)} ms (ffmpeg included), S3 server + fakes + uploads ${Math.round((cpuAfter.harness - cpuBefore.harness) / UNLOADED_CALLS)} ms; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    out();
    if (opts.overheadOnly) return;

    const one = await throughput(1);
    const two = await throughput(2);
    out(`two processes / one: ${(two / one).toFixed(2)}x  (target >= 1.6x); one process ${Math.round(one)} calls/hour (target >= 5,000)`);
    out();

    // Interactive uploads one at a time, first on empty queues, then behind a reprocess of every call so far in
    // the bulk lane (at every step by then), each with two worker processes in two arrangements, minutes apart
    // so all see the same host: both taking both lanes (the default), and one taking uploads while the other,
    // WORKER_LANES=bulk, takes the backlog at a lower CPU priority.
    const oneByOne = async (n: number) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const id = await upload('interactive');
        await until([id], 10 * 60_000);
        times.push(toCrm(id));
      }
      return times;
    };
    const arrangements = [
      { name: 'both processes take both lanes', lanes: [undefined, undefined] },
      { name: 'one process WORKER_LANES=interactive, one WORKER_LANES=bulk (niceness 10)', lanes: [['interactive'], ['bulk']] as Lane[][] },
    ];
    const arrange = async (lanes: (Lane[] | undefined)[]) => {
      await stopWorkers();
      await startWorkers(2, lanes);
    };
    const empty: number[][] = [];
    for (const a of arrangements) {
      await arrange(a.lanes);
      empty.push(await oneByOne(INTERACTIVE_CALLS));
    }
    const backlog = [...uploads.entries()];
    for (const [callId, stored] of backlog) await queues.enqueue('ingest', callId, { ...stored, filename: 'call.mp3', contentType: 'audio/mpeg', meta, reprocess: true }, 'bulk');
    await sleep(3000);
    out(`## interactive uploads behind a bulk backlog (a reprocess of ${backlog.length} calls, 2 worker processes, WORKER_BULK_CONCURRENCY=${BULK_CONCURRENCY} per step and process)`);
    // The backlog is measured behind in the reverse order, so that neither arrangement always meets the fuller backlog.
    for (const i of [1, 0]) {
      const a = arrangements[i]!;
      await arrange(a.lanes);
      const waitingBefore = await bulkWaiting();
      const behind = await oneByOne(INTERACTIVE_CALLS);
      const waitingAfter = await bulkWaiting();
      const [emptyP50, behindP50] = [pct(empty[i]!, 50), pct(behind, 50)];
      out(`${a.name}: bulk jobs waiting at the first upload ${waitingBefore}, at the last one's CRM write ${waitingAfter}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      out(`  upload to CRM, ${INTERACTIVE_CALLS} one at a time: p50 ${secs(behindP50)} behind the backlog (${behind.map(secs).join(', ')}) vs ${secs(emptyP50)} on empty queues (${empty[i]!.map(secs).join(', ')}): ${(behindP50 / emptyP50).toFixed(2)}x  (not starved: close to 1x)`);
    }
    if (failures.length) out(`failed jobs: ${failures.length} (first: ${failures[0]})`);
  } finally {
    await Promise.all(STEP_NAMES.flatMap((step) => queues.lanes(step).map((q) => q.pause())));
    await stopWorkers();
    await Promise.all([events, ...failEvents].map((e) => e.close()));
    await queues.close();
    await openai.close();
    await s3.stop();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }

  async function bulkWaiting(): Promise<number> {
    const counts = await Promise.all(STEP_NAMES.map((step) => queues.get(step, 'bulk').getJobCountByTypes('prioritized', 'waiting', 'waiting-children')));
    return counts.reduce((a, b) => a + b, 0);
  }
}
