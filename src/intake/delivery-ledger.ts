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
   * A claim (the call is new): the caller stores the call, then calls `stored` (or `release` when storing failed)
   * with that claim. `duplicate`: stored already. Each claim holds its own token, so a delivery whose claim lapsed
   * (pending past its time) and was taken over by another delivery releases only its own claim, never the other's,
   * also within one process.
   * A claim pending for another delivery is waited for, at most `waitMs` (the ledger's own, unless given), then
   * `DELIVERY_BUSY` (retryable, answered 503 with Retry-After: every sender resends a 5xx, not all a 4xx).
   * `within` bounds each wait on Redis (then `NETWORK`); a claim Redis makes after that is given back, so the
   * sender's resend is not refused as busy. Bound the claim through `within`, not from outside: a claim abandoned
   * from outside can still be made once Redis answers, and then nothing gives it back before it expires.
   */
  claim(callId: string, opts?: { waitMs?: number; within?: RedisWait }): Promise<DeliveryClaim | 'duplicate'>;
  stored(claim: DeliveryClaim): Promise<void>;
  /** Gives the claim back while it is still this claim's (pending with its token); a stored call stays stored. */
  release(claim: DeliveryClaim): Promise<void>;
  close(): Promise<void>;
}

/** One delivery's hold on a call id, as `claim` made it. */
export interface DeliveryClaim {
  readonly callId: string;
  /** Unique to this claim: what its pending entry holds while it is this claim's. */
  readonly token: string;
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

/** For one process (tests, the in-process CLI); `clock` (ms) decides when a claim lapses and a wait ends. */
export function memoryDeliveryLedger(timings: LedgerTimings & { clock?: () => number } = {}): DeliveryLedger {
  const now = timings.clock ?? Date.now;
  const entries = new Map<string, { state: 'pending'; token: string; until: number } | { state: 'stored' }>();
  const pendingMs = timings.pendingMs ?? 30_000;
  const waitMs = timings.waitMs ?? 5_000;
  return {
    async claim(callId, opts) {
      const deadline = now() + (opts?.waitMs ?? waitMs);
      for (;;) {
        const entry = entries.get(callId);
        if (!entry || (entry.state === 'pending' && entry.until < now())) {
          const token = randomUUID();
          entries.set(callId, { state: 'pending', token, until: now() + pendingMs });
          return { callId, token };
        }
        if (entry.state === 'stored') return 'duplicate';
        if (now() >= deadline) throw busy(callId);
        await sleep(10);
      }
    },
    async stored(claim) {
      entries.set(claim.callId, { state: 'stored' });
    },
    async release(claim) {
      const entry = entries.get(claim.callId);
      if (entry?.state === 'pending' && entry.token === claim.token) entries.delete(claim.callId);
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
  return {
    async claim(callId, opts) {
      const key = prefix + callId;
      const token = randomUUID();
      const pending = `pending:${token}`;
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
        if ((await take()) === 'OK') return { callId, token };
        if ((await within(redis.get(key).catch(unreachable))) === 'stored') return 'duplicate';
        if (Date.now() > deadline) throw busy(callId);
        await sleep(10 + Math.random() * 20);
      }
    },
    async stored(claim) {
      await redis.set(prefix + claim.callId, 'stored', 'PX', keepMs).catch(unreachable);
    },
    async release(claim) {
      await release(prefix + claim.callId, `pending:${claim.token}`).catch(() => undefined);
    },
    async close() {
      redis.disconnect();
    },
  };
}
