import { createHash } from 'node:crypto';
import type { Call } from '../domain/call.ts';
import type { CrmRecord } from '../domain/crm-record.ts';
import type { ProposedItem } from '../domain/review.ts';
import { toAppError } from '../errors/app-error.ts';
import type { CrmAdapter, TaskChange } from '../ports/crm.ts';

type TaskRecord = CrmRecord['tasks'][number];

/**
 * Brings each task already in the CRM in line with its action item as a person corrected it (the task's
 * `correction`, see review-actions `correct`): the fields the correction changed (its subject, whom it is for,
 * its due date), so what someone changed in the CRM since and the correction left alone stays. A corrected item
 * without a due date leaves the task's date as it is (a date a person gave on the due-date finding stays). The
 * update sets absolute values, so one repeated after a crash (the CRM written, crm.json not) writes nothing new;
 * then the task's `written` says what the CRM holds, the correction is cleared and the audit gets one `apply`
 * entry. A correction the task already matches (undone before sync) writes nothing. A task deleted in the CRM, or
 * one the CRM refuses to let us change (kind `forbidden`), is noted in the audit and left alone.
 */
export async function updateCorrectedTasks(call: Call, record: CrmRecord, crm: Pick<CrmAdapter, 'updateTask'>, now: () => string, save: () => Promise<void>): Promise<void> {
  const repEmail = call.meta.rep?.email?.trim() || null;
  for (const task of record.tasks) {
    const wanted = task.correction;
    if (!wanted) continue;
    if (!updateDue(wanted, task.written)) {
      task.correction = null;
      await save();
      continue;
    }
    const change = changeOf(wanted, task.written, repEmail);
    const done = await crm.updateTask(task.id, change, `${call.id}:task-update:${task.id}:${hash(JSON.stringify(change))}`).catch((err: unknown) => {
      // Refused for this one task (reassigned to someone the integration user may not edit for): the client found the
      // credentials working (kind `forbidden`), so the task is noted and left alone instead of failing the call.
      const refused = toAppError(err);
      if (refused.kind === 'forbidden') return { forbidden: refused.status ?? 403 };
      throw err;
    });
    const before = task.written ?? { text: task.subject };
    if (done && 'forbidden' in done) {
      const note = `the CRM refused to change this task (${done.forbidden}: the integration user may not edit it, e.g. it was reassigned or is locked); change it there`;
      record.review.audit.push({ at: now(), by: 'sync', action: 'apply', target: `task:${task.id}`, before, after: null, note });
      task.correction = null;
      await save();
      continue;
    }
    if (done) {
      task.written = { ...wanted, dueDate: wanted.dueDate ?? task.written?.dueDate ?? null };
      task.subject = wanted.text;
    }
    record.review.audit.push({
      at: now(),
      by: 'sync',
      action: 'apply',
      target: `task:${task.id}`,
      before,
      after: done ? task.written : null,
      note: !done ? 'the task is no longer in the CRM (deleted there?); nothing written' : done.changed ? null : 'the CRM task already held these values',
    });
    task.correction = null;
    await save();
  }
}

/**
 * What to write: the fields the correction changed since callscribe last wrote the task, so a due date or owner
 * someone set in the CRM since is kept when the correction did not touch it. A task written before `written` was
 * recorded gets every field, with the rep as its owner.
 */
function changeOf(wanted: ProposedItem, written: TaskRecord['written'], repEmail: string | null): TaskChange {
  return {
    ...((!written || wanted.text !== written.text) && { subject: wanted.text }),
    ...((!written || wanted.owner !== written.owner) && { owner: wanted.owner }),
    ...(wanted.dueDate && (!written || wanted.dueDate !== written.dueDate) && { dueDate: wanted.dueDate }),
    ...(!written && repEmail && { ownerEmail: repEmail }),
  };
}

/** Whether the task, as last written, differs from the corrected item (a task written before this was recorded always does). */
function updateDue(wanted: ProposedItem, written: TaskRecord['written']): boolean {
  if (!written) return true;
  return wanted.text !== written.text || wanted.owner !== written.owner || (wanted.dueDate !== null && wanted.dueDate !== written.dueDate);
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
