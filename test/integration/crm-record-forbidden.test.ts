import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { ALL_SCOPES } from '../helpers/fakes/hubspot-scopes.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { customerPhone, seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * A CRM refusing one call's record ends only that call's sync, while the other calls of the run sync: a record it
 * needs before writing (a deal hidden from the integration user) ends the call `failed` with the record's code; a deal
 * it may see but not change refuses only the stage change, which waits for a person (`DEAL_STAGE_REFUSED`) beside the
 * call log and tasks already written. Refused credentials still pause every call's sync. Real BullMQ workers on a
 * private Redis, call records in the embedded S3 server, the CRM fakes over HTTP.
 */
describe('sync when the CRM refuses one record', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let blobs: BlobStore;
  let runtime: QueueRuntime | null = null;
  let pd: PipedriveFake | null = null;
  let sf: SalesforceFake | null = null;
  let hs: HubSpotFake | null = null;

  beforeEach(async () => {
    temp = await makeTempDir();
    [redis, s3] = await Promise.all([startEmbeddedRedis(), startEmbeddedS3(join(temp.dir, 's3'), [])]);
    const store = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `forbidden-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await store.ensureBucket();
    blobs = store;
  });
  afterEach(async () => {
    await runtime?.close();
    runtime = null;
    await Promise.all([pd?.close(), sf?.close(), hs?.close()]);
    pd = sf = hs = null;
    await redis?.stop();
    await s3?.stop();
    await temp.cleanup();
  });

  const start = (crm: CrmAdapter) => {
    const ports = { blobs, crm, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'auto', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } } as unknown as PipelinePorts;
    runtime = startQueueRuntime(['sync'], ports, silentLogger, {
      connection: redis.connection,
      prefix: `test-${randomUUID()}`,
      attempts: 5,
      concurrency: 2,
      backoff: { baseMs: 20, maxMs: 200 },
      credentialCheckMs: 100,
    });
    return runtime;
  };
  const settled = (c: Call) => c.status === 'done' || c.status === 'failed' || c.status === 'needs_review';
  const waitFor = async (ids: string[], done: (c: Call) => boolean, timeoutMs = 30_000): Promise<Call[]> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const calls = await Promise.all(ids.map((id) => findCall(blobs, id)));
      if (calls.every((c) => c && done(c))) return calls as Call[];
      if (Date.now() > deadline) throw new Error(`calls not settled: ${calls.map((c) => `${c?.status} ${c?.error?.code ?? ''}`).join(', ')}`);
      await sleep(100);
    }
  };

  /** Two calls, each with its customer and open deal in Pipedrive; the first call's deal is read-only (or hidden) for the token's user. */
  const pipedriveRun = async (access: 'read' | 'none' = 'read') => {
    pd = await startPipedriveFake({ burstLimit: false });
    pd.seed({ users: [{ id: 7, name: 'Sam Rep', email: 'rep@example.com' }] });
    const persons = pd.seed({ persons: [0, 1].map((i) => ({ name: `Customer${i}`, phones: [customerPhone(i)] })) }).persons;
    const deals = pd.seed({ deals: persons.map((p, i) => ({ title: `Deal ${i}`, stage_id: 3, person_id: Number(p) })) }).deals;
    pd.restrict('deals', deals[0]!, access);
    const ids = await seedSyncableCalls(blobs, 2);
    const crm = createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl, defaultPhoneRegion: 'GB', readTries: 1 });
    return { ids, deals, crm };
  };

  it('Pipedrive: the call whose deal the token may not see ends failed with PIPEDRIVE_RECORD_FORBIDDEN; the other call syncs', async () => {
    const { ids, deals, crm } = await pipedriveRun('none');
    const rt = start(crm);
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    // Refused at the first write (the call log linked to the deal): nothing was written for this call.
    const [refused, synced] = await waitFor(ids, settled);
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'PIPEDRIVE_RECORD_FORBIDDEN', message: expect.stringContaining('a record that POST /api/v2/activities refers to') } });
    expect(refused!.error!.message).toMatch(/make the record visible to the API token's user/);
    expect(pd!.objects('activities').filter((a) => a.deal_id === Number(deals[0]))).toEqual([]);
    expect(synced).toMatchObject({ status: 'done', error: null });
    expect(await rt.queues.get('sync').isPaused()).toBe(false);
  });

  it('Pipedrive: the call whose deal the token may not change waits for review of the stage change alone; the other call syncs', async () => {
    const { ids, deals, crm } = await pipedriveRun();
    const rt = start(crm);
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const [refused, synced] = await waitFor(ids, settled);
    expect(refused).toMatchObject({ status: 'needs_review', error: null, review: { reason: expect.stringMatching(new RegExp(`^DEAL_STAGE_REFUSED: .*deal ${deals[0]}.*PIPEDRIVE_RECORD_FORBIDDEN`)) } });
    expect(refused!.review!.reason).toMatch(/make the record visible to the API token's user/);
    expect(pd!.objects('activities').filter((a) => a.deal_id === Number(deals[0]))).toHaveLength(3); // its call log and two tasks
    expect(synced).toMatchObject({ status: 'done', error: null });
    const stageOf = (id: string) => pd!.objects('deals').find((d) => String(d.id) === id)!.stage_id;
    expect(stageOf(deals[1]!)).not.toBe(3); // moved, as the policy allows
    expect(stageOf(deals[0]!)).toBe(3);
    expect(await rt.queues.get('sync').isPaused()).toBe(false);
  });

  it('Pipedrive: a token refused everything pauses every call; once it works, only the call with the read-only deal waits for review', async () => {
    const { ids, crm } = await pipedriveRun();
    pd!.chaos({ rate: 1, statuses: [403], seed: 1 }); // the token's user lost its rights: every request, the check too, is 403
    const rt = start(crm);
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const [waiting] = await waitFor(ids.slice(0, 1), (c) => c.error?.code === 'PIPEDRIVE_AUTH');
    expect(waiting).toMatchObject({ status: 'syncing', error: { message: expect.stringMatching(/^Waiting for working CRM credentials: /) } });
    expect(await rt.queues.get('sync').isPaused()).toBe(true);

    pd!.chaos(null); // an admin gives the rights back
    const calls = await waitFor(ids, settled);
    expect(calls.map((c) => [c.status, c.error?.code ?? null])).toEqual([
      ['needs_review', null],
      ['done', null],
    ]);
  });

  it('Salesforce: the call whose Opportunity is read-only for the integration user waits for review of the stage change; the other call syncs', async () => {
    sf = await startSalesforceFake();
    sf.seed({ users: [{ LastName: 'Rep', Email: 'rep@example.com', Username: 'rep@example.com.acme' }] });
    const contacts = sf.seed({ contacts: [0, 1].map((i) => ({ LastName: `Customer${i}`, Phone: customerPhone(i) })) }).contacts;
    const opportunities = sf.seed({ opportunities: contacts.map((c, i) => ({ Name: `Deal ${i}`, StageName: 'Id. Decision Makers', contactIds: [c] })) }).opportunities;
    sf.restrict(opportunities[0]!, 'read');
    const ids = await seedSyncableCalls(blobs, 2);
    const rt = start(createSalesforceCrm({ instanceUrl: sf.instanceUrl, accessToken: sf.accessToken, defaultPhoneRegion: 'GB', readTries: 1 }));
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const [refused, synced] = await waitFor(ids, settled);
    expect(refused).toMatchObject({ status: 'needs_review', error: null, review: { reason: expect.stringMatching(/^DEAL_STAGE_REFUSED: .*SALESFORCE_RECORD_FORBIDDEN/) } });
    expect(refused!.review!.reason).toContain(`Opportunity ${opportunities[0]}`);
    expect(refused!.review!.reason).toMatch(/share the record with the integration user/);
    expect(synced).toMatchObject({ status: 'done', error: null });
  });

  it('HubSpot: the call whose deal the token may not reach waits for review of the stage change; the other call syncs', async () => {
    hs = await startHubSpotFake({ limits: false });
    const ids = await seedSyncableCalls(blobs, 2, hs);
    const [first] = hs.objects('deals');
    hs.restrict('deals', first!.id);
    const rt = start(createHubSpotCrm({ accessToken: hs.accessToken, baseUrl: hs.baseUrl, searchSettleMs: 0, searchPerSecond: 5, readTries: 1 }));
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const [refused, synced] = await waitFor(ids, settled);
    expect(refused).toMatchObject({ status: 'needs_review', error: null, review: { reason: expect.stringMatching(/^DEAL_STAGE_REFUSED: .*HUBSPOT_RECORD_FORBIDDEN/) } });
    expect(refused!.review!.reason).toContain(`deal ${first!.id}`);
    expect(synced).toMatchObject({ status: 'done', error: null });
  });

  it('HubSpot: a missing scope holds every call at syncing, naming the scope, until the private app holds it; then they sync, once', async () => {
    hs = await startHubSpotFake({ limits: false, scopes: ALL_SCOPES.filter((s) => s !== 'crm.objects.deals.write') });
    const ids = await seedSyncableCalls(blobs, 2, hs);
    const rt = start(createHubSpotCrm({ accessToken: hs.accessToken, baseUrl: hs.baseUrl, searchSettleMs: 0, searchPerSecond: 5, readTries: 1 }));
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const count = (method: string, path: RegExp) => hs!.requests.filter((r) => r.method === method && path.test(r.path)).length;
    const tokenInfos = () => count('POST', /^\/oauth\/v2\/private-apps\/get\/access-token-info$/);
    const dealPatches = () => count('PATCH', /^\/crm\/v3\/objects\/deals\//);
    const untilTokenInfos = async (n: number) => {
      for (const deadline = Date.now() + 30_000; tokenInfos() < n; await sleep(50)) if (Date.now() > deadline) throw new Error(`token info asked ${tokenInfos()} times`);
    };
    const [waiting] = await waitFor(ids.slice(0, 1), (c) => c.error?.code === 'HUBSPOT_MISSING_SCOPES');
    expect(waiting).toMatchObject({ status: 'syncing', error: { message: expect.stringMatching(/^Waiting for working CRM credentials: .*lacks scope crm\.objects\.deals\.write/) } });

    // The guard checks again and again (the token info each time); sync stays paused and no call tries the write again.
    await untilTokenInfos(3);
    const patched = dealPatches();
    expect(patched).toBeLessThanOrEqual(ids.length);
    await untilTokenInfos(tokenInfos() + 3);
    expect(dealPatches()).toBe(patched);
    expect(await rt.queues.get('sync').isPaused()).toBe(true);
    expect((await Promise.all(ids.map((id) => findCall(blobs, id)))).map((c) => c!.status)).toEqual(['syncing', 'syncing']);

    hs!.setScopes(ALL_SCOPES); // an admin adds the scope to the private app; the token stays the same
    const calls = await waitFor(ids, settled);
    expect(calls.map((c) => [c.status, c.error])).toEqual([
      ['done', null],
      ['done', null],
    ]);
    expect(hs!.objects('calls')).toHaveLength(2);
    expect(hs!.objects('tasks')).toHaveLength(4);
    expect(hs!.objects('deals').map((d) => d.properties.dealstage)).toEqual(['contractsent', 'contractsent']);
  });
});
