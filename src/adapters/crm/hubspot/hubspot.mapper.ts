import { STAGE_KEYS, type StageKey } from '../../../domain/insights.ts';
import type { ContactField } from '../../../domain/hygiene.ts';
import type { CallMeta } from '../../../domain/call-meta.ts';
import type { CallLogInput, CrmContact, CrmDeal, DealStage, TaskChange, TaskInput } from '../../../ports/crm.ts';
import { amountOf } from '../deal-field.ts';
import { textToHtml } from '../html.ts';
import type { PhoneQuery } from '../../../domain/phone.ts';
import type { HsObject, HsPipeline } from './hubspot.schemas.ts';

/** Custom property (on calls and tasks) holding the idempotency key; see `ensureKeyProperty` in the adapter. */
export const KEY_PROPERTY = 'callscribe_key';

export const CONTACT_PROPERTIES = ['firstname', 'lastname', 'email', 'phone', 'mobilephone', 'company', 'jobtitle'];
/** The contact property each field a hygiene fix may set is stored in. */
export const CONTACT_FIELD_PROPERTY: Record<ContactField, string> = { email: 'email', phone: 'phone', title: 'jobtitle', company: 'company' };
/** HubSpot's calculated, read-only contact property "Email Domain": the part of `email` after the @. */
export const EMAIL_DOMAIN_PROPERTY = 'hs_email_domain';
export const DEAL_PROPERTIES = ['dealname', 'dealstage', 'pipeline', 'hs_is_closed', 'createdate', 'hs_lastmodifieddate', 'amount', 'deal_currency_code', 'closedate'];

/** HUBSPOT_DEFINED association type ids (SDK `AssociationTypes.ts`; api-contracts.md §1). */
export const ASSOCIATION = {
  callToContact: 194,
  callToDeal: 206,
  taskToContact: 204,
  taskToDeal: 216,
} as const;

/** HubSpot's default call outcomes ("dispositions"), the same GUIDs in every account. */
export const CALL_DISPOSITION: Record<NonNullable<CallLogInput['disposition']>, string> = {
  connected: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
  left_voicemail: 'b2cf5968-551e-4856-9783-52b3da59a7d0',
  no_answer: '73a0d17f-1163-4015-bdd5-ec830791da20',
};

/** Rich-text bodies (`hs_call_body`, `hs_task_body`) are capped at 65,536 characters; stay under it. */
const BODY_LIMIT = 65_000;

/** HubSpot record ids are numeric strings; anything else cannot name a HubSpot record. */
export const isHubSpotId = (id: string | null | undefined): id is string => typeof id === 'string' && /^\d{1,20}$/.test(id);

export function toContact(o: HsObject): CrmContact {
  const p = o.properties;
  const name = [p.firstname, p.lastname].filter((s) => s?.trim()).join(' ');
  return { id: o.id, name: name || null, email: p.email || null, phone: p.phone || p.mobilephone || null, company: p.company || null, title: p.jobtitle || null };
}

/**
 * A new contact's properties: the name split at its first space ("Mary Ann Lee" → Mary / Ann Lee), the phone in
 * E.164 when it parses (as typed otherwise), the e-mail lower-cased; unknown values are left out.
 */
export function contactProperties(who: NonNullable<CallMeta['customer']>, phone: PhoneQuery | null, email: string | null): Record<string, string> {
  const [first, ...rest] = who.name?.trim().split(/\s+/).filter(Boolean) ?? [];
  const props: Record<string, string> = {};
  if (first) props.firstname = first;
  if (rest.length) props.lastname = rest.join(' ');
  if (phone) props.phone = phone.e164 ?? phone.raw;
  if (email) props.email = email;
  if (who.company?.trim()) props.company = who.company.trim();
  return props;
}

export function toDeal(o: HsObject, stage: DealStage, contactIds: string[]): CrmDeal {
  const p = o.properties;
  return {
    id: o.id,
    name: p.dealname ?? '',
    ...stage,
    contactIds,
    open: p.hs_is_closed !== 'true',
    updatedAt: p.hs_lastmodifieddate || o.updatedAt || null,
    amount: amountOf(p.amount),
    currency: p.deal_currency_code || null,
    closeDate: closeDateOf(p.closedate),
  };
}

