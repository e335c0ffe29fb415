import type { CallMeta } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { findCall, saveCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallLocks } from '../review/call-lock.ts';
import { saveSource, type CallSource } from './source-record.ts';

/**
 * Records a call announced by a webhook or a storage event, whose recording the ingest worker fetches
 * later: `source.json` (what to fetch) and call.json with status `received` and no recording yet.
 * Under the call's lock, so concurrent deliveries of one recording make one call: the first is new,
 * every other one gets that call back with `isNew: false` and changes nothing.
 */
export async function announceCall(
  input: { callId: string; meta: CallMeta; source: CallSource },
  ports: { blobs: BlobStore; clock: () => Date; locks: CallLocks },
): Promise<{ call: Call; isNew: boolean }> {
  return ports.locks.withLock(input.callId, async () => {
    const existing = await findCall(ports.blobs, input.callId);
    if (existing) return { call: existing, isNew: false };
    await saveSource(ports.blobs, input.callId, input.source);
    const now = ports.clock().toISOString();
    const call: Call = {
      schemaVersion: 1,
      id: input.callId,
      status: 'received',
      createdAt: now,
      updatedAt: now,
      meta: input.meta,
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
    await saveCall(ports.blobs, call);
    return { call, isNew: true };
  });
}
