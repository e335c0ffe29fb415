import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The real sync step against a Pipedrive fake whose person search lags behind writes: a run that created the customer's
// person but could not save its id is retried by another worker (a new adapter instance) before search has the person.
describe('sync retried before Pipedrive person search has caught up', () => {
  const LAG_MS = 1000;
  let pipedrive: PipedriveFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    pipedrive = await startPipedriveFake({ burstLimit: false, searchLagMs: LAG_MS });
  });
  afterEach(async () => {
    await pipedrive.close();
    await temp.cleanup();
  });

  /** A worker process of its own: a new adapter instance, told how long Pipedrive's person search may lag. */
  const worker = (store: BlobStore): PipelinePorts =>
    ({
      blobs: store,
      crm: createPipedriveCrm({ apiToken: pipedrive.apiToken, baseUrl: pipedrive.baseUrl, searchSettleMs: LAG_MS }),
      logger: silentLogger,
      clock: () => new Date(),
      tmpDir: tmpdir(),
      policy: { dealStage: 'off', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9, unknownContact: 'create' },
    }) as unknown as PipelinePorts;

  /** The blob store, but the first save of crm.json that `written` matches fails (the person was created all the same). */
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

  it('creates the unknown customer once, though the run that created it failed to save its id', async () => {
    pipedrive.seed({ users: [{ id: 7, name: 'Sam Rep', email: 'rep@example.com' }] });
    const [callId] = await seedSyncableCalls(blobs, 1);
    await expect(sync({ callId: callId! }, worker(failingSave((r) => r.contact !== null)))).rejects.toThrow('injected');
    expect(pipedrive.objects('persons')).toHaveLength(1);

    const done = await sync({ callId: callId! }, worker(blobs));
    expect(done.output!.review.decisions.map((d) => d.id)).not.toContain('contact');
    expect(pipedrive.objects('persons')).toHaveLength(1);
    const record = await getJson(blobs, callKeys.crm(callId!), (raw) => CrmRecord.parse(raw));
    const person = String(pipedrive.objects('persons')[0]!.id);
    expect(record!.contact).toMatchObject({ id: person, matchedBy: 'created' });
    expect(pipedrive.objects('activities').filter((a) => a.type === 'call').map((a) => String(a.person_id))).toEqual([person]);
  });
});
