// `npm run bench -- --webhooks`: how fast the webhook front door acknowledges, and that it loses and
// doubles nothing. 500 Standard-Webhooks-signed deliveries (the generic provider; signed by the
// `standardwebhooks` library, as a sender would) go to a listening API on loopback in bursts of 50
// concurrent requests; 20% are repeats of an earlier delivery (a provider's retry). Real parts: the
// embedded S3 server, Redis (the delivery ledger and the ingest queue). No workers run, so
// only the acknowledgement is timed. The S3 server runs in its own process, as S3 or MinIO would. Baseline in the same run: `GET /healthz` in the same bursts.
// Prints p50 / p99 time to acknowledge, the ratio to the baseline, and calls made vs unique recordings.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { loadTelephonySources } from '../../src/adapters/telephony/registry.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { redisCallLocks } from '../../src/review/call-lock.ts';
import { redisDeliveryLedger } from '../../src/intake/delivery-ledger.ts';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { BENCH_DIR } from './inputs.ts';

const DELIVERIES = 500;
const BURST = Number(process.env.WEBHOOK_BENCH_BURST ?? 50);
const DUPLICATE_SHARE = 0.2;
const TARGET_P99_MS = 100;
const SECRET = `whsec_${Buffer.from('bench-secret-0123456789abcdef01').toString('base64')}`;

type Out = (line?: string) => void;

async function s3InChild(directory: string, bucket: string): Promise<{ endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string }; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 's3-child.ts'), directory, bucket], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await Promise.race([
    (async () => { for await (const l of createInterface({ input: child.stdout! })) return [l]; return []; })(),
    new Promise<never>((_, fail) => child.once('exit', (code) => fail(new Error(`the S3 server exited (${code})`)))),
  ]);
  const info = JSON.parse(line!) as { endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  return { ...info, stop: () => new Promise<void>((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export async function benchWebhooks(out: Out): Promise<void> {
  const dir = await mkdtemp(join(BENCH_DIR, 'webhooks-'));
  const redis = await startEmbeddedRedis();
  const s3 = await s3InChild(join(dir, 's3'), 'bench-webhooks');
  const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'bench-webhooks', forcePathStyle: true, credentials: s3.credentials });
  const connection = redis.connection;
  const queues = createStepQueues({ connection, prefix: 'bench', attempts: 1 });
  const locks = redisCallLocks(connection as Parameters<typeof redisCallLocks>[0]);
  const deliveries = redisDeliveryLedger(connection as Parameters<typeof redisDeliveryLedger>[0], { prefix: 'bench:delivered:' });
  const index = await openPgliteIndex(null);
  const env = { GENERIC_WEBHOOK_SECRET: SECRET, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' };
  const app = await buildApp({
    blobs,
    index,
    locks,
    deliveries,
    reindexCall: (callId) => refreshIndex(blobs, index, callId),
    canCreateContact: false,
    telephony: loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() }),
    enqueue: (step, callId) => queues.enqueue(step, callId, { callId }),
    apiKeys: [],
    maxUploadBytes: 1 << 20,
    clock: () => new Date(),
    logger: silentLogger,
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const signer = new Webhook(SECRET);
    const unique = Math.round(DELIVERIES * (1 - DUPLICATE_SHARE));
    const originals = Array.from({ length: unique }, (_, i) => {
      const id = `msg_${randomUUID()}`;
      const body = JSON.stringify({ recordingUrl: `https://recordings.example.com/r/${i}.wav`, recordingId: `rec-${i}`, meta: { customer: { phone: `+1415555${String(i).padStart(4, '0')}` } } });
      return { id, body };
    });
    // Repeats of earlier deliveries, spread through the run (a provider retrying).
    const sequence = [...originals];
    for (let i = 0; i < DELIVERIES - unique; i++) {
      const at = unique / 5 + Math.floor(((i + 1) / (DELIVERIES - unique + 1)) * (sequence.length - unique / 5));
      sequence.splice(at, 0, originals[Math.floor((i * 7919) % (unique / 2))]!);
    }
    const send = async (d: { id: string; body: string }) => {
      const at = new Date();
      const headers = { 'content-type': 'application/json', 'webhook-id': d.id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signer.sign(d.id, at, d.body) };
      const t0 = performance.now();
      const res = await fetch(`${base}/v1/webhooks/generic`, { method: 'POST', headers, body: d.body });
      const answer = (await res.json()) as { id?: string; duplicate?: boolean };
      return { ms: performance.now() - t0, status: res.status, answer };
    };
    const health = async () => {
      const t0 = performance.now();
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      return performance.now() - t0;
    };

    // Warm-up (connections, JIT), not counted.
    await Promise.all(Array.from({ length: 20 }, () => health()));
    const baseline: number[] = [];
    const acks: number[] = [];
    const statuses = new Map<number, number>();
    const ids = new Set<string>();
    let duplicateAnswers = 0;
    for (let i = 0; i < sequence.length; i += BURST) {
      baseline.push(...(await Promise.all(Array.from({ length: BURST }, () => health()))));
      for (const r of await Promise.all(sequence.slice(i, i + BURST).map(send))) {
        acks.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.answer.id) ids.add(r.answer.id);
        if (r.answer.duplicate) duplicateAnswers++;
      }
    }
    let stored = 0;
    for await (const key of blobs.list!('calls/')) if (key.endsWith('/source.json')) stored++;
    const queued = await queues.get('ingest').getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    const jobs = Object.values(queued).reduce((a, b) => a + b, 0);

    out(`## webhooks: ${DELIVERIES} signed deliveries (generic, Standard Webhooks) in bursts of ${BURST}, ${DELIVERIES - unique} repeats`);
    out(`answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; duplicates answered ${duplicateAnswers}`);
    out(`calls: unique recordings ${unique}, call ids answered ${ids.size}, calls recorded (source.json) ${stored}, ingest jobs queued ${jobs}; lost ${unique - stored}, extra ${Math.max(0, stored - unique)}`);
    const [p50, p99, b50, b99] = [percentile(acks, 50), percentile(acks, 99), percentile(baseline, 50), percentile(baseline, 99)];
    out(`ack p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'})`);
    out(`baseline GET /healthz in the same bursts: p50 ${b50.toFixed(1)} ms, p99 ${b99.toFixed(1)} ms; ack / baseline: p50 ×${(p50 / b50).toFixed(1)}, p99 ×${(p99 / b99).toFixed(1)}`);
    if (stored !== unique || ids.size !== unique || jobs !== unique) process.exitCode = 1;
  } finally {
    await app.close();
    await queues.close();
    await locks.close();
    await deliveries.close();
    await index.close();
    await s3.stop();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
