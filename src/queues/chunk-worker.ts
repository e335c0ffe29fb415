import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import { z } from 'zod';
import { toAppError } from '../errors/app-error.ts';
import { workerErrorLog } from '../logging/worker-errors.ts';
import { jobAbandoned } from '../processes/job-children.ts';
import { observeJobs, unrecoverable } from '../observability/job-metrics.ts';
import { loadCall, markStepFailed, updateCall } from '../pipeline/call-record.ts';
import { portsForCall } from '../pipeline/ports-for-call.ts';
import { REFERENCES_PENDING, transcribeChunk } from '../pipeline/transcribe-chunk.ts';
import { BULK_CHILD_NICE, type Lane } from './lanes.ts';
import { retryDelayMs } from './backoff.ts';
import { chunkQueueName } from './queue-names.ts';
import { redactJobErrors } from './redacted-job-errors.ts';
import type { StepWorkerDeps } from './step-worker.ts';

const ChunkJob = z.object({ callId: z.string(), speaker: z.string(), index: z.number().int().min(0) });

/**
 * Requests to the engine a process has in flight, across both lanes' chunk workers: at most `limit`
 * (`transcriber.concurrency`, what the engine takes), a waiting interactive chunk before any bulk one.
 */
export interface EngineGate {
  run<T>(lane: Lane, work: () => Promise<T>): Promise<T>;
}

export function createEngineGate(limit: number): EngineGate {
  let running = 0;
  const waiting: Record<Lane, (() => void)[]> = { interactive: [], bulk: [] };
  const release = () => {
    const next = waiting.interactive.shift() ?? waiting.bulk.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(lane, work) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting[lane].push(resolve));
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

/**
 * Transcribes chunks of one lane (lanes.ts), as many at a time as the engine allows (`transcriber.concurrency`,
 * shared with the other lane through `gate`; the bulk lane takes at most `bulkConcurrency` of them). Each result
 * is stored in S3, so the parent transcribe job only merges. A chunk that fails for good ends its call
 * `failed` with the error's code (and, through `failParentOnFailure`, its transcribe job).
 *
 * A later chunk of a mixed track whose voice references are not stored yet (its first chunk is still
 * being transcribed) goes back to the delayed set: no attempt spent, no worker slot held, so the other
 * chunks run meanwhile. It stops waiting once the call has failed.
 */
export function startChunkWorker(deps: Omit<StepWorkerDeps, 'concurrency'>, lane: Lane = 'interactive', gate?: EngineGate): Worker {
  const { ports } = deps;
  const engineConcurrency = ports.transcriber.concurrency ?? 2;
  const engine = gate ?? createEngineGate(engineConcurrency);
  const processor = (job: Job, token?: string) => (deps.children ? deps.children.run(() => processChunk(job, token)) : processChunk(job, token));
  const processChunk = async (job: Job, token?: string) => {
    const { callId, speaker, index } = ChunkJob.parse(job.data);
    const attempt = job.attemptsMade + 1;
    const chunkPorts = { ...portsForCall(ports, callId, 'transcribe'), ...(lane === 'bulk' ? { childNice: BULK_CHILD_NICE } : {}) };
    // A chunk whose worker stopped (killed, drained, its lock lost) runs here again: the operator sees where it went.
    if (job.stalledCounter > 0) deps.logger.info({ callId, speaker, index, takenOver: job.stalledCounter, lane }, `chunk ${speaker}/${index} taken over from a worker that stopped`);
    try {
      const call = await loadCall(ports.blobs, callId);
      await engine.run(lane, () => transcribeChunk(call, { speaker, index }, chunkPorts));
    } catch (thrown) {
      const err = toAppError(thrown);
      if (err.code === REFERENCES_PENDING) return waitForReferences(job, token);
      if (jobAbandoned()) {
        deps.logger.warn({ callId, speaker, index, code: err.code }, `chunk ${speaker}/${index} stopped with its worker; left to another worker`);
        throw err;
      }
      if (err.retryable && attempt < (job.opts.attempts ?? deps.attempts)) throw err;
      await updateCall(ports.blobs, callId, (call) => markStepFailed(call, 'transcribe', err, true, ports.clock()), ports.clock()).catch(
        (saveErr: unknown) => deps.logger.error({ err: saveErr, callId }, 'could not record the failure on call.json'),
      );
      deps.logger.error({ callId, speaker, index, code: err.code }, `chunk ${speaker}/${index} failed (${err.code}); call failed`);
      throw unrecoverable(err);
    }
    return { callId, speaker, index };
  };
  /** Back to the delayed set, unless the call failed meanwhile (its first chunk failed for good): then give up quietly. */
  const waitForReferences = async (job: Job, token: string | undefined): Promise<never> => {
    const call = await loadCall(ports.blobs, job.data.callId as string);
    if (call.status === 'failed') throw new UnrecoverableError(`${REFERENCES_PENDING}: the call failed before its voice references were stored`);
    await job.moveToDelayed(Date.now() + referencePollMs(Date.now() - job.timestamp), token);
    throw new DelayedError();
  };
  const name = chunkQueueName(deps.prefix, lane);
  const worker = new Worker(name, observeJobs(deps.metrics, { queue: name, step: 'transcribe-chunk' }, redactJobErrors(processor)), {
    connection: deps.connection,
    concurrency: lane === 'bulk' ? Math.min(deps.bulkConcurrency, engineConcurrency) : engineConcurrency,
    lockDuration: deps.lockMs,
    stalledInterval: deps.lockMs,
    // As the step workers: a chunk whose worker died is taken over as often as it may be attempted, and
    // a retryable failure waits the queue's backoff (chunk jobs carry the `callscribe` backoff type; a
    // worker without the strategy cannot retry them, and BullMQ leaves them to stall instead).
    maxStalledCount: deps.attempts,
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(attemptsMade, err, deps.backoff) },
  });
  // Chunk job ids are `${callId}-chunk-…` (step-queues.ts).
  const failed = workerErrorLog(deps.logger, { lane }, (id) => (id.includes('-chunk-') ? { callId: id.slice(0, id.lastIndexOf('-chunk-')) } : null), 'chunk worker error');
  if (deps.outage) deps.outage.watchQueue(worker, failed);
  else worker.on('error', failed);
  return worker;
}

/** How long a chunk waiting for voice references sleeps: 0.5 s at first, longer the longer it has waited (at most 15 s). */
export function referencePollMs(waitedMs: number): number {
  return Math.min(15_000, Math.max(500, Math.round(waitedMs / 20)));
}
