import { permanent, toAppError } from '../errors/app-error.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallIndex } from '../ports/call-index.ts';
import { loadIndexDocument } from './index-document.ts';

export interface ReindexProgress {
  /** Calls found so far (call.json keys). */
  seen: number;
  indexed: number;
  skipped: number;
}

export interface ReindexResult {
  indexed: number;
  /** Calls left out of the index, each with why: never dropped silently. */
  skipped: { callId: string; code: string; reason: string }[];
}

const CALL_JSON = /^calls\/([^/]+)\/call\.json$/;

/**
 * Rebuilds the call index from the store, the durable record: clears the index, then reads every
 * `calls/{id}/call.json` with its artifacts and upserts the call's document (a few calls at a time).
 * A call whose artifacts do not parse is skipped and reported; a store or index that cannot be
 * reached stops the rebuild with a retryable error (run it again). The list is incomplete until it ends.
 */
export async function reindex(
  blobs: BlobStore,
  index: CallIndex,
  opts: { onProgress?: (progress: ReindexProgress) => void; concurrency?: number } = {},
): Promise<ReindexResult> {
  if (!blobs.list) throw permanent('STORE_NOT_LISTABLE', `${blobs.describe} cannot list its keys, so the index cannot be rebuilt from it.`);
  const concurrency = opts.concurrency ?? 8;
  const result: ReindexResult = { indexed: 0, skipped: [] };
  let seen = 0;
  const progress = () => opts.onProgress?.({ seen, indexed: result.indexed, skipped: result.skipped.length });

  const indexOne = async (callId: string) => {
    try {
      const doc = await loadIndexDocument(blobs, callId);
      if (doc) {
        await index.upsert(doc);
        result.indexed++;
      } else {
        result.skipped.push({ callId, code: 'CALL_NOT_FOUND', reason: 'call.json disappeared while the store was being listed (the call was deleted).' });
      }
    } catch (err) {
      const e = toAppError(err);
      if (e.retryable) throw e;
      result.skipped.push({ callId, code: e.code, reason: e.message });
    }
    progress();
  };

  await index.clear();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for await (const key of blobs.list('calls/')) {
    if (failure) break;
    const callId = CALL_JSON.exec(key)?.[1];
    if (!callId) continue;
    seen++;
    const task: Promise<void> = indexOne(callId)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  result.skipped.sort((a, b) => (a.callId < b.callId ? -1 : 1));
  return result;
}
