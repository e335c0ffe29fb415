// `npm run chaos -- --pipeline`: N short calls from upload to CRM through worker processes (the real
// `workers/<step>.worker.ts` entries), on loopback only, while
//   - a worker process is killed with SIGKILL every 1–3 s (each step in turn, once up) and started again,
//   - the embedded Redis (append-only file on) is restarted once, and the embedded S3 server once,
//   - the OpenAI fake (transcription and extraction) and the HubSpot fake answer 30% of requests with 429/5xx,
//   - the HubSpot fake's search shows a new record only after SEARCH_LAG_MS, as HubSpot's does (workers are told
//     twice that, HUBSPOT_SEARCH_SETTLE_MS: a create that may have been sent before is searched for again after it).
// Prints `calls=N done=… needs_review=… failed=… lost=… duplicates=…` and the count of each fault.
// lost: a call not terminal with nothing queued for it; duplicates: CRM call logs or tasks beyond one per key.
// Options: --calls N (default 200), --rate R (default 0.3), --seed S.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { callIdFromSha256 } from '../../src/domain/call-keys.ts';
import { isTerminal, STEP_NAMES, type Call, type StepName } from '../../src/domain/call.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { storeUpload } from '../../src/pipeline/store-upload.ts';
import { QUEUE_DEFAULTS } from '../../src/queues/queue-defaults.ts';
import { jobId } from '../../src/queues/queue-names.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { mulberry32 } from '../../test/helpers/fakes/fake-server.ts';
import { startHubSpotFake } from '../../test/helpers/fakes/hubspot.fake.ts';
import { startOpenAiFake } from '../../test/helpers/fakes/openai.fake.ts';
import { insightsAnswer } from './pipeline-answers.ts';
import { freePort } from '../../test/helpers/free-port.ts';
import { writeToneCall } from '../../test/helpers/tone-audio.ts';

const { values } = parseArgs({ options: { pipeline: { type: 'boolean' }, calls: { type: 'string' }, rate: { type: 'string' }, seed: { type: 'string' } } });
const n = Number(values.calls ?? 200);
const rate = Number(values.rate ?? 0.3);
const seed = Number(values.seed ?? 42);
const random = mulberry32(seed);
const ROOT = resolve(import.meta.dirname, '../..');
const BUCKET = 'chaos';
const log = (line: string) => process.stderr.write(`  ${line}\n`);
const phone = (i: number) => `+1415555${String(i).padStart(4, '0')}`;

const dir = await mkdtemp(join(tmpdir(), 'callscribe-pipeline-chaos-'));
const redis = await startEmbeddedRedis({ tcpPort: await freePort(), appendOnly: true });
const s3Dir = join(dir, 's3');
let s3: EmbeddedS3 = await startEmbeddedS3(s3Dir, [BUCKET]);
const s3Port = Number(new URL(s3.endpoint).port);
// Both engines are the OpenAI fake, both under fault: each call is transcribed (its own bytes in its
// text) and extracted (insights grounded in that text, with a stage change the CRM applies once).
const openai = await startOpenAiFake({
  transcribe: (req) => ({ text: `Thanks for taking the call. We can start the pilot next week and I will send the contract today (${req.fileBytes.length} bytes).` }),
  chat: () => ({ content: JSON.stringify(insightsAnswer) }),
});
/** How long the HubSpot fake's search takes to show a new record (HubSpot's own takes seconds; a run takes them too). */
const SEARCH_LAG_MS = 1000;
const hubspot = await startHubSpotFake({ retryAfterSec: 1, searchLagMs: SEARCH_LAG_MS });
const faults = { kills: Object.fromEntries(STEP_NAMES.map((s) => [s, 0])) as Record<StepName, number>, redisRestarts: 0, s3Restarts: 0 };
const workers = new Map<StepName, ChildProcess>();
/** When each step's current process said it took jobs: a worker is killed only once it has run a while. */
const readyAt = new Map<StepName, number>();
const KILLABLE_AFTER_MS = 2_000;
let stopping = false;
// Workers' errors (LOG_LEVEL=error) go to a file, named at the end.
const workerLog = openSync(join(tmpdir(), `callscribe-pipeline-chaos-${process.pid}.log`), 'a');

