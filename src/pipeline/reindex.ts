import { isTerminal, resumeStep, type StepName } from '../domain/call.ts';
import { permanent, toAppError } from '../errors/app-error.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallIndex } from '../ports/call-index.ts';
import { findCall } from './call-record.ts';
import { loadIndexDocument } from './index-document.ts';
import { redactStoredCall } from './transcribe-redact-stored.ts';

export interface ReindexProgress {
  /** Calls found so far (call.json keys). */
  seen: number;
  indexed: number;
  skipped: number;
}

export interface ReindexResult {
  indexed: number;
  /** Calls the index held that the store no longer does, removed once every call in the store was indexed. */
  removed: number;
  /**
   * Calls not terminal, queued again at the step their call.json says they were at (with `resume`); a
   * call announced (its source.json stored) whose ingest never ran is queued at `ingest`.
   */
  requeued: { callId: string; step: StepName }[];
  /** Calls left out of the index, each with why: never dropped silently. */
  skipped: { callId: string; code: string; reason: string }[];
  /** With `redactStored`: calls whose stored transcripts held numbers to redact, rewritten before they were indexed. */
  redacted: number;
}

const CALL_JSON = /^calls\/([^/]+)\/call\.json$/;
const SOURCE_JSON = /^calls\/([^/]+)\/source\.json$/;

/**
 * Rebuilds the call index from the store, the durable record: reads every `calls/{id}/call.json` with
 * its artifacts and upserts the call's document (a few calls at a time), then removes the calls the
 * index holds that the store no longer does. The index is never emptied: while it runs, the list shows
 * every call it showed before (each replaced by its rebuilt document as it comes), and a rebuild that
 * stops half way leaves them all there. A call whose artifacts do not parse is skipped and reported (its
 * row, if it had one, stays: the call is still in the store); a store or index that cannot be reached
 * stops the rebuild with a retryable error (run it again), before anything is removed.
 * With `resume`, it also queues again every call that is not terminal (for when the queues were lost).
 */
export async function reindex(
  blobs: BlobStore,
  index: CallIndex,
  opts: {
    onProgress?: (progress: ReindexProgress) => void;
    concurrency?: number;
    /**
     * Queues a step for a call (a job already waiting or running is left alone). Given, every call that
     * is not terminal is queued again at its step: after Redis was lost, nothing else would move it on.
     */
    resume?: (step: StepName, callId: string) => Promise<void>;
    /**
     * Redacts each call's stored transcripts (`redactStoredCall`: cards, national ids, IBANs) before indexing it, for
     * calls transcribed before transcripts were redacted when stored; the rebuilt rows then hold no such numbers.
     */
    redactStored?: boolean;
  } = {},
): Promise<ReindexResult> {
  if (!blobs.list) throw permanent('STORE_NOT_LISTABLE', `${blobs.describe} cannot list its keys, so the index cannot be rebuilt from it.`);
  const concurrency = opts.concurrency ?? 8;
  const result: ReindexResult = { indexed: 0, removed: 0, requeued: [], skipped: [], redacted: 0 };
  // Calls whose call.json the listing found and that were still there when read.
  const present = new Set<string>();
  let seen = 0;
  const progress = () => opts.onProgress?.({ seen, indexed: result.indexed, skipped: result.skipped.length });

  const indexOne = async (callId: string) => {
    try {
      if (opts.redactStored && (await redactStoredCall(blobs, callId)).length) result.redacted++;
      const doc = await loadIndexDocument(blobs, callId);
      if (doc) {
        present.add(callId);
        await index.upsert(doc);
        result.indexed++;
        if (opts.resume && !isTerminal(doc.status)) await requeue(callId);
      } else {
        result.skipped.push({ callId, code: 'CALL_NOT_FOUND', reason: 'call.json disappeared while the store was being listed (the call was deleted).' });
      }
    } catch (err) {
      const e = toAppError(err);
      if (e.retryable) throw e;
      present.add(callId);
      result.skipped.push({ callId, code: e.code, reason: e.message });
    }
    progress();
  };

  const requeue = async (callId: string) => {
    const call = await findCall(blobs, callId);
    const step = call && !isTerminal(call.status) ? resumeStep(call, false) : null;
    if (!step) return;
    await opts.resume!(step, callId);
    result.requeued.push({ callId, step });
  };

  const mark = await index.markRebuild();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const withRecord = new Set<string>();
  const announced = new Set<string>();
  for await (const key of blobs.list('calls/')) {
    if (failure) break;
    const sourceOf = SOURCE_JSON.exec(key)?.[1];
    if (sourceOf) announced.add(sourceOf);
    const callId = CALL_JSON.exec(key)?.[1];
    if (!callId) continue;
    withRecord.add(callId);
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
  result.removed = await index.removeStale(mark, present);
  // Announced by a webhook or a storage event, answered, and lost with its job before the ingest
  // worker wrote call.json: source.json holds all the ingest needs.
  for (const callId of announced) {
    if (withRecord.has(callId) || !opts.resume) continue;
    if (await findCall(blobs, callId)) continue;
    await opts.resume('ingest', callId);
    result.requeued.push({ callId, step: 'ingest' });
  }
  result.skipped.sort((a, b) => (a.callId < b.callId ? -1 : 1));
  result.requeued.sort((a, b) => (a.callId < b.callId ? -1 : 1));
  return result;
}
