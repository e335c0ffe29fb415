import type { Stage } from '../domain/call.ts';

/** One BullMQ queue per stage. Names carry no ':' (BullMQ reserves it). */
export function queueName(stage: Stage, prefix = 'callscribe'): string {
  return `${prefix}-${stage}`;
}

/**
 * Job ids are `${callId}-${stage}`, so a duplicate delivery of the same stage is one job. (DESIGN.md says
 * `${callId}:${stage}`, but BullMQ rejects custom ids containing ':'.)
 */
export function jobId(callId: string, stage: Stage): string {
  return `${callId}-${stage}`;
}

/** The queue of chunk jobs, the children of a call's transcribe job. */
export function chunkQueueName(prefix = 'callscribe'): string {
  return `${prefix}-transcribe-chunk`;
}
