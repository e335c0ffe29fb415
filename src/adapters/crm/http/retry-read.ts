import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../../errors/app-error.ts';

/**
 * Reads (GET, and a POST that only reads such as a search) are retried in the CRM client when the failure is a
 * short blip: a 429 or 5xx, a timeout or a dropped connection, classified retryable by the client. Writes never
 * are: a write's answer may be lost after it happened, and the queue's retry looks for it by its key first.
 * A failure that asks for a longer wait than MAX_READ_WAIT_MS goes to the queue at once, as does the last try's.
 * HubSpot's own Node SDK retries the same way (`numberOfApiCallRetries`: 5xx and 429, a short delay growing per try).
 */

/** Tries of one read in all (the first and two retries) before its failure goes to the queue. */
export const READ_TRIES = 3;
/** The longest wait (Retry-After, or a rate limit's own window) still waited out in the client. */
export const MAX_READ_WAIT_MS = 2_000;
/** Backoff when the answer names no wait: this much before the first retry, doubled per retry, jittered down to half. */
const BASE_BACKOFF_MS = 250;

/** One failed try of a read that is about to be tried again. */
export interface ReadRetry {
  error: AppError;
  /** Tries so far (1 after the first). */
  tried: number;
  waitMs: number;
}

export interface ReadRetryOptions {
  /** Tries in all; 1 turns retrying off. */
  tries: number;
  /** Tests pass one that records the waits instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told of each failed try before its retry (metrics): such a try is not seen by anything that counts operations. */
  onRetry?: (retry: ReadRetry) => void;
}

/** How long to wait before trying a read again after `error` on try `tried`; null: do not retry here. */
export function readRetryWaitMs(error: unknown, tried: number, random: () => number = Math.random): number | null {
  if (!(error instanceof AppError) || !error.retryable) return null;
  if (error.kind !== 'rate_limit' && error.kind !== 'unavailable') return null;
  if (error.retryAfterMs !== null) return error.retryAfterMs <= MAX_READ_WAIT_MS ? error.retryAfterMs : null;
  const ceiling = BASE_BACKOFF_MS * 2 ** (tried - 1);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Runs `read`, trying it again after a short blip (see above), at most `tries` times in all. */
export async function retryingRead<T>(read: () => Promise<T>, opts: ReadRetryOptions): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await read();
    } catch (err) {
      const waitMs = tried < opts.tries ? readRetryWaitMs(err, tried, opts.random) : null;
      if (waitMs === null) throw err;
      opts.onRetry?.({ error: err as AppError, tried, waitMs });
      await (opts.sleep ?? sleep)(waitMs);
    }
  }
}
