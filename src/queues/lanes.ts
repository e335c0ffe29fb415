import type { Job } from 'bullmq';

/**
 * Which lane a call's work runs in. `interactive` (the default: an upload, a webhook, a manager's retry or
 * approval) and `bulk` (a backfill, a reprocess or a reindex of many calls) have queues of their own for
 * every step (`<prefix>-<step>` and `<prefix>-<step>-bulk`, see queue-names.ts), each with its own workers:
 * the interactive workers take WORKER_CONCURRENCY jobs per step and process, the bulk workers at most
 * WORKER_BULK_CONCURRENCY. So a backlog of thousands of bulk jobs never holds a slot an interactive job
 * needs, and takes at most its share of the CPU; an interactive job waits for no bulk job, not even one
 * already running. (A priority within one queue, what this replaced, only ordered the waiting jobs: bulk
 * jobs filled every slot and the CPU, and an upload crawled behind them.)
 *
 * A call keeps its lane from step to step: the step worker queues the next step in its own lane. A call
 * already waiting or running in one lane is not moved when it is queued again in the other (`enqueue`
 * leaves it alone), so a call never runs a step twice at once.
 */
export type Lane = 'interactive' | 'bulk';

export const LANES: readonly Lane[] = ['interactive', 'bulk'];

/**
 * The niceness of the programs (ffmpeg) bulk jobs start: the kernel runs them when interactive work's
 * programs leave CPU time over, so a backlog slows an upload's decoding as little as it can.
 */
export const BULK_CHILD_NICE = 10;

/**
 * The niceness a `work` process gives itself when it takes bulk jobs alone (WORKER_LANES=bulk), or null to
 * keep its own: beside interactive processes on the same host, the kernel then gives them the CPU first, which
 * a process running both lanes cannot do for its own event loop.
 */
export function processNiceFor(lanes: readonly Lane[]): number | null {
  return lanes.includes('interactive') ? null : BULK_CHILD_NICE;
}

/** The lane of a queue, by its name (bulk queues end in `-bulk`). */
export function laneOfQueue(queueName: string): Lane {
  return queueName.endsWith('-bulk') ? 'bulk' : 'interactive';
}

/** The lane a job was queued in. */
export function laneOf(job: Pick<Job, 'queueName'>): Lane {
  return laneOfQueue(job.queueName);
}

/** Bulk jobs per step and process when WORKER_BULK_CONCURRENCY is not set: a quarter of the interactive slots, at least one. */
export function defaultBulkConcurrency(workerConcurrency: number): number {
  return Math.max(1, Math.floor(workerConcurrency / 4));
}
