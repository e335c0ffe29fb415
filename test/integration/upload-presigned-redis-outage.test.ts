import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { REDIS_ANSWER_MS, WEBHOOK_REDIS_ANSWER_MS } from '../../src/errors/redis-unreachable.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { ERROR_CODES } from '../../src/http/error-codes.ts';
import { memoryDeliveryLedger, redisDeliveryLedger } from '../../src/intake/delivery-ledger.ts';
import { callIdFromSha256 } from '../../src/domain/call-keys.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { redisCallLocks } from '../../src/review/call-lock.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { redisPid } from '../helpers/redis-pid.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const auth = { authorization: `Bearer ${REP.key}` };
const BUCKET = 'presign-outage';

interface PresignAnswer {
  url: string;
  fields: Record<string, string>;
  key: string;
  uploadToken: string;
}

/** `POST /v1/calls/complete` as `serve` wires it to Redis (call locks, delivery ledger, step queues), over a private Redis and a real S3 API. */
describe('completing a presigned upload while Redis is down or frozen', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  });

  /** `memory`: a part that needs no Redis, to reach what `complete` waits on after it (Redis may stop answering once the claim or the lock is taken). */
  const stack = async (opts: { ledger?: 'memory'; locks?: 'memory' } = {}) => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const s3 = await startEmbeddedS3(join(temp.dir, 's3'), [BUCKET]);
    cleanups.push(() => s3.stop());
    const redis = await startEmbeddedRedis();
    cleanups.push(() => redis.stop());
    const { logger, lines } = capturedLogger('info');
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials: s3.credentials });
    const review = await reviewDeps(blobs);
    const prefix = `test-${randomUUID()}`;
    const locks = opts.locks === 'memory' ? review.locks : redisCallLocks(redis.connection, { logger });
    const deliveries = opts.ledger === 'memory' ? memoryDeliveryLedger() : redisDeliveryLedger(redis.connection, { prefix: `${prefix}:delivered:`, logger });
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1, logger });
    const app = await buildApp({
      ...review, locks, deliveries, blobs, apiKeys: [REP], maxUploadBytes: 1024 * 1024, clock: () => new Date(), logger,
      session: { secret: 'test-session-secret-0123456789abcdef' },
      enqueue: (step, callId) => queues.enqueue(step, callId, { callId }),
    });
    cleanups.push(review.close, locks.close, deliveries.close, () => queues.close(), () => app.close());
    const pid = await redisPid(redis);
    // A frozen Redis is thawed before it is stopped.
    cleanups.push(async () => process.kill(pid, 'SIGCONT'));
    return { redis, app, lines, pid, queues, locks };
  };

  /** Presigns, posts the recording to S3 as a browser does, and returns what `complete` takes. */
  const uploaded = async (app: FastifyInstance, fill: number) => {
    const res = await app.inject({ method: 'POST', url: '/v1/calls/presign', headers: auth });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as PresignAnswer;
    const form = new FormData();
    for (const [name, value] of Object.entries(p.fields)) form.append(name, value);
    form.append('file', new Blob([recording(fill)], { type: 'audio/mpeg' }), 'call.mp3');
    expect((await fetch(p.url, { method: 'POST', body: form })).status).toBe(204);
    return { key: p.key, uploadToken: p.uploadToken, filename: 'call.mp3' };
  };
  const recording = (fill: number) => new Uint8Array(3000).fill(fill);
  const complete = (app: FastifyInstance, body: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/calls/complete', headers: auth, payload: body });

  it('answers 503 NETWORK once the webhook bound is spent when Redis is frozen, not the API\'s longer one; calling complete again takes the recording', async () => {
    const { app, lines, pid, queues } = await stack();
    const body = await uploaded(app, 5);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(complete(app, body), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.statusCode).toBe(503);
    expect(frozen !== 'hung' && frozen.json()).toEqual({ error: { code: 'NETWORK', message: ERROR_CODES.NETWORK.description } });
    expect(boundsGivenUp(lines)).toEqual([WEBHOOK_REDIS_ANSWER_MS]);
    expect(lines.some((l) => l.msg === 'recording received')).toBe(false);

    process.kill(pid, 'SIGCONT');
    const again = await complete(app, body);
    expect(again.statusCode, again.body).toBe(202);
    const { id } = again.json() as { id: string };
    expect(await queues.hasPendingJob('prepare', id)).toBe(true);
  }, 40_000);

  it('answers 503 NETWORK within the same bound when Redis freezes once the claim is made, before the call\'s lock is granted; the lock granted later does nothing', async () => {
    const { app, lines, pid, queues } = await stack({ ledger: 'memory' });
    const body = await uploaded(app, 7);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(complete(app, body), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.statusCode).toBe(503);
    expect(boundsGivenUp(lines)).toEqual([expect.toSatisfy((ms: number) => ms <= WEBHOOK_REDIS_ANSWER_MS)]);
    process.kill(pid, 'SIGCONT');
    const again = await complete(app, body);
    expect(again.statusCode, again.body).toBe(202);
    expect(await queues.hasPendingJob('prepare', again.json().id)).toBe(true);
  }, 40_000);

  it('answers 503 NETWORK within the same bound when Redis freezes once the call is stored, before it is queued; the job queued later stays', async () => {
    const { app, lines, pid, queues } = await stack({ ledger: 'memory', locks: 'memory' });
    const body = await uploaded(app, 8);
    process.kill(pid, 'SIGSTOP');
    const frozen = await withinOrHung(complete(app, body), REDIS_ANSWER_MS + 5_000);
    expect(frozen === 'hung' ? frozen : frozen.statusCode).toBe(503);
    expect(boundsGivenUp(lines)).toEqual([expect.toSatisfy((ms: number) => ms <= WEBHOOK_REDIS_ANSWER_MS)]);
    process.kill(pid, 'SIGCONT');
    // The queuing goes on once Redis answers (a few round trips).
    const id = callIdFromSha256(createHash('sha256').update(recording(8)).digest('hex'));
    await vi.waitFor(async () => expect(await queues.hasPendingJob('prepare', id)).toBe(true), { timeout: 10_000, interval: 100 });
  }, 40_000);

  it('waits for the call\'s lock another holder keeps past the bound while Redis answers, and takes the recording (not 503 NETWORK)', async () => {
    const { app, lines, locks } = await stack();
    const body = await uploaded(app, 9);
    const id = callIdFromSha256(createHash('sha256').update(recording(9)).digest('hex'));
    // The same recording being taken another way (a multipart upload copying it) holds the call's lock.
    let letGo = () => {};
    let holding = () => {};
    const held = new Promise<void>((r) => (holding = r));
    const other = locks.withLock(id, () => (holding(), new Promise<void>((r) => (letGo = r))));
    await held;
    const answer = complete(app, body);
    // Longer than the bound on Redis, which answers all along: only the holder keeps the complete waiting.
    await new Promise((r) => setTimeout(r, WEBHOOK_REDIS_ANSWER_MS + 1_000));
    letGo();
    await other;
    const res = await answer;
    expect(res.statusCode, res.body).toBe(202);
    expect(boundsGivenUp(lines)).toEqual([]);
  }, 40_000);

  it('answers 503 NETWORK when Redis is down, and takes the recording when complete is called again after Redis is back', async () => {
    const { redis, app, pid } = await stack();
    const body = await uploaded(app, 6);
    process.kill(pid, 'SIGKILL');
    const down = await withinOrHung(complete(app, body), REDIS_ANSWER_MS + 5_000);
    expect(down === 'hung' ? down : down.statusCode).toBe(503);
    expect(down !== 'hung' && down.json().error.code).toBe('NETWORK');
    await redis.restart();
    const again = await complete(app, body);
    expect(again.statusCode, again.body).toBe(202);
  }, 40_000);
});

/**
 * The bound each failed request gave up on Redis at, as its logged failure says (`no answer within N ms`);
 * NaN for a failure that was not a bound given up (the Redis client's own command timeout, which is longer).
 */
function boundsGivenUp(lines: Record<string, unknown>[]): number[] {
  return lines
    .filter((l) => l.msg === 'request failed')
    .map((l) => Number(/no answer within (\d+) ms/.exec(String((l.err as { message?: string } | undefined)?.message))?.[1]));
}

async function withinOrHung<T>(work: Promise<T>, ms: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
