import { DelayedError, RateLimitError, UnrecoverableError, WaitingChildrenError, WaitingError } from 'bullmq';
import { redact } from '../domain/redact.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * A BullMQ processor whose failures are stored without personal data. BullMQ keeps what an attempt threw, its
 * message as the job's `failedReason` and its stack in `stacktrace`, in Redis for as long as the failed job is kept
 * (days), and the queue dashboard shows both. A message can quote what the failure was about (a CRM naming the
 * contact it refused, a provider echoing a number): BullMQ gets the error with card numbers, national ids, bank
 * accounts, e-mail addresses and phone numbers redacted (`redactedJobError`). What the step recorded on the call
 * before throwing is not touched.
 */
export function redactJobErrors<J, R>(processor: (job: J, token?: string) => Promise<R>): (job: J, token?: string) => Promise<R> {
  return async (job, token) => {
    try {
      return await processor(job, token);
    } catch (thrown) {
      throw redactedJobError(thrown);
    }
  };
}

/**
 * `thrown` itself when its message and stack have nothing to redact, or when it is one of BullMQ's own signals (a
 * delayed or rate-limited job), else a copy with both redacted that BullMQ treats the same way: an AppError
 * keeps its code (the message of one that ends the job starts with it) and what decides its retry (`retryable`,
 * `retryAfterMs`), an UnrecoverableError stays one (no retry), any other error keeps its name; the cause is kept.
 */
export function redactedJobError(thrown: unknown): unknown {
  if (!(thrown instanceof Error) || isQueueSignal(thrown)) return thrown;
  const message = redactJobErrorText(thrown.message);
  const stack = thrown.stack === undefined ? undefined : redactJobErrorText(thrown.stack);
  if (message === thrown.message && stack === thrown.stack) return thrown;
  let copy: Error;
  if (thrown instanceof AppError) {
    const { code, retryable, retryAfterMs, status, kind, cause } = thrown;
    copy = new AppError(code, message, { retryable, retryAfterMs, status, kind, cause });
  } else if (thrown instanceof UnrecoverableError) {
    copy = new UnrecoverableError(message);
    copy.cause = thrown.cause;
  } else {
    copy = new Error(message, { cause: thrown.cause });
    copy.name = thrown.name;
  }
  copy.stack = stack;
  return copy;
}

/**
 * BullMQ's signals (a job moved to delayed, rate-limited, waiting for its children) carry a fixed message and no
 * personal data; callers tell them by class (job-metrics), so they pass as they are, whatever their stack says
 * (an install path with a long number in it reads as a phone number to the redaction rules).
 */
function isQueueSignal(err: Error): boolean {
  return err instanceof DelayedError || err instanceof RateLimitError || err instanceof WaitingChildrenError || err instanceof WaitingError;
}

/**
 * A failed job's reason or stack trace with card numbers, national ids, bank accounts, e-mail addresses and phone
 * numbers redacted, and the numbers programs write in their messages (timestamps, sizes, durations, request ids)
 * left as they are (`machineText`): what the queue dashboard shows of a failure must still say when and how much.
 */
export function redactJobErrorText(text: string): string {
  return redact(text, { contacts: true, machineText: true }).text;
}
