import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { retryable } from '../errors/app-error.ts';
import { REDIS_ANSWER_MS, redisUnreachable, type RedisWait } from '../errors/redis-unreachable.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';

/**
 * Serialises people's changes to one call (decisions, corrections, retries), so two people deciding the
 * same item at once cannot both succeed: the second sees it decided. Sync does not take it; people's
 * changes wait until the call has settled and its sync job has finished (`waitUntilIdle`) instead.
 * Held for milliseconds (seconds while a large upload is copied: it is renewed while work runs); a
 * holder that dies frees the lock after `ttlMs`.
 */
export interface CallLocks {
  /**
   * `work` under the call's lock. `opts.within` bounds each wait on Redis for the lock (taking it, giving it back) as a
   * request's bound on Redis (a Redis that does not answer fails `NETWORK`, and a lock it grants after that is given
   * back unused), while a lock another holder keeps is waited for as always (then `CALL_BUSY`): Redis answered.
   */
  withLock<T>(callId: string, work: () => Promise<T>, opts?: { within?: RedisWait }): Promise<T>;
  close(): Promise<void>;
}

/** For one process (tests, the in-process CLI). */
export function memoryCallLocks(): CallLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock(callId, work) {
      const before = tails.get(callId) ?? Promise.resolve();
      const run = before.catch(() => undefined).then(work);
      tails.set(callId, run);
      try {
        return await run;
      } finally {
        if (tails.get(callId) === run) tails.delete(callId);
      }
    },
    async close() {},
  };
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * Across processes (several `serve`s): a Redis key per call, set if absent with a token and a TTL.
 * Redis down or not answering within REDIS_ANSWER_MS fails `withLock` with retryable `NETWORK` (503).
 */
export function redisCallLocks(connection: RedisOptions & { url?: string }, opts: { prefix?: string; ttlMs?: number; waitMs?: number; logger?: Logger } = {}): CallLocks {
  const { url, ...rest } = connection;
  const options = { ...rest, maxRetriesPerRequest: 3, commandTimeout: REDIS_ANSWER_MS };
  const redis = url ? new Redis(url, options) : new Redis(options);
  if (opts.logger) redisOutageLog(opts.logger, 'call locks').watchClient(redis);
  else redis.on('error', () => undefined);
  const ttlMs = opts.ttlMs ?? 10_000;
  const waitMs = opts.waitMs ?? 5_000;
  const prefix = opts.prefix ?? 'callscribe:lock:';
  return {
    async withLock(callId, work, how = {}) {
      const key = `${prefix}${callId}`;
      const token = randomUUID();
      const deadline = Date.now() + waitMs;
      const within = how.within ?? (<R>(p: Promise<R>) => p);
      const release = () => redis.eval(RELEASE, 1, key, token);
      const take = () =>
        within(redis.set(key, token, 'PX', ttlMs, 'NX').catch((err: unknown) => Promise.reject(redisUnreachable(err)))).catch((err: unknown) => {
          // A SET not answered in time may still be made once Redis answers: the release queued behind it (same
          // connection, so in order) gives that lock back, so the caller's next try is not refused as busy.
          void release().catch(() => undefined);
          throw err;
        });
      while ((await take()) !== 'OK') {
        if (Date.now() > deadline) throw retryable('CALL_BUSY', `Call ${callId} is being changed by someone else; try again in a moment.`);
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
      }
      // Work that outlasts the TTL (copying a large recording) keeps the lock while it runs; a holder
      // that dies stops renewing, and the lock frees itself after ttlMs.
      const renew = setInterval(() => void redis.eval(EXTEND, 1, key, token, String(ttlMs)).catch(() => undefined), Math.max(100, Math.floor(ttlMs / 3)));
      renew.unref();
      try {
        return await work();
      } finally {
        clearInterval(renew);
        await within(release()).catch(() => undefined);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
