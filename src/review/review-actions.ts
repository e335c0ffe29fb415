import { z } from 'zod';
import { callKeys } from '../domain/call-keys.ts';
import { CONSENT_STOPS, resumeStep, STATUS_OF_STEP, type Call, type StepName } from '../domain/call.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { Insights, Owner } from '../domain/insights.ts';
import { addCounts, countsOf, emptyCounts, redact, redactionList, type RedactionCounts } from '../domain/redact.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import { taskDecisionId } from '../domain/review.ts';
import { updateCall } from '../pipeline/call-record.ts';
import type { Lane } from '../queues/lanes.ts';
import { taskKey } from '../pipeline/sync.ts';
import type { Identity as Reader } from '../http/identity.ts';
import type { CallReader, CallServiceDeps } from './call-service.ts';
import type { CallView } from './call-view.ts';
import { recordDecisions, summaryOfApproval, type ReviewRequest } from './decide.ts';
import { CONSENT_STOPPED_EARLIER } from '../pipeline/consent.ts';
import { createCallEraser } from './erase-call.ts';
import { retryFailedBatch, type RetryFailedAnswer, type RetryFailedRequest } from './retry-failed.ts';
import { recordStageUndo, type StageUndoRequest } from './stage-undo.ts';

/** `PATCH /v1/calls/:id/insights`'s body: the fields to correct; items by their index in the list. */
export const InsightsCorrection = z
  .object({
    summary: z.string().trim().min(1).max(5000).optional(),
    keyPoints: z.array(z.string().trim().min(1).max(1000)).max(50).optional(),
    actionItems: z
      .array(
        z
          .object({
            index: z.number().int().min(0),
            text: z.string().trim().min(1).max(1000).optional(),
            owner: Owner.optional(),
            dueDate: z.iso.date({ error: 'dueDate must be a date as YYYY-MM-DD, or null' }).nullable().optional(),
          })
          .strict(),
      )
      .max(100)
      .optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type InsightsCorrection = z.infer<typeof InsightsCorrection>;

/**
 * What people do to a call: decide its review, correct its insights, retry it, erase it. Each runs under
 * the call's lock, checks the reader's rights, the call's state and `If-Match`, records who did what in
 * the audit, and queues sync, which writes the outcome to the CRM once (erasure: see `createCallEraser`).
 */
export function createReviewActions(deps: CallServiceDeps, reader: CallReader) {
  /** Loads the view under the lock, with the checks every change shares. */
  async function guarded(who: Reader, id: string, ifMatch: string | undefined, change: (call: Call) => Promise<void>): Promise<CallView> {
    await queuedUnderLock(id, async () => {
      const before = await reader.view(who, id);
      if (ifMatch && ifMatch !== before.etag && ifMatch !== '*') {
        throw permanent('PRECONDITION_FAILED', 'The call changed since you loaded it; reload it and decide again.');
      }
      if (before.call.status !== 'done' && before.call.status !== 'needs_review') {
        throw permanent('CALL_BUSY', `Call ${id} is ${before.call.status}; decisions and corrections wait until it has been processed.`);
      }
      // The sync that settled the call may still be finishing its job; the next one must read this change.
      await deps.waitUntilIdle?.('sync', id);
      await change(before.call);
      return 'sync';
    });
    return reader.view(who, id);
  }

  /**
   * Under the call's lock: `change` (the checks, then the change; it answers the step to queue), then the
   * call's status set to the step's and the step queued; answers the step. Once the status is written the index follows, also
   * when the queueing fails (Redis unreachable): the stranded-call sweep finds the call there and queues it
   * (stranded-calls.ts); without the index row it would show the old status and never be found.
   */
  async function queuedUnderLock(id: string, change: () => Promise<StepName>, lane?: Lane): Promise<StepName> {
    let statusWritten = false;
    try {
      return await deps.locks.withLock(id, async () => {
        const step = await change();
        await updateCall(deps.blobs, id, (c) => { c.status = STATUS_OF_STEP[step]; }, deps.clock());
        statusWritten = true;
        await deps.enqueue(step, id, lane && { lane });
        return step;
      });
    } finally {
      if (statusWritten) await refreshIndex(id);
    }
  }

  /** A call stopped for recording consent is never processed again: its recording was deleted on purpose. */
  const consentStopped = (call: Call) =>
    permanent(CONSENT_STOPPED_EARLIER, `Call ${call.id} was stopped for recording consent (${call.error!.code}) and its recording deleted, so it cannot be processed again. If the stop was a mistake, erase the call and upload the recording again with consent given.`);

  const mustBeManager = (who: Reader) => {
    if (who.role !== 'manager') throw permanent('AUTH_FORBIDDEN', 'Only a manager may retry a call.');
  };

  /** Queues a failed call again at the step that failed, with the retry in its audit; answers the step. */
  async function retryOne(who: Reader, id: string, lane?: Lane): Promise<StepName> {
    mustBeManager(who);
    return queuedUnderLock(id, async () => {
      const call = await reader.load(who, id);
      if (call.status !== 'failed') throw permanent('CALL_NOT_FAILED', `Call ${id} is ${call.status}, not failed; only a failed call can be retried.`);
      if (CONSENT_STOPS.has(call.error?.code ?? '')) throw consentStopped(call);
      const step = resumeStep(call, false)!;
      // The step records the failure before its job has ended: queued while that job still runs, the retry would be skipped.
      await deps.waitUntilIdle?.(step, id);
      // The audit lives in crm.json, which a call that failed before sync does not have yet.
      const record = await getJson(deps.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
      if (record) {
        record.review.audit.push({ at: deps.clock().toISOString(), by: who.principal, action: 'retry', target: `step:${step}`, before: call.error?.code ?? null, after: STATUS_OF_STEP[step], note: null });
        await putJson(deps.blobs, callKeys.crm(id), record);
      }
      return step;
    }, lane);
  }

  /** The change is made: an index that cannot follow now is repaired later (`reindex`), not reported as a failed change. */
  const refreshIndex = (id: string) =>
    deps.reindexCall(id).catch((err: unknown) => deps.logger.warn({ callId: id, err: (err as Error).message }, 'could not update the call index'));

  /**
   * A deal or contact a reviewer names by id (not one of the candidates) must exist: sync would fail on a
   * missing deal for good, and file the call log against a contact that is not there.
   */
  const checkNamedRecords = async (record: CrmRecord, request: ReviewRequest) => {
    if (!deps.crm) return;
    for (const r of request.decisions) {
      const d = record.review.decisions.find((x) => x.id === r.id);
      if (r.decision !== 'approve' || d?.state !== 'pending' || typeof r.value !== 'string' || !r.value.trim()) continue;
      const id = r.value.trim();
      if (d.options.some((o) => o.value === id)) continue;
      if (d.kind === 'choose_deal' && !(await deps.crm.getDeal(id))) throw permanent('DEAL_NOT_FOUND', `The CRM has no deal ${id}; check the id (or choose one of the candidates).`);
      if (d.kind === 'unknown_contact' && id !== 'create' && !(await deps.crm.getContact(id))) throw permanent('CONTACT_NOT_FOUND', `The CRM has no contact ${id}; check the id.`);
    }
  };

  const loadRecord = async (id: string) => {
    const record = await getJson(deps.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
    if (!record) throw permanent('REVIEW_NOT_PENDING', `Call ${id} has nothing to review yet.`);
    return record;
  };

  return {
    erase: createCallEraser(deps, reader),

    review(who: Reader, id: string, sent: ReviewRequest, ifMatch?: string): Promise<CallView> {
      const counts = emptyCounts();
      const request = typedDecisions(sent, counts);
      return guarded(who, id, ifMatch, async () => {
        const record = await loadRecord(id);
        await checkNamedRecords(record, request);
        const insights = await getJson(deps.blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
        const summary = summaryOfApproval(record, request, insights?.summary ?? '');
        const now = deps.clock();
        recordDecisions(record, request, who, now, { canCreateContact: deps.canCreateContact });
        if (insights && summary !== null) {
          const entry = request.decisions.find((r) => r.summary !== undefined);
          writeSummary(insights, record, who.principal, now.toISOString(), summary, entry?.note?.trim() || null);
          withTypedRedactions(insights, counts);
          await putJson(deps.blobs, callKeys.insights(id), insights);
        }
        await putJson(deps.blobs, callKeys.crm(id), record);
      });
    },

    /** A manager asks to move the deal back before an applied stage move (see `recordStageUndo`); sync moves it. */
    async undoStage(who: Reader, id: string, request: StageUndoRequest, ifMatch?: string): Promise<CallView> {
      if (who.role !== 'manager') throw permanent('AUTH_FORBIDDEN', 'Only a manager may undo a stage move.');
      return guarded(who, id, ifMatch, async () => {
        const record = await getJson(deps.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
        if (!record) throw permanent('UNDO_NOT_POSSIBLE', `Call ${id} has written nothing to the CRM yet: there is no stage move to undo.`);
        recordStageUndo(record, who, request, deps.clock());
        await putJson(deps.blobs, callKeys.crm(id), record);
      });
    },

    correct(who: Reader, id: string, sent: InsightsCorrection, ifMatch?: string): Promise<CallView> {
      const counts = emptyCounts();
      const patch = typedCorrection(sent, counts);
      return guarded(who, id, ifMatch, async (call) => {
        const insights = await getJson(deps.blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
        if (!insights) throw permanent('CALL_BUSY', `Call ${id} has no insights to correct yet.`);
        const record = await getJson(deps.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
        const at = deps.clock().toISOString();
        const audit = (target: string, before: unknown, after: unknown) =>
          record?.review.audit.push({ at, by: who.principal, action: 'correct', target, before, after, note: patch.note?.trim() || null });
        const changes: string[] = [];
        if (patch.summary !== undefined && patch.summary !== insights.summary) {
          audit('insights.summary', insights.summary, patch.summary);
          insights.summary = patch.summary;
          changes.push('summary');
        }
        if (patch.keyPoints) {
          audit('insights.keyPoints', insights.keyPoints, patch.keyPoints);
          insights.keyPoints = patch.keyPoints;
          changes.push('keyPoints');
        }
        for (const c of patch.actionItems ?? []) {
          const item = insights.actionItems[c.index];
          if (!item) throw permanent('ITEM_UNKNOWN', `The call has ${insights.actionItems.length} action item(s); there is no item ${c.index}.`);
          const before = { text: item.text, owner: item.owner, dueDate: item.dueDate };
          const after = { text: c.text ?? item.text, owner: c.owner ?? item.owner, dueDate: c.dueDate === undefined ? item.dueDate : c.dueDate };
          if (JSON.stringify(before) === JSON.stringify(after)) continue;
          Object.assign(item, after);
          audit(`insights.actionItems[${c.index}]`, before, after);
          changes.push(`actionItems[${c.index}]`);
          // The corrected item is the same task, not a new one: sync brings the task already in the CRM in line with it.
          const oldKey = taskKey(call.id, before);
          const task = record?.tasks.find((t) => t.key === oldKey || t.aliases.includes(oldKey));
          if (task) {
            const newKey = taskKey(call.id, after);
            if (newKey !== task.key && !task.aliases.includes(newKey)) task.aliases.push(newKey);
            task.correction = after;
          }
          const pending = record?.review.decisions.find((d) => d.kind === 'rerun_action_item' && d.state === 'pending' && d.id === taskDecisionId(oldKey));
          if (pending) pending.item = after;
        }
        if (!changes.length) throw permanent('NOTHING_TO_CORRECT', 'The correction changes nothing.');
        insights.warnings = [...insights.warnings.filter((w) => !w.startsWith('Corrected by ')), `Corrected by ${who.principal} at ${at}: ${changes.join(', ')}.`];
        withTypedRedactions(insights, counts);
        await putJson(deps.blobs, callKeys.insights(id), insights);
        if (record) {
          if (record.callLog && changes.some((c) => c === 'summary' || c === 'keyPoints' || c.startsWith('actionItems'))) record.callLog.stale = true;
          record.updatedAt = at;
          await putJson(deps.blobs, callKeys.crm(id), record);
        }
      });
    },

    /** A failed call resumes at the step that failed (manager). */
    async retry(who: Reader, id: string): Promise<CallView> {
      await retryOne(who, id);
      return reader.view(who, id);
    },

    /** Failed calls resume a batch at a time, each as `retry` does it, in the bulk lane (see `retryFailedBatch`). */
    retryFailed: (who: Reader, request: RetryFailedRequest): Promise<RetryFailedAnswer> => {
      mustBeManager(who);
      return retryFailedBatch(deps, who, request, (id) => retryOne(who, id, 'bulk'));
    },
  };
}

export type ReviewActions = ReturnType<typeof createReviewActions>;

/**
 * Text a person typed that goes into the insights and on to the CRM (a corrected summary, key point or action item,
 * an approved item's text): card numbers, national ids and IBANs redacted, as in the text the extractor wrote, and
 * counted into `counts`. The audit keeps it as redacted.
 */
function typed(text: string, counts: RedactionCounts): string {
  const r = redact(text);
  addCounts(counts, r.counts);
  return r.text;
}

/** A note a person typed, kept in the audit (and the subject export): redacted as the rest of what people type, not counted in the insights. */
function typedNote(note: string | undefined): string | undefined {
  return note === undefined ? undefined : redact(note).text;
}

function typedCorrection(patch: InsightsCorrection, counts: RedactionCounts): InsightsCorrection {
  return {
    ...patch,
    ...(patch.note !== undefined && { note: typedNote(patch.note) }),
    ...(patch.summary !== undefined && { summary: typed(patch.summary, counts) }),
    ...(patch.keyPoints && { keyPoints: patch.keyPoints.map((k) => typed(k, counts)) }),
    ...(patch.actionItems && { actionItems: patch.actionItems.map((c) => (c.text === undefined ? c : { ...c, text: typed(c.text, counts) })) }),
  };
}

function typedDecisions(request: ReviewRequest, counts: RedactionCounts): ReviewRequest {
  return {
    ...request,
    decisions: request.decisions.map((r) => {
      const value = r.value && typeof r.value === 'object' && typeof r.value['text'] === 'string' ? { value: { ...r.value, text: typed(r.value['text'], counts) } } : {};
      return { ...r, ...value, ...(r.summary !== undefined && { summary: typed(r.summary, counts) }), ...(r.note !== undefined && { note: typedNote(r.note) }) };
    }),
  };
}

/** The insights' `redactions` with what was taken out of typed text added. */
function withTypedRedactions(insights: Insights, counts: RedactionCounts): void {
  insights.redactions = redactionList(addCounts(countsOf(insights.redactions), counts));
}

/** A summary written with a decision: audited as a correction, marked on the insights, and the call log brought in line by sync. */
function writeSummary(insights: Insights, record: CrmRecord, by: string, at: string, summary: string, note: string | null): void {
  record.review.audit.push({ at, by, action: 'correct', target: 'insights.summary', before: insights.summary, after: summary, note });
  insights.summary = summary;
  insights.warnings = [...insights.warnings.filter((w) => !w.startsWith('Corrected by ')), `Corrected by ${by} at ${at}: summary.`];
  if (record.callLog) record.callLog.stale = true;
  record.updatedAt = at;
}
