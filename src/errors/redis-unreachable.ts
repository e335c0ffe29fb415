import { ReplyError } from 'ioredis';
import { AppError } from './app-error.ts';

/**
 * How long the API waits on Redis for a request before answering 503: a Redis that is down or frozen
 * must not hold a client's answer until its connection drops (ioredis queues commands while offline).
 */
export const REDIS_ANSWER_MS = 5_000;

/**
 * How long a webhook delivery (and a storage event) waits on Redis in all before it is answered 503: Zoom
 * and RingCentral give up on an answer after 3 s, so a Redis that does not answer gets the delivery a 503
 * well before that, and the provider resends it (those that resend, see the README).
 */
export const WEBHOOK_REDIS_ANSWER_MS = 2_000;

/**
 * A Redis command that failed for want of Redis (connection refused or dropped, retries used up, no
 * answer in time): retryable `NETWORK`, which the API answers 503. Redis's own error replies stay as
 * they are (a script or command this code got wrong is not an outage).
 */
export function redisUnreachable(err: unknown): unknown {
  if (err instanceof AppError || err instanceof ReplyError) return err;
  return new AppError('NETWORK', `Redis (the queue) could not be reached: ${err instanceof Error ? err.message : String(err)}`, { retryable: true, cause: err, kind: 'unavailable' });
}

/**
 * `work`, or `NETWORK` once Redis has not answered within `ms`. The command may still run when Redis
 * answers again: what the API does through Redis is keyed so that the client's retry finds it done.
 * `boundMs` is the bound the message names: a request's whole bound when `ms` is what is left of it.
 */
export async function withinRedisAnswer<T>(work: Promise<T>, ms: number = REDIS_ANSWER_MS, boundMs: number = ms): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(redisUnreachable(new Error(`no answer within ${boundMs} ms`))), ms);
  });
  try {
    return await Promise.race([work.catch((err: unknown) => Promise.reject(redisUnreachable(err))), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One request's waits on Redis bounded together: each gets what is left of `ms` from now (at least
 * `floorMs`), after which it fails with `NETWORK` as in `withinRedisAnswer`.
 */
export function redisBudget(ms: number, floorMs = 200): <T>(work: Promise<T>) => Promise<T> {
  const until = Date.now() + ms;
  return (work) => withinRedisAnswer(work, Math.max(floorMs, until - Date.now()), ms);
}

/** A bound on a request's waits on Redis (see `redisBudget`, `redisWaitBudget`). */
export type RedisWait = <T>(work: Promise<T>) => Promise<T>;

/**
 * One request's waits on Redis bounded together, counting only the time spent waiting on Redis: each
 * wait gets what is left of `ms` after the waits before it (at least `floorMs`). For a request that also
 * does long work elsewhere between its waits (a presigned upload's `complete` reads the whole recording
 * from S3), which must not use up the bound of a Redis that answers.
 */
export function redisWaitBudget(ms: number, floorMs = 200): RedisWait {
  let spent = 0;
  return async (work) => {
    const started = Date.now();
    try {
      return await withinRedisAnswer(work, Math.max(floorMs, ms - spent), ms);
    } finally {
      spent += Date.now() - started;
    }
  };
}