/**
 * `closedate` is a datetime (ISO, or epoch milliseconds as text), shown to each HubSpot user in their own zone; its
 * UTC day is the date. callscribe writes noon UTC (`dateTimestamp`), the same day from UTC−11 to UTC+11.
 */
export function closeDateOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** Newest first, by `createdate` (ISO strings sort in time order). */
export const newestFirst = (a: HsObject, b: HsObject) => (b.properties.createdate ?? b.createdAt ?? '').localeCompare(a.properties.createdate ?? a.createdAt ?? '');

export function callProperties(input: CallLogInput, ownerId: string | null, now: Date): Record<string, string> {
  const playable = playableRecordingUrl(input.recordingUrl);
  const body = input.recordingUrl && !playable ? `${input.body}\n\nRecording: ${input.recordingUrl}` : input.body;
  const props: Record<string, string> = {
    [KEY_PROPERTY]: input.idempotencyKey,
    hs_timestamp: new Date(input.startedAt ?? now).toISOString(),
    hs_call_title: input.title,
    hs_call_body: bodyHtml(body),
    hs_call_duration: String(Math.max(0, Math.round(input.durationSec * 1000))),
    hs_call_status: 'COMPLETED',
  };
  if (input.direction) props.hs_call_direction = input.direction === 'inbound' ? 'INBOUND' : 'OUTBOUND';
  if (input.disposition) props.hs_call_disposition = CALL_DISPOSITION[input.disposition];
  if (playable) props.hs_call_recording_url = playable;
  if (ownerId) props.hubspot_owner_id = ownerId;
  return props;
}

/** What updateCallLog replaces: the title, and the body as HTML shortened to HubSpot's limit, as callProperties writes them. */
export function callUpdateProperties(input: { title: string; body: string }): Record<string, string> {
  return { hs_call_title: input.title, hs_call_body: bodyHtml(input.body) };
}

export function taskProperties(input: TaskInput, ownerId: string | null, now: Date): Record<string, string> {
  const props: Record<string, string> = {
    [KEY_PROPERTY]: input.idempotencyKey,
    hs_task_subject: input.subject,
    hs_task_body: taskBody(input.owner, input.dueDate),
    hs_timestamp: dueTimestamp(input.dueDate, now),
    hs_task_status: 'NOT_STARTED',
    hs_task_type: 'TODO',
  };
  if (ownerId) props.hubspot_owner_id = ownerId;
  return props;
}

/** The task properties updateTask reads, to write only those that differ. */
export const TASK_UPDATE_PROPERTIES = ['hs_task_subject', 'hs_task_body', 'hs_timestamp', 'hubspot_owner_id'];

/**
 * The properties of a task to PATCH for `change`, given the task as HubSpot holds it: those whose value differs.
 * The body is rewritten when `owner` is given, with the due date given, else the one the old body stated (if any).
 */
export function taskUpdateProperties(change: TaskChange, current: Record<string, string | null | undefined>, ownerId: string | null): Record<string, string> {
  const wanted: Record<string, string> = {};
  if (change.subject !== undefined) wanted.hs_task_subject = change.subject;
  if (change.owner !== undefined) wanted.hs_task_body = taskBody(change.owner, change.dueDate ?? current.hs_task_body?.match(STATED_DUE)?.[1] ?? null);
  if (ownerId) wanted.hubspot_owner_id = ownerId;
  const props = Object.fromEntries(Object.entries(wanted).filter(([name, value]) => (current[name] ?? '') !== value));
  if (change.dueDate !== undefined) {
    const due = dateTimestamp(change.dueDate);
    const held = current.hs_timestamp ? Date.parse(current.hs_timestamp) : NaN;
    if (held !== Date.parse(due)) props.hs_timestamp = due;
  }
  return props;
}

const TASK_OWNER: Record<TaskInput['owner'], string> = { rep: 'the rep', customer: 'the customer (follow up with them)', unknown: 'not stated in the call' };
/** The due date a task body states ("Due: 2026-11-20."). */
const STATED_DUE = /Due: (\d{4}-\d{2}-\d{2})\./;

