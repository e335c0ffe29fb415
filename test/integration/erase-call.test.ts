import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import { ErasureMark, erasureKey } from '../../src/intake/erasure-mark.ts';
import { saveSource } from '../../src/intake/source-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { notifyQueueName, startNotifications } from '../../src/notify/notifications.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { jobId, queueName } from '../../src/queues/queue-names.ts';
import { createStepQueues, type StepQueues } from '../../src/queues/step-queues.ts';
import { EraseAnswer } from '../../src/review/erase-call.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const auth = (k: { key: string }) => ({ authorization: `Bearer ${k.key}` });

describe('DELETE /v1/calls/:id (embedded Redis and S3, PGlite index)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let queues: StepQueues;
  let prefix: string;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  /** Told when an erasure starts waiting for the call's deliveries under way. */
  let erasureWaits: () => void = () => undefined;

  beforeAll(async () => {
    temp = await makeTempDir();
    [redis, s3] = await Promise.all([startEmbeddedRedis(), startEmbeddedS3(join(temp.dir, 's3'), [])]);
  });
  afterAll(async () => {
    await redis?.stop();
    await s3?.stop();
    await temp.cleanup();
  });
  beforeEach(async () => {
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `erase-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    prefix = `test-${randomUUID()}`;
    queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review, blobs, apiKeys: [MANAGER, PRIYA], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, callId) => queues.enqueue(step, callId, { callId }),
      removeJobs: (callId) => queues.removeJobs(callId),
      waitForDeliveries: (callId) => (erasureWaits(), queues.waitForDeliveries(callId, 30_000)),
    });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await queues.close();
  });

  const stored = async (n: number, overrides = {}) => {
    const c = await storeFullCall(blobs, testCallId(n), { meta: { rep: { email: 'priya@example.com' } }, ...overrides });
    await review.reindexCall(c.call.id);
    return c;
  };
  const listed = async () => (await review.index.list({ limit: 100 })).calls.map((c) => c.id);

  it('a manager erases the call: objects, index row and queued jobs go, and the answer lists what stays in the CRM; again is 404', async () => {
    const { call } = await stored(31);
    await queues.enqueue('sync', call.id, { callId: call.id });

    const res = await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) });

    expect(res.statusCode).toBe(200);
    const answer = EraseAnswer.parse(res.json());
    expect(answer).toMatchObject({
      id: call.id,
      erased: { objects: 11, jobs: 1, indexRow: true },
      crmRemaining: {
        adapter: 'local',
        contactCreated: { id: 'ct-1' },
        callLog: { id: 'log-1' },
        tasks: [{ id: 'task-1', subject: 'Send the contract' }],
        stageChanges: [{ dealId: 'deal-1', from: 'presentationscheduled', to: 'contractsent', at: '2026-11-18T10:01:00.000Z' }],
      },
    });
    expect(answer.note).toMatch(/does not delete CRM records, so these stay in the local CRM: the call log, 1 task\(s\), 1 deal stage change\(s\), the contact it created; delete them there/);
    // The erasure mark, kept for good, says the same by kind and id (no subjects: they may name people).
    const mark = await getJson(blobs, erasureKey(call.id), (raw) => ErasureMark.parse(raw));
    expect(mark).toMatchObject({ reason: 'erased', crmRemaining: { adapter: 'local', records: [{ kind: 'contact', id: 'ct-1' }, { kind: 'call_log', id: 'log-1' }, { kind: 'task', id: 'task-1' }, { kind: 'deal', id: 'deal-1' }] } });
    expect(JSON.stringify(mark)).not.toContain('Send the contract');
    expect(await keysOf(blobs, call.id)).toEqual([]);
    expect(await listed()).toEqual([]);
    expect(await queues.get('sync').getJob(jobId(call.id, 'sync'))).toBeUndefined();

    const again = await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'CALL_NOT_FOUND' } });
  });

  it('a delivery of an erased call sent again, once the delivery ledger has forgotten it, is refused and leaves nothing', async () => {
    const { call } = await stored(36);
    const source = { kind: 'telephony' as const, provider: 'twilio', recordingId: 'RE36', deliveryId: 'd-36', download: {}, meta: {}, receivedAt: '2026-11-18T10:00:00.000Z' };
    await saveSource(blobs, call.id, source);
    expect((await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) })).statusCode).toBe(200);
    expect(await getJson(blobs, erasureKey(call.id), (raw) => ErasureMark.parse(raw))).toMatchObject({ callId: call.id, reason: 'erased' });

    // What the ingest worker does first with an announced call's job.
    await expect(callOfSource(blobs, call.id, new Date(), source)).rejects.toMatchObject({ code: 'CALL_ERASED', retryable: false });
    expect(await keysOf(blobs, call.id)).toEqual([]);
    // A call never erased is made as before.
    await expect(callOfSource(blobs, testCallId(37), new Date(), source)).resolves.toMatchObject({ id: testCallId(37), status: 'received' });
  });

  it('a call made from a storage event: the inbox object and its sidecar go too, unless the key holds another recording now', async () => {
    const { call } = await stored(33); // its recording copy is 4 bytes
    await saveSource(blobs, call.id, { kind: 'storage', key: 'inbox/a.wav', meta: {}, receivedAt: '2026-11-18T10:00:00.000Z' });
    await blobs.put('inbox/a.wav', Buffer.from('RIFF'));
    await blobs.put('inbox/a.meta.json', Buffer.from('{"customer":{"phone":"+14155550123"}}'));
    const { call: other } = await stored(34);
    await saveSource(blobs, other.id, { kind: 'storage', key: 'inbox/b.wav', meta: {}, receivedAt: '2026-11-18T10:00:00.000Z' });
    await blobs.put('inbox/b.wav', Buffer.from('a newer, longer recording under the same name'));

    // A call whose fetch failed (no recording copied): its event's size tells its object from a newer one.
    const { call: unfetched } = await stored(35, { recording: null, status: 'failed' });
    await saveSource(blobs, unfetched.id, { kind: 'storage', key: 'inbox/c.wav', bytes: 4, meta: {}, receivedAt: '2026-11-18T10:00:00.000Z' });
    await blobs.put('inbox/c.wav', Buffer.from('a newer recording dropped under the name since'));

    for (const id of [call.id, other.id, unfetched.id]) expect((await app.inject({ method: 'DELETE', url: `/v1/calls/${id}`, headers: auth(MANAGER) })).statusCode).toBe(200);

    expect(await blobs.head('inbox/a.wav')).toBeNull();
    expect(await blobs.head('inbox/a.meta.json')).toBeNull();
    expect(await blobs.head('inbox/b.wav')).not.toBeNull();
    expect(await blobs.head('inbox/c.wav')).not.toBeNull();
  });

  it("takes the call's notification waiting for a retry with it: its body with the rep's e-mail is never sent", async () => {
    const { call } = await stored(38, { updatedAt: new Date().toISOString(), steps: [] });
    const sent: string[] = [];
    const notifications = startNotifications({
      config: { webhook: { url: 'https://hooks.example.com/in', secret: `whsec_${Buffer.from('erase-test-key-0123456789abcdef').toString('base64')}` }, slack: null, publicBaseUrl: 'https://callscribe.example.com' },
      connection: redis.connection, prefix, blobs, logger: silentLogger,
      // The receiver is down: the delivery waits for a retry a minute later, holding its body.
      fetch: async (_url, init) => (sent.push(String(init?.body)), new Response('down', { status: 503 })),
      delivery: { attempts: 3, backoff: { baseMs: 60_000, maxMs: 60_000 }, timeoutMs: 5000 },
    });
    const notifyQueue = new Queue(notifyQueueName(prefix), { connection: redis.connection });
    try {
      await notifications.observe(call.id);
      while ((await notifyQueue.getJobCounts('delayed')).delayed !== 1) await new Promise((r) => setTimeout(r, 20));
      expect(sent.join()).toContain('priya@example.com');

      const res = await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) });

      expect(res.statusCode).toBe(200);
      expect(EraseAnswer.parse(res.json()).erased.jobs).toBe(1);
      expect(await notifyQueue.getJobCounts('waiting', 'delayed', 'active', 'prioritized')).toEqual({ waiting: 0, delayed: 0, active: 0, prioritized: 0 });
    } finally {
      await notifications.close();
      await notifyQueue.close();
    }
  });

  it('answers only once a delivery of the call already under way has ended: nothing of the call is sent after the erasure answered', async () => {
    const { call } = await stored(40, { updatedAt: new Date().toISOString(), steps: [] });
    const order: string[] = [];
    let requestStarted!: () => void;
    const started = new Promise<void>((r) => (requestStarted = r));
    let endRequest!: () => void;
    const held = new Promise<void>((r) => (endRequest = r));
    const notifications = startNotifications({
      config: { webhook: { url: 'https://hooks.example.com/in', secret: `whsec_${Buffer.from('erase-test-key-0123456789abcdef').toString('base64')}` }, slack: null, publicBaseUrl: 'https://callscribe.example.com' },
      connection: redis.connection, prefix, blobs, logger: silentLogger,
      // The delivery has looked at the call and its request is on its way, until the test lets it end.
      fetch: async (_url, init) => (requestStarted(), await held, order.push(`sent ${String(init?.body).includes('priya@example.com') ? 'with' : 'without'} the rep`), new Response('ok')),
      delivery: { attempts: 1, backoff: { baseMs: 60_000, maxMs: 60_000 }, timeoutMs: 5000 },
    });
    const waiting = new Promise<void>((r) => (erasureWaits = r));
    try {
      await notifications.observe(call.id);
      await started;

      const erasing = app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) }).then((res) => (order.push('erased'), res));
      // The request ends once the erasure waits for it, or once the erasure answered without waiting.
      await Promise.race([waiting, erasing]);
      endRequest();

      expect((await erasing).statusCode).toBe(200);
      expect(order).toEqual(['sent with the rep', 'erased']);
    } finally {
      erasureWaits = () => undefined;
      await notifications.close();
    }
  });

  it('an index refresh that read the call just before its erasure does not bring its row back', async () => {
    const { call } = await stored(39);
    let reachedUpsert!: () => void;
    const upserting = new Promise<void>((r) => (reachedUpsert = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // The index queue's worker has read the call's artifacts; its write lands after the erasure.
    const late = { ...review.index, upsert: async (doc: Parameters<typeof review.index.upsert>[0]) => (reachedUpsert(), await gate, review.index.upsert(doc)) };
    const refresh = refreshIndex(blobs, late, call.id);
    await upserting;
    expect((await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) })).statusCode).toBe(200);
    release();
    await refresh;

    expect(await listed()).toEqual([]);
  });

  it('erases a call whose crm.json is damaged, saying that what it wrote to the CRM is not known, on the confirmation page too', async () => {
    const { call } = await stored(37);
    await blobs.put(callKeys.crm(call.id), '{"schemaVersion": 1, "adapter": "local", "contact": {"id": 7}}');
    const confirm = await app.inject({ method: 'GET', url: `/calls/${call.id}/erase`, headers: auth(MANAGER) });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('could not be read (its crm.json is damaged)');
    expect(confirm.body).not.toContain('Nothing was written to the CRM');
    const res = await app.inject({ method: 'DELETE', url: `/v1/calls/${call.id}`, headers: auth(MANAGER) });
    expect(res.statusCode).toBe(200);
    const answer = EraseAnswer.parse(res.json());
    expect(answer).toMatchObject({ crmRemaining: null, crmRecordUnreadable: true });
    expect(answer.note).toContain('could not be read, so that is not known');
    expect(await keysOf(blobs, call.id)).toEqual([]);
    expect(await listed()).toEqual([]);
  });

  it('a rep may not erase, not even their own call', async () => {
    const c = await stored(32);
    const res = await app.inject({ method: 'DELETE', url: `/v1/calls/${c.call.id}`, headers: auth(PRIYA) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'AUTH_FORBIDDEN', message: 'A rep may not erase calls.' } });
    expect(await keysOf(blobs, c.call.id)).toEqual([...c.audio, ...c.text].sort());
    expect(await listed()).toEqual([c.call.id]);
  });

  it('waits while a step of the call runs (409 CALL_BUSY), and erases once it has finished', async () => {
    const c = await stored(33, { status: 'preparing' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = false;
    const worker = new Worker(queueName('prepare', prefix), async () => {
      started = true;
      await gate;
    }, { connection: redis.connection });
    try {
      await queues.enqueue('prepare', c.call.id, { callId: c.call.id });
      while (!started) await new Promise((r) => setTimeout(r, 20));
      const busy = await app.inject({ method: 'DELETE', url: `/v1/calls/${c.call.id}`, headers: auth(MANAGER) });
      expect(busy.statusCode).toBe(409);
      expect(busy.json()).toMatchObject({ error: { code: 'CALL_BUSY' } });
      expect(await keysOf(blobs, c.call.id)).toHaveLength(c.audio.length + c.text.length);
      release();
      await queues.waitUntilIdle('prepare', c.call.id);
      const done = await app.inject({ method: 'DELETE', url: `/v1/calls/${c.call.id}`, headers: auth(MANAGER) });
      expect(done.statusCode).toBe(200);
      expect(await keysOf(blobs, c.call.id)).toEqual([]);
    } finally {
      release();
      await worker.close();
    }
  });

  it('a call whose audio retention deleted answers 410 AUDIO_MISSING for its recording, saying when', async () => {
    const c = await stored(34, { audioRemoved: { at: '2026-12-01T03:30:00.000Z', reason: 'retention' } });
    const res = await app.inject({ method: 'GET', url: `/v1/calls/${c.call.id}/audio`, headers: auth(MANAGER) });
    expect(res.statusCode).toBe(410);
    expect(res.json().error).toMatchObject({ code: 'AUDIO_MISSING', message: expect.stringContaining('2026-12-01T03:30:00.000Z (retention policy)') });
  });
});
