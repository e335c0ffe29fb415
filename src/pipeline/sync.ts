import { createHash } from 'node:crypto';
import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { Insights } from '../domain/insights.ts';
import { normalizeText } from '../domain/text.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import type { CallLogInput } from '../ports/crm.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { callLogBody, callLogTitle } from './sync-format.ts';
import { decideStage } from './stage-policy.ts';

/**
 * Writes the call's outcome to the CRM: the call log with the summary, one task per action item and,
 * per STAGE_POLICY, the deal stage. Each external id is saved to crm.json as soon as it exists and each
 * write carries an idempotency key derived from the call id, so a retry or a re-run resumes where the
 * last one stopped and never duplicates a record. Anything a person must decide ends in `needs_review`.
 */
export async function sync(input: { callId: string }, ports: PipelinePorts): Promise<StepResult<CrmRecord>> {
  const call = await loadCall(ports.blobs, input.callId);
  const insights = await getJson(ports.blobs, callKeys.insights(call.id), (raw) => Insights.parse(raw));
  if (!insights) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no insights; run extract first.`);
  const key = callKeys.crm(call.id);
  const record: CrmRecord = (await getJson(ports.blobs, key, (raw) => CrmRecord.parse(raw))) ?? emptyRecord(ports.crm.kind, ports.clock());
  const save = async () => {
    record.updatedAt = ports.clock().toISOString();
    await putJson(ports.blobs, key, record);
  };
  const reasons: string[] = [];

  if (!record.contact) {
    record.contact = await matchContact(call, ports, reasons);
    if (!record.contact) return finish(record, reasons, save, call);
    await save();
  }
  if (!record.deal) {
    record.deal = await matchDeal(call, record.contact.id, ports, reasons);
    if (record.deal) await save();
  }
  if (!record.callLog) {
    const log = await ports.crm.logCall({
      idempotencyKey: `${call.id}:call`,
      contactId: record.contact.id,
      dealId: record.deal?.id ?? null,
      direction: call.meta.direction ?? null,
      startedAt: call.meta.startedAt ?? null,
      durationSec: call.audio?.durationSec ?? 0,
      disposition: CRM_DISPOSITION[call.disposition ?? 'unknown'] ?? null,
      title: callLogTitle(call),
      body: callLogBody(insights),
      recordingUrl: null,
    });
    record.callLog = { id: log.id };
    await save();
  }
  const resynced = record.syncedAt !== null;
  for (const item of insights.actionItems) {
    const taskKey = `${call.id}:task:${createHash('sha256').update(`${item.owner}|${normalizeText(item.text)}`).digest('hex').slice(0, 16)}`;
    if (record.tasks.some((t) => t.key === taskKey) || record.pendingTasks.some((t) => t.key === taskKey)) continue;
    if (resynced) {
      // This call was synced before: an item worded differently this time may be a task already in the CRM.
      record.pendingTasks.push({ key: taskKey, subject: item.text, owner: item.owner, dueDate: item.dueDate });
      continue;
    }
    const task = await ports.crm.createTask({
      idempotencyKey: taskKey,
      contactId: record.contact.id,
      dealId: record.deal?.id ?? null,
      subject: item.text,
      dueDate: item.dueDate,
      owner: item.owner,
      ownerEmail: item.owner === 'rep' ? (call.meta.rep?.email ?? null) : null,
    });
    record.tasks.push({ key: taskKey, id: task.id, subject: item.text });
    await save();
  }
  if (record.stage.state !== 'applied') {
    const decision = decideStage(insights, record.deal?.id ?? null, ports.policy);
    if (decision.apply && record.deal) {
      await ports.crm.updateDealStage(record.deal.id, decision.apply, `${call.id}:stage:${decision.apply}`);
    }
    record.stage = decision.stage;
    if (decision.reviewReason) reasons.push(decision.reviewReason);
  }
  if (record.pendingTasks.length) {
    reasons.push(`Processing the call again found ${record.pendingTasks.length} action item(s) not in the CRM (${record.pendingTasks.map((t) => `"${t.subject}"`).join(', ')}); approve to add them.`);
  }
  record.syncedAt = ports.clock().toISOString();
  return finish(record, reasons, save, call);
}

const CRM_DISPOSITION: Record<string, CallLogInput['disposition']> = {
  conversation: 'connected',
  voicemail: 'left_voicemail',
  no_speech: 'no_answer',
};

async function finish(record: CrmRecord, reasons: string[], save: () => Promise<void>, call: Call): Promise<StepResult<CrmRecord>> {
  record.review = reasons.length ? { state: 'pending', reasons } : null;
  await save();
  return {
    output: record,
    finalStatus: reasons.length ? 'needs_review' : 'done',
    reviewReason: reasons.length ? reasons.join(' ') : null,
    patch: { engines: { ...call.engines, crm: record.adapter } },
  };
}

async function matchContact(call: Call, ports: PipelinePorts, reasons: string[]): Promise<CrmRecord['contact']> {
  if (call.meta.crm?.contactId) return { id: call.meta.crm.contactId, matchedBy: 'meta' };
  const customer = call.meta.customer;
  if (!customer?.phone && !customer?.email) {
    reasons.push('No customer phone or email in the call meta, so the call could not be matched to a CRM contact.');
    return null;
  }
  const match = await ports.crm.findContact(customer);
  if (match.kind === 'found') return { id: match.contact.id, matchedBy: 'phone_or_email' };
  if (match.kind === 'not_found' && ports.policy.unknownContact === 'create' && ports.crm.createContact) {
    const created = await ports.crm.createContact(customer, `${call.id}:contact`);
    return { id: created.id, matchedBy: 'created' };
  }
  reasons.push(
    match.kind === 'ambiguous'
      ? `The customer's phone/email matches ${match.candidates.length} CRM contacts (${match.candidates.map((c) => c.id).join(', ')}); choose one.`
      : "No CRM contact has the customer's phone, email or company domain; create the contact or pick one (or set CRM_UNKNOWN_CONTACT=create).",
  );
  return null;
}

async function matchDeal(call: Call, contactId: string, ports: PipelinePorts, reasons: string[]): Promise<CrmRecord['deal']> {
  const dealId = call.meta.crm?.dealId;
  if (dealId) {
    if (await ports.crm.getDeal(dealId)) return { id: dealId, matchedBy: 'meta' };
    reasons.push(`Deal ${dealId} named in the call meta does not exist in the CRM.`);
    return null;
  }
  const open = await ports.crm.findOpenDeals(contactId);
  if (open.length === 1) return { id: open[0]!.id, matchedBy: 'open_deal' };
  if (open.length > 1) reasons.push(`The contact has ${open.length} open deals (${open.map((d) => d.id).join(', ')}); choose the one this call is about.`);
  return null;
}

function emptyRecord(adapter: string, now: Date): CrmRecord {
  return {
    schemaVersion: 1,
    adapter,
    contact: null,
    deal: null,
    callLog: null,
    tasks: [],
    stage: { proposed: null, from: null, state: 'none', reason: null },
    review: null,
    pendingTasks: [],
    syncedAt: null,
    updatedAt: now.toISOString(),
  };
}
