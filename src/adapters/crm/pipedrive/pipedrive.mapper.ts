import type { StageKey } from '../../../domain/insights.ts';
import { escapeHtml, textToHtml } from '../html.ts';
import type { CallLogInput, CrmContact, CrmDeal, DealStage, TaskChange, TaskInput } from '../../../ports/crm.ts';
import type { PipedriveSettings } from './pipedrive.config.ts';
import type { PdActivity, PdDeal, PdPersonHit, PdStage } from './pipedrive.schemas.ts';

/**
 * Default stage names → canonical keys, for pipelines without a `stageMap`. Pipedrive's default pipeline is
 * Qualified → Contact Made → Demo Scheduled → Proposal Made → Negotiations Started; it is mapped in order onto
 * HubSpot's five open stages (a judgement call: override it with `stageMap`), first to first, so a move forward in
 * callscribe is never a move back in Pipedrive ("Qualified" is not `qualifiedtobuy`). A stage named like a canonical
 * key ("Contract sent", "Decision maker bought in") maps to that key. Won and lost are deal statuses.
 */
export const STAGE_NAMES: Record<string, Exclude<StageKey, 'closedwon' | 'closedlost'>> = {
  qualified: 'appointmentscheduled',
  contactmade: 'qualifiedtobuy',
  demoscheduled: 'presentationscheduled',
  proposalmade: 'decisionmakerboughtin',
  negotiationsstarted: 'contractsent',
  appointmentscheduled: 'appointmentscheduled',
  qualifiedtobuy: 'qualifiedtobuy',
  presentationscheduled: 'presentationscheduled',
  decisionmakerboughtin: 'decisionmakerboughtin',
  contractsent: 'contractsent',
};

const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const mappedIds = (v: number | number[] | undefined) => (v === undefined ? [] : [v].flat());

/** Pipedrive ids are positive integers; anything else cannot name a Pipedrive record. */
export const toPipedriveId = (id: string | null | undefined): number | null => (typeof id === 'string' && /^[1-9]\d{0,14}$/.test(id) ? Number(id) : null);

/** The canonical key of a deal: its status when closed, else its stage by `stageMap`, then by name. */
export function stageKeyOf(deal: PdDeal, stages: PdStage[], stageMap: PipedriveSettings['stageMap']): StageKey | null {
  if (deal.status === 'won') return 'closedwon';
  if (deal.status === 'lost') return 'closedlost';
  for (const [key, ids] of Object.entries(stageMap)) if (mappedIds(ids).includes(deal.stage_id ?? -1)) return key as StageKey;
  const stage = stages.find((s) => s.id === deal.stage_id);
  return stage ? (STAGE_NAMES[nameKey(stage.name)] ?? null) : null;
}

/** The live stage of `pipelineId` that stands for an open-stage key, or null. */
export function stageIdFor(pipelineId: number, key: StageKey, stages: PdStage[], stageMap: PipedriveSettings['stageMap']): number | null {
  const live = stages.filter((s) => s.pipeline_id === pipelineId && !s.is_deleted);
  const mapped = mappedIds(stageMap[key as keyof typeof stageMap]);
  const explicit = live.find((s) => mapped.includes(s.id));
  if (explicit) return explicit.id;
  const claimed = new Set(Object.values(stageMap).flatMap(mappedIds));
  return live.find((s) => !claimed.has(s.id) && STAGE_NAMES[nameKey(s.name)] === key)?.id ?? null;
}

export const describeStages = (pipelineId: number, stages: PdStage[]) =>
  stages
    .filter((s) => s.pipeline_id === pipelineId && !s.is_deleted)
    .map((s) => `${s.id} ("${s.name}")`)
    .join(', ');

export function toContact(p: PdPersonHit): CrmContact {
  return { id: String(p.id), name: p.name || null, email: p.emails?.[0] || null, phone: p.phones?.[0] || null, company: p.organization?.name || null };
}

/** The body of `POST /api/v2/persons`: v2 takes e-mails and phones as `{value, primary, label}` objects. */
export function newPerson(name: string, email: string | null, phone: string | null): Record<string, unknown> {
  return {
    name: name.slice(0, 255),
    ...(email && { emails: [{ value: email, primary: true, label: 'work' }] }),
    ...(phone && { phones: [{ value: phone, primary: true, label: 'work' }] }),
  };
}

