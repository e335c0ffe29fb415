import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../../src/domain/call-keys.ts';
import { erasureOf } from '../../../src/intake/erasure-mark.ts';
import type { BlobStore } from '../../../src/ports/blob-store.ts';
import { deleteCallObjects } from '../../../src/retention/call-objects.ts';
import { storeFullCall, testCallId } from '../../helpers/stored-calls.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('deleting a call whole', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('keeps in the erasure mark what the call left in the CRM when a deletion cut short is sent again (crm.json gone by then)', async () => {
    const blobs = createFsBlobStore(temp.dir);
    const id = testCallId(1);
    const { call } = await storeFullCall(blobs, id);
    const crmRemaining = { adapter: 'local', records: [{ kind: 'contact' as const, id: 'ct-1' }, { kind: 'task' as const, id: 'task-1' }] };
    // Cut short before its last delete: every object but call.json is gone.
    const cutShort: BlobStore = { ...blobs, delete: async (key) => (key === callKeys.call(id) ? Promise.reject(new Error('store went away')) : blobs.delete(key)) };
    await expect(deleteCallObjects(cutShort, id, call, { reason: 'erased', at: '2026-12-05T10:00:00.000Z', crmRemaining })).rejects.toThrow('store went away');
    expect(await blobs.head(callKeys.crm(id))).toBeNull();
    expect(await blobs.head(callKeys.call(id))).not.toBeNull();

    // Sent again, it finds no crm.json to read what was left from.
    await deleteCallObjects(blobs, id, call, { reason: 'erased', at: '2026-12-05T10:01:00.000Z' });
    expect(await erasureOf(blobs, id)).toMatchObject({ reason: 'erased', at: '2026-12-05T10:01:00.000Z', callCreatedAt: call.createdAt, crmRemaining });
  });

  it('does not carry what an earlier making of the call left into the mark of a later one', async () => {
    const blobs = createFsBlobStore(temp.dir);
    const id = testCallId(2);
    const { call } = await storeFullCall(blobs, id);
    const crmRemaining = { adapter: 'local', records: [{ kind: 'contact' as const, id: 'ct-1' }] };
    await deleteCallObjects(blobs, id, call, { reason: 'erased', at: '2026-12-05T10:00:00.000Z', crmRemaining });
    const again = await storeFullCall(blobs, id, { createdAt: '2026-12-05T11:00:00.000Z' });
    await deleteCallObjects(blobs, id, again.call, { reason: 'retention', at: '2026-12-05T12:00:00.000Z' });
    expect((await erasureOf(blobs, id))?.crmRemaining).toBeUndefined();
  });
});
