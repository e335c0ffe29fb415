import type { StepName } from '../domain/call.ts';
import type { Lane } from './lanes.ts';
import { QUEUE_DEFAULTS } from './queue-defaults.ts';

/** One BullMQ queue per step and lane (see lanes.ts). Names carry no ':' (BullMQ reserves it). */
export function queueName(step: StepName, prefix: string = QUEUE_DEFAULTS.prefix, lane: Lane = 'interactive'): string {
  return `${prefix}-${step}${lane === 'bulk' ? '-bulk' : ''}`;
}

/**
 * Job ids are `${callId}-${step}`, so a duplicate delivery of the same step is one job. (DESIGN.md says
 * `${callId}:${step}`, but BullMQ rejects custom ids containing ':'.)
 */
export function jobId(callId: string, step: StepName): string {
  return `${callId}-${step}`;
}

/** The queue of chunk jobs, the children of a call's transcribe job, per lane. */
export function chunkQueueName(prefix: string = QUEUE_DEFAULTS.prefix, lane: Lane = 'interactive'): string {
  return `${prefix}-transcribe-chunk${lane === 'bulk' ? '-bulk' : ''}`;
}