export function toDeal(d: PdDeal, stage: DealStage): CrmDeal {
  return {
    id: String(d.id),
    name: d.title ?? '',
    ...stage,
    contactIds: d.person_id ? [String(d.person_id)] : [],
    open: d.status === 'open',
    updatedAt: pipedriveTime(d.update_time ?? d.add_time),
    // Pipedrive keeps 0 for a deal whose value was never set: that is no amount.
    amount: d.value || null,
    currency: d.currency || null,
    closeDate: d.expected_close_date || null,
  };
}

/** A Pipedrive time as ISO: v2 answers RFC 3339, v1 "YYYY-MM-DD HH:MM:SS" in UTC; null when absent or unreadable. */
export function pipedriveTime(t: string | null | undefined): string | null {
  if (!t) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(t) ? `${t.replace(' ', 'T')}Z` : t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The primary value of a person's e-mails or phones (flagged, else the first). */
export const primaryOf = (items: { value: string; primary?: boolean | null }[] | null | undefined): string | null =>
  items?.find((i) => i.primary)?.value ?? items?.[0]?.value ?? null;

/** A person's list with `value` as its primary entry, the others kept (not primary); unchanged order otherwise. */
export function withPrimary(items: { value: string; primary?: boolean | null; label?: string | null }[] | null | undefined, value: string) {
  const rest = (items ?? []).filter((i) => i.value.toLowerCase() !== value.toLowerCase()).map((i) => ({ value: i.value, primary: false, label: i.label ?? 'work' }));
  return [{ value, primary: true, label: 'work' }, ...rest];
}

/** Newest first by `add_time` ("YYYY-MM-DD HH:MM:SS" in v1, ISO in v2: both sort in time order), then id. */
export const newestFirst = (a: PdDeal, b: PdDeal) => (b.add_time ?? '').localeCompare(a.add_time ?? '') || b.id - a.id;

/**
 * The marker that makes writes exactly-once: Pipedrive has neither an idempotency header nor upsert by an
 * external id, and a custom activity field would need admin rights to create. So the key goes on the last
 * line of the note, where a person can see (and must not edit) it, and a write first lists the activities of
 * the same deal / person / owner looking for it. Trade-offs: a list per write (cost 20 of the daily budget),
 * a window where two concurrent workers both miss it (the queue runs one job per call), a replay that names a
 * different deal / person looks in the wrong place, and a person deleting the marker line makes a replay log
 * the call again. Only the text `[callscribe:KEY]` is matched, so Pipedrive rewriting the note's tags is harmless.
 */
export const keyMarker = (key: string) => `[callscribe:${escapeHtml(key)}]`;
export const hasMarker = (note: string | null | undefined, key: string) => !!note && note.includes(keyMarker(key));

const DISPOSITION: Record<NonNullable<CallLogInput['disposition']>, string> = {
  connected: 'Connected',
  left_voicemail: 'Left voicemail',
  no_answer: 'No answer',
};

/** Pipedrive notes are HTML; this bounds them well under its limit. */
const NOTE_LIMIT = 60_000;

/** `due_date` and `due_time` together are the call's start in UTC (Pipedrive reads `due_time` as UTC and shows it in each user's zone). */
export function callActivity(input: CallLogInput, ids: { person: number | null; deal: number | null; owner: number | null }, now: Date): Record<string, unknown> {
  const at = new Date(input.startedAt ?? now);
  const facts = [
    input.direction && `Direction: ${input.direction}`,
    input.disposition && `Outcome: ${DISPOSITION[input.disposition]}`,
    input.recordingUrl && `Recording: ${input.recordingUrl}`,
  ].filter(Boolean);
  const note = `${textToHtml(input.body)}${facts.length ? `<p>${facts.map((f) => escapeHtml(String(f))).join('<br>')}</p>` : ''}`;
  return {
    subject: input.title.slice(0, 255),
    type: 'call',
    done: true,
    due_date: at.toISOString().slice(0, 10),
    due_time: at.toISOString().slice(11, 16),
    duration: hhmm(input.durationSec),
    note: withMarker(note, input.idempotencyKey),
    ...(ids.owner && { owner_id: ids.owner }),
    ...(ids.person && { person_id: ids.person, participants: [{ person_id: ids.person, primary: true }] }),
    ...(ids.deal && { deal_id: ids.deal }),
  };
}

/**
 * The end of a call's note that callActivity wrote after the summary: the facts paragraph (only the values it
 * writes) and the key marker. Matched on the text, so Pipedrive re-serialising `<br>` as `<br/>` is harmless.
 */
const NOTE_TAIL = /(?:<p>(?:(?:Direction: (?:inbound|outbound)|Outcome: (?:Connected|Left voicemail|No answer)|Recording: [^<\s]+)(?:<br\s*\/?>)?)+<\/p>)?<p>\[callscribe:[^\]<]*\]<\/p>\s*$/;
const MARKER = /\[callscribe:[^\]<]*\]/;

