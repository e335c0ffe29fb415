import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { memoryDeliveryLedger, redisDeliveryLedger, type DeliveryClaim } from '../../src/intake/delivery-ledger.ts';

/**
 * One API process answers two deliveries of one recording: the first held its claim past its time (a slow store),
 * so the second took the call over. The first then fails and gives its claim back: that must not free the second's
 * claim (1383574: "a release never frees another delivery's claim"), or a third delivery records the call while the
 * second still is.
 */
describe('delivery ledger: two claims of one call in one process', () => {
  let redis: EmbeddedRedis;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    admin = new Redis(redis.connection);
  });
  afterAll(async () => {
    admin?.disconnect();
    await redis?.stop();
  });

  it("redis: the first delivery's release leaves the second delivery's claim in place", async () => {
    const prefix = `same-${randomUUID()}:`;
    const ledger = redisDeliveryLedger(redis.connection, { prefix, pendingMs: 60_000, waitMs: 100 });
    try {
      const first = await ledger.claim('p1');
      expect(first).toMatchObject({ callId: 'p1' });
      await admin.del(`${prefix}p1`); // its claim lapses (pending past pendingMs) while it still stores the call
      const second = await ledger.claim('p1'); // the second delivery takes the call over
      expect(second).toMatchObject({ callId: 'p1' });
      await ledger.release(first as DeliveryClaim); // the first delivery fails and gives back what it claimed
      await expect(ledger.claim('p1')).rejects.toMatchObject({ code: 'DELIVERY_BUSY' }); // the second still holds it
      await ledger.release(second as DeliveryClaim); // the second fails too: its own release frees the call
      expect(await ledger.claim('p1')).toMatchObject({ callId: 'p1' });
    } finally {
      await ledger.close();
    }
  });

  it("memory: the first delivery's release leaves the second delivery's claim in place", async () => {
    let t = 0;
    const ledger = memoryDeliveryLedger({ pendingMs: 1_000, waitMs: 0, clock: () => t });
    const first = await ledger.claim('p1');
    t = 2_000; // the first claim lapses while its delivery still stores the call
    const second = await ledger.claim('p1');
    expect([first, second]).toEqual([expect.objectContaining({ callId: 'p1' }), expect.objectContaining({ callId: 'p1' })]);
    await ledger.release(first as DeliveryClaim);
    await expect(ledger.claim('p1')).rejects.toMatchObject({ code: 'DELIVERY_BUSY' });
    await ledger.release(second as DeliveryClaim);
    expect(await ledger.claim('p1')).toMatchObject({ callId: 'p1' });
  });
});
