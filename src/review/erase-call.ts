import { z } from 'zod';
import { callKeys } from '../domain/call-keys.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { permanent } from '../errors/app-error.ts';
import { stageBefore } from '../domain/stage-undo.ts';
import type { Identity } from '../http/identity.ts';
import { getJsonOrUnreadable, type BlobStore } from '../ports/blob-store.ts';
import type { ErasureMark } from '../intake/erasure-mark.ts';
import { deleteWholeCall } from '../retention/call-objects.ts';
import { CALL_ID, type CallReader, type CallServiceDeps } from './call-service.ts';

/**
 * What callscribe wrote to the CRM for a call, which stays there: callscribe never deletes CRM records.
 * The ids come from the call's crm.json.
 */
export const CrmRemaining = z.object({
  adapter: z.string(),
  /** The contact callscribe created for the customer (null when it matched an existing one). */
  contactCreated: z.object({ id: z.string() }).nullable(),
  callLog: z.object({ id: z.string() }).nullable(),
  tasks: z.array(z.object({ id: z.string(), subject: z.string() })),
  /** Deal stage changes callscribe made. */
  stageChanges: z.array(z.object({ dealId: z.string().nullable(), from: z.string().nullable(), to: z.string(), at: z.string() })),
  /** Values callscribe wrote into existing records on approval (a contact's e-mail or phone, a deal's amount, a task's due date). */
  fieldChanges: z.array(z.object({ record: z.object({ kind: z.enum(['contact', 'deal', 'task']), id: z.string() }), change: z.string(), at: z.string() })),
});
export type CrmRemaining = z.infer<typeof CrmRemaining>;

/** `DELETE /v1/calls/{id}`: what was erased here, and what stays in the CRM. */
export const EraseAnswer = z.object({
  id: z.string(),
  erased: z.object({
    /** Objects deleted from storage: the recording, prepared audio, transcript, insights, crm.json, call.json… */
    objects: z.number().int().min(0),
    /** Queued jobs of the call removed. */
    jobs: z.number().int().min(0),
    indexRow: z.literal(true),
  }),
  /** Null when nothing was written to the CRM, or when `crmRecordUnreadable`. */
  crmRemaining: CrmRemaining.nullable(),
  /** The call's crm.json could not be read (damaged): what it wrote to the CRM is not known, and the call is erased all the same. */
  crmRecordUnreadable: z.boolean().optional(),
  /** In words, for a person: what was erased and what is left to delete in the CRM by hand. */
  note: z.string(),
});
export type EraseAnswer = z.infer<typeof EraseAnswer>;

/**
 * The CRM records a call's crm.json says callscribe wrote (nothing it only matched, nothing found already so).
 * A stage decision applied before callscribe kept what it changed (`applied.wrote` absent) counts as a change:
 * an erasure answer had better list one too many than hide one. A stage move undone (`undo.applied.wrote`) is a second
 * stage change, from the stage set back to `from`.
 */
export function crmRemaining(record: CrmRecord): CrmRemaining {
  const approved = record.review.decisions.filter((d) => d.state === 'approved' && d.applied);
  const changed = (d: (typeof approved)[number]) => d.applied!.wrote !== null;
  return {
    adapter: record.adapter,
    contactCreated: record.contact?.matchedBy === 'created' ? { id: record.contact.id } : null,
    callLog: record.callLog && { id: record.callLog.id },
    tasks: record.tasks.map((t) => ({ id: t.id, subject: t.subject })),
    stageChanges: approved
      .filter((d) => d.kind === 'deal_stage' && changed(d) && (d.value ?? d.proposed))
      .flatMap((d) => {
        const dealId = d.applied!.wrote?.id ?? record.deal?.id ?? null;
        const set = (d.value ?? d.proposed)!;
        const back = d.undo?.applied?.wrote && stageBefore(d) ? [{ dealId: d.undo.applied.wrote.id, from: set, to: stageBefore(d)!, at: d.undo.applied.at }] : [];
        return [{ dealId, from: d.from, to: set, at: d.applied!.at }, ...back];
      }),
    fieldChanges: approved
      .filter((d) => d.kind === 'crm_hygiene' && d.applied!.wrote)
      .map((d) => ({ record: { kind: d.applied!.wrote!.kind, id: d.applied!.wrote!.id }, change: d.applied!.wrote!.change, at: d.applied!.at })),
  };
}