const env: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  REDIS_URL: redis.url!,
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: BUCKET,
  AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
  DATA_DIR: join(dir, 'data'),
  TRANSCRIBER: 'openai',
  OPENAI_BASE_URL: openai.baseURL,
  OPENAI_API_KEY: openai.apiKey,
  EXTRACTOR: 'openai',
  CRM: 'hubspot',
  HUBSPOT_BASE_URL: hubspot.baseUrl,
  HUBSPOT_ACCESS_TOKEN: hubspot.accessToken,
  HUBSPOT_SEARCH_SETTLE_MS: String(2 * SEARCH_LAG_MS),
  STAGE_POLICY: 'auto',
  WORKER_CONCURRENCY: '4',
  WORKER_LOCK_MS: '3000',
  WORKER_DRAIN_MS: '2000',
  LOG_LEVEL: 'info',
};

/** One worker process for `step`, started again whenever it dies while the run goes on. */
function startWorker(step: StepName): void {
  const child = spawn(process.execPath, [join(ROOT, 'workers', `${step}.worker.ts`)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', workerLog] });
  workers.set(step, child);
  readyAt.delete(step);
  child.stdout!.on('data', (d: Buffer) => {
    const text = d.toString();
    if (text.includes('"workers started"')) readyAt.set(step, Date.now());
    for (const line of text.split('\n')) if (line.includes('"level":50') || line.includes('"level":60')) writeSync(workerLog, `${line}\n`);
  });
  child.once('exit', () => {
    if (!stopping && workers.get(step) === child) startWorker(step);
  });
}

const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials: s3.credentials });
const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, ...QUEUE_DEFAULTS });
try {
  hubspot.seed({ owners: [{ id: '5001', email: 'rep@example.com', firstName: 'Sam', lastName: 'Rep' }] });
  const { contacts } = hubspot.seed({ contacts: Array.from({ length: n }, (_, i) => ({ firstname: `Customer${i}`, phone: phone(i) })) });
  hubspot.seed({ deals: contacts.map((id, i) => ({ dealname: `Deal ${i}`, dealstage: 'decisionmakerboughtin', contactIds: [id] })) });
  hubspot.chaos({ rate, statuses: [429, 500, 502, 503], seed, commit: 0.3 });
  openai.chaos({ rate, statuses: [429, 500, 502, 503], seed: seed + 1 });
  for (const step of STEP_NAMES) startWorker(step);

  // Upload: each call a few seconds of tone bursts placed by its number, so each has its own bytes and id.
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = join(dir, `call-${i}.wav`);
    await writeToneCall(file, 2 + (i % 3), [{ channel: 0, startSec: 0.1 + (i % 50) * 0.02 }, { channel: 1, startSec: 1 + Math.floor(i / 50) * 0.05 }]);
    const upload = await storeUpload(blobs, createReadStream(file), 50e6);
    const callId = callIdFromSha256(upload.sha256);
    ids.push(callId);
    const meta = { direction: 'outbound' as const, startedAt: new Date().toISOString(), rep: { email: 'rep@example.com' }, customer: { name: `Customer${i}`, phone: phone(i) } };
    await queues.enqueue('ingest', callId, { ...upload, filename: `call-${i}.wav`, contentType: 'audio/wav', meta });
  }
  if (new Set(ids).size !== n) throw new Error('two synthetic calls have the same bytes');
  log(`${n} calls uploaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const statuses = async () => Promise.all(ids.map((id) => findCall(blobs, id).catch(() => null)));
  const terminal = (calls: (Call | null)[]) => calls.filter((c) => c && isTerminal(c.status)).length;

  // Faults until most calls are through: SIGKILL a step's worker every 1–3 s (steps taken in turn, so
  // every step is hit, each once it has run for a while), restart Redis at a third of the calls and S3 at two thirds.
  let turn = 0;
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const done = terminal(await statuses());
    if (done !== last) {
      log(`${done}/${n} calls terminal`);
      last = done;
      lastChange = Date.now();
    }
    if (done === n || Date.now() - lastChange > 120_000) break;
    if (done < n * 0.9) {
      const step = STEP_NAMES[turn % STEP_NAMES.length]!;
      if (Date.now() - (readyAt.get(step) ?? Infinity) >= KILLABLE_AFTER_MS) {
        workers.get(step)?.kill('SIGKILL');
        faults.kills[step]++;
        turn++;
      }
      if (faults.redisRestarts === 0 && done >= n / 3) {
        await redis.restart();
        faults.redisRestarts++;
        log('redis restarted');
      }
      if (faults.s3Restarts === 0 && done >= (2 * n) / 3) {
        await s3.stop();
        await sleep(500);
        s3 = await startEmbeddedS3(s3Dir, [BUCKET], { credentials: s3.credentials, port: s3Port });
        faults.s3Restarts++;
        log('s3 restarted');
      }
    }
    await sleep(1000 + random() * 2000);
  }
  const seconds = (performance.now() - started) / 1000;

  const calls = await statuses();
  const count = (status: string) => calls.filter((c) => c?.status === status).length;
  const lost: string[] = [];
  for (const [i, call] of calls.entries()) {
    if (call && isTerminal(call.status)) continue;
    const states = await Promise.all(STEP_NAMES.map(async (step) => (await queues.get(step).getJob(jobId(ids[i]!, step)))?.getState()));
    if (!states.some((s) => s === 'waiting' || s === 'active' || s === 'delayed' || s === 'prioritized' || s === 'waiting-children')) lost.push(`${ids[i]}:${call?.status ?? 'no call.json'}`);
  }
  const extra = (type: 'calls' | 'tasks') => {
    const records = hubspot.objects(type);
    return records.length - new Set(records.map((o) => o.properties.callscribe_key)).size;
  };
  const duplicates = extra('calls') + extra('tasks');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const moved = hubspot.objects('deals').filter((d) => d.properties.dealstage === insightsAnswer.dealStage.proposed).length;
  out(`calls=${n} done=${count('done')} needs_review=${count('needs_review')} failed=${count('failed')} lost=${lost.length} duplicates=${duplicates}`);
  out(`deals moved to ${insightsAnswer.dealStage.proposed}: ${moved} of ${n}`);
  const injected = (statusCounts: Record<number, number>) => Object.entries(statusCounts).map(([s, c]) => `${s}:${c}`).join(' ');
  const hubspotInjected: Record<number, number> = {};
  for (const r of hubspot.requests) if (r.status && r.status >= 429) hubspotInjected[r.status] = (hubspotInjected[r.status] ?? 0) + 1;
  out(`faults: SIGKILL ${STEP_NAMES.map((s) => `${s}=${faults.kills[s]}`).join(' ')}; redis restarts=${faults.redisRestarts} (appendonly); s3 restarts=${faults.s3Restarts}; openai answered ${injected(openai.injected)} of ${openai.requests.length} requests; hubspot answered ${injected(hubspotInjected)} (429s include its own rate limits) of ${hubspot.requests.length} requests; ${seconds.toFixed(0)} s`);
  const failures = calls.filter((c) => c?.status === 'failed').map((c) => `${c!.error?.step}:${c!.error?.code}`);
  if (failures.length) out(`failed: ${Object.entries(failures.reduce<Record<string, number>>((m, f) => ((m[f] = (m[f] ?? 0) + 1), m), {})).map(([k, v]) => `${k}×${v}`).join(', ')}`);
  if (lost.length) out(`lost: ${lost.join(', ')}`);
  if (lost.length || duplicates) process.exitCode = 1;
} finally {
  stopping = true;
  for (const child of workers.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await queues.close().catch(() => undefined);
  await hubspot.close();
  await openai.close();
  await s3.stop();
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
}