/** A task's body: where the action item came from, whom it is for and, when known, its due date. */
function taskBody(owner: TaskInput['owner'], dueDate: string | null): string {
  return bodyHtml(`Action item from a recorded sales call.\nOwner: ${TASK_OWNER[owner]}.${dueDate ? `\nDue: ${dueDate}.` : ''}`);
}

/**
 * A task's `hs_timestamp` is its due time. A due *date* becomes noon UTC, which falls on that same calendar
 * day in every time zone from UTC−11 to UTC+11 (midnight UTC would show as the day before in the Americas).
 * Without a due date the task is due when it is created.
 */
export function dueTimestamp(dueDate: string | null, now: Date): string {
  return dueDate ? dateTimestamp(dueDate) : now.toISOString();
}

/** A calendar date as a HubSpot datetime: noon UTC of that day. */
export const dateTimestamp = (date: string): string => `${date}T12:00:00.000Z`;

/** HubSpot plays `hs_call_recording_url` inline and accepts only HTTPS links to .mp3/.wav; other links go in the body. */
function playableRecordingUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && /\.(mp3|wav)$/i.test(u.pathname) ? u.href : null;
  } catch {
    return null;
  }
}

/** Plain text → the HTML HubSpot expects in rich-text bodies (see `textToHtml`), shortened to HubSpot's limit. */
function bodyHtml(text: string): string {
  const html = textToHtml(text);
  return html.length <= BODY_LIMIT ? html : `${html.slice(0, BODY_LIMIT - 40).replace(/<[^>]*$/, '')}<p>… (shortened)</p>`;
}

/** "Decision Maker Bought-In" → "decisionmakerboughtin": how HubSpot's default stage labels relate to their ids. */
const labelKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');
const isStageKey = (s: string): s is StageKey => (STAGE_KEYS as readonly string[]).includes(s);

/**
 * The canonical key of a HubSpot stage: an explicit mapping first, then the stage id (the default pipeline's
 * ids are the canonical keys), then its label, then — for closed stages only — won (probability 1) or lost (0).
 */
export function stageKeyOf(pipeline: HsPipeline, stageId: string, stageMap: Record<string, StageKey>): StageKey | null {
  if (stageMap[stageId]) return stageMap[stageId];
  if (isStageKey(stageId)) return stageId;
  const stage = pipeline.stages.find((s) => s.id === stageId);
  if (!stage) return null;
  const byLabel = labelKey(stage.label);
  if (isStageKey(byLabel)) return byLabel;
  if (stage.metadata?.isClosed === 'true') {
    const p = Number(stage.metadata.probability);
    return p >= 1 ? 'closedwon' : p <= 0 ? 'closedlost' : null;
  }
  return null;
}

/** The id of the live stage in this pipeline that stands for `key`, or null. */
export function stageIdFor(pipeline: HsPipeline, key: StageKey, stageMap: Record<string, StageKey>): string | null {
  const live = pipeline.stages.filter((s) => !s.archived);
  const stage =
    live.find((s) => stageMap[s.id] === key) ??
    live.find((s) => s.id === key) ??
    live.find((s) => !stageMap[s.id] && labelKey(s.label) === key) ??
    onlyClosedStage(live, key);
  return stage?.id ?? null;
}

/** For closedwon / closedlost: the pipeline's one closed stage with probability 1 / 0, if there is exactly one. */
function onlyClosedStage(live: HsPipeline['stages'], key: StageKey) {
  if (key !== 'closedwon' && key !== 'closedlost') return undefined;
  const won = key === 'closedwon';
  const candidates = live.filter((s) => s.metadata?.isClosed === 'true' && (won ? Number(s.metadata.probability) >= 1 : Number(s.metadata.probability) <= 0));
  return candidates.length === 1 ? candidates[0] : undefined;
}

export const describeStages = (pipeline: HsPipeline) =>
  pipeline.stages
    .filter((s) => !s.archived)
    .map((s) => `${s.id} ("${s.label}")`)
    .join(', ');
