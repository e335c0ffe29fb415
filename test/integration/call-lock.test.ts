import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { memoryCallLocks, redisCallLocks, type CallLocks } from '../../src/review/call-lock.ts';

/** Runs `n` overlapping critical sections on one call; returns the most that ever ran at once. */
async function maxOverlap(locks: CallLocks, callId: string, n: number): Promise<number> {
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: n }, () =>
      locks.withLock(callId, async () => {
        most = Math.max(most, ++inside);
        await new Promise((r) => setTimeout(r, 15));
        inside--;
      }),
    ),
  );
  return most;
}

describe('call locks', () => {
  let redis: EmbeddedRedis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('in memory: one change of a call at a time, other calls not held up, a failure releases the lock', async () => {
    const locks = memoryCallLocks();
    expect(await maxOverlap(locks, 'c_1', 5)).toBe(1);
    await expect(locks.withLock('c_1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await locks.withLock('c_1', async () => 'free again')).toBe('free again');
  });

  it('in Redis: two processes’ worth of lock holders never overlap on one call', async () => {
    const prefix = `test-${randomUUID()}:`;
    const a = redisCallLocks(redis.connection, { prefix });
    const b = redisCallLocks(redis.connection, { prefix });
    let inside = 0;
    let most = 0;
    const section = async () => {
      most = Math.max(most, ++inside);
      await new Promise((r) => setTimeout(r, 15));
      inside--;
    };
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).withLock('c_2', section)));
    expect(most).toBe(1);
    await a.close();
    await b.close();
  });

  it('in Redis: a holder that died frees the call after the TTL; a busy call past the wait is CALL_BUSY', async () => {
    const prefix = `test-${randomUUID()}:`;
    const dead = redisCallLocks(redis.connection, { prefix, ttlMs: 300 });
    // Never settles, and its connection goes: as if the process died while holding the lock.
    void dead.withLock('c_3', () => new Promise(() => undefined));
    await new Promise((r) => setTimeout(r, 50));
    await dead.close();
    const impatient = redisCallLocks(redis.connection, { prefix, waitMs: 100 });
    await expect(impatient.withLock('c_3', async () => 'x')).rejects.toMatchObject({ code: 'CALL_BUSY', retryable: true });
    const patient = redisCallLocks(redis.connection, { prefix, waitMs: 2000 });
    expect(await patient.withLock('c_3', async () => 'taken over')).toBe('taken over');
    for (const l of [impatient, patient]) await l.close();
  });

  it('in Redis: a holder whose work outlasts the TTL keeps the lock while it works', async () => {
    const prefix = `test-${randomUUID()}:`;
    const slow = redisCallLocks(redis.connection, { prefix, ttlMs: 200 });
    const other = redisCallLocks(redis.connection, { prefix, ttlMs: 200, waitMs: 5000 });
    const order: string[] = [];
    const first = slow.withLock('c_4', async () => {
      await new Promise((r) => setTimeout(r, 700));
      order.push('slow done');
    });
    await new Promise((r) => setTimeout(r, 50));
    await other.withLock('c_4', async () => void order.push('other'));
    await first;
    expect(order).toEqual(['slow done', 'other']);
    for (const l of [slow, other]) await l.close();
  });
});
