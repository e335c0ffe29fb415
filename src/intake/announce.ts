import type { CallMeta } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { findCall, saveCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { loadSource, saveSource, type CallSource } from './source-record.ts';

/**
 * Records a call announced by a webhook or a storage event, whose recording the ingest worker fetches
 * later: only its `source.json` (what to fetch, and the meta), one write, so the delivery is answered
 * fast. The ledger makes concurrent and repeated deliveries of one recording one call: the first is
 * new, every other one is a duplicate and writes nothing. call.json is made by the ingest worker.
 */
export async function announceCall(
  input: { callId: string; source: CallSource },
  ports: { blobs: BlobStore; ledger: DeliveryLedger },
): Promise<{ isNew: boolean }> {
  if ((await ports.ledger.claim(input.callId)) === 'duplicate') return { isNew: false };
  try {
    await saveSource(ports.blobs, input.callId, input.source);
    await ports.ledger.stored(input.callId);
    return { isNew: true };
  } catch (err) {
    await ports.ledger.release(input.callId);
    throw err;
  }
}

/**
 * The call record of an announced call, made from its source.json when it does not exist yet (the
 * ingest worker's first act): status `received`, no recording.
 */
export async function callOfSource(blobs: BlobStore, callId: string, now: Date): Promise<Call | null> {
  const existing = await findCall(blobs, callId);
  if (existing) return existing;
  const source = await loadSource(blobs, callId);
  if (!source) return null;
  const call = newAnnouncedCall(callId, source.meta, now);
  await saveCall(blobs, call);
  return call;
}

function newAnnouncedCall(id: string, meta: CallMeta, now: Date): Call {
  const at = now.toISOString();
  return {
    schemaVersion: 1,
    id,
    status: 'received',
    createdAt: at,
    updatedAt: at,
    meta,
    uploadedBy: null,
    recording: null,
    audio: null,
    steps: [],
    engines: { transcriber: null, extractor: null, crm: null },
    disposition: null,
    review: null,
    error: null,
    cost: { audioSeconds: 0, estimatedUsd: 0 },
  };
}
