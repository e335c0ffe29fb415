import { FlowProducer, Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { StepName } from '../domain/call.ts';
import { STEP_NAMES } from '../domain/call.ts';
import type { IngestInput } from '../pipeline/ingest.ts';
import type { CallSource } from '../intake/source-record.ts';
import type { ChunkRef } from '../pipeline/transcribe-chunk.ts';
import { retryable } from '../errors/app-error.ts';
import { withinRedisAnswer } from '../errors/redis-unreachable.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import { notifyQueueName } from '../notify/notifications.ts';
import { LANES, type Lane } from './lanes.ts';
import { chunkQueueName, jobId, queueName } from './queue-names.ts';

export type ChunkJobData = { callId: string } & ChunkRef;
/** An announced call's ingest carries its source (see announceCall), so it survives until source.json is written. */
export type JobData = { callId: string } | { callId: string; source: CallSource } | IngestInput | ChunkJobData;

export interface QueueSettings {
  connection: ConnectionOptions;
  prefix: string;
  attempts: number;
  /** Where a Redis outage is logged (once, and its end); without it, the queues print each failed reconnect. */
  logger?: Logger;
}

export interface TranscribeProgress {
  chunksDone: number;
  chunksTotal: number;
}

export interface StepQueues {
  /**
   * Queues a step for a call, in `lane` (default interactive; see lanes.ts). A job with the same id that is
   * waiting or running, in either lane, is left alone; a finished one is replaced.
   */
  enqueue(step: StepName, callId: string, data: JobData, lane?: Lane): Promise<void>;
  /**
   * Waits (up to `waitMs`) until no job of this step runs for the call: a call's record can say it
   * settled while its job is still finishing. Before a person's change, so the run that follows reads
   * it (a job that ran meanwhile would have read too early, and `enqueue` would skip a running job).
   * Throws retryable `CALL_BUSY` when the job does not finish.
   */
  waitUntilIdle(step: StepName, callId: string, waitMs?: number): Promise<void>;
  /**
   * Queues a call's transcription as a flow: one chunk job per chunk (run in parallel, as many at a time
   * as the engine allows) and the transcribe job, which runs once they are all done and merges them.
   */
  enqueueTranscribe(callId: string, chunks: readonly ChunkRef[], lane?: Lane): Promise<void>;
  /**
   * Removes every job of the call that is not running (waiting, delayed or finished; a transcription
   * flow with its chunk jobs), so nothing runs for the call afterwards, and its notifications not sent
   * yet (their bodies name the rep and the customer); returns how many went. Throws retryable
   * `CALL_BUSY` while a step runs: a running step writes the call's artifacts again. A notification
   * being sent is left to finish (see `waitForDeliveries`): a retry of it finds the call gone and sends nothing.
   */
  removeJobs(callId: string): Promise<number>;
  /**
   * Waits until no notification of the call is being delivered, at most `waitMs`; false when one still
   * was. After the call's erasure mark is written, a delivery that starts sends nothing (it reads the mark
   * before its request), so once those under way have ended nothing of the call goes out any more.
   */
  waitForDeliveries(callId: string, waitMs: number): Promise<boolean>;
  /** Whether the step's job for the call waits (also for its chunk jobs), is delayed or runs, in either lane; a finished or failed one does not count. */
  hasPendingJob(step: StepName, callId: string): Promise<boolean>;
  /** How far a call's transcription flow is: chunk jobs finished of all; null when no flow is queued. */
  transcribeProgress(callId: string): Promise<TranscribeProgress | null>;
  /**
   * The workers connected to the queue that holds the step's job for the call (BullMQ's getWorkersCount),
   * with its lane; null when no job of the step waits or runs for it. 0: nothing will take the job.
   */
  stepWorkers(step: StepName, callId: string): Promise<{ lane: Lane; workers: number } | null>;
  /** The queue of a step in a lane (default interactive). */
  get(step: StepName, lane?: Lane): Queue;
  /** The step's queues in both lanes. */
  lanes(step: StepName): Queue[];
  close(): Promise<void>;
  /** Drops the connections at once, without waiting for Redis (a shutdown whose bound has passed). */
  disconnect(): Promise<void>;
}

export function createStepQueues(settings: QueueSettings): StepQueues {
  const queues = new Map<string, Queue>(
    STEP_NAMES.flatMap((step) => LANES.map((lane) => [`${lane}:${step}`, new Queue(queueName(step, settings.prefix, lane), { connection: settings.connection })] as const)),
  );
  const get = (step: StepName, lane: Lane = 'interactive') => queues.get(`${lane}:${step}`)!;
  const lanes = (step: StepName) => LANES.map((lane) => get(step, lane));
  const flows = new FlowProducer({ connection: settings.connection });
  const outage = settings.logger ? redisOutageLog(settings.logger, 'step queues') : null;
  if (outage) {
    for (const queue of queues.values()) outage.watchQueue(queue);
    outage.watchQueue(flows);
  }
  // Opened on the first erasure: most processes never remove a job.
  let notify: Queue | null = null;
  /** The call's notifications waiting to be sent or retried (their ids are event ids, so they are found by their data). */
  const notifyQueue = () => {
    if (!notify) {
      notify = new Queue(notifyQueueName(settings.prefix), { connection: settings.connection });
      outage?.watchQueue(notify);
    }
    return notify;
  };
  const removeNotifications = async (callId: string) => {
    let removed = 0;
    for (const job of await notifyQueue().getJobs(['waiting', 'delayed', 'prioritized'])) {
      if (job?.data?.callId !== callId) continue;
      // A job that started meanwhile is locked and stays; it checks the call before sending.
      if (await job.remove().then(() => true, () => false)) removed += 1;
    }
    return removed;
  };
  const jobOptions: JobsOptions = {
    attempts: settings.attempts,
    backoff: { type: 'callscribe' },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  /** False when the step's job for the call waits or runs in either lane; finished ones are removed so the id can be reused. */
  const clearFinishedInLanes = async (step: StepName, id: string) => {
    for (const queue of lanes(step)) if (!(await clearFinished(queue, id))) return false;
    return true;
  };
  const enqueue = async (step: StepName, callId: string, data: JobData, lane: Lane = 'interactive') => {
    const id = jobId(callId, step);
    if (!(await clearFinishedInLanes(step, id))) return;
    await get(step, lane).add(step, data, { jobId: id, ...jobOptions, attempts: attemptsFor(step, settings.attempts) });
  };
  /** The step's job for the call, in whichever lane holds it (interactive first). */
  const findJob = async (step: StepName, callId: string) => {
    for (const queue of lanes(step)) {
      const job = await queue.getJob(jobId(callId, step));
      if (job) return job;
    }
    return undefined;
  };
  return {
    get,
    lanes,
    enqueue,
    async waitUntilIdle(step, callId, waitMs = 30_000) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        // A person's change waits here under the call's lock: a Redis that stops answering fails it (NETWORK), never holds it.
        const states = await withinRedisAnswer(Promise.all(lanes(step).map(async (queue) => (await queue.getJob(jobId(callId, step)))?.getState())));
        if (!states.includes('active')) break;
        if (Date.now() > deadline) throw retryable('CALL_BUSY', `Call ${callId} is still being ${step === 'sync' ? 'synced' : 'processed'}; try again in a minute.`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async waitForDeliveries(callId, waitMs) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        // Under the call's lock too: a Redis that stops answering fails it (NETWORK), never holds it.
        const active = await withinRedisAnswer(notifyQueue().getJobs(['active']));
        if (!active.some((job) => job?.data?.callId === callId)) return true;
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async enqueueTranscribe(callId, chunks, lane = 'interactive') {
      if (!(await clearFinishedInLanes('transcribe', jobId(callId, 'transcribe')))) return;
      // Chunk job ids carry the flow's start time: a leftover chunk job of an earlier flow must not be
      // mistaken for this flow's child (its result is in S3 anyway, so a repeat costs nothing).
      const run = Date.now().toString(36);
      await flows.add({
        name: 'transcribe',
        queueName: queueName('transcribe', settings.prefix, lane),
        data: { callId },
        opts: { jobId: jobId(callId, 'transcribe'), ...jobOptions },
        children: chunks.map((c) => ({
          name: 'transcribe-chunk',
          queueName: chunkQueueName(settings.prefix, lane),
          data: { callId, speaker: c.speaker, index: c.index } satisfies ChunkJobData,
          opts: { jobId: `${callId}-chunk-${c.speaker}-${c.index}-${run}`, ...jobOptions, removeOnComplete: true, failParentOnFailure: true },
        })),
      });
    },
    async removeJobs(callId) {
      let removed = 0;
      for (const step of STEP_NAMES) for (const queue of lanes(step)) {
        const job = await queue.getJob(jobId(callId, step));
        if (!job) continue;
        const busy = (cause?: unknown) => retryable('CALL_BUSY', `Call ${callId} is being processed (${step}); try again when the step has finished.`, cause);
        if ((await job.getState()) === 'active') throw busy();
        // Refused while the job, or one of its chunk jobs, is locked by a worker.
        await job.remove().catch((err: unknown) => {
          throw busy(err);
        });
        removed += 1;
      }
      return removed + (await removeNotifications(callId));
    },
    async hasPendingJob(step, callId) {
      for (const queue of lanes(step)) {
        // The state alone (one script call), not the job's data: the stranded-call sweep asks this of every unsettled call.
        const state = await queue.getJobState(jobId(callId, step));
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return true;
      }
      return false;
    },
    async stepWorkers(step, callId) {
      for (const lane of LANES) {
        const queue = get(step, lane);
        const state = await queue.getJobState(jobId(callId, step));
        if (state === 'completed' || state === 'failed' || state === 'unknown') continue;
        return { lane, workers: await queue.getWorkersCount() };
      }
      return null;
    },
    async transcribeProgress(callId) {
      const parent = await findJob('transcribe', callId);
      if (!parent) return null;
      // The parent keeps a record of each finished child, also after the child job itself is removed.
      const { processed = 0, unprocessed = 0, failed = 0, ignored = 0 } = await parent.getDependenciesCount();
      return { chunksDone: processed + ignored, chunksTotal: processed + unprocessed + failed + ignored };
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      await flows.close();
      await notify?.close();
    },
    async disconnect() {
      await Promise.allSettled([...[...queues.values()].map((q) => q.disconnect()), flows.disconnect(), notify?.disconnect()]);
    },
  };
}

/** False when a job with this id is waiting or running (leave it); a finished one is removed so the id can be reused. */
async function clearFinished(queue: Queue, id: string): Promise<boolean> {
  const existing = await queue.getJob(id);
  if (!existing) return true;
  const state = await existing.getState();
  if (state !== 'completed' && state !== 'failed') return false;
  await existing.remove();
  return true;
}

/**
 * Attempts per step. Sync resumes where it stopped (each CRM id is saved as soon as it exists), so
 * every attempt makes progress; it gets more of them to ride out a flaky or briefly unavailable CRM
 * (about a quarter of an hour at the default backoff). Rate limits and rejected credentials spend none.
 */
export function attemptsFor(step: StepName, base: number): number {
  return step === 'sync' ? Math.max(base, 20) : base;
}
