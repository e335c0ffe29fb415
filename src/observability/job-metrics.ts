import { DelayedError, RateLimitError, UnrecoverableError, WaitingChildrenError } from 'bullmq';
import { AppError } from '../errors/app-error.ts';
import type { JobOutcome, Metrics } from './metrics.ts';

/** The AppError a job attempt ended with: thrown as it is (a retry), or as the cause of the UnrecoverableError that gave up. */
function appErrorOf(thrown: unknown): AppError | null {
  if (thrown instanceof AppError) return thrown;
  const cause = (thrown as { cause?: unknown } | null)?.cause;
  return cause instanceof AppError ? cause : null;
}

function outcomeOf(thrown: unknown): JobOutcome {
  if (thrown instanceof UnrecoverableError) return 'failed';
  if (thrown instanceof RateLimitError || thrown instanceof DelayedError || thrown instanceof WaitingChildrenError) return 'waiting';
  return 'retry';
}

/**
 * A BullMQ processor whose attempts are measured: `callscribe_step_duration_seconds` by outcome, and
 * `callscribe_step_failures_total` by the error's code (an UnrecoverableError carries it as its `cause`).
 * Without metrics, the processor itself.
 */
export function observeJobs<J, R>(
  metrics: Metrics | undefined,
  labels: { queue: string; step: string },
  processor: (job: J, token?: string) => Promise<R>,
): (job: J, token?: string) => Promise<R> {
  if (!metrics) return processor;
  return async (job, token) => {
    const end = metrics.stepDuration.startTimer(labels);
    try {
      const result = await processor(job, token);
      end({ outcome: 'completed' });
      return result;
    } catch (thrown) {
      const outcome = outcomeOf(thrown);
      end({ outcome });
      const err = appErrorOf(thrown);
      if (err && outcome !== 'waiting') metrics.stepFailures.inc({ ...labels, code: err.code, final: String(outcome === 'failed') });
      throw thrown;
    }
  };
}

/** The UnrecoverableError that ends a job for good, carrying the AppError (its code counted, see observeJobs). */
export function unrecoverable(err: AppError): UnrecoverableError {
  const stop = new UnrecoverableError(`${err.code}: ${err.message}`);
  stop.cause = err;
  return stop;
}
