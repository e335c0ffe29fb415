import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { metaKeyFor } from '../adapters/storage-events/object-meta.ts';
import { erasureOf, markErased, type ErasureMark } from '../intake/erasure-mark.ts';
import { loadSource, sourceKey } from '../intake/source-record.ts';
import type { Logger } from '../logging/logger.ts';
import { findCall, updateCall } from '../pipeline/call-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';

/** Every object of one call sits under this prefix (DESIGN.md, "S3 layout"). */
export const callPrefix = (callId: string) => `calls/${callId}/`;

/** Deletes at a time: enough to empty a call's prefix quickly, few enough not to crowd the store. */
const DELETE_CONCURRENCY = 8;

/**
 * Is `key` one of the call's audio objects? The recording as received (`original.{ext}`), the prepared
 * audio (`audio/…`, per-track chunks) and the voice reference clips (`speaker-refs/*.wav`). Everything
 * else under the prefix is text: call.json, source.json, the transcript and its parts, insights, crm.json.
 */
export function isAudioKey(callId: string, key: string): boolean {
  const prefix = callPrefix(callId);
  if (!key.startsWith(prefix)) return false;
  const rest = key.slice(prefix.length);
  return /^original\.[a-z0-9]+$/.test(rest) || rest.startsWith('audio/') || (rest.startsWith('speaker-refs/') && rest.endsWith('.wav'));
}

/**
 * Every object of a call except call.json: what is listed under its prefix (or, from a store that
 * cannot list, the keys call.json names), a recording left in `uploads/` by an ingest that failed, and a
 * storage event's inbox object with its `.meta.json` sidecar (`inboxObject`).
 */
export async function callObjectKeys(blobs: BlobStore, callId: string, call: Call | null): Promise<string[]> {
  return (await collectObjectKeys(blobs, callId, call)).keys;
}

/**
 * The call's audio objects, as `callObjectKeys` finds them, with an inbox object's sidecar: the sidecar
 * describes that object only, and one left behind would be read as the meta of the next recording dropped
 * under the same name. The call keeps its meta on call.json.
 */
export async function audioObjectKeys(blobs: BlobStore, callId: string, call: Call | null): Promise<string[]> {
  const { keys, inbox } = await collectObjectKeys(blobs, callId, call);
  return keys.filter((key) => isAudioKey(callId, key) || key === call?.recording?.key || (inbox !== null && (key === inbox || key === metaKeyFor(inbox))));
}

/** `callObjectKeys`, with the inbox object among them named. */
async function collectObjectKeys(blobs: BlobStore, callId: string, call: Call | null): Promise<{ keys: string[]; inbox: string | null }> {
  const keys = new Set<string>();
  if (blobs.list) {
    for await (const key of blobs.list(callPrefix(callId))) keys.add(key);
  } else {
    for (const key of namedKeys(callId, call)) keys.add(key);
  }
  for (const key of [call?.recording?.key, call?.providedTranscript?.key]) if (key?.startsWith('uploads/')) keys.add(key);
  const inbox = await inboxObject(blobs, callId, call);
  if (inbox) keys.add(inbox).add(metaKeyFor(inbox));
  keys.delete(callKeys.call(callId));
  return { keys: [...keys], inbox };
}

/**
 * The inbox object a storage event made this call from, while it is still this call's recording: the
 * person's voice as the sender dropped it, so it goes when the call's audio does (retention, erasure,
 * refused consent). The same key uploaded again later is another call's recording: an object there that is
 * not the size this call copied (or, before it copied it, the size its event announced) is left alone, and so
 * is one whose size cannot be told. Null for calls from elsewhere.
 */
async function inboxObject(blobs: BlobStore, callId: string, call: Call | null): Promise<string | null> {
  const source = await loadSource(blobs, callId).catch(() => null);
  if (source?.kind !== 'storage') return null;
  const expected = call?.recording?.bytes ?? source.bytes ?? null;
  if (expected === null) return null;
  const head = await blobs.head(source.key);
  return head && head.bytes === expected ? source.key : null;
}

/**
 * Deletes every object of a call, call.json last: a deletion cut short leaves the call findable, and
 * the next attempt finishes it. Returns how many objects were deleted.
 */
