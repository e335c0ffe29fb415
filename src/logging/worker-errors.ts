import type { Logger } from './logger.ts';

/**
 * BullMQ's errors about a job whose lock is gone: its lock could not be renewed, or its end (completed,
 * failed, delayed) could not be recorded because the lock was missing. They follow a Redis outage or
 * restart (the lock expired or was lost meanwhile) and repeat every renewal; another worker takes the job
 * over as stalled, so they are a warning, not an error. Returns the job and what failed, else null.
 */
export function lostLock(err: Error): { jobId: string; failed: string } | null {
  const renew = /^could not renew lock for job (\S+)$/.exec(err.message);
  if (renew) return { jobId: renew[1]!, failed: 'renewLock' };
  const missing = /^Missing lock for job (\S+)\. (\w+)$/.exec(err.message);
  if (missing) return { jobId: missing[1]!, failed: missing[2]! };
  return null;
}

/** What a worker's job id tells: the call (and the step) it belongs to, when the id names one. */
export type JobOfId = (jobId: string) => { callId: string; step?: string } | null;

/** How long the same warning about the same job stays quiet. */
export const REPEAT_QUIET_MS = 10 * 60_000;

/**
 * A worker's `error` listener for what is not a lost connection (the outage log takes those). Lost locks
 * are one readable warning per job and kind within REPEAT_QUIET_MS, carrying the job's call and step; any
 * other error is an error line, with the call when its message names a job.
 */
export function workerErrorLog(logger: Logger, fields: Record<string, unknown>, jobOf: JobOfId, msg = 'worker error', clock: () => number = Date.now): (err: Error) => void {
  const warned = new Map<string, number>();
  return (err) => {
    const lost = lostLock(err);
    if (!lost) {
      const jobId = /for job (\S+?)\.?(\s|$)/.exec(err.message)?.[1];
      logger.error({ ...fields, ...(jobId ? { jobId, ...jobOf(jobId) } : {}), err }, msg);
      return;
    }
    const key = `${lost.failed} ${lost.jobId}`;
    const now = clock();
    if ((warned.get(key) ?? -Infinity) > now - REPEAT_QUIET_MS) return;
    for (const [k, at] of warned) if (at <= now - REPEAT_QUIET_MS) warned.delete(k);
    warned.set(key, now);
    const what = lost.failed === 'renewLock' ? 'could not renew the lock on a running job' : `could not record the end of a job whose lock was lost (${lost.failed})`;
    logger.warn({ ...fields, jobId: lost.jobId, ...jobOf(lost.jobId) }, `${what}: Redis lost it (an outage or restart); another worker may take the job over`);
  };
}
