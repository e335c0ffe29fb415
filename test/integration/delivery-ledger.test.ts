import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { memoryDeliveryLedger, redisDeliveryLedger, type DeliveryLedger, type LedgerTimings } from '../../src/intake/delivery-ledger.ts';

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
          if (answer === 'new') {
            await new Promise((r) => setTimeout(r, 30));
            await ledger.stored('c1');
          }
          return answer;
        }),
      );
      expect(answers.filter((a) => a === 'new').length).toBe(1);
      expect(answers.filter((a) => a === 'duplicate').length).toBe(19);
      expect(await ledger.claim('c1')).toBe('duplicate');
    });

    it('lets the next delivery store a call whose first claim failed and was released', async () => {
      const ledger = open();
      expect(await ledger.claim('c2')).toBe('new');
      await ledger.release('c2');
      expect(await ledger.claim('c2')).toBe('new');
    });

    it('lets another delivery take over a claim whose holder died (pending past its time)', async () => {
      const ledger = open({ pendingMs: 50, waitMs: 2000 });
      expect(await ledger.claim('c3')).toBe('new');
      expect(await ledger.claim('c3')).toBe('new');
    });

    it('answers CALL_BUSY (retryable) when a claim stays pending longer than a duplicate may wait', async () => {
      const ledger = open({ pendingMs: 10_000, waitMs: 60 });
      expect(await ledger.claim('c4')).toBe('new');
      await expect(ledger.claim('c4')).rejects.toMatchObject({ code: 'CALL_BUSY', retryable: true });
    });

    it('does not release a stored call', async () => {
      const ledger = open();
      await ledger.claim('c5');
      await ledger.stored('c5');
      await ledger.release('c5');
      expect(await ledger.claim('c5')).toBe('duplicate');
    });
  });
});
