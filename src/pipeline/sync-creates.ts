import type { CrmRecord } from '../domain/crm-record.ts';
import { toAppError } from '../errors/app-error.ts';

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

/**
 * Sends a create with its mark (`markCreateSent`). When this was the first attempt and the CRM answered it with a refusal
 * (a 4xx other than a timeout: a rate limit, a bad request, a missing right), nothing was created, so the mark is taken
 * back: the next attempt need not wait for the CRM's search to catch up with a record that was never made.
 */
export async function sendCreate<T>(record: CrmRecord, save: () => Promise<void>, key: string, create: (attemptedBefore: boolean) => Promise<T>): Promise<T> {
  const attemptedBefore = await markCreateSent(record, save, key);
  try {
    return await create(attemptedBefore);
  } catch (thrown) {
    const err = toAppError(thrown);
    if (!attemptedBefore && err.status !== null && err.status >= 400 && err.status < 500 && err.status !== 408) {
      record.createsSent = record.createsSent.filter((k) => k !== key);
      await save().catch(() => undefined); // the mark staying only costs a wait
    }
    throw err;
  }
}