/** What an erasure mark keeps of `crmRemaining`: the CRM and each record's kind and id, nothing else. */
export type CrmLeft = NonNullable<ErasureMark['crmRemaining']>;

/** The records of `crmRemaining(record)` by kind and id, each once; null when the call wrote nothing to the CRM. */
export function crmLeftOf(record: CrmRecord): CrmLeft | null {
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

/**
 * The call's crm.json; null when there is none, `unreadable` when it is not a CrmRecord (damaged): a person's
 * right to erasure is not held up by it. A store that fails throws.
 */
export function readCrmRecord(blobs: BlobStore, callId: string): Promise<CrmRecord | 'unreadable' | null> {
  return getJsonOrUnreadable(blobs, callKeys.crm(callId), (raw) => CrmRecord.parse(raw));
}

/**
 * Erases a call (a manager's right to erasure): removes its queued jobs (refused with `CALL_BUSY` while
 * a step runs, since it would write artifacts again), deletes every object under its prefix (call.json
 * last, so an erasure cut short can be sent again), waits for a notification of the call being sent
 * (up to the delivery's timeout), removes its index row, and answers what stays in the CRM. Under the call's lock, so no review change or retry interleaves. A call that is not there (never
 * was, or already erased) is `CALL_NOT_FOUND`: a second DELETE answers 404, after removing any index row
 * left behind.
 */
export function createCallEraser(deps: CallServiceDeps, reader: CallReader) {
  return async function erase(who: Identity, id: string): Promise<EraseAnswer> {
    if (who.role !== 'manager') throw permanent('AUTH_FORBIDDEN', 'Only a manager may erase a call.');
    const answer = await deps.locks.withLock(id, async () => {
      const call = await reader.load(who, id).catch(async (err: unknown) => {
        if (CALL_ID.test(id)) await deps.index.remove(id);
        throw err;
      });
      const read = await readCrmRecord(deps.blobs, id);
      const record = read === 'unreadable' ? null : read;
      if (read === 'unreadable') deps.logger.warn({ callId: id }, "the call's crm.json could not be read: what it wrote to the CRM is not known; erasing it all the same");
      const jobs = (await deps.removeJobs?.(id)) ?? 0;
      // Waits for a notification of the call already being sent, so nothing of it goes out after the answer.
      // The mark keeps what stays in the CRM by kind and id, as retention's does: the answer is the manager's alone.
      const left = record && crmLeftOf(record);
      const objects = await deleteWholeCall(deps, id, call, { reason: 'erased', at: deps.clock().toISOString(), ...(left && { crmRemaining: left }) });
      await deps.index.remove(id);
      const remaining = record && crmRemaining(record);
      const unreadable = read === 'unreadable';
      return { id, erased: { objects, jobs, indexRow: true as const }, crmRemaining: remaining, ...(unreadable && { crmRecordUnreadable: true }), note: noteFor(remaining, unreadable) };
    });
    deps.logger.info({ callId: id, by: who.keyId, objects: answer.erased.objects, jobs: answer.erased.jobs }, 'call erased');
    return answer;
  };
}

/** The CRMs by the name a person knows them by. */
const CRM_NAMES: Readonly<Record<string, string>> = { local: 'the local CRM', hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive' };

function noteFor(remaining: CrmRemaining | null, unreadable: boolean): string {
  const erased = 'The call is erased here: recording, audio, transcript, insights and its row in the call list.';
  if (unreadable) return `${erased} Its record of what it wrote to the CRM (crm.json) could not be read, so that is not known: look in the CRM for this call's log, tasks and changes.`;
  if (!remaining) return `${erased} Nothing was written to the CRM.`;
  const written = [
    remaining.callLog && 'the call log',
    remaining.tasks.length && `${remaining.tasks.length} task(s)`,
    remaining.stageChanges.length && `${remaining.stageChanges.length} deal stage change(s)`,
    remaining.fieldChanges.length && `${remaining.fieldChanges.length} value(s) written into existing records (${remaining.fieldChanges.map((c) => `${c.record.kind} ${c.record.id}: ${c.change}`).join('; ')})`,
    remaining.contactCreated && 'the contact it created',
  ].filter(Boolean);
  if (!written.length) return `${erased} Nothing was written to the CRM.`;
  return `${erased} callscribe does not delete CRM records, so these stay in ${CRM_NAMES[remaining.adapter] ?? remaining.adapter}: ${written.join(', ')}; delete them there if they must go too (ids in crmRemaining).`;
}
