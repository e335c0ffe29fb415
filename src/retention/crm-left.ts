import { callKeys } from '../domain/call-keys.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { toAppError } from '../errors/app-error.ts';
import type { ErasureMark } from '../intake/erasure-mark.ts';
import type { Logger } from '../logging/logger.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import { crmRemaining } from '../review/erase-call.ts';

export type CrmLeft = NonNullable<ErasureMark['crmRemaining']>;

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
  if (!record) return null;
  const left = crmRemaining(record);
  const seen = new Set<string>();
  const records: CrmLeft['records'] = [];
  const add = (kind: CrmLeft['records'][number]['kind'], id: string | null | undefined) => {
    if (!id || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    records.push({ kind, id });
  };
  add('contact', left.contactCreated?.id);
  add('call_log', left.callLog?.id);
  for (const task of left.tasks) add('task', task.id);
  for (const change of left.stageChanges) add('deal', change.dealId);
  for (const change of left.fieldChanges) add(change.record.kind, change.record.id);
  return records.length ? { adapter: left.adapter, records } : null;
}
