import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { PROCESSING_STEPS, type StepName } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { newCall, saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts, StepResult } from '../../src/pipeline/pipeline-ports.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { BULK_CHILD_NICE, type Lane } from '../../src/queues/lanes.ts';
import { jobId } from '../../src/queues/queue-names.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** What the steps do in this test: each call's step runs `stepBody`, set per test (the real queues and workers around it). */
const hooks = vi.hoisted(() => ({ stepBody: async (_step: string, _callId: string, _ports: { childNice?: number; tmpDir: string }): Promise<object> => ({}) }));
vi.mock('../../src/pipeline/steps.ts', () => {
  const fn = (step: string) => (input: { callId: string }, ports: { childNice?: number; tmpDir: string }) => hooks.stepBody(step, input.callId, ports);
  return { STEP_FNS: { prepare: fn('prepare'), transcribe: fn('transcribe'), extract: fn('extract'), sync: fn('sync') } };
});

// The lanes (src/queues/lanes.ts) through real BullMQ workers on a private Redis: the step bodies are stand-ins.
describe('interactive and bulk lanes', () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
  });
  afterAll(async () => {
    await redis?.stop();
    await temp?.cleanup();
  });

  const start = (steps: readonly StepName[], opts: { concurrency: number; bulkConcurrency: number; lanes?: readonly Lane[]; prefix?: string; tmpDir?: string }): QueueRuntime => {
    const ports = { blobs, logger: silentLogger, clock: () => new Date(), tmpDir: opts.tmpDir ?? tmpdir(), crm: { kind: 'none' }, transcriber: { concurrency: 2 } } as unknown as PipelinePorts;
    return startQueueRuntime(steps, ports, silentLogger, { connection: redis.connection, prefix: opts.prefix ?? `test-${randomUUID()}`, attempts: 2, ...opts });
  };
  const seed = async (callId: string) => saveCall(blobs, newCall({ id: callId, meta: { direction: 'outbound' } as never, recording: null }, new Date()));
  const until = async (what: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await what())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(20);
    }
  };

  it('runs an interactive job at once while a bulk backlog fills its own slots, and never more bulk jobs than WORKER_BULK_CONCURRENCY', async () => {
    const rt = start(['extract'], { concurrency: 2, bulkConcurrency: 1 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const finished: string[] = [];
    let bulkRunning = 0;
    let bulkPeak = 0;
    hooks.stepBody = async (_step, callId) => {
      started.push(callId);
      if (callId.startsWith('c_bulk')) {
        bulkPeak = Math.max(bulkPeak, ++bulkRunning);
        await held; // a long bulk job: it keeps its slot until the end of the test
        bulkRunning -= 1;
      }
      finished.push(callId);
      return {} satisfies StepResult;
    };
    try {
      const backlog = Array.from({ length: 12 }, (_, i) => `c_bulk${i}`);
      for (const id of [...backlog, 'c_upload']) await seed(id);
      for (const id of backlog) await rt.queues.enqueue('extract', id, { callId: id }, 'bulk');
      await until(() => started.length >= 1);
      await rt.queues.enqueue('extract', 'c_upload', { callId: 'c_upload' });
      await until(() => finished.includes('c_upload'));
      // The upload finished while every bulk job started was still running, and the backlog still waits.
      expect(finished).toEqual(['c_upload']);
      expect(await rt.queues.get('extract', 'bulk').getWaitingCount()).toBe(backlog.length - 1);
      expect(bulkPeak).toBe(1);
      release();
      await until(() => finished.length === backlog.length + 1);
      expect(bulkPeak).toBe(1);
    } finally {
      release();
      await rt.close();
    }
  });

  it("carries a call's lane from step to step, to the end: a bulk call's every job runs on the bulk queues, an upload's on the interactive ones", async () => {
    const rt = start(PROCESSING_STEPS, { concurrency: 2, bulkConcurrency: 1 });
    const nice = new Map<string, Set<number | undefined>>();
    hooks.stepBody = async (_step, callId, ports) => {
      nice.set(callId, (nice.get(callId) ?? new Set()).add(ports.childNice));
      return {} satisfies StepResult;
    };
    try {
      await seed('c_old');
      await seed('c_new');
      await rt.queues.enqueue('prepare', 'c_old', { callId: 'c_old' }, 'bulk');
      await rt.queues.enqueue('prepare', 'c_new', { callId: 'c_new' });
      const stateIn = async (step: StepName, callId: string, lane: 'interactive' | 'bulk') => (await rt.queues.get(step, lane).getJob(jobId(callId, step)))?.getState();
      await until(async () => (await stateIn('sync', 'c_old', 'bulk')) === 'completed' && (await stateIn('sync', 'c_new', 'interactive')) === 'completed');
      for (const step of PROCESSING_STEPS) {
        expect([step, await stateIn(step, 'c_old', 'bulk'), await stateIn(step, 'c_old', 'interactive')]).toEqual([step, 'completed', undefined]);
        expect([step, await stateIn(step, 'c_new', 'interactive'), await stateIn(step, 'c_new', 'bulk')]).toEqual([step, 'completed', undefined]);
      }
      // Bulk work's programs (ffmpeg, a local engine) run at a lower priority than an upload's.
      expect([...nice.get('c_old')!]).toEqual([BULK_CHILD_NICE]);
      expect([...nice.get('c_new')!]).toEqual([undefined]);
      // A call waiting in one lane is left there when queued again in the other: never two runs of a step at once.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      hooks.stepBody = async () => (await held, {});
      await rt.queues.enqueue('prepare', 'c_old', { callId: 'c_old' }, 'bulk');
      await until(async () => (await stateIn('prepare', 'c_old', 'bulk')) === 'active');
      await rt.queues.enqueue('prepare', 'c_old', { callId: 'c_old' });
      expect(await stateIn('prepare', 'c_old', 'interactive')).toBeUndefined();
      release();
    } finally {
      await rt.close();
    }
  });

  it('WORKER_LANES: a process of interactive workers and one of bulk workers on the same queues each take their own lane only, to the end of every call', async () => {
    const prefix = `test-${randomUUID()}`;
    const uploads = start(PROCESSING_STEPS, { concurrency: 2, bulkConcurrency: 1, lanes: ['interactive'], prefix, tmpDir: 'uploads-process' });
    const backfill = start(PROCESSING_STEPS, { concurrency: 2, bulkConcurrency: 1, lanes: ['bulk'], prefix, tmpDir: 'bulk-process' });
    const ranIn = new Map<string, Set<string>>();
    hooks.stepBody = async (step, callId, ports) => {
      ranIn.set(callId, (ranIn.get(callId) ?? new Set()).add(`${step}@${ports.tmpDir}`));
      return {} satisfies StepResult;
    };
    try {
      expect(uploads.workers.map((w) => w.name).every((name) => !name.endsWith('-bulk'))).toBe(true);
      expect(backfill.workers.map((w) => w.name).every((name) => name.endsWith('-bulk'))).toBe(true);
      for (const id of ['c_a', 'c_b', 'c_c', 'c_d']) await seed(id);
      await uploads.queues.enqueue('prepare', 'c_a', { callId: 'c_a' }, 'bulk');
      await uploads.queues.enqueue('prepare', 'c_b', { callId: 'c_b' }, 'bulk');
      await backfill.queues.enqueue('prepare', 'c_c', { callId: 'c_c' });
      await backfill.queues.enqueue('prepare', 'c_d', { callId: 'c_d' });
      const steps = (where: string) => new Set(PROCESSING_STEPS.map((s) => `${s}@${where}`));
      await until(() => ['c_a', 'c_b', 'c_c', 'c_d'].every((id) => (ranIn.get(id)?.size ?? 0) >= steps('x').size));
      expect(ranIn.get('c_a')).toEqual(steps('bulk-process'));
      expect(ranIn.get('c_b')).toEqual(steps('bulk-process'));
      expect(ranIn.get('c_c')).toEqual(steps('uploads-process'));
      expect(ranIn.get('c_d')).toEqual(steps('uploads-process'));
    } finally {
      await uploads.close();
      await backfill.close();
    }
  });
});
