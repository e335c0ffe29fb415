import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { isTerminal } from '../../src/domain/call.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { getJson, putJson } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { recordDecisions } from '../../src/review/decide.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { freePort } from '../helpers/free-port.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A sync worker killed (SIGKILL) while a CRM write is in flight, then a new worker: exactly one of each
// record. The killed worker still holds the job's lock, so this is also the stalled-job case: the new
// worker takes the job over once the lock (WORKER_LOCK_MS) expires. SIGTERM drains within WORKER_DRAIN_MS.
describe('sync worker killed between two CRM writes', () => {
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const workers: ServiceProcess[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['kill-test']);
    hubspot = await startHubSpotFake({ limits: false });
  });
  const envFor = (crm: HubSpotFake = hubspot) => ({
    REDIS_URL: redis.url!,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: 'kill-test',
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    DATA_DIR: temp.dir,
    CRM: 'hubspot',
    HUBSPOT_BASE_URL: crm.baseUrl,
    HUBSPOT_ACCESS_TOKEN: crm.accessToken,
    STAGE_POLICY: 'auto',
    WORKER_LOCK_MS: '2000',
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    for (const close of closers) await close();
    await hubspot?.close();
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('resumes on another worker and writes nothing twice', async () => {
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'kill-test', forcePathStyle: true, credentials: s3.credentials });
    const [callId] = await seedSyncableCalls(blobs, 1, hubspot);
    // The first task write is slow: the worker dies while it is in flight (HubSpot still completes it).
    hubspot.delayNext(1, 1500, { method: 'POST', path: '/crm/v3/objects/tasks' });
    const env = envFor();
    const first = startService(['work', '--steps', 'sync'], env);
    workers.push(first);
    await until(() => first.output().includes('workers started'), 'the first worker');
    const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, prefix: 'callscribe', attempts: 5 });
    await queues.enqueue('sync', callId!, { callId: callId! });
    const taskPosts = () => hubspot.requests.filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/tasks').length;
    await until(() => taskPosts() >= 1, 'the first task write', 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(hubspot.objects('calls')).toHaveLength(1); // written before the kill

    const second = startService(['work', '--steps', 'sync'], env);
    workers.push(second);
    await until(async () => (await findCall(blobs, callId!))?.status === 'done', 'the call to be synced by the second worker', 60_000);
    expect(hubspot.objects('calls')).toHaveLength(1);
    expect(hubspot.objects('tasks')).toHaveLength(2);
    expect(new Set(hubspot.objects('tasks').map((t) => t.properties.callscribe_key)).size).toBe(2);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await queues.close();
  });

  it('a job whose worker is killed twice while holding it is taken over again, not failed', async () => {
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'kill-test', forcePathStyle: true, credentials: s3.credentials });
    const crm = await startHubSpotFake({ limits: false });
    closers.push(() => crm.close());
    const [callId] = await seedSyncableCalls(blobs, 1, crm);
    await blobs.delete(callKeys.crm(callId!));
    const taskPosts = () => crm.requests.filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/tasks').length;
    const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, prefix: 'callscribe', attempts: 5 });
    for (let kill = 1; kill <= 2; kill++) {
      crm.delayNext(1, 20_000, { method: 'POST', path: '/crm/v3/objects/tasks' });
      const worker = startService(['work', '--steps', 'sync'], envFor(crm));
      workers.push(worker);
      await until(() => worker.output().includes('workers started'), `worker ${kill}`);
      if (kill === 1) await queues.enqueue('sync', callId!, { callId: callId! });
      await until(() => taskPosts() >= kill, `task write ${kill}`, 30_000);
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    const last = startService(['work', '--steps', 'sync'], envFor(crm));
    workers.push(last);
    await until(async () => isTerminal((await findCall(blobs, callId!))?.status ?? 'received'), 'the call to finish', 60_000);
    expect((await findCall(blobs, callId!))?.status).toBe('done');
    expect(new Set(crm.objects('tasks').map((t) => t.properties.callscribe_key)).size).toBe(crm.objects('tasks').length);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    await queues.close();
  });

  it('SIGTERM: a running job that finishes within WORKER_DRAIN_MS completes before the worker exits', async () => {
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'kill-test', forcePathStyle: true, credentials: s3.credentials });
    const crm = await startHubSpotFake({ limits: false });
    closers.push(() => crm.close());
    const [callId] = await seedSyncableCalls(blobs, 1, crm);
    await blobs.delete(callKeys.crm(callId!));
    crm.delayNext(1, 1500, { method: 'POST', path: '/crm/v3/objects/tasks' });
    const worker = startService(['work', '--steps', 'sync'], { ...envFor(crm), WORKER_DRAIN_MS: '20000' });
    workers.push(worker);
    await until(() => worker.output().includes('workers started'), 'the worker');
    const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, prefix: 'callscribe', attempts: 5 });
    await queues.enqueue('sync', callId!, { callId: callId! });
    await until(() => crm.requests.some((r) => r.method === 'POST' && r.path === '/crm/v3/objects/tasks'), 'the slow task write', 30_000);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect((await findCall(blobs, callId!))?.status).toBe('done');
    expect(crm.objects('tasks')).toHaveLength(2);
    await queues.close();
  });

  it('SIGTERM: a job still running after WORKER_DRAIN_MS is left behind, and another worker finishes it once', async () => {
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'kill-test', forcePathStyle: true, credentials: s3.credentials });
    const crm = await startHubSpotFake({ limits: false });
    closers.push(() => crm.close());
    const [callId] = await seedSyncableCalls(blobs, 1, crm);
    await blobs.delete(callKeys.crm(callId!));
    crm.delayNext(1, 8000, { method: 'POST', path: '/crm/v3/objects/tasks' });
    const env = { ...envFor(crm), WORKER_DRAIN_MS: '500' };
    const first = startService(['work', '--steps', 'sync'], env);
    workers.push(first);
    await until(() => first.output().includes('workers started'), 'the first worker');
    const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, prefix: 'callscribe', attempts: 5 });
    await queues.enqueue('sync', callId!, { callId: callId! });
    await until(() => crm.requests.some((r) => r.method === 'POST' && r.path === '/crm/v3/objects/tasks'), 'the slow task write', 30_000);
    const termAt = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - termAt).toBeLessThan(5000); // the bound, not the 8 s write
    expect(first.output()).toContain('did not finish in time');
    expect((await findCall(blobs, callId!))?.status).not.toBe('done');

    const second = startService(['work', '--steps', 'sync'], env);
    workers.push(second);
    await until(async () => (await findCall(blobs, callId!))?.status === 'done', 'the call to be synced by the second worker', 60_000);
    expect(crm.objects('calls')).toHaveLength(1);
    expect(crm.objects('tasks')).toHaveLength(2);
    expect(new Set(crm.objects('tasks').map((t) => t.properties.callscribe_key)).size).toBe(2);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await queues.close();
  });

  it('a worker killed while applying an approved stage: the next one writes it, once', async () => {
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'kill-test', forcePathStyle: true, credentials: s3.credentials });
    // A CRM (and crm.json) of its own: the ids of seeded calls repeat across tests.
    const crm = await startHubSpotFake({ limits: false });
    closers.push(() => crm.close());
    const [callId] = await seedSyncableCalls(blobs, 1, crm);
    await blobs.delete(callKeys.crm(callId!));
    const env = { ...envFor(crm), STAGE_POLICY: 'review' };
    const queues = createStepQueues({ connection: { url: redis.url!, maxRetriesPerRequest: null }, prefix: 'callscribe', attempts: 5 });
    const first = startService(['work', '--steps', 'sync'], env);
    workers.push(first);
    await until(() => first.output().includes('workers started'), 'the first worker');
    await queues.enqueue('sync', callId!, { callId: callId! });
    await until(async () => (await findCall(blobs, callId!))?.status === 'needs_review', 'the stage proposal to wait for review', 30_000);

    // A manager approves; the stage write is slow and the worker dies while it is in flight.
    const record = (await getJson(blobs, callKeys.crm(callId!), (raw) => CrmRecord.parse(raw)))!;
    recordDecisions(record, { decisions: [{ id: 'deal-stage', decision: 'approve' }] }, { principal: 'lee@example.com', role: 'manager' }, new Date(), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(callId!), record);
    const stagePatches = () => crm.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/crm/v3/objects/deals/')).length;
    crm.delayNext(1, 1500, { method: 'PATCH', path: `/crm/v3/objects/deals/${record.deal!.id}` });
    await queues.enqueue('sync', callId!, { callId: callId! });
    await until(() => stagePatches() >= 1, 'the stage write', 30_000);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startService(['work', '--steps', 'sync'], env);
    workers.push(second);
    await until(async () => (await findCall(blobs, callId!))?.status === 'done', 'the approval to be applied by the second worker', 60_000);
    expect(crm.objects('deals')[0]!.properties.dealstage).toBe('contractsent');
    expect(stagePatches()).toBe(1);
    const after = (await getJson(blobs, callKeys.crm(callId!), (raw) => CrmRecord.parse(raw)))!;
    expect(after.review.decisions[0]).toMatchObject({ state: 'approved', decidedBy: 'lee@example.com', applied: { result: expect.stringMatching(/contractsent/) } });
    expect(crm.objects('calls')).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await queues.close();
  });
});
