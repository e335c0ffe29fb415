import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The real sync step against a HubSpot fake whose search index lags behind writes: a run that created a record but
// could not save its id is retried by another worker (a new adapter instance) before search has the record.
describe('sync retried before HubSpot search has caught up', () => {
  const LAG_MS = 3000;
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    hubspot = await startHubSpotFake({ limits: false, searchLagMs: LAG_MS });
  });
  afterEach(async () => {
    await hubspot.close();
    await temp.cleanup();
  });

  /** A worker process of its own: a new adapter instance, told how long HubSpot's search may lag. */
  const worker = (store: BlobStore): PipelinePorts =>
    ({
      blobs: store,
      crm: createHubSpotCrm({ accessToken: hubspot.accessToken, baseUrl: hubspot.baseUrl, searchSettleMs: LAG_MS, searchPerSecond: 5 }),
      logger: silentLogger,
      clock: () => new Date(),
      tmpDir: tmpdir(),
      policy: { dealStage: 'off', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 },
    }) as unknown as PipelinePorts;

  /** The blob store, but the first save of crm.json that `written` matches fails (the record was created all the same). */
  const failingSave = (written: (record: CrmRecord) => boolean): BlobStore => {
    let failed = false;
    return {
      ...blobs,
      put: async (key, body, opts) => {
        if (!failed && key.endsWith('/crm.json') && typeof body === 'string' && written(CrmRecord.parse(JSON.parse(body)))) {
          failed = true;
          throw new AppError('STORAGE_UNAVAILABLE', 'injected: crm.json could not be saved', { retryable: true });
        }
        return blobs.put(key, body, opts);
      },
    };
  };

  it('writes the call log and each task once, though each run failed to save the id of what it created', async () => {
    const [callId] = await seedSyncableCalls(blobs, 1, hubspot);
    await expect(sync({ callId: callId! }, worker(failingSave((r) => r.callLog !== null)))).rejects.toThrow('injected');
    expect(hubspot.objects('calls')).toHaveLength(1);
    await expect(sync({ callId: callId! }, worker(failingSave((r) => r.tasks.length > 0)))).rejects.toThrow('injected');
    expect(hubspot.objects('tasks')).toHaveLength(1);

    const done = await sync({ callId: callId! }, worker(blobs));
    expect(done.finalStatus).toBe('done');
    expect(hubspot.objects('calls')).toHaveLength(1);
    expect(hubspot.objects('tasks')).toHaveLength(2);
    expect(hubspot.objects('tasks').map((t) => t.properties.callscribe_key).sort()).toEqual(done.output!.tasks.map((t) => t.key).sort());
    const record = await getJson(blobs, callKeys.crm(callId!), (raw) => CrmRecord.parse(raw));
    expect(record!.callLog!.id).toBe(hubspot.objects('calls')[0]!.id);
    expect(record!.tasks.map((t) => t.id).sort()).toEqual(hubspot.objects('tasks').map((t) => t.id).sort());
  });
});
