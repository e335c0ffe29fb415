import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { redisPid } from '../helpers/redis-pid.ts';
import { redisBudget } from '../../src/errors/redis-unreachable.ts';
import { memoryDeliveryLedger, redisDeliveryLedger, type DeliveryClaim, type DeliveryLedger, type LedgerTimings } from '../../src/intake/delivery-ledger.ts';

describe('delivery ledger', () => {
  let redis: EmbeddedRedis;
  const opened: DeliveryLedger[] = [];
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    for (const l of opened) await l.close();
    await redis?.stop();
  });

  const kinds: [string, (t?: LedgerTimings) => DeliveryLedger][] = [
    ['memory', (t) => memoryDeliveryLedger(t)],
    ['redis', (t) => {
      const l = redisDeliveryLedger(redis.connection, { prefix: `t-${randomUUID()}:`, ...t });
      opened.push(l);
      return l;
    }],
  ];

  describe.each(kinds)('%s', (_name, open) => {
    it('gives one claim "new" among many at once; the others wait for it to be stored and are duplicates', async () => {
      const ledger = open();
      const answers = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const answer = await ledger.claim('c1');
          if (answer !== 'duplicate') {
            await new Promise((r) => setTimeout(r, 30));
            await ledger.stored(answer);
          }
          return answer;
        }),
      );
      expect(answers.filter((a) => a !== 'duplicate').length).toBe(1);
      expect(answers.filter((a) => a === 'duplicate').length).toBe(19);
      expect(await ledger.claim('c1')).toBe('duplicate');
    });

    it('lets the next delivery store a call whose first claim failed and was released', async () => {
      const ledger = open();
      const claim = await ledger.claim('c2');
      expect(claim).toMatchObject({ callId: 'c2' });
      await ledger.release(claim as DeliveryClaim);
      expect(await ledger.claim('c2')).toMatchObject({ callId: 'c2' });
    });

    it('lets another delivery take over a claim whose holder died (pending past its time)', async () => {
      const ledger = open({ pendingMs: 50, waitMs: 2000 });
      expect(await ledger.claim('c3')).toMatchObject({ callId: 'c3' });
      expect(await ledger.claim('c3')).toMatchObject({ callId: 'c3' });
    });

    it('answers DELIVERY_BUSY (retryable, with a wait to retry after) when a claim stays pending longer than a duplicate may wait', async () => {
      const ledger = open({ pendingMs: 10_000, waitMs: 60 });
      expect(await ledger.claim('c4')).toMatchObject({ callId: 'c4' });
      await expect(ledger.claim('c4')).rejects.toMatchObject({ code: 'DELIVERY_BUSY', retryable: true, retryAfterMs: expect.any(Number) });
    });

    it('does not release a stored call', async () => {
      const ledger = open();
      const claim = (await ledger.claim('c5')) as DeliveryClaim;
      await ledger.stored(claim);
      await ledger.release(claim);
      expect(await ledger.claim('c5')).toBe('duplicate');
    });
  });

  describe('redis, when Redis stalls under a claim', () => {
    /** Runs `stalled` with the Redis server frozen (SIGSTOP), and thaws it whatever happens. */
    const whileFrozen = async (stalled: () => Promise<void>) => {
      const pid = await redisPid(redis);
      process.kill(pid, 'SIGSTOP');
      try {
        await stalled();
      } finally {
        process.kill(pid, 'SIGCONT');
      }
    };
    /** A Redis ledger under `prefix` (a fresh one unless given: two ledgers on one prefix are two `serve`s). */
    const ledger = (prefix = `stall-${randomUUID()}:`) => {
      const l = redisDeliveryLedger(redis.connection, { prefix, pendingMs: 60_000, waitMs: 100 });
      opened.push(l);
      return l;
    };

    it('gives back a claim Redis makes after its claimer stopped waiting, so the resend is new, not busy', async () => {
      const l = ledger();
      expect(await l.claim('warm-up')).toMatchObject({ callId: 'warm-up' });
      await whileFrozen(async () => {
        await expect(l.claim('s1', { within: redisBudget(200) })).rejects.toMatchObject({ code: 'NETWORK' });
      });
      expect(await l.claim('s1')).toMatchObject({ callId: 's1' });
    });

    it("a claim that timed out gives back only its own claim, never another delivery's", async () => {
      const prefix = `stall-${randomUUID()}:`;
      const [a, b] = [ledger(prefix), ledger(prefix)];
      const held = await a.claim('s2');
      expect(held).toMatchObject({ callId: 's2' });
      expect(await b.claim('warm-up')).toMatchObject({ callId: 'warm-up' });
      await whileFrozen(async () => {
        await expect(b.claim('s2', { within: redisBudget(200) })).rejects.toMatchObject({ code: 'NETWORK' });
      });
      // b's late SET found a's claim; what b gave back was its own (nothing), so a still holds the call.
      await expect(b.claim('s2')).rejects.toMatchObject({ code: 'DELIVERY_BUSY' });
      await a.stored(held as DeliveryClaim);
      expect(await b.claim('s2')).toBe('duplicate');
    });
  });
});
