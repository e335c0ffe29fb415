import { callKeys } from '../domain/call-keys.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import { crmLeftOf, type CrmLeft } from '../review/erase-call.ts';

/**
 * The CRM records a call wrote, which stay in the CRM when the call is deleted, by kind and id only (no
 * subjects or values: they may name people), from its crm.json as an erasure's `crmRemaining` lists them:
 * a contact it created, its call log, its tasks, deals whose stage it changed, records it wrote values into.
 * Null when it wrote nothing (or has no crm.json). A crm.json that is not a CrmRecord is logged and taken as
 * null, so one damaged file does not keep a call past its retention; a store that fails throws (the next
 * sweep tries again).
 */
export async function crmLeftBy(blobs: BlobStore, callId: string, logger: Logger): Promise<CrmLeft | null> {
  let record: CrmRecord | null;
  try {
    record = await getJson(blobs, callKeys.crm(callId), (raw) => CrmRecord.parse(raw));
  } catch (err) {
    const failure = toAppError(err);
    if (failure.code !== 'SCHEMA_INVALID') throw failure;
    logger.warn({ callId, code: failure.code }, "the call's crm.json could not be read: what it left in the CRM is not recorded");
    return null;
  }
  return record && crmLeftOf(record);
}
