import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import { ErasureMark, erasureKey } from '../../src/intake/erasure-mark.ts';
import { saveSource } from '../../src/intake/source-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { silentLogger } from '../../src/logging/logger.ts';
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
    expect(answer.note).toMatch(/does not delete CRM records: the call log, 1 task\(s\), 1 deal stage change\(s\), the contact it created stay in local/);
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

  it('a rep may not erase, not even their own call', async () => {
    const c = await stored(32);
    const res = await app.inject({ method: 'DELETE', url: `/v1/calls/${c.call.id}`, headers: auth(PRIYA) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'AUTH_FORBIDDEN' } });
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
