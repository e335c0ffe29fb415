import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import type { PostgresCallIndex } from '../../src/adapters/index/postgres/postgres.call-index.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { jobId, queueName } from '../../src/queues/queue-names.ts';
import { createStepQueues, type StepQueues } from '../../src/queues/step-queues.ts';
import { requeueStrandedCalls, startStrandedWatch } from '../../src/queues/stranded-calls.ts';
import { memoryCallLocks } from '../../src/review/call-lock.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const HOUR = 3600_000;
const GRACE = 10 * 60_000;
const later = () => new Date(Date.now() + HOUR);
const id = (n: number) => `c_${String(n).padStart(24, '0')}`;

describe('calls left at a step with nothing queued are queued again', () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let index: PostgresCallIndex;
  let queues: StepQueues;
  let prefix: string;

  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    index = await openPgliteIndex(null);
    prefix = `test-${randomUUID()}`;
    queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
  });
  afterEach(async () => {
    await queues.close();
    await index.close();
    await temp.cleanup();
  });

  /** A call as its record says, listed in the index. */
  const stored = async (call: Call) => {
    await storeCall(blobs, call);
    await refreshIndex(blobs, index, call.id);
  };
  const jobState = async (step: Parameters<StepQueues['get']>[0], callId: string, lane: 'interactive' | 'bulk') =>
    (await queues.get(step, lane).getJob(jobId(callId, step)))?.getState() ?? null;

  it('finds exactly the calls whose step has no job: not a fresh hand-off, not a queued, delayed or settled call', async () => {
    const now = new Date().toISOString();
    await stored(syntheticCall(id(1), { status: 'syncing' }));
    await stored(syntheticCall(id(2), { status: 'received', recording: null }));
    await stored(syntheticCall(id(3), { status: 'extracting' }));
    await queues.enqueue('extract', id(3), { callId: id(3) });
    await stored(syntheticCall(id(4), { status: 'syncing', updatedAt: later().toISOString() }));
    await stored(syntheticCall(id(5), { status: 'syncing' }));
    // Settled since the index was written: the record decides, not the index.
    await storeCall(blobs, syntheticCall(id(5), { status: 'done', updatedAt: now }));
    await stored(syntheticCall(id(6), { status: 'needs_review' }));
    await stored(syntheticCall(id(7), { status: 'transcribing' }));
    await queues.get('transcribe', 'bulk').add('transcribe', { callId: id(7) }, { jobId: jobId(id(7), 'transcribe'), delay: HOUR });
    // A job whose last attempt failed without the call recording it: nothing would move the call on.
    await stored(syntheticCall(id(8), { status: 'preparing' }));
    await queues.enqueue('prepare', id(8), { callId: id(8) });
    const failing = new Worker(queueName('prepare', prefix), async () => {
      throw new Error('the worker could not record this');
    }, { connection: redis.connection });
    while ((await jobState('prepare', id(8), 'interactive')) !== 'failed') await new Promise((r) => setTimeout(r, 20));
    await failing.close();

    const log = capturedLogger();
    const result = await requeueStrandedCalls({ blobs, index, queues, locks: memoryCallLocks(), logger: log.logger, clock: later }, GRACE);

    // In the order of the statuses' steps: received, preparing, …, syncing.
    expect(result.requeued).toEqual([
      { callId: id(2), step: 'ingest' },
      { callId: id(8), step: 'prepare' },
      { callId: id(1), step: 'sync' },
    ]);
    expect(result.checked).toBe(7);
    expect(await jobState('sync', id(1), 'bulk')).toBe('waiting');
    expect(await jobState('ingest', id(2), 'bulk')).toBe('waiting');
    expect(await jobState('prepare', id(8), 'bulk')).toBe('waiting');
    expect(await jobState('extract', id(3), 'bulk')).toBeNull();
    expect(await jobState('sync', id(4), 'bulk')).toBeNull();
    expect(await jobState('sync', id(5), 'bulk')).toBeNull();
    expect(await jobState('transcribe', id(7), 'bulk')).toBe('delayed');
    expect(log.lines.filter((l) => l.level === 40).map((l) => [l.callId, l.step])).toEqual(expect.arrayContaining([[id(1), 'sync'], [id(2), 'ingest'], [id(8), 'prepare']]));

    // Queued now: a second sweep leaves them alone.
    expect((await requeueStrandedCalls({ blobs, index, queues, locks: memoryCallLocks(), logger: silentLogger, clock: later }, GRACE)).requeued).toEqual([]);
  });

  it("leaves a call alone while an earlier step's job is still pending: a hand-off whose queueing failed is retried by that job", async () => {
    // The step finished and wrote the next status, then queueing the next step failed: its own job runs again
    // (delayed for a retry, or taken over after its worker stalled) and queues it. Queuing it here as well ran both.
    await stored(syntheticCall(id(20), { status: 'transcribing' }));
    await queues.get('prepare').add('prepare', { callId: id(20) }, { jobId: jobId(id(20), 'prepare'), delay: HOUR });
    await stored(syntheticCall(id(21), { status: 'syncing' }));
    await queues.get('extract', 'bulk').add('extract', { callId: id(21) }, { jobId: jobId(id(21), 'extract') });

    const result = await requeueStrandedCalls({ blobs, index, queues, locks: memoryCallLocks(), logger: silentLogger, clock: later }, GRACE);

    expect(result.requeued).toEqual([]);
    expect(await jobState('transcribe', id(20), 'bulk')).toBeNull();
    expect(await jobState('sync', id(21), 'bulk')).toBeNull();
  });

  it("queues nothing for a call being erased: the sweep takes the call's lock, as people's changes and erasure do", async () => {
    const callId = id(22);
    await stored(syntheticCall(callId, { status: 'syncing' }));
    const locks = memoryCallLocks();
    let asked!: () => void;
    const lockAsked = new Promise<void>((r) => (asked = r));
    const watched = { ...locks, withLock: <T>(c: string, work: () => Promise<T>) => (asked(), locks.withLock(c, work)) };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A manager's erasure holds the lock: it removed the call's jobs and is deleting its objects.
    const erasing = locks.withLock(callId, async () => {
      await gate;
      await blobs.delete(callKeys.call(callId));
      await index.remove(callId);
    });
    const sweep = requeueStrandedCalls({ blobs, index, queues, locks: watched, logger: silentLogger, clock: later }, GRACE);
    await Promise.race([sweep, lockAsked]);
    release();
    await erasing;

    expect((await sweep).requeued).toEqual([]);
    expect(await jobState('sync', callId, 'bulk')).toBeNull();
  });

  it('a call whose lock someone holds past the wait is left to the next sweep; the others are still queued', async () => {
    // Swept in the order of the steps: the busy call first.
    await stored(syntheticCall(id(23), { status: 'extracting' }));
    await stored(syntheticCall(id(24), { status: 'syncing' }));
    const locks = memoryCallLocks();
    const busyOn23 = { withLock: <T>(c: string, work: () => Promise<T>) => (c === id(23) ? Promise.reject(retryable('CALL_BUSY', 'Call is being changed by someone else.')) : locks.withLock(c, work)) };

    const result = await requeueStrandedCalls({ blobs, index, queues, locks: busyOn23, logger: silentLogger, clock: later }, GRACE);

    expect(result.requeued).toEqual([{ callId: id(24), step: 'sync' }]);
    expect(await jobState('extract', id(23), 'bulk')).toBeNull();
  });

  it('stops after the call it is at when told to (a process shutting down)', async () => {
    await stored(syntheticCall(id(12), { status: 'syncing' }));
    await stored(syntheticCall(id(13), { status: 'syncing' }));
    let asked = 0;
    const result = await requeueStrandedCalls({ blobs, index, locks: memoryCallLocks(), queues, logger: silentLogger, clock: later }, GRACE, () => asked++ >= 1);
    expect(result.checked).toBe(1);
    expect(result.requeued).toHaveLength(1);
  });

  it('the watch the API process runs sweeps on its own, again after a sweep that failed', async () => {
    await stored(syntheticCall(id(10), { status: 'extracting' }));
    let lists = 0;
    const flaky = { list: (q: Parameters<PostgresCallIndex['list']>[0]) => (++lists === 1 ? Promise.reject(new Error('index unreachable')) : index.list(q)) };
    const log = capturedLogger();
    const watch = startStrandedWatch({ blobs, index: flaky, queues, locks: memoryCallLocks(), logger: log.logger, clock: later, everyMs: 50 });
    try {
      while ((await jobState('extract', id(10), 'bulk')) === null) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await watch.close();
    }
    expect(log.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['could not look for stranded calls; the next sweep tries again', 'call was waiting for extract with nothing queued; queued it again']));
  });

  it('a decision saved while queueing its sync failed reaches the CRM after the sweep; before it, the call stayed syncing and refused every retry', async () => {
    const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
    const crm: LocalCrm = createLocalCrm({
      dataDir: temp.dir,
      seed: { contacts: [{ id: 'ct-1', name: 'Ada', email: null, phone: '+14155550101', company: null }], deals: [{ id: 'deal-1', name: 'Acme', stage: 'presentationscheduled', contactIds: ['ct-1'], open: true }] },
    });
    const ports = { blobs, crm, logger: silentLogger, clock: () => new Date(), onCallChanged: (callId: string) => refreshIndex(blobs, index, callId), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } } as unknown as PipelinePorts;
    const runSync = (callId: string) => runStep({ step: 'sync', callId, attempt: 1, isLastAttempt: true }, ports, () => sync({ callId }, ports));
    const callId = id(9);
    await storeCall(blobs, syntheticCall(callId, { status: 'syncing', meta: { customer: { phone: '+14155550101' } }, updatedAt: new Date().toISOString() }), { insights: insightsProposing() });
    await runSync(callId);
    expect((await findCall(blobs, callId))!.status).toBe('needs_review');

    let redisAnswers = false;
    const locks = memoryCallLocks();
    const app = await buildApp({
      index, locks, crm, blobs, canCreateContact: false, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      reindexCall: (c) => refreshIndex(blobs, index, c),
      enqueue: async (step, c) => {
        if (!redisAnswers) throw retryable('NETWORK', 'Redis did not answer in time.');
        await queues.enqueue(step, c, { callId: c });
      },
      waitUntilIdle: (step, c) => queues.waitUntilIdle(step, c),
    });
    try {
      const decide = () => app.inject({
        method: 'POST', url: `/v1/calls/${callId}/review`, headers: { authorization: `Bearer ${MANAGER.key}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ decisions: [{ id: 'deal-stage', decision: 'approve' }] }),
      });
      expect((await decide()).statusCode).toBe(503);
      redisAnswers = true;
      // Redis answers again, but the call says it is syncing: the manager cannot decide again.
      expect((await decide()).json().error.code).toBe('CALL_BUSY');
      expect((await findCall(blobs, callId))!.status).toBe('syncing');

      const result = await requeueStrandedCalls({ blobs, index, queues, locks: memoryCallLocks(), logger: silentLogger, clock: later }, GRACE);
      expect(result.requeued).toEqual([{ callId, step: 'sync' }]);
      expect(await jobState('sync', callId, 'bulk')).toBe('waiting');
      await runSync(callId);
      expect((await findCall(blobs, callId))!.status).toBe('done');
      expect((await crm.snapshot()).deals[0]!.stage).toBe('contractsent');
    } finally {
      await app.close();
      await locks.close();
    }
  });
});

function insightsProposing(): Insights {
  return {
    schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'The buyer asked for the contract.', keyPoints: [], actionItems: [],
    dealStage: { current: 'presentationscheduled', proposed: 'contractsent', confidence: 0.9, rationale: 'r', evidence: [{ quote: 'send over the contract', speaker: 'customer', startSec: 3 }] },
    followUpEmail: null, redactions: [], warnings: [],
  };
}
