import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// Sync through real BullMQ workers on a private Redis, against the HubSpot fake failing on purpose.
describe('sync queue against a failing HubSpot', () => {
  let redis: EmbeddedRedis;
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let runtime: QueueRuntime | null = null;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    redis = await startEmbeddedRedis();
    hubspot = await startHubSpotFake({ limits: false, retryAfterSec: 0.2 });
  });
  afterEach(async () => {
    await runtime?.close();
    runtime = null;
    await hubspot.close();
    await redis.stop();
    await temp.cleanup();
  });

  const start = (token: string) => {
    const crm = createHubSpotCrm({ accessToken: token, baseUrl: hubspot.baseUrl, searchSettleMs: 50, searchPerSecond: 5 });
    const ports = { blobs, crm, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'auto', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } } as unknown as PipelinePorts;
    runtime = startQueueRuntime(['sync'], ports, silentLogger, {
      connection: redis.connection,
      prefix: `test-${randomUUID()}`,
      attempts: 8,
      concurrency: 4,
      backoff: { baseMs: 20, maxMs: 200 },
      credentialCheckMs: 100,
    });
    return runtime;
  };
  const waitFor = async (ids: string[], done: (c: Call) => boolean, timeoutMs = 60_000): Promise<Call[]> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const calls = await Promise.all(ids.map((id) => findCall(blobs, id)));
      if (calls.every((c) => c && done(c))) return calls as Call[];
      if (Date.now() > deadline) throw new Error(`calls not finished: ${calls.map((c) => c?.status).join(', ')}`);
      await sleep(100);
    }
  };

  it('completes every call under 30% injected 429 / 5xx, lost answers included, with no duplicates', async () => {
    const ids = await seedSyncableCalls(blobs, 6, hubspot);
    hubspot.chaos({ rate: 0.3, statuses: [429, 500, 502, 503], seed: 7, commit: 0.3 });
    const rt = start(hubspot.accessToken);
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });
    const calls = await waitFor(ids, (c) => c.status === 'done' || c.status === 'failed', 90_000);
    expect(calls.map((c) => c.status)).toEqual(ids.map(() => 'done'));
    expect(hubspot.objects('calls')).toHaveLength(6);
    expect(hubspot.objects('tasks')).toHaveLength(12);
    expect(new Set(hubspot.objects('tasks').map((t) => t.properties.callscribe_key)).size).toBe(12);
    expect(hubspot.objects('deals').every((d) => d.properties.dealstage === 'contractsent')).toBe(true);
  });

  it('waits, visibly, while the CRM rejects the token, and resumes by itself once it is accepted', async () => {
    const ids = await seedSyncableCalls(blobs, 3, hubspot);
    hubspot.setAccessToken('pat-rotated');
    const rt = start('pat-old');
    for (const id of ids) await rt.queues.enqueue('sync', id, { callId: id });

    const waiting = await waitFor(ids.slice(0, 1), (c) => c.error?.code === 'HUBSPOT_AUTH');
    expect(waiting[0]).toMatchObject({ status: 'syncing', error: { code: 'HUBSPOT_AUTH', message: expect.stringMatching(/^Waiting for working CRM credentials: .*resume by themselves/) } });
    expect(await rt.queues.get('sync').isPaused()).toBe(true);
    await sleep(400); // several credential checks fail meanwhile; nothing is lost or failed
    expect((await Promise.all(ids.map((id) => findCall(blobs, id)))).every((c) => c!.status === 'syncing')).toBe(true);

    hubspot.setAccessToken('pat-old'); // the admin fixes the token
    const calls = await waitFor(ids, (c) => c.status === 'done' || c.status === 'failed');
    expect(calls.map((c) => [c.status, c.error])).toEqual(ids.map(() => ['done', null]));
    expect(hubspot.objects('calls')).toHaveLength(3);
  });
});
