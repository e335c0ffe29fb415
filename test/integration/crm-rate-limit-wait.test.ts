import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { MIN_RETRY_WAIT_MS } from '../../src/errors/classify-http.ts';
import { isRateLimit } from '../../src/pipeline/run-step.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { failure } from '../helpers/crm-inputs.ts';

/**
 * A CRM that says "retry now" (a 0 s reset, `Retry-After: 0`, a date already past) still gets a wait the sync worker
 * can hand to BullMQ's `rateLimit`: Redis refuses `PX 0`, and that refusal would spend the call's attempt.
 */
describe('a rate limit that asks for no wait', () => {
  let redis: EmbeddedRedis;
  let queue: Queue;
  let pd: PipedriveFake | null = null;
  let hs: HubSpotFake | null = null;
  let sf: SalesforceFake | null = null;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    queue = new Queue(`test-${randomUUID()}`, { connection: redis.connection });
  });
  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });
  afterEach(async () => {
    await Promise.all([pd?.close(), hs?.close(), sf?.close()]);
    pd = hs = sf = null;
  });

  /** What the sync worker does with a rate limit: it must be one, and BullMQ must accept its wait. */
  const acceptedByQueue = async (err: Awaited<ReturnType<typeof failure>>) => {
    expect(isRateLimit(err)).toBe(true);
    expect(err.retryAfterMs).toBeGreaterThanOrEqual(MIN_RETRY_WAIT_MS);
    await expect(queue.rateLimit(err.retryAfterMs!)).resolves.toBeUndefined();
  };

  it('Pipedrive: x-ratelimit-reset 0, Retry-After 0 and a Retry-After date in the past wait at least 1 s', async () => {
    pd = await startPipedriveFake();
    const { deals } = pd.seed({ deals: [{ title: 'Pilot' }] });
    const crm = createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl, readTries: 1 });
    const zeroWaits: Record<string, string>[] = [{ 'x-ratelimit-reset': '0' }, { 'retry-after': '0' }, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() }];
    for (const headers of zeroWaits) {
      pd.failNext(1, { status: 429, headers });
      await acceptedByQueue(await failure(crm.getDeal(deals[0]!)));
    }
  });

  it('HubSpot: Retry-After 0 waits at least 1 s', async () => {
    hs = await startHubSpotFake({ retryAfterSec: 0 });
    const crm = createHubSpotCrm({ accessToken: hs.accessToken, baseUrl: hs.baseUrl, readTries: 1 });
    hs.failNext(1, { status: 429 });
    await acceptedByQueue(await failure(crm.getDeal('1')));
  });

  it('Salesforce: a configured wait of 0, and a 503 with Retry-After 0, wait at least 1 s', async () => {
    sf = await startSalesforceFake();
    const crm = createSalesforceCrm({ instanceUrl: sf.instanceUrl, accessToken: sf.accessToken, readTries: 1, rateLimitWaitMs: 0 });
    sf.failNext(1, { status: 403 });
    await acceptedByQueue(await failure(crm.getDeal('006000000000001')));
    sf.failNext(1, { status: 503, headers: { 'retry-after': '0' } });
    expect((await failure(crm.getDeal('006000000000001'))).retryAfterMs).toBe(MIN_RETRY_WAIT_MS);
  });
});
