import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { createStepQueues, type StepQueues } from '../../src/queues/step-queues.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = 'mgr_0123456789abcdef';

describe('a call whose step no worker takes, on GET /v1/calls/:id (real Redis and BullMQ)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let redis: EmbeddedRedis;
  let queues: StepQueues;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let worker: Worker | null = null;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    redis = await startEmbeddedRedis();
    queues = createStepQueues({ connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 1 });
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review, blobs, enqueue: async () => {}, stepWorkers: (step, callId) => queues.stepWorkers(step, callId),
      apiKeys: [apiKey('manager', MANAGER)], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
    });
  });
  afterEach(async () => {
    await worker?.close(true);
    await app.close();
    await review.close();
    await queues.close();
    await redis.stop();
    await temp.cleanup();
  });

  it('names the step while its job waits with no worker on the queue, and stops once a worker connects', async () => {
    const call = syntheticCall('c_00000000000000000000000a', { status: 'preparing' });
    await storeCall(blobs, call);
    const view = async () => (await app.inject({ method: 'GET', url: `/v1/calls/${call.id}`, headers: { authorization: `Bearer ${MANAGER}` } })).json() as { noWorker?: unknown };
    // Nothing queued for it (a stranded call): not this notice's case.
    expect(await view()).not.toHaveProperty('noWorker');
    await queues.enqueue('prepare', call.id, { callId: call.id }, 'bulk');
    expect(await view()).toMatchObject({ noWorker: { step: 'prepare', lane: 'bulk' } });
    // A worker on the other lane does not take it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    worker = new Worker(queues.get('prepare', 'interactive').name, async () => held, { connection: redis.connection });
    await worker.waitUntilReady();
    expect(await view()).toMatchObject({ noWorker: { step: 'prepare', lane: 'bulk' } });
    await worker.close(true);
    worker = new Worker(queues.get('prepare', 'bulk').name, async () => held, { connection: redis.connection });
    let body = await view();
    while (body.noWorker) body = await view();
    expect(body).not.toHaveProperty('noWorker');
    release();
  });

  // An upload's call stays at received, its recording stored, until a worker starts preparing it: the
  // case of every upload sent while no worker runs.
  it('names prepare for a received call that has its recording and whose prepare job waits', async () => {
    const call = syntheticCall('c_00000000000000000000000b', { status: 'received' });
    await storeCall(blobs, call);
    await queues.enqueue('prepare', call.id, { callId: call.id });
    const body = (await app.inject({ method: 'GET', url: `/v1/calls/${call.id}`, headers: { authorization: `Bearer ${MANAGER}` } })).json();
    expect(body).toMatchObject({ noWorker: { step: 'prepare', lane: 'interactive' } });
  });

  it('names ingest for a received call with no recording yet whose fetch waits', async () => {
    const call = { ...syntheticCall('c_00000000000000000000000c', { status: 'received' }), recording: null };
    await storeCall(blobs, call);
    await queues.enqueue('ingest', call.id, { callId: call.id });
    const body = (await app.inject({ method: 'GET', url: `/v1/calls/${call.id}`, headers: { authorization: `Bearer ${MANAGER}` } })).json();
    expect(body).toMatchObject({ noWorker: { step: 'ingest', lane: 'interactive' } });
  });
});
