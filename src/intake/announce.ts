import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { findCall, newCall, saveCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { erasureOf } from './erasure-mark.ts';
import { loadSource, saveSource, sourceKey, type CallSource } from './source-record.ts';

/**
 * Records a call announced by a webhook or a storage event, whose recording the ingest worker fetches
 * later: `queue` stores what the delivery said and queues its ingest (the routes: `source.json`, then the
 * job carrying the source; the worker writes call.json, see `callOfSource`). The ledger makes concurrent and
 * repeated deliveries of one recording one call — the first is new, every other one a duplicate that writes
 * nothing. A failure gives the claim back and is thrown (the delivery is answered 5xx), though what `queue`
 * began may still land (a job Redis queues after the answer gave up on it): a resend is the same call.
 */
export async function announceCall(
  input: { callId: string; source: CallSource },
  ports: { ledger: DeliveryLedger; queue: (callId: string, source: CallSource) => Promise<void> },
): Promise<{ isNew: boolean }> {
  const claim = await ports.ledger.claim(input.callId);
  if (claim === 'duplicate') return { isNew: false };
  try {
    await ports.queue(input.callId, input.source);
    await ports.ledger.stored(claim);
  } catch (err) {
    await ports.ledger.release(claim);
    throw err;
  }
  return { isNew: true };
}

/**
 * Stores what an accepted delivery said (`source.json`, the latest delivery's, so a retry fetches with what it
 * said) before its ingest job is queued. Nothing of an erased call may stay: an erasure writes its mark first and
 * then deletes the call's objects, so one that began before this write may have listed them already. With a mark
 * of this call (no call record, or the record the mark names), the write is undone. A call made again since its
 * erasure (uploaded anew) has a newer record, and keeps its source.
 */
export async function storeDeliverySource(blobs: BlobStore, callId: string, source: CallSource): Promise<void> {
  await saveSource(blobs, callId, source);
  const mark = await erasureOf(blobs, callId);
  if (!mark) return;
  const existing = await findCall(blobs, callId);
  if (!existing || !mark.callCreatedAt || mark.callCreatedAt === existing.createdAt) await blobs.delete(sourceKey(callId));
}

/**
 * The call record of an announced call, made when it does not exist yet (the ingest worker's first
 * act): from the source its job carries (written to S3 first as source.json) or from source.json;
 * status `received`, no recording. Null when neither exists. A call erased before (see `ErasureMark`)
 * is not made again: a replay of its delivery is refused with `CALL_ERASED`.
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
