import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { StageKey } from '../../../domain/insights.ts';
import { permanent, toAppError } from '../../../errors/app-error.ts';
import { withFileLock, type FileLockOptions, type HeldLock } from './local-crm.lock.ts';

export const LocalContact = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  title: z.string().nullable().default(null),
  /** The idempotency key of the call that created it, for contacts callscribe created. */
  createdBy: z.string().nullable().default(null),
});
export const LocalDeal = z.object({
  id: z.string(),
  name: z.string(),
  stage: StageKey,
  contactIds: z.array(z.string()),
  open: z.boolean(),
  updatedAt: z.string().nullable().default(null),
  /** The deal's amount, in `currency` (ISO 4217) where set. */
  amount: z.number().nullable().default(null),
  currency: z.string().nullable().default(null),
  /** The expected close date, YYYY-MM-DD. */
  closeDate: z.iso.date().nullable().default(null),
});
const Keyed = z.object({ id: z.string(), idempotencyKey: z.string(), createdAt: z.string() });
export const LocalCallLog = Keyed.extend({
  contactId: z.string().nullable(),
  dealId: z.string().nullable(),
  direction: z.string().nullable(),
  startedAt: z.string().nullable(),
  durationSec: z.number(),
  disposition: z.string().nullable().default(null),
  title: z.string(),
  body: z.string(),
  recordingUrl: z.string().nullable(),
  /** The rep's e-mail: the local CRM has no users, so the e-mail itself is the owner. */
  ownerEmail: z.string().nullable().default(null),
  /** When updateCallLog last replaced the title and body. */
  updatedAt: z.string().nullable().default(null),
});
export const LocalTask = Keyed.extend({
  contactId: z.string().nullable(),
  dealId: z.string().nullable(),
  subject: z.string(),
  dueDate: z.string().nullable(),
  owner: z.string(),
  ownerEmail: z.string().nullable(),
  status: z.enum(['open', 'done']),
  /** When updateTask last changed it. */
  updatedAt: z.string().nullable().default(null),
});
export const LocalStageChange = Keyed.extend({ dealId: z.string(), from: z.string(), to: z.string() });
/** A contact's or a deal's field changed by an approved hygiene fix, or a task's field changed by updateTask. */
export const LocalFieldChange = Keyed.extend({ recordId: z.string(), field: z.string(), from: z.string().nullable(), to: z.string() });

export const LocalCrmData = z.object({
  contacts: z.array(LocalContact),
  deals: z.array(LocalDeal),
  callLogs: z.array(LocalCallLog).default([]),
  tasks: z.array(LocalTask).default([]),
  stageChanges: z.array(LocalStageChange).default([]),
  fieldChanges: z.array(LocalFieldChange).default([]),
});
export type LocalCrmData = z.infer<typeof LocalCrmData>;
export type LocalCrmSeed = z.input<typeof LocalCrmData>;

/**
 * The local CRM's records in one JSON file, which several processes may share (the API and every worker of a
 * compose deployment mount one data volume). Each change is a read-modify-write under an exclusive lock file
 * beside it (`<file>.lock`): the data is read again under the lock, so an idempotency key written by another
 * process is found, and the file is replaced atomically (temp file + rename), so readers without the lock see
 * the old or the new file, never half of one. Within a process, changes also queue, so they do not contend
 * for the lock with each other.
 */
export function createLocalCrmStore(path: string, seed: LocalCrmSeed, lockOptions: FileLockOptions = {}) {
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<LocalCrmData> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return LocalCrmData.parse(seed);
      throw toAppError(err);
    }
    try {
      return LocalCrmData.parse(JSON.parse(text));
    } catch (err) {
      throw permanent('CRM_LOCAL_CORRUPT', `The local CRM file ${path} is not valid (${(err as Error).message.slice(0, 200)}). Restore it from a backup or delete it to start from the seed.`, err);
    }
  }

  async function save(data: LocalCrmData, lock: HeldLock): Promise<void> {
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      // Contacts' names, phones and e-mails: readable by the owner alone, like the embedded S3 server's files.
      await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
      await lock.assertHeld();
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw toAppError(err);
    }
  }

  return {
    path,
    read: load,
    /** Runs `change` on the current data and saves the result, holding the file's lock; calls are serialised. */
    update<T>(change: (data: LocalCrmData) => T): Promise<T> {
      const next = queue.then(() =>
        withFileLock(
          `${path}.lock`,
          async (lock) => {
            const data = await load();
            const result = change(data);
            await save(data, lock);
            return result;
          },
          lockOptions,
        ),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
