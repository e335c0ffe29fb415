import { createHash } from 'node:crypto';
import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { Insights, type ActionItem } from '../domain/insights.ts';
import { emptyReview, TRANSCRIPT_CHECKED, TRANSCRIPT_DECISION_ID, taskDecisionId, taskKeyOfDecision, type ProposedItem } from '../domain/review.ts';
import { normalizeText } from '../domain/text.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import type { CallLogInput } from '../ports/crm.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { DecisionBook } from './review-decisions.ts';
import { applyStageDecision, raiseStageDecision } from './sync-stage.ts';
import { applyStageUndo } from './sync-stage-undo.ts';
import { resolveContact, resolveDeal } from './sync-match.ts';
import { sendCreate } from './sync-creates.ts';
import { callLogBody, callLogTitle, callPageRef, partiesOf } from './sync-format.ts';
import { closeOwnerDecision, ownerCheck } from './sync-owner.ts';
import { updateCorrectedTasks } from './sync-task-updates.ts';
import { applyFindings, checkContactFields, checkDealFields, checkNamedRecords, checkStaleDeal, dealReader, raiseMissingDueDates, settleDueDates } from './sync-hygiene.ts';
import { Transcript } from '../domain/transcript.ts';

/**
 * Writes the call's outcome to the CRM: the call log with the summary, one task per action item and,
 * per STAGE_POLICY, the deal stage. A person's corrections reach what is already written: the log is updated in
 * place, and each task brought in line with its corrected item (sync-task-updates.ts). Each external id is saved to crm.json as soon as it exists and each
 * write carries an idempotency key derived from the call id, so a retry or a re-run resumes where the
 * last one stopped and never duplicates a record.
 *
 * What a person must decide becomes a review decision in crm.json (choose a contact or deal, create an
 * unknown contact, move the deal, add an action item found on a re-run). Sync never re-derives a decided
 * item: it applies what was approved, once, and the call ends `needs_review` while anything is pending.
 */
