import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CallMeta } from '../domain/call-meta.ts';
import { callIdFromSha256 } from '../domain/call-keys.ts';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';

/**
 * `calls/{id}/source.json`: a call announced by a webhook or a storage event, as the delivery said it:
 * what the ingest worker fetches, and the meta the call starts with. Written before the delivery is
 * answered, so it is the durable record of it. Never served by the API (it can hold a recording URL).
 */
export const CallSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('telephony'),
    provider: z.string(),
    recordingId: z.string(),
    deliveryId: z.string(),
    download: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    meta: CallMeta,
    receivedAt: z.iso.datetime(),
  }),
  z.object({
    kind: z.literal('storage'),
    /** The object in our own bucket that a storage event announced. */
    key: z.string(),
    /** Its size as the event announced it: tells it from a later object under the same key (absent on older records). */
    bytes: z.number().int().nonnegative().nullable().optional(),
    meta: CallMeta,
    receivedAt: z.iso.datetime(),
  }),
]);
export type CallSource = z.infer<typeof CallSource>;

export const sourceKey = (callId: string) => `calls/${callId}/source.json`;

export const loadSource = (blobs: BlobStore, callId: string) => getJson(blobs, sourceKey(callId), (raw) => CallSource.parse(raw));
export const saveSource = (blobs: BlobStore, callId: string, source: CallSource) => putJson(blobs, sourceKey(callId), source);

/**
 * The call id of a recording known by its source's id (a provider's recording id, a stored object's
 * key): the same recording announced twice, or replayed, is the same call. Distinct from the content
 * hash ids of uploads by its input, not its shape.
 */
export function callIdFromSource(kind: string, sourceId: string): string {
  return callIdFromSha256(createHash('sha256').update(`${kind}\u0000${sourceId}`).digest('hex'));
}
