import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startCredentialGuard } from '../../src/queues/credential-guard.ts';
import { startHubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { ALL_SCOPES } from '../helpers/fakes/hubspot-scopes.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { failure } from '../helpers/crm-inputs.ts';

/**
 * The credential guard resumes a sync queue paused on a 401 only once the CRM accepts the credentials: it asks the
 * adapter's `ping`, against the fakes over HTTP. Without a ping it would resume at once and the 401s loop.
 */
describe('credential guard with Salesforce and Pipedrive', () => {
  let redis: EmbeddedRedis;
  let sf: SalesforceFake;
  let pd: PipedriveFake;
  const queues: Queue[] = [];
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    [sf, pd] = await Promise.all([startSalesforceFake(), startPipedriveFake()]);
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
  });
  afterAll(async () => {
    await Promise.all([sf?.close(), pd?.close()]);
    await redis?.stop();
  });

  const pausedQueue = async () => {
    const q = new Queue(`test-${randomUUID()}`, { connection: redis.connection });
    queues.push(q);
    await q.pause();
    return q;
  };
  /** Runs the guard's check at start, waits for the line it logs when done, and says whether the queue is still paused. */
  const guardOnce = async (q: Queue, crm: CrmAdapter, logged: Record<string, unknown>[] = []) => {
    const { logger, lines } = capturedLogger('info');
    const guard = startCredentialGuard([q], crm, logger, 60_000);
    for (let waited = 0; !lines.length && waited < 5000; waited += 20) await sleep(20);
    guard.stop();
    logged.push(...lines);
    return q.isPaused();
  };

  const cases = () => [
    {
      name: 'Salesforce',
      rejected: createSalesforceCrm({ instanceUrl: sf.instanceUrl, accessToken: '00DFAKE!expired', readTries: 1 }),
      accepted: createSalesforceCrm({ instanceUrl: sf.instanceUrl, accessToken: sf.accessToken }),
      code: 'SALESFORCE_AUTH',
    },
    {
      name: 'Salesforce client credentials',
      rejected: createSalesforceCrm({ instanceUrl: sf.instanceUrl, clientId: sf.clientId, clientSecret: 'revoked', readTries: 1 }),
      accepted: createSalesforceCrm({ instanceUrl: sf.instanceUrl, clientId: sf.clientId, clientSecret: sf.clientSecret }),
      code: 'SALESFORCE_AUTH',
    },
    {
      name: 'Pipedrive',
      rejected: createPipedriveCrm({ apiToken: 'revoked', baseUrl: pd.baseUrl, readTries: 1 }),
      accepted: createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl }),
      code: 'PIPEDRIVE_AUTH',
    },
  ];

  it('ping rejects credentials the CRM refuses, as a credentials error, and passes with good ones', async () => {
    for (const c of cases()) {
      expect(await failure(c.rejected.ping!()), c.name).toMatchObject({ code: c.code, kind: 'credentials', retryable: false });
      await expect(c.accepted.ping!(), c.name).resolves.toBeUndefined();
    }
  });

  it('keeps the queue paused while the token is still refused, and resumes it once it works', async () => {
    for (const c of cases()) {
      const q = await pausedQueue();
      expect(await guardOnce(q, c.rejected), `${c.name}: still refused`).toBe(true);
      expect(await guardOnce(q, c.accepted), `${c.name}: fixed`).toBe(false);
    }
  });

  it('HubSpot: a queue paused for a missing scope stays paused, the line naming the scope, until the private app holds it', async () => {
    const hs = await startHubSpotFake({ limits: false, scopes: ALL_SCOPES.filter((scope) => scope !== 'crm.objects.deals.write') });
    try {
      const [deal] = hs.seed({ deals: [{ dealname: 'Pilot', dealstage: 'presentationscheduled' }] }).deals as [string];
      const crm = createHubSpotCrm({ accessToken: hs.accessToken, baseUrl: hs.baseUrl, searchSettleMs: 0, readTries: 1 });
      expect(await failure(crm.updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', kind: 'credentials' });
      const q = await pausedQueue(); // what the sync worker does on that error

      const lines: Record<string, unknown>[] = [];
      expect(await guardOnce(q, crm, lines)).toBe(true);
      expect(lines).toEqual([expect.objectContaining({ level: 40, code: 'HUBSPOT_MISSING_SCOPES', reason: expect.stringContaining('lacks scope crm.objects.deals.write') })]);

      hs.setScopes(ALL_SCOPES);
      expect(await guardOnce(q, crm)).toBe(false);
    } finally {
      await hs.close();
    }
  });
});
