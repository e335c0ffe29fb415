import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import { sweepRetention, type RetentionPolicy, type SweepPorts } from '../retention/sweep.ts';
import { redisCallLocks } from '../review/call-lock.ts';
import { redactJobErrors } from './redacted-job-errors.ts';

/** The queue of retention sweeps: one scheduled job per `cron`, plus one when workers start. */
export function retentionQueueName(prefix: string): string {
  return `${prefix}-retention`;
}

const SCHEDULER_ID = 'retention-sweep';

export interface RetentionRuntimeOptions {
  connection: ConnectionOptions;
  prefix: string;
  policy: RetentionPolicy;
  /** When the sweep repeats (cron, UTC), e.g. `30 3 * * *`. */
  cron: string;
  ports: SweepPorts;
  logger: Logger;
}

/**
 * Keeps the retention sweep scheduled while a policy is set: a repeatable job on `cron` (one schedule
 * however many worker processes start it: BullMQ keys it by id), a sweep right away, and a worker that
 * runs them one at a time. Sweeps are idempotent, so one queued by each starting process costs a
 * listing, nothing more. With no policy the schedule is removed and no worker starts.
 */
export async function startRetention(opts: RetentionRuntimeOptions): Promise<{ worker: Worker | null; close(): Promise<void>; disconnect(): Promise<void> }> {
  const queue = new Queue(retentionQueueName(opts.prefix), { connection: opts.connection });
  const outage = redisOutageLog(opts.logger, 'retention');
  outage.watchQueue(queue);
  const off = opts.policy.audioDays === null && opts.policy.callDays === null;
  const jobOpts = { removeOnComplete: 100, removeOnFail: 100 };
  try {
    if (off) {
      await queue.removeJobScheduler(SCHEDULER_ID);
      await queue.close();
      return { worker: null, close: async () => undefined, disconnect: async () => undefined };
    }
    await queue.upsertJobScheduler(SCHEDULER_ID, { pattern: opts.cron, tz: 'UTC' }, { name: 'sweep', opts: jobOpts });
    await queue.add('sweep', {}, jobOpts);
  } catch (err) {
    // The caller gets no handle to close: a queue left open here would keep a stopping worker process alive for good.
    await queue.disconnect().catch(() => undefined);
    throw err;
  }
  // The review API's locks (same Redis, same keys): a call is not deleted while a manager retries or decides it.
  const locks = opts.ports.locks ?? redisCallLocks(opts.connection as Parameters<typeof redisCallLocks>[0]);
  const worker = new Worker(retentionQueueName(opts.prefix), redactJobErrors(() => sweepRetention(opts.policy, { ...opts.ports, locks })), { connection: opts.connection, concurrency: 1 });
  outage.watchQueue(worker, (err) => opts.logger.error({ err }, 'retention worker error'));
  worker.on('failed', (_job, err) => opts.logger.warn({ err: err.message }, 'retention sweep failed; the next one tries again'));
  opts.logger.info({ policy: opts.policy, cron: opts.cron }, 'retention scheduled');
  return {
    worker,
    async close() {
      await worker.close();
      await queue.close();
      if (!opts.ports.locks) await locks.close();
    },
    /** Drops the connections without waiting for Redis. */
    async disconnect() {
      await Promise.allSettled([worker.disconnect(), queue.disconnect(), opts.ports.locks ? undefined : locks.close()]);
    },
  };
}