export async function deleteCallObjects(blobs: BlobStore, callId: string, call: Call | null, why: Omit<ErasureMark, 'callId' | 'callCreatedAt'>): Promise<number> {
  // The mark names the making of the call it deletes (see ErasureMark.callCreatedAt); a record that cannot be read names none.
  const record = call ?? (await findCall(blobs, callId).catch(() => null));
  // A deletion sent again after one cut short finds crm.json deleted: what the first one's mark says the call left
  // in the CRM stays in the mark (the same making of the call only).
  const earlier = !why.crmRemaining && record ? await erasureOf(blobs, callId).catch(() => null) : null;
  const left = earlier?.crmRemaining && earlier.callCreatedAt === record!.createdAt ? { crmRemaining: earlier.crmRemaining } : {};
  // First, so an erasure cut short already keeps a replayed delivery from bringing the call back.
  await markErased(blobs, { callId, ...left, ...why, ...(record && { callCreatedAt: record.createdAt }) });
  const deleted = await deleteKeys(blobs, await callObjectKeys(blobs, callId, record));
  await blobs.delete(callKeys.call(callId));
  return deleted + (record ? 1 : 0);
}

/**
 * Waits until no notification of the call is being sent (bounded: `StepQueues.waitForDeliveries` with
 * DELIVERY_UNDER_WAY_MS); false when one still was.
 */
export type WaitForDeliveries = (callId: string) => Promise<boolean>;

/**
 * Deletes a whole call, the one way both a manager's erasure and RETENTION_CALL_DAYS do it: every object,
 * erasure mark first and call.json last (`deleteCallObjects`), then a wait for a notification of the call
 * being sent. A delivery reads the mark just before its request, so one that starts after the mark was written
 * sends nothing, and one that looked before it may be sending now: once it has ended, nothing of the call
 * leaves any more. A wait that runs out, or a queue that does not answer, is logged; the deletion stands.
 * Returns how many objects were deleted.
 */
export async function deleteWholeCall(
  deps: { blobs: BlobStore; waitForDeliveries?: WaitForDeliveries; logger: Logger },
  callId: string,
  call: Call | null,
  why: Omit<ErasureMark, 'callId' | 'callCreatedAt'>,
): Promise<number> {
  const deleted = await deleteCallObjects(deps.blobs, callId, call, why);
  const settled = await deps.waitForDeliveries?.(callId).catch((err: unknown) => {
    deps.logger.warn({ callId, err: (err as Error).message }, 'could not tell whether a notification of the deleted call is being sent');
    return false;
  });
  if (settled === false) deps.logger.warn({ callId }, 'a notification of the deleted call may still be on its way');
  return deleted;
}

/** Deletes the keys, a few at a time; returns how many. Deleting a missing key is not an error. */
export async function deleteKeys(blobs: BlobStore, keys: readonly string[]): Promise<number> {
  for (let i = 0; i < keys.length; i += DELETE_CONCURRENCY) {
    await Promise.all(keys.slice(i, i + DELETE_CONCURRENCY).map((key) => blobs.delete(key)));
  }
  return keys.length;
}

/** What call.json itself names (for a store without `list`); voice clips and transcript parts are only found by listing. */
function namedKeys(callId: string, call: Call | null): string[] {
  if (!call) return [];
  const chunks = call.audio?.tracks.flatMap((t) => t.chunks.map((c) => c.key)) ?? [];
  return [
    ...(call.recording ? [call.recording.key] : []),
    ...chunks,
    callKeys.transcript(callId),
    ...(call.providedTranscript ? [call.providedTranscript.key] : []),
    callKeys.insights(callId),
    callKeys.crm(callId),
    sourceKey(callId),
  ].filter((key) => key.startsWith(callPrefix(callId)) || key.startsWith('uploads/'));
}

/**
 * Deletes a call's audio objects and says so on call.json (`audioRemoved`). The mark is written first,
 * so the call page stops offering the player at once, and a removal cut short is finished by the next
 * sweep (which finds audio left under the call). An earlier mark is kept.
 */
export async function removeAudio(blobs: BlobStore, callId: string, reason: NonNullable<Call['audioRemoved']>['reason'], now: Date): Promise<{ call: Call; deleted: number }> {
  const call = await updateCall(blobs, callId, (c) => {
    c.audioRemoved ??= { at: now.toISOString(), reason };
  }, now);
  return { call, deleted: await deleteKeys(blobs, await audioObjectKeys(blobs, callId, call)) };
}
