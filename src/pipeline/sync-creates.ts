import type { CrmRecord } from '../domain/crm-record.ts';
import { retryable, toAppError } from '../errors/app-error.ts';

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
export async function sendCreate<T>(
  record: CrmRecord,
  save: () => Promise<void>,
  key: string,
  create: (attemptedBefore: boolean) => Promise<T>,
  holdsJob?: () => Promise<boolean>,
): Promise<T> {
  const attemptedBefore = await markCreateSent(record, save, key);
  // A run whose job was taken over sends nothing: the run that took it over searches for what was sent before it began
  // (CreateAttempt), not for what a run it does not know of sends after.
  if (holdsJob && !(await holdsJob())) throw lockLost();
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

/** A sync run that lost its job to another worker (`PipelinePorts.holdsJob`): retryable, though the other run finishes the job. */
function lockLost() {
  return retryable(
    'JOB_LOCK_LOST',
    'This run of the job lost its queue lock (its worker could not renew it in time: a loaded host, or Redis restarting) and another worker took the job over, so it sent nothing to the CRM. Nothing to do: the other run goes on.',
  );
}
