import type { CrmRecord } from '../domain/crm-record.ts';

/**
 * Records in crm.json that sync is about to ask the CRM to create the record with this key, and says whether an earlier
 * attempt had already asked (then the record may exist though crm.json has no id for it: CreateAttempt.attemptedBefore).
 * Saved before the create is sent, so a worker that dies after sending it leaves the mark too.
 */
export async function markCreateSent(record: CrmRecord, save: () => Promise<void>, key: string): Promise<boolean> {
  if (record.createsSent.includes(key)) return true;
  record.createsSent.push(key);
  await save();
  return false;
}
