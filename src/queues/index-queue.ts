import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { callKeys } from '../domain/call-keys.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallIndex } from '../ports/call-index.ts';
import { loadIndexDocument } from '../pipeline/index-document.ts';
import { redactJobErrors } from './redacted-job-errors.ts';

/**
 * Index refreshes travel through a queue because the index has one owner: the process that serves the
 * API holds it (PGlite cannot be shared between processes), while any worker process changes calls.
 * A job carries only the call id; the owner reads the call's artifacts from S3 when it runs, so jobs
 * may arrive late or twice and the index still ends at the latest state.
 */
export function indexQueueName(prefix: string): string {
  return `${prefix}-index`;
}

export interface IndexNotifier {
  /** Asks the index owner to refresh this call's row. */
  notify(callId: string): Promise<void>;
  close(): Promise<void>;
}

/** With a `logger`, a Redis outage is logged there once (and its end); without one, the queue's errors are dropped (never printed). */
export function createIndexNotifier(connection: ConnectionOptions, prefix: string, logger?: Logger): IndexNotifier {
  const queue = new Queue(indexQueueName(prefix), { connection });
  if (logger) redisOutageLog(logger, 'index notifier').watchQueue(queue);
  else queue.on('error', () => undefined);
  return {
    async notify(callId) {
      await queue.add('refresh', { callId }, { removeOnComplete: true, removeOnFail: 1000, attempts: 5, backoff: { type: 'exponential', delay: 500 } });
    },
    close: () => queue.close(),
  };
}

/**
 * Refreshes one call's index row from its artifacts (or removes it when the call is gone). A call erased
 * or deleted between the read and the write would get its row back, after the deletion removed it:
 * deletions remove call.json before the row, so a call.json missing after the write means the row goes.
 */
export async function refreshIndex(blobs: BlobStore, index: CallIndex, callId: string): Promise<void> {
  const doc = await loadIndexDocument(blobs, callId);
  if (doc) await index.upsert(doc);
  if (!doc || !(await blobs.head(callKeys.call(callId)))) await index.remove(callId);
}

/**
 * The index owner's worker. A refresh that fails is tried again (the attempts and backoff its job was
 * queued with). `onGivingUp` runs when its last attempt fails too: the row then waits for `reindex` or
 * the call's next change, but what hangs on the change (its notification) need not wait with it.
 */
export function startIndexWorker(opts: {
  connection: ConnectionOptions;
  prefix: string;
  blobs: BlobStore;
  index: CallIndex;
  logger: Logger;
  onGivingUp?: (callId: string) => Promise<void>;
}): Worker {
  const refresh = async (job: Job<{ callId: string }>) => {
    try {
      await refreshIndex(opts.blobs, opts.index, job.data.callId);
    } catch (err) {
      if (opts.onGivingUp && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await opts.onGivingUp(job.data.callId).catch((givingUpErr: unknown) => opts.logger.error({ callId: job.data.callId, err: (givingUpErr as Error).message }, 'index refresh given up, and what follows a change failed too'));
      }
      throw err;
    }
  };
  const worker = new Worker<{ callId: string }>(indexQueueName(opts.prefix), redactJobErrors(refresh), {
    connection: opts.connection,
    concurrency: 4,
  });
  redisOutageLog(opts.logger, 'index worker').watchQueue(worker, (err) => opts.logger.error({ err }, 'index worker error'));
  worker.on('failed', (job, err) => opts.logger.warn({ callId: job?.data.callId, err: err.message }, 'index refresh failed'));
  return worker;
}
