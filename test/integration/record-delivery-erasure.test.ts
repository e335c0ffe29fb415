import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { storeDeliverySource } from '../../src/intake/announce.ts';
import { sourceKey, type CallSource } from '../../src/intake/source-record.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { deleteCallObjects } from '../../src/retention/call-objects.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A delivery sent again for a call that exists (the ledger has forgotten it) while a manager erases that
// call: the delivery read the call before the erasure and writes source.json after the erasure deleted
// the call's objects. Nothing of the erased call may stay (source.json holds the delivery's meta).
describe('a delivery\'s source stored while its call is erased an erasure of its call (real file store)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: BlobStore;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = createFsBlobStore(join(temp.dir, 'data'));
  });
  afterEach(async () => temp.cleanup());

  it('leaves no source.json once the call is erased between its read of the call and its write', async () => {
    const { call } = await storeFullCall(store, testCallId(41));
    let erasing: Promise<unknown> | null = null;
    // The erasure runs (whole) just as the delivery's source.json is about to be written.
    const blobs: BlobStore = {
      ...store,
      async put(key, body, opts) {
        if (key === sourceKey(call.id) && !erasing) {
          erasing = deleteCallObjects(store, call.id, call, { reason: 'erased', at: new Date().toISOString() });
          await erasing;
        }
        return store.put(key, body, opts);
      },
    };
    const source: CallSource = { kind: 'telephony', provider: 'twilio', recordingId: 'RE41', deliveryId: 'd-41', download: {}, meta: { rep: { email: 'rep@example.com' } }, receivedAt: '2026-11-18T10:00:00.000Z' };
    await storeDeliverySource(blobs, call.id, source);
    expect(erasing).not.toBeNull();
    expect(await keysOf(store, call.id)).toEqual([]);
  });
  it('leaves no source.json for a delivery of a call erased before, and keeps the source of a call made again since', async () => {
    const { call } = await storeFullCall(store, testCallId(42));
    await deleteCallObjects(store, call.id, call, { reason: 'erased', at: new Date().toISOString() });
    const source: CallSource = { kind: 'telephony', provider: 'twilio', recordingId: 'RE42', deliveryId: 'd-42', download: {}, meta: { rep: { email: 'rep@example.com' } }, receivedAt: '2026-11-18T10:00:00.000Z' };
    await storeDeliverySource(store, call.id, source);
    expect(await store.head(sourceKey(call.id))).toBeNull();

    // Uploaded anew after the erasure: a newer record, which the mark does not name.
    await storeFullCall(store, call.id, { createdAt: '2026-12-01T10:00:00.000Z' });
    await storeDeliverySource(store, call.id, source);
    expect(await store.head(sourceKey(call.id))).not.toBeNull();
  });
});