/**
 * The PATCH body of updateCallLog: the new subject, and a note with the new summary in place of the old one.
 * The old note's facts and key marker are kept, so a replayed logCall still finds this activity; a note whose
 * end was edited keeps at least its marker. A replay yields the same body.
 */
export function callActivityUpdate(input: { title: string; body: string }, oldNote: string | null | undefined): Record<string, unknown> {
  const tail = oldNote?.match(NOTE_TAIL)?.[0] ?? (oldNote?.match(MARKER) ? `<p>${oldNote.match(MARKER)![0]}</p>` : '');
  return { subject: input.title.slice(0, 255), note: withTail(textToHtml(input.body), tail) };
}

/** A to-do activity. With no due date said in the call, none is sent: Pipedrive keeps activities without a date. */
export function taskActivity(input: TaskInput, ids: { person: number | null; deal: number | null; owner: number | null }): Record<string, unknown> {
  return {
    subject: input.subject.slice(0, 255),
    type: 'task',
    done: false,
    ...(input.dueDate && { due_date: input.dueDate }),
    note: withMarker(taskNote(input.owner), input.idempotencyKey),
    ...(ids.owner && { owner_id: ids.owner }),
    ...(ids.person && { person_id: ids.person, participants: [{ person_id: ids.person, primary: true }] }),
    ...(ids.deal && { deal_id: ids.deal }),
  };
}

/**
 * The PATCH body of updateTask for `change`, given the activity as Pipedrive holds it: the fields whose value differs.
 * The note says whom the item is for; its key marker stays, so createTask with the original key still finds it.
 */
export function taskActivityUpdate(change: TaskChange, current: PdActivity, ownerId: number | null): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (change.subject !== undefined && current.subject !== change.subject.slice(0, 255)) body.subject = change.subject.slice(0, 255);
  if (change.dueDate !== undefined && current.due_date !== change.dueDate) body.due_date = change.dueDate;
  if (ownerId && current.owner_id !== ownerId) body.owner_id = ownerId;
  if (change.owner !== undefined) {
    const marker = current.note?.match(MARKER)?.[0];
    const note = withTail(taskNote(change.owner), marker ? `<p>${marker}</p>` : '');
    if (!sameHtml(current.note ?? '', note)) body.note = note;
  }
  return body;
}

const taskNote = (owner: TaskInput['owner']) =>
  textToHtml(`Action item from a recorded sales call.\nOwner: ${{ rep: 'the rep', customer: 'the customer (follow up with them)', unknown: 'not stated in the call' }[owner]}.`);

/** Pipedrive may give back `<br>` as `<br/>`: the same note either way. */
const sameHtml = (a: string, b: string) => a.replace(/<br\s*\/?>/g, '<br>') === b.replace(/<br\s*\/?>/g, '<br>');

const withMarker = (html: string, key: string) => withTail(html, `<p>${keyMarker(key)}</p>`);

/** `html` shortened so that it and `tail` fit the note limit, then `tail`. */
function withTail(html: string, tail: string): string {
  const room = NOTE_LIMIT - tail.length;
  return `${html.length <= room ? html : `${html.slice(0, room - 40).replace(/<[^>]*$/, '')}<p>… (shortened)</p>`}${tail}`;
}

/** Seconds → Pipedrive's "HH:MM" duration, rounded up to a whole minute (a 35 s call is "00:01"). */
export function hhmm(seconds: number): string {
  const minutes = Math.max(0, Math.ceil(seconds / 60));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
