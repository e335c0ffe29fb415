import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { crmLeftOf, readCrmRecord, type CrmLeft } from '../review/erase-call.ts';

/**
 * The CRM records a call wrote, which stay in the CRM when the call is deleted, by kind and id only (no
 * subjects or values: they may name people), from its crm.json as an erasure's `crmRemaining` lists them:
 * a contact it created, its call log, its tasks, deals whose stage it changed, records it wrote values into.
 * Null when it wrote nothing (or has no crm.json). A crm.json that is not a CrmRecord is logged and taken as
 * null, so one damaged file does not keep a call past its retention; a store that fails throws (the next
 * sweep tries again).
 */
export async function crmLeftBy(blobs: BlobStore, callId: string, logger: Logger): Promise<CrmLeft | null> {
  const record = await readCrmRecord(blobs, callId);
  if (record !== 'unreadable') return record && crmLeftOf(record);
  logger.warn({ callId, code: 'SCHEMA_INVALID' }, "the call's crm.json could not be read: what it left in the CRM is not recorded");
  return null;
}
