// `npm run bench -- --webhooks`: how fast the webhook front door acknowledges, and that it loses and
// doubles nothing. 500 Standard-Webhooks-signed deliveries (the generic provider; signed by the
// `standardwebhooks` library, as a sender would) go to `callscribe serve` on loopback in bursts of 50
// concurrent requests; 20% repeat an earlier delivery (a provider's retry). The production shape, each
// in its own process: the API (`serve`), Redis (the delivery ledger and the ingest queue), the S3 API
// (the embedded server); this process only sends. No workers run, so only the acknowledgement is timed.
// A delivery is answered once its source is in S3 and its ingest job (carrying it) is in Redis.
// Baseline in the same run: `GET /healthz` on the same server in the same bursts.
// Prints p50 / p99 time to acknowledge, the ratio to the baseline, and calls recorded vs unique recordings.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { queueName } from '../../src/queues/queue-names.ts';
import { BENCH_DIR } from './inputs.ts';

const DELIVERIES = 500;
const BURST = Number(process.env.WEBHOOK_BENCH_BURST ?? 50);
const DUPLICATE_SHARE = 0.2;
const TARGET_P99_MS = 100;
const SECRET = `whsec_${Buffer.from('bench-secret-0123456789abcdef01').toString('base64')}`;
const REPO = join(import.meta.dirname, '..', '..');

type Out = (line?: string) => void;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const freePort = () =>
  new Promise<number>((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

/** A child process that prints one JSON line when ready (the S3 server), or a service polled for health. */
function child(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: REPO, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function firstLine(proc: ChildProcess): Promise<string> {
  for await (const line of createInterface({ input: proc.stdout! })) return line;
  throw new Error('the process exited before it was ready');
}

const stop = (proc: ChildProcess) => new Promise<void>((r) => {
  if (proc.exitCode !== null) return r();
  proc.once('exit', () => r());
  proc.kill('SIGTERM');
});

export async function benchWebhooks(out: Out): Promise<void> {
  await mkdir(BENCH_DIR, { recursive: true });
  const dir = await mkdtemp(join(BENCH_DIR, 'webhooks-'));
  const redis = await startEmbeddedRedis({ tcpPort: await freePort() });
  const s3proc = child([join(import.meta.dirname, 's3-child.ts'), join(dir, 's3'), 'bench-webhooks'], {});
  const s3 = JSON.parse(await firstLine(s3proc)) as { endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  const port = await freePort();
  const api = child([join(REPO, 'src', 'cli', 'main.ts'), 'serve'], {
    REDIS_URL: redis.url!, S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'bench-webhooks', AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    DATA_DIR: dir, PORT: String(port), API_KEYS: `manager:bench@example.com:${randomUUID()}`, LOG_LEVEL: 'warn',
    GENERIC_WEBHOOK_SECRET: SECRET, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com',
  });
  let apiOutput = '';
  api.stderr!.on('data', (d: Buffer) => (apiOutput += d.toString()));
  api.stdout!.on('data', () => undefined);
  const base = `http://127.0.0.1:${port}`;
  const ingest = new Queue(queueName('ingest'), { connection: redis.connection });
  try {
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) break;
      if (i > 300 || api.exitCode !== null) throw new Error(`serve did not start:\n${apiOutput}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const signer = new Webhook(SECRET);
    const unique = Math.round(DELIVERIES * (1 - DUPLICATE_SHARE));
    const originals = Array.from({ length: unique }, (_, i) => ({
      id: `msg_${randomUUID()}`,
      body: JSON.stringify({ recordingUrl: `https://recordings.example.com/r/${i}.wav`, recordingId: `rec-${i}`, meta: { customer: { phone: `+1415555${String(i).padStart(4, '0')}` } } }),
    }));
    // Repeats of earlier deliveries, spread through the run (a provider retrying).
    const sequence = [...originals];
    for (let i = 0; i < DELIVERIES - unique; i++) {
      const at = unique / 5 + Math.floor(((i + 1) / (DELIVERIES - unique + 1)) * (sequence.length - unique / 5));
      sequence.splice(at, 0, originals[Math.floor((i * 7919) % (unique / 2))]!);
    }
    // Signed up front: a sender signs before it sends, and signing here must not delay the requests timed.
    const signed = sequence.map((d) => {
      const at = new Date();
      return { body: d.body, headers: { 'content-type': 'application/json', 'webhook-id': d.id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signer.sign(d.id, at, d.body) } };
    });
    // node:http with a keep-alive agent: the lightest client, as the sender shares this machine's two cores.
    const agent = new Agent({ keepAlive: true, maxSockets: BURST });
    const call = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
      new Promise<{ status: number; text: string }>((ok, fail) => {
        const req = request(`${base}${path}`, { method, headers, agent }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', fail);
        req.end(body);
      });
    const send = async (d: (typeof signed)[number]) => {
      const t0 = performance.now();
      const res = await call('POST', '/v1/webhooks/generic', d.headers, d.body);
      const ms = performance.now() - t0;
      return { ms, status: res.status, answer: JSON.parse(res.text) as { id?: string; duplicate?: boolean } };
    };
    const health = async () => {
      const t0 = performance.now();
      await call('GET', '/healthz');
      return performance.now() - t0;
    };

    // Warm-up (connections, JIT), not counted.
    await Promise.all(Array.from({ length: BURST }, () => health()));
    const baseline: number[] = [];
    const acks: number[] = [];
    const statuses = new Map<number, number>();
    const ids = new Set<string>();
    let duplicateAnswers = 0;
    for (let i = 0; i < signed.length; i += BURST) {
      baseline.push(...(await Promise.all(Array.from({ length: BURST }, () => health()))));
      for (const r of await Promise.all(signed.slice(i, i + BURST).map(send))) {
        acks.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.answer.id) ids.add(r.answer.id);
        if (r.answer.duplicate) duplicateAnswers++;
      }
    }
    // What each answered delivery left: an ingest job carrying its source (S3 gets it when a worker runs).
    const waiting = await ingest.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'], 0, DELIVERIES * 2);
    const recorded = new Set(waiting.filter((j) => (j.data as { source?: { kind?: string } }).source?.kind === 'telephony').map((j) => (j.data as { callId: string }).callId)).size;
    const jobs = Object.values(await ingest.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed')).reduce((a, b) => a + b, 0);

    out(`## webhooks: ${DELIVERIES} signed deliveries (generic, Standard Webhooks) to \`serve\` in bursts of ${BURST}, ${DELIVERIES - unique} repeats`);
    out(`answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; duplicates answered ${duplicateAnswers}`);
    out(`calls: unique recordings ${unique}, call ids answered ${ids.size}, recorded (ingest jobs carrying the delivery) ${recorded}, ingest jobs queued ${jobs}; lost ${Math.max(0, unique - recorded)}, extra ${Math.max(0, recorded - unique)}`);
    const [p50, p99, b50, b99] = [percentile(acks, 50), percentile(acks, 99), percentile(baseline, 50), percentile(baseline, 99)];
    out(`ack p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'})`);
    out(`baseline GET /healthz in the same bursts: p50 ${b50.toFixed(1)} ms, p99 ${b99.toFixed(1)} ms; ack / baseline: p50 ×${(p50 / b50).toFixed(1)}, p99 ×${(p99 / b99).toFixed(1)}`);
    agent.destroy();
    if (recorded !== unique || ids.size !== unique || jobs !== unique) process.exitCode = 1;
  } finally {
    await ingest.close().catch(() => undefined);
    await stop(api);
    await stop(s3proc);
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
