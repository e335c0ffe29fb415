import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { loadTelephonySources } from '../../src/adapters/telephony/registry.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { REDIS_ANSWER_MS, WEBHOOK_REDIS_ANSWER_MS } from '../../src/errors/redis-unreachable.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { ERROR_CODES } from '../../src/http/error-codes.ts';
import { redisDeliveryLedger } from '../../src/intake/delivery-ledger.ts';
import { callIdFromSource } from '../../src/intake/source-record.ts';
import type { StorageEventsRuntime } from '../../src/intake/storage-events-runtime.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { openAllQueues } from '../../src/queues/all-queues.ts';
import { jobId } from '../../src/queues/queue-names.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { startIndexWorker } from '../../src/queues/index-queue.ts';
import { redisCallLocks } from '../../src/review/call-lock.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { redisPid } from '../helpers/redis-pid.ts';
import { standardWebhookDelivery } from '../helpers/fakes/recording-host.fake.ts';
import { s3Notification } from '../helpers/fakes/sns.fake.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const auth = { authorization: `Bearer ${REP.key}` };
const MANAGER = apiKey('manager', 'mgr-key-0123456789abcdef', 'lee@example.com');
const GENERIC_WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const PUBLIC_BASE_URL = 'https://calls.example.com';
const MINIO_TOKEN = 'minio-token-0123456789abcdef';

