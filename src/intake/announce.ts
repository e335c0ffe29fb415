import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { findCall, newCall, saveCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { erasureOf } from './erasure-mark.ts';
import { loadSource, saveSource, sourceKey, type CallSource } from './source-record.ts';

/**
 * Records a call announced by a webhook or a storage event, whose recording the ingest worker fetches
 * later. `queue` records it (in S3, see `recordDelivery`, then its ingest job in Redis) before the delivery is
 * answered; the ledger makes concurrent and repeated deliveries of one recording one call — the first is
 * new, every other one a duplicate that writes nothing.
 */
export async function announceCall(
  input: { callId: string; source: CallSource },
  ports: { ledger: DeliveryLedger; queue: (callId: string, source: CallSource) => Promise<void> },
): Promise<{ isNew: boolean }> {
  if ((await ports.ledger.claim(input.callId)) === 'duplicate') return { isNew: false };
  try {
    await ports.queue(input.callId, input.source);
    await ports.ledger.stored(input.callId);
  } catch (err) {
    await ports.ledger.release(input.callId);
    throw err;
  }
  return { isNew: true };
}

/**
 * What an accepted delivery leaves in S3 before it is answered: `source.json` (the latest delivery's, so
 * a retry fetches with what it said) and, when the call has no record yet, call.json at status `received`
 * with no recording, so the call can be read and listed at once, whether or not a worker runs. A call
 * erased before (see `ErasureMark`) gets neither: its ingest job refuses it with `CALL_ERASED`.
 */
export async function recordDelivery(blobs: BlobStore, callId: string, source: CallSource, now: Date): Promise<void> {
  const existing = await findCall(blobs, callId);
  if (!existing && (await erasureOf(blobs, callId))) return;
  await saveSource(blobs, callId, source);
  if (!existing) {
    await saveCall(blobs, newCall({ id: callId, meta: source.meta, recording: null }, now));
    return;
  }
  // The call may have been erased since it was read (an erasure writes its mark first, then deletes): a
  // mark of this very call now means the erasure may have listed the call's objects before source.json was
  // written, so it is deleted here; with no mark yet, the erasure starts after the write and deletes it.
  const mark = await erasureOf(blobs, callId);
  if (mark?.callCreatedAt === existing.createdAt) await blobs.delete(sourceKey(callId));
}

/**
 * The call record of an announced call, made when it does not exist yet (the ingest worker's first
 * act, for a call announced before `recordDelivery` made it): from the source its job carries (written to
 * S3 first as source.json) or from source.json; status `received`, no recording. Null when neither
 * exists. A call erased before (see `ErasureMark`) is not made again: a replay of its delivery is
 * refused with `CALL_ERASED`.
 */
export async function callOfSource(blobs: BlobStore, callId: string, now: Date, carried?: CallSource): Promise<Call | null> {
  const existing = await findCall(blobs, callId);
  if (existing) return existing;
  const erased = await erasureOf(blobs, callId);
  if (erased) {
    const how = erased.reason === 'retention' ? 'deleted by RETENTION_CALL_DAYS' : 'erased by a manager';
    throw permanent('CALL_ERASED', `Call ${callId} was ${how} on ${erased.at}; a delivery of its recording sent again is not taken in. To process the recording anew, upload it.`);
  }
  if (carried) await saveSource(blobs, callId, carried);
  const source = carried ?? (await loadSource(blobs, callId));
  if (!source) return null;
  const call = newCall({ id: callId, meta: source.meta, recording: null }, now);
  await saveCall(blobs, call);
  return call;
}