export async function sync(input: { callId: string; call?: Call }, ports: PipelinePorts): Promise<StepResult<CrmRecord>> {
  const call = input.call ?? (await loadCall(ports.blobs, input.callId));
  const key = callKeys.crm(call.id);
  const [insights, stored, transcript] = await Promise.all([
    getJson(ports.blobs, callKeys.insights(call.id), (raw) => Insights.parse(raw)),
    getJson(ports.blobs, key, (raw) => CrmRecord.parse(raw)),
    // For the speakers' attribution and for findings: a transcript that does not parse (an older shape) gives none, and fails nothing.
    getJson(ports.blobs, callKeys.transcript(call.id), (raw) => Transcript.safeParse(raw).data ?? null),
  ]);
  const rolesAssumed = transcript?.attribution?.assumed === true;
  if (!insights) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no insights; run extract first.`);
  const record: CrmRecord = stored ?? emptyRecord(ports.crm.kind, ports.clock());
  const book = new DecisionBook(record, () => ports.clock().toISOString());
  const save = async () => {
    record.updatedAt = ports.clock().toISOString();
    await putJson(ports.blobs, key, record);
  };
  const end = async () => {
    await applyFindings(call.id, record, book, ports, save);
    return finish(record, book, save, call);
  };

  // First, so a person sees it whatever else the call waits for (an unknown contact, a deal to choose).
  reviewUnreliableTranscript(insights, book);
  closeOwnerDecision(book);
  const checkOwner = ownerCheck(call, ports.crm, book);
  if (!record.contact) {
    const contact = await resolveContact(call, ports, book, (k, create) => sendCreate(record, save, k, create, ports.holdsJob));
    if (contact === 'wait' || contact === 'skip') return end();
    record.contact = contact;
    await save();
  }
  if (!record.deal) {
    const deal = await resolveDeal(call, insights, record.contact.id, ports, book);
    // The log and tasks wait for the deal a person is choosing, so they are written with it; the
    // stage proposal is shown beside that choice.
    if (deal === 'wait') {
      raiseStageDecision(insights, record, book, ports.policy, rolesAssumed);
      return end();
    }
    if (deal !== 'none') {
      record.deal = deal;
      await save();
    }
  }
  // Before anything is written, so the deal's last change and fields and the contact's fields are the CRM's own.
  await checkNamedRecords(call, record, book, ports);
  const readDeal = dealReader(record, ports.crm);
  await checkStaleDeal(call, record, book, ports, readDeal);
  await checkContactFields(call, insights, transcript, record, book, ports);
  await checkDealFields(call, insights, transcript, record, book, ports, readDeal);
  const callPage = callPageRef(ports.publicBaseUrl ?? null, call.id);
  const log = { title: callLogTitle(call), body: callLogBody(insights, callPage, partiesOf(call)) };
  if (!record.callLog) {
    await checkOwner();
    const contactId = record.contact.id;
    const written = await sendCreate(record, save, `${call.id}:call`, (attemptedBefore) => ports.crm.logCall({
      attemptedBefore,
      idempotencyKey: `${call.id}:call`,
      contactId,
      dealId: record.deal?.id ?? null,
      direction: call.meta.direction ?? null,
      startedAt: call.meta.startedAt ?? null,
      timezone: call.meta.timezone ?? null,
      durationSec: call.audio?.durationSec ?? 0,
      disposition: CRM_DISPOSITION[call.disposition ?? 'unknown'] ?? null,
      ...log,
      recordingUrl: null,
      ownerEmail: call.meta.rep?.email ?? null,
    }), ports.holdsJob);
    record.callLog = { id: written.id, stale: false };
    // The id is kept before anything else can fail (the owner's look-up after the write reads the CRM again).
    await save();
    await checkOwner();
  } else if (record.callLog.stale) {
    await ports.crm.updateCallLog(record.callLog.id, log);
    record.callLog.stale = false;
    await save();
  }
  await syncTasks(call, insights.actionItems, record, book, ports, save, checkOwner);
  await updateCorrectedTasks(call, record, ports.crm, () => ports.clock().toISOString(), save);
  raiseStageDecision(insights, record, book, ports.policy, rolesAssumed);
  await save();
  await applyStageDecision(call.id, record, book, ports.crm, save, () => ports.clock().toISOString());
  await applyStageUndo(call.id, record, ports.crm, save, () => ports.clock().toISOString());
  if (!record.syncedAt) raiseMissingDueDates(insights.actionItems, record, book, (item) => taskKey(call.id, item));
  settleDueDates(insights.actionItems, record, book, (item) => taskKey(call.id, item));
  record.syncedAt = ports.clock().toISOString();
  return end();
}

/** A task's idempotency key: the call and the item's owner and normalised words. */
export function taskKey(callId: string, item: Pick<ActionItem, 'owner' | 'text'>): string {
  return `${callId}:task:${createHash('sha256').update(`${item.owner}|${normalizeText(item.text)}`).digest('hex').slice(0, 16)}`;
}

async function syncTasks(
  call: Call,
  items: readonly ActionItem[],
  record: CrmRecord,
  book: DecisionBook,
  ports: PipelinePorts,
  save: () => Promise<void>,
  checkOwner: () => Promise<void>,
): Promise<void> {
  const written = (k: string) => record.tasks.some((t) => t.key === k || t.aliases.includes(k));
  // An item already raised for review, perhaps since corrected (its decision keeps its first id).
  const raised = (k: string) =>
    record.review.decisions.some((d) => d.kind === 'rerun_action_item' && [d.item, d.approvedItem].some((it) => it !== null && taskKey(call.id, it) === k));
  const write = async (k: string, item: ProposedItem) => {
    await checkOwner();
    const task = await sendCreate(record, save, k, (attemptedBefore) => ports.crm.createTask({
      attemptedBefore,
      idempotencyKey: k,
      contactId: record.contact!.id,
      dealId: record.deal?.id ?? null,
      subject: item.text,
      dueDate: item.dueDate,
      owner: item.owner,
      // The rep's to-do whoever made the promise: a customer's promise is the rep's to follow up.
      ownerEmail: call.meta.rep?.email ?? null,
    }), ports.holdsJob);
    record.tasks.push({ key: k, id: task.id, subject: item.text, aliases: [], written: { text: item.text, owner: item.owner, dueDate: item.dueDate }, correction: null });
    await save();
    await checkOwner();
  };
  const resynced = record.syncedAt !== null;
  for (const item of items) {
    const k = taskKey(call.id, item);
    if (written(k) || (resynced && raised(k) && !book.get(taskDecisionId(k)))) continue;
    // A call synced before: an item worded differently this time may be a task already in the CRM.
    if (resynced) {
      book.raise({
        id: taskDecisionId(k),
        kind: 'rerun_action_item',
        proposed: item.text,
        item: { text: item.text, owner: item.owner, dueDate: item.dueDate },
        evidence: item.evidence,
        reason: 'Processing the call again found this action item, which is not in the CRM; approve to add it.',
      });
      continue;
    }
    await write(k, item);
  }
  for (const d of record.review.decisions) {
    if (d.kind !== 'rerun_action_item' || d.state !== 'approved' || d.applied) continue;
    const item = d.approvedItem ?? d.item!;
    const k = taskKeyOfDecision(call.id, d.id);
    if (!written(k)) await write(k, item);
    book.markApplied(d, `task "${item.text}" written`);
    await save();
  }
  for (const d of record.review.decisions) {
    if (d.kind === 'rerun_action_item' && d.state === 'rejected' && !d.applied) book.markApplied(d, 'nothing written');
  }
}

/**
 * A transcript too unreliable to summarise waits for a person, who checks the call (and may write its
 * summary on the call page); their answer closes the decision, as nothing else is left to write.
 */
function reviewUnreliableTranscript(insights: Insights, book: DecisionBook): void {
  const quality = insights.transcriptQuality;
  if (quality && !quality.reliable) {
    book.raise({
      id: TRANSCRIPT_DECISION_ID,
      kind: 'transcript_unreliable',
      proposed: TRANSCRIPT_CHECKED,
      reason: `TRANSCRIPT_UNRELIABLE: ${quality.reason ?? 'the transcript is unreliable.'}`,
    });
  }
  const decided = book.get(TRANSCRIPT_DECISION_ID);
  if (decided && decided.state !== 'pending' && !decided.applied) {
    book.markApplied(decided, decided.state === 'approved' ? 'checked by a person; the call log keeps what was written' : 'left as it is');
  }
}

const CRM_DISPOSITION: Record<string, CallLogInput['disposition']> = {
  conversation: 'connected',
  voicemail: 'left_voicemail',
  no_speech: 'no_answer',
};

/** Ends the run: `needs_review` while a decision is pending, else `done`. */
async function finish(record: CrmRecord, book: DecisionBook, save: () => Promise<void>, call: Call): Promise<StepResult<CrmRecord>> {
  await save();
  const pending = book.holding();
  return {
    output: record,
    finalStatus: pending.length ? 'needs_review' : 'done',
    reviewReason: pending.length ? pending.map((d) => d.reason).join(' ') : null,
    patch: { engines: { ...call.engines, crm: record.adapter } },
  };
}

function emptyRecord(adapter: string, now: Date): CrmRecord {
  return { schemaVersion: 1, adapter, contact: null, deal: null, callLog: null, tasks: [], createsSent: [], review: emptyReview(), syncedAt: null, updatedAt: now.toISOString() };
}