/** The API as `serve` wires it to Redis (locks, delivery ledger, step queues, watched queues), over a private Redis. */
describe('the API while Redis is down or frozen', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    // BullMQ's close waits for commands still queued for a Redis that is gone: each cleanup gets a few seconds.
    for (const c of cleanups.splice(0).reverse()) await withinOrHung(c().catch(() => undefined), 3_000);
  });

  /** `memoryLocks`: locks that need no Redis, to reach what a change does under its lock (Redis may stop answering once the lock is taken). */
  /** `hooks.beforeEnqueue`: runs as a job is about to be queued (to freeze Redis at that moment). */
  const stack = async (opts: { memoryLocks?: boolean } = {}) => {
    const hooks = { beforeEnqueue: (_callId: string) => undefined as void };
    const redis = await startEmbeddedRedis();
    cleanups.push(() => redis.stop());
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const { logger, lines } = capturedLogger('info');
    const blobs = createFsBlobStore(temp.dir);
    const review = await reviewDeps(blobs);
    const prefix = `test-${randomUUID()}`;
    const locks = opts.memoryLocks ? review.locks : redisCallLocks(redis.connection, { logger });
    const deliveries = redisDeliveryLedger(redis.connection, { prefix: `${prefix}:delivered:`, logger });
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1, logger });
    const watched = openAllQueues(redis.connection, prefix, logger);
    const indexWorker = startIndexWorker({ connection: redis.connection, prefix, blobs, index: review.index, logger });
    cleanups.push(() => indexWorker.close());
    const metrics = createMetrics({ logger, queueCountMs: 1_000 });
    metrics.watchQueues(watched.queues, watched.down);
    const storageEvents: StorageEventsRuntime = {
      config: { inboxPrefix: 'inbox/', bucket: 'calls', webhookToken: MINIO_TOKEN, snsTopicArns: [] },
      fetchCertificate: async () => {
        throw new Error('no SNS here');
      },
      confirmSubscription: async () => undefined,
    };
    const telephony = loadTelephonySources({ GENERIC_WEBHOOK_SECRET, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' }, { publicBaseUrl: PUBLIC_BASE_URL, clock: () => new Date() });
    const app = await buildApp({
      ...review, locks, deliveries, blobs, metrics, telephony, storageEvents, publicBaseUrl: PUBLIC_BASE_URL, apiKeys: [REP, MANAGER], maxUploadBytes: 1024 * 1024, clock: () => new Date(), logger,
      enqueue: (step, callId) => {
        hooks.beforeEnqueue(callId);
        return queues.enqueue(step, callId, { callId });
      },
      waitUntilIdle: (step, callId) => queues.waitUntilIdle(step, callId),
      removeJobs: (callId) => queues.removeJobs(callId),
      transcribeProgress: (callId) => queues.transcribeProgress(callId),
      queueDashboard: watched.queues,
    });
    cleanups.push(review.close, locks.close, deliveries.close, () => queues.close(), () => watched.close(), () => app.close());
    const pid = await redisPid(redis);
    // A frozen Redis is thawed before it is stopped.
    cleanups.push(async () => process.kill(pid, 'SIGCONT'));
    return { redis, app, lines, pid, blobs, queues, watched, prefix, hooks };
  };

  it('an upload answers 503 NETWORK, as the OpenAPI document says, when Redis is down', async () => {
    const { redis, app } = await stack();
    expect((await upload(app, 1)).statusCode).toBe(202);
    await redis.stop();
    const res = await upload(app, 2);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'NETWORK', message: ERROR_CODES.NETWORK.description } });
  }, 30_000);

  it('an upload answers 503 NETWORK within the bound when Redis is frozen, and is not logged as received', async () => {
    const { app, lines, pid } = await stack();
    process.kill(pid, 'SIGSTOP');
    const started = Date.now();
    const res = await withinOrHung(upload(app, 3), REDIS_ANSWER_MS + 5_000);
    expect(res === 'hung' ? res : res.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(REDIS_ANSWER_MS + 3_000);
    expect(res !== 'hung' && res.json().error.code).toBe('NETWORK');
    expect(lines.some((l) => l.msg === 'recording received')).toBe(false);
  }, 30_000);

  it('a call being transcribed is shown, without its progress, when Redis is down or frozen', async () => {
    const { redis, app, pid, blobs } = await stack();
    const id = 'c_' + 'a'.repeat(24);
    await storeCall(blobs, syntheticCall(id, { status: 'transcribing' }));
    process.kill(pid, 'SIGSTOP');
    for (const url of [`/v1/calls/${id}`, `/calls/${id}`]) {
      const started = Date.now();
      const res = await withinOrHung(app.inject({ method: 'GET', url, headers: auth }), REDIS_ANSWER_MS + 3_000);
      expect(res === 'hung' ? res : res.statusCode, url).toBe(200);
      expect(Date.now() - started, url).toBeLessThan(REDIS_ANSWER_MS);
    }
    process.kill(pid, 'SIGCONT');
    await redis.stop();
    const res = await withinOrHung(app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth }), REDIS_ANSWER_MS + 3_000);
    expect(res === 'hung' ? res : res.json().call.status).toBe('transcribing');
  }, 40_000);

  it('an erasure, and a change waiting for the call\'s sync job, answer NETWORK within the bound when Redis freezes under the lock', async () => {
    const { app, pid, blobs, queues } = await stack({ memoryLocks: true });
    const id = 'c_' + 'b'.repeat(24);
    await storeCall(blobs, syntheticCall(id, { status: 'done' }));
    process.kill(pid, 'SIGSTOP');
    const started = Date.now();
    const res = await withinOrHung(app.inject({ method: 'DELETE', url: `/v1/calls/${id}`, headers: { authorization: `Bearer ${MANAGER.key}` } }), REDIS_ANSWER_MS + 5_000);
    expect(res === 'hung' ? res : res.statusCode).toBe(503);
    expect(res !== 'hung' && res.json().error.code).toBe('NETWORK');
    const waited = await withinOrHung(queues.waitUntilIdle('sync', id).then(() => 'idle', (err: { code?: string }) => err.code), REDIS_ANSWER_MS + 5_000);
    expect(waited).toBe('NETWORK');
    expect(Date.now() - started).toBeLessThan(2 * REDIS_ANSWER_MS + 3_000);
  }, 40_000);

  it("the queue dashboard's API answers 503 NETWORK within the bound when Redis is frozen or down, and its page still loads", async () => {
    const { redis, app, pid, queues, prefix } = await stack();
    const callId = 'c_' + 'c'.repeat(24);
    await queues.enqueue('ingest', callId, { callId });
    const manager = { authorization: `Bearer ${MANAGER.key}` };
    const queue = `${prefix}-ingest`;
    const urls = [
      `/admin/queues/api/queues?activeQueue=${queue}&status=latest&page=1&jobsPerPage=10`,
      `/admin/queues/api/queues/${queue}/${jobId(callId, 'ingest')}`,
      '/admin/queues/api/redis/stats',
    ];
    for (const url of urls) expect((await app.inject({ method: 'GET', url, headers: manager })).statusCode, url).toBe(200);
    process.kill(pid, 'SIGSTOP');
    const expectNetwork = async () => {
      const answers = await Promise.all(urls.map((url) => withinOrHung(app.inject({ method: 'GET', url, headers: manager }), REDIS_ANSWER_MS + 5_000)));
      for (const [i, res] of answers.entries()) {
        expect(res === 'hung' ? res : res.statusCode, urls[i]).toBe(503);
        expect(res !== 'hung' && res.json(), urls[i]).toEqual({ error: { code: 'NETWORK', message: ERROR_CODES.NETWORK.description } });
      }
    };
    await expectNetwork();
    const page = await withinOrHung(app.inject({ method: 'GET', url: '/admin/queues', headers: manager }), REDIS_ANSWER_MS + 5_000);
    expect(page === 'hung' ? page : page.statusCode).toBe(200);
    process.kill(pid, 'SIGCONT');
    await redis.stop();
    await expectNetwork();
  }, 60_000);

  it('a webhook delivery answers 503 NETWORK within the webhook bound when Redis is frozen or down, and is counted as an error', async () => {
    const { redis, app, lines, pid } = await stack();
    const errors = async () => Number(/^callscribe_webhook_deliveries_total\{provider="generic",verdict="error"\} (\d+)$/m.exec((await app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
    expect((await deliverGeneric(app, 'rec-up')).statusCode).toBe(202);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(deliverGeneric(app, 'rec-frozen'), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.statusCode).toBe(503);
    expect(frozen !== 'hung' && frozen.json().error.code).toBe('NETWORK');
    // The webhook's own bound gave up on Redis, not the API's longer one (nor the client's command timeout).
    const failed = lines.filter((l) => l.msg === 'request failed').map((l) => String((l.err as { message?: string } | undefined)?.message));
    expect(failed).toEqual([expect.stringContaining(`no answer within ${WEBHOOK_REDIS_ANSWER_MS} ms`)]);
    process.kill(pid, 'SIGCONT');
    await redis.stop();
    const down = await withinOrHung(deliverGeneric(app, 'rec-down'), REDIS_ANSWER_MS + 5_000);
    expect(down === 'hung' ? down : down.statusCode).toBe(503);
    expect(await errors()).toBe(2);
  }, 40_000);

  it('a webhook delivery answered 503 while Redis was frozen is taken when the provider resends it once Redis answers, not refused as busy', async () => {
    const { app, pid } = await stack();
    const delivery = standardWebhookDelivery(GENERIC_WEBHOOK_SECRET, `${PUBLIC_BASE_URL}/v1/webhooks/generic`, { recordingUrl: 'https://recordings.example.com/rec-resent.wav', recordingId: 'rec-resent', meta: {} });
    const send = () => app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: delivery.headers as Record<string, string>, payload: delivery.rawBody });
    expect((await deliverGeneric(app, 'rec-before')).statusCode).toBe(202);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(send(), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.json().error.code).toBe('NETWORK');
    process.kill(pid, 'SIGCONT');
    // The very same delivery, as Twilio's 5xx retry or a Standard Webhooks sender sends it again.
    const resent = await send();
    expect([resent.statusCode, resent.json()]).toEqual([202, { id: expect.any(String), duplicate: false }]);
  }, 40_000);

  it('a webhook delivery answered 503 because Redis froze while its job was queued is still recorded once Redis answers, and its resend is the same call', async () => {
    const { app, pid, hooks, watched } = await stack();
    const delivery = standardWebhookDelivery(GENERIC_WEBHOOK_SECRET, `${PUBLIC_BASE_URL}/v1/webhooks/generic`, { recordingUrl: 'https://recordings.example.com/rec-late.wav', recordingId: 'rec-late', meta: {} });
    const send = () => app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: delivery.headers as Record<string, string>, payload: delivery.rawBody });
    // Redis freezes once the call is claimed and its source stored, as its ingest job is sent.
    hooks.beforeEnqueue = () => {
      hooks.beforeEnqueue = () => undefined;
      process.kill(pid, 'SIGSTOP');
    };
    const frozen = await withinOrHung(send(), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : [frozen.statusCode, frozen.json().error.code]).toEqual([503, 'NETWORK']);
    process.kill(pid, 'SIGCONT');
    const id = callIdFromSource('generic', 'rec-late');
    const ingestJobs = async () => (await Promise.all(watched.queues.filter((q) => /-ingest(-bulk)?$/.test(q.name)).map((q) => q.getJob(jobId(id, 'ingest'))))).filter(Boolean).length;
    // The job sent before the answer gave up is queued once Redis answers: answered 503, recorded all the same.
    await vi.waitFor(async () => expect(await ingestJobs()).toBe(1), { timeout: 10_000, interval: 50 });
    const resent = await send();
    expect([resent.statusCode, resent.json().id]).toEqual([expect.toSatisfy((s: number) => s === 200 || s === 202), id]);
    expect(await ingestJobs()).toBe(1);
  }, 40_000);

  it('a storage event answers 503 NETWORK when Redis is frozen or down, and is counted as an error under provider s3', async () => {
    const { redis, app, pid, blobs } = await stack();
    const counted = async (verdict: string) => Number(new RegExp(`^callscribe_webhook_deliveries_total\\{provider="s3",verdict="${verdict}"\\} (\\d+)$`, 'm').exec((await app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
    for (const name of ['up', 'frozen', 'down']) await blobs.put(`inbox/${name}.wav`, Buffer.from(`recording ${name}`));
    expect((await announceObject(app, 'inbox/up.wav')).statusCode).toBe(202);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(announceObject(app, 'inbox/frozen.wav'), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.statusCode).toBe(503);
    expect(frozen !== 'hung' && frozen.json().error.code).toBe('NETWORK');
    process.kill(pid, 'SIGCONT');
    await redis.stop();
    const down = await withinOrHung(announceObject(app, 'inbox/down.wav'), REDIS_ANSWER_MS + 5_000);
    expect(down === 'hung' ? down : down.statusCode).toBe(503);
    expect([await counted('accepted'), await counted('error')]).toEqual([1, 2]);
  }, 40_000);

  it('/metrics answers without the queue job counts (and says so) when Redis is down', async () => {
    const { redis, app, lines } = await stack();
    const up = await app.inject({ method: 'GET', url: '/metrics' });
    expect(up.body).toMatch(/^callscribe_queue_jobs\{/m);
    await redis.stop();
    const down = await withinOrHung(app.inject({ method: 'GET', url: '/metrics' }), 10_000);
    expect(down === 'hung' ? down : down.statusCode).toBe(200);
    if (down === 'hung') return;
    expect(down.body).not.toMatch(/^callscribe_queue_jobs\{/m);
    expect(down.body).toContain('callscribe_step_duration_seconds');
    expect(lines.some((l) => l.level === 40 && String(l.msg).includes('leaves out the queue job counts'))).toBe(true);
  }, 30_000);

  it('/metrics scraped again and again during an outage counts the queues at most once, and warns once', async () => {
    const { redis, app, lines, watched } = await stack();
    const counts = vi.spyOn(watched.queues[0]!, 'getJobCounts');
    await app.inject({ method: 'GET', url: '/metrics' });
    expect(counts).toHaveBeenCalledTimes(1);
    await redis.stop();
    for (let i = 0; i < 8; i++) {
      const res = await withinOrHung(app.inject({ method: 'GET', url: '/metrics' }), 10_000);
      expect(res === 'hung' ? res : res.body).not.toMatch(/^callscribe_queue_jobs\{/m);
    }
    // The count abandoned by the first scrape of the outage stays the only one waiting for Redis.
    expect(counts.mock.calls.length).toBeLessThanOrEqual(2);
    expect(lines.filter((l) => l.level === 40 && String(l.msg).includes('leaves out the queue job counts'))).toHaveLength(1);
  }, 60_000);

  it('an outage is logged as JSON, once per group of connections, and so is its end; nothing is printed', async () => {
    const { redis, app, lines, pid } = await stack();
    const printed = vi.spyOn(console, 'error');
    process.kill(pid, 'SIGKILL');
    // Requests while it is down, and reconnects failing, for a few seconds.
    await upload(app, 4);
    await new Promise((r) => setTimeout(r, 3_000));
    await redis.restart();
    const groups = ['call locks', 'delivery ledger', 'step queues', 'watched queues', 'index worker'];
    const deadline = Date.now() + 15_000;
    while (groups.some((g) => !lines.some((l) => l.redis === g && l.msg === 'Redis answers again')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const group of groups) {
      expect(lines.filter((l) => l.redis === group && l.level === 40 && l.msg === 'Redis cannot be reached; retrying until it answers'), group).toHaveLength(1);
      expect(lines.filter((l) => l.redis === group && l.level === 30 && l.msg === 'Redis answers again'), group).toHaveLength(1);
    }
    expect(lines.filter((l) => Number(l.level) >= 50 && l.msg !== 'request failed').map((l) => l.msg)).toEqual([]);
    expect(printed.mock.calls.map((c) => String(c[0])).filter((t) => /ioredis|ECONNREFUSED|ENOENT|Connection/.test(t))).toEqual([]);
  }, 40_000);
});

function upload(app: FastifyInstance, fill: number) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(2000).fill(fill)], { type: 'audio/mpeg' }), 'call.mp3');
  return app.inject({ method: 'POST', url: '/v1/calls', payload: form, headers: auth });
}

/** A generic (Standard Webhooks) delivery of one recording, signed as a sender would. */
function deliverGeneric(app: FastifyInstance, recordingId: string) {
  const delivery = standardWebhookDelivery(GENERIC_WEBHOOK_SECRET, `${PUBLIC_BASE_URL}/v1/webhooks/generic`, { recordingUrl: `https://recordings.example.com/${recordingId}.wav`, recordingId, meta: {} });
  return app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: delivery.headers as Record<string, string>, payload: delivery.rawBody });
}

/** A MinIO notification (with its token) of one object in the inbox. */
function announceObject(app: FastifyInstance, key: string) {
  const body = s3Notification([{ bucket: 'calls', key }], 'minio:s3');
  return app.inject({ method: 'POST', url: '/v1/events/s3', headers: { 'content-type': 'application/json', authorization: `Bearer ${MINIO_TOKEN}` }, payload: JSON.stringify(body) });
}

async function withinOrHung<T>(work: Promise<T>, ms: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
