import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { createCallReader } from '../../src/review/call-service.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** A recording deleted between the size check and the read (retention or an erasure at that moment). */
describe('the recording route when the recording goes mid-request', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('answers AUDIO_MISSING, as when it was already gone, not the store\'s own error naming its key and place', async () => {
    const store = createFsBlobStore(temp.dir);
    const { call } = await storeFullCall(store, testCallId(41), { meta: { rep: { email: 'priya@example.com' } } });
    // The real store, with the recording deleted right after its size was read.
    const racing: BlobStore = { ...store, head: async (key) => {
      const head = await store.head(key);
      if (key === call.recording!.key) await store.delete(key);
      return head;
    } };
    const review = await reviewDeps(racing);
    try {
      const reader = createCallReader({ ...review, blobs: racing, enqueue: async () => {}, clock: () => new Date(), logger: silentLogger });
      const err = await reader.audio({ principal: 'lee@example.com', email: 'lee@example.com', keyId: 'k_test', role: 'manager' }, call.id, null).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'AUDIO_MISSING' });
      expect((err as Error).message).not.toContain(temp.dir);
    } finally {
      await review.close();
    }
  });
});
