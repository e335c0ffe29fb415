import type { Call } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import { findCall, newCall, saveCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { loadSource, saveSource, type CallSource } from './source-record.ts';

/**
 * Records a call announced by a webhook or a storage event, whose recording the ingest worker fetches
 * later. The delivery is answered once it is recorded in Redis: its ingest job carries the source
 * (Redis keeps it on disk with its append-only file), and the ledger makes concurrent and repeated
 * deliveries of one recording one call — the first is new, every other one a duplicate that writes
 * nothing. `source.json` goes to S3 right after the answer (S3 being slower than the providers'
 * patience), and the ingest worker writes it too if it is missing, then makes call.json.
 */
export async function announceCall(
  input: { callId: string; source: CallSource },
  ports: { blobs: BlobStore; ledger: DeliveryLedger; queue: (callId: string, source: CallSource) => Promise<void>; logger: Logger },
): Promise<{ isNew: boolean; stored: Promise<void> }> {
  if ((await ports.ledger.claim(input.callId)) === 'duplicate') return { isNew: false, stored: Promise.resolve() };
  try {
    await ports.queue(input.callId, input.source);
    await ports.ledger.stored(input.callId);
  } catch (err) {
    await ports.ledger.release(input.callId);
    throw err;
  }
  const stored = saveSource(ports.blobs, input.callId, input.source).catch((err: unknown) =>
    ports.logger.warn({ callId: input.callId, err: (err as Error).message }, 'could not write source.json yet; the ingest worker writes it'),
  );
  return { isNew: true, stored };
}

/**
 * The call record of an announced call, made when it does not exist yet (the ingest worker's first
 * act): from the source its job carries (written to S3 first, if missing) or from source.json;
 * status `received`, no recording. Null when neither exists.
 */
export async function callOfSource(blobs: BlobStore, callId: string, now: Date, carried?: CallSource): Promise<Call | null> {
  const existing = await findCall(blobs, callId);
  if (existing) return existing;
  let source = await loadSource(blobs, callId);
  if (!source && carried) {
    await saveSource(blobs, callId, carried);
    source = carried;
  }
  if (!source) return null;
  const call = newCall({ id: callId, meta: source.meta, recording: null }, now);
  await saveCall(blobs, call);
  return call;
}
