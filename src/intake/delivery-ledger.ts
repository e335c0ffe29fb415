import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { retryable } from '../errors/app-error.ts';
import { REDIS_ANSWER_MS, redisUnreachable, type RedisWait } from '../errors/redis-unreachable.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';

/**
 * Which announced calls (from webhooks and storage events) are recorded, so a delivery is answered
 * from one Redis round trip: the first claim of a call id stores it, every other one is a duplicate.
 * A claim being stored is `pending` (a short TTL, so a claimer that died frees it); concurrent
 * duplicates wait until it is `stored`. The durable record is the call's `source.json` in S3; this is
 * its fast index: if it is lost (Redis wiped), a replay stores the source again and the ingest worker,
 * finding the call, does nothing.
 */
export interface DeliveryLedger {
  /**
   * `new`: the caller stores the call, then calls `stored` (or `release` when storing failed). `duplicate`: stored already.
   * A claim pending for another delivery is waited for, at most `waitMs` (the ledger's own, unless given), then
   * `DELIVERY_BUSY` (retryable, answered 503 with Retry-After: every sender resends a 5xx, not all a 4xx).
   * `within` bounds each wait on Redis (then `NETWORK`); a claim Redis makes after that is given back, so the
   * sender's resend is not refused as busy. Bound the claim through `within`, not from outside: a claim abandoned
   * from outside can still be made once Redis answers, and then nothing gives it back before it expires.
   */
  claim(callId: string, opts?: { waitMs?: number; within?: RedisWait }): Promise<'new' | 'duplicate'>;
  stored(callId: string): Promise<void>;
  release(callId: string): Promise<void>;
  close(): Promise<void>;
}

export interface LedgerTimings {
  /** How long a claim may stay pending before another delivery may take it over. */
  pendingMs?: number;
  /** How long a stored call is remembered (replays after that find the call in S3 instead). */
  keepMs?: number;
  /** How long a duplicate waits for a pending claim before `DELIVERY_BUSY` (503: the sender retries). */
  waitMs?: number;
}

/** How soon a delivery refused as busy is worth sending again (its Retry-After): the other delivery's claim is settled by then, or has failed. */
export const BUSY_RETRY_AFTER_MS = 1_000;

const busy = (callId: string) =>
  retryable('DELIVERY_BUSY', `Call ${callId} is being recorded by another delivery of the same recording; send it again in a moment.`, undefined, BUSY_RETRY_AFTER_MS);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** For one process (tests, the in-process CLI). */
export function memoryDeliveryLedger(timings: LedgerTimings = {}): DeliveryLedger {
  const entries = new Map<string, { state: 'pending' | 'stored'; until: number }>();
  const pendingMs = timings.pendingMs ?? 30_000;
  const waitMs = timings.waitMs ?? 5_000;
  return {
    async claim(callId, opts) {
      const deadline = Date.now() + (opts?.waitMs ?? waitMs);
      for (;;) {
        const entry = entries.get(callId);
        if (!entry || (entry.state === 'pending' && entry.until < Date.now())) {
          entries.set(callId, { state: 'pending', until: Date.now() + pendingMs });
          return 'new';
        }
        if (entry.state === 'stored') return 'duplicate';
        if (Date.now() > deadline) throw busy(callId);
        await sleep(10);
      }
    },
    async stored(callId) {
      entries.set(callId, { state: 'stored', until: Infinity });
    },
    async release(callId) {
      if (entries.get(callId)?.state === 'pending') entries.delete(callId);
    },
    async close() {},
  };
}

/**
 * Across processes: one Redis key per call id, `pending` with a TTL, then `stored` for `keepMs`. Redis
 * down or not answering within REDIS_ANSWER_MS fails a claim with retryable `NETWORK` (503: the sender retries).
 */
export function redisDeliveryLedger(connection: RedisOptions & { url?: string }, opts: LedgerTimings & { prefix?: string; logger?: Logger } = {}): DeliveryLedger {
  const { url, ...rest } = connection;
  const options = { ...rest, maxRetriesPerRequest: 3, commandTimeout: REDIS_ANSWER_MS };
  const redis = url ? new Redis(url, options) : new Redis(options);
  if (opts.logger) redisOutageLog(opts.logger, 'delivery ledger').watchClient(redis);
  else redis.on('error', () => undefined);
  const unreachable = (err: unknown) => Promise.reject(redisUnreachable(err));
  const prefix = opts.prefix ?? 'callscribe:delivered:';
  const pendingMs = opts.pendingMs ?? 30_000;
  const keepMs = opts.keepMs ?? 30 * 24 * 3600_000;
  const waitMs = opts.waitMs ?? 5_000;
  // A pending claim holds its claimer's token, so a claimer gives back only its own claim, never another delivery's.
  const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
  const release = (key: string, value: string) => redis.eval(RELEASE, 1, key, value);
  /** The claims this process holds (call id → the pending value it set), for `release`. */
  const held = new Map<string, string>();
  return {
    async claim(callId, opts) {
      const key = prefix + callId;
      const pending = `pending:${randomUUID()}`;
      const within = opts?.within ?? (<T>(p: Promise<T>) => p);
      const deadline = Date.now() + (opts?.waitMs ?? waitMs);
      const take = () =>
        within(redis.set(key, pending, 'PX', pendingMs, 'NX').catch(unreachable)).catch((err: unknown) => {
          // A SET not answered in time may still be made once Redis answers: the release queued behind it (same
          // connection, so in order) gives that claim back, so the sender's resend is not refused as busy.
          void release(key, pending).catch(() => undefined);
          throw err;
        });
      for (;;) {
        if ((await take()) === 'OK') {
          held.set(callId, pending);
          return 'new';
        }
        if ((await within(redis.get(key).catch(unreachable))) === 'stored') return 'duplicate';
        if (Date.now() > deadline) throw busy(callId);
        await sleep(10 + Math.random() * 20);
      }
    },
    async stored(callId) {
      await redis.set(prefix + callId, 'stored', 'PX', keepMs).catch(unreachable);
      held.delete(callId);
    },
    async release(callId) {
      const pending = held.get(callId);
      if (!pending) return;
      held.delete(callId);
      await release(prefix + callId, pending).catch(() => undefined);
    },
    async close() {
      redis.disconnect();
    },
  };
}
