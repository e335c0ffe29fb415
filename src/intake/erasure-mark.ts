import { z } from 'zod';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';

/**
 * `erased/{callId}.json`: a call that was erased (a manager's DELETE) or deleted by RETENTION_CALL_DAYS.
 * The delivery ledger forgets a delivery after 30 days, and all of it when Redis is lost; a provider's
 * replay of the delivery after that would fetch the recording again and bring back what was erased.
 * The mark outlives the call so the ingest worker refuses such a replay, and says which CRM records the call
 * left behind (`crmRemaining`). It holds no personal data, sits
 * outside `calls/` (reindex and the call's own deletion never see it) and is kept for good.
 */
export const ErasureMark = z.object({
  callId: z.string(),
  reason: z.enum(['erased', 'retention']),
  at: z.iso.datetime(),
  /**
   * The `createdAt` of the call record deleted: which making of the call the mark is about. A recording
   * uploaded again after its call was deleted is a new making, with a createdAt of its own, so a delivery
   * tells a deletion of the call it announces from an earlier one by this value (copied, never compared as a
   * time). Absent on marks written before it was kept, and when no call record was there to delete.
   */
  callCreatedAt: z.iso.datetime().optional(),
  /**
   * What the deleted call had written to the CRM, which stays there (callscribe never deletes CRM records): the
   * CRM and each record's kind and id, nothing else, so an operator can remove them there. Written by
   * RETENTION_CALL_DAYS and by an erasure (whose answer lists them too, with more: DELETE's `crmRemaining`); absent when nothing was
   * written, when the call's crm.json could not be read, and on marks written before it was kept.
   */
  crmRemaining: z
    .object({
      adapter: z.string(),
      records: z.array(z.object({ kind: z.enum(['contact', 'call_log', 'task', 'deal']), id: z.string() })),
    })
    .optional(),
});
export type ErasureMark = z.infer<typeof ErasureMark>;

export const erasureKey = (callId: string) => `erased/${callId}.json`;

export const markErased = (blobs: BlobStore, mark: ErasureMark) => putJson(blobs, erasureKey(mark.callId), mark);

export const erasureOf = (blobs: BlobStore, callId: string) => getJson(blobs, erasureKey(callId), (raw) => ErasureMark.parse(raw));
