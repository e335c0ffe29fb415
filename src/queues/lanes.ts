import type { Job, JobsOptions } from 'bullmq';

/**
 * Which lane a call's work runs in. `interactive` (the default: an upload, a webhook, a manager's retry or
 * approval) is taken before any `bulk` job of the same step; `bulk` (a backfill, a reprocess or a reindex
 * of many calls) runs whenever no interactive job waits, so a backlog of thousands never delays a new call
 * by more than the jobs already running.
 *
 * The lane is BullMQ's job priority: interactive jobs carry none (BullMQ takes its plain wait list first),
 * bulk jobs carry BULK_PRIORITY (the prioritized set, first in first out within one priority). A call keeps
 * its lane from step to step: the step worker queues the next step in the lane of the job that finished.
 * Not covered: a running bulk job is not preempted, and a call already waiting in one lane is not moved
 * when it is queued again in the other (`enqueue` leaves a waiting job alone).
 */
export type Lane = 'interactive' | 'bulk';

export const BULK_PRIORITY = 100;

export function laneOptions(lane: Lane = 'interactive'): Pick<JobsOptions, 'priority'> {
  return lane === 'bulk' ? { priority: BULK_PRIORITY } : {};
}

/** The lane a job was queued in. */
export function laneOf(job: Pick<Job, 'opts'>): Lane {
  return (job.opts.priority ?? 0) > 0 ? 'bulk' : 'interactive';
}
