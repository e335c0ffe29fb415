import { z } from 'zod';
import { Finding, FINDING_NOTED, FindingField } from './hygiene.ts';
import { Evidence, Owner, STAGE_KEYS, StageKey } from './insights.ts';

/**
 * What a person decides about a call, as crm.json records it. Sync proposes decisions; people approve
 * or reject them (optionally with another value); sync applies what was approved, once, and never
 * re-derives or resets a decided item. Kinds:
 * - `deal_stage`: move the deal to `proposed` (a canonical stage key); the value may name another stage. When the CRM
 *   refuses the approved change for this one deal (kind `forbidden`: the integration user may see the deal but not
 *   change it; or any other permanent refusal but bad credentials: a closed deal, a stage its pipeline lacks), sync hands it back: pending again, `refused` saying why, its reason starting `DEAL_STAGE_REFUSED`; the
 *   call log and tasks stay written, and the call waits at `needs_review` for a person to approve again (once the deal
 *   may be changed) or reject. Such a decision is neither refreshed by a re-run nor approved again by STAGE_POLICY=auto.
 * - `choose_contact`: the customer matches several CRM contacts; the value is one of the options.
 * - `unknown_contact`: no contact matches; the value is `create` (when the CRM can create contacts) or a
 *   contact id.
 * - `choose_deal`: the contact has several open deals (or none, though the call suggests moving one);
 *   the value is one of the options, or a deal id when there are none.
 * - `rerun_action_item`: processing a synced call again found an action item not in the CRM; the value
 *   may correct its text, owner or due date before it is written.
 * - `transcript_unreliable`: the transcript was too unreliable to summarise, so nothing was extracted
 *   and the call log says so; a person listens to the call (and may write its summary on the call
 *   page, which updates the call log) and approves, `checked`, or rejects to leave it as it is.
 * - `rep_not_in_crm`: the call's rep maps to no CRM user (no active user has the rep's e-mail, or no rep e-mail
 *   came with the call), so the call log and tasks are owned by the integration user; a person notes it (approves,
 *   `noted`, typically after adding the rep as a user or fixing the rep's e-mail for later calls) or rejects it.
 * - `crm_hygiene`: a problem with the CRM's records the call met (`finding`, see hygiene.ts): duplicates, a field the
 *   call contradicts, an action item with no due date, a stale deal. It never holds the call (`done` while it is
 *   pending): approving a field fix writes it to the contact once, a due date goes onto the task, the rest is `noted`.
 */
export const DECISION_KINDS = ['deal_stage', 'choose_contact', 'unknown_contact', 'choose_deal', 'rerun_action_item', 'transcript_unreliable', 'rep_not_in_crm', 'crm_hygiene'] as const;
export const DecisionKind = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const DecisionState = z.enum(['pending', 'approved', 'rejected']);
export type DecisionState = z.infer<typeof DecisionState>;

export const ProposedItem = z.object({ text: z.string().min(1), owner: Owner, dueDate: z.iso.date().nullable() });
export type ProposedItem = z.infer<typeof ProposedItem>;

export const DecisionOption = z.object({
  value: z.string(),
  label: z.string(),
  /** The record in the CRM, when the adapter can link to it. */
  url: z.string().nullable().default(null),
});
export type DecisionOption = z.infer<typeof DecisionOption>;

/**
 * What sync did with something a person asked of the CRM: when, `result` in words, and `wrote`, the CRM record it
 * changed and how (null when it changed none; absent on records written before callscribe kept it). `changed`, for a
 * stage move: whether the write changed the deal (false: the deal was at that stage already); absent on records
 * written before callscribe kept it, which count as changed. `before`, for a stage move: the deal's stage just before
 * the write, as the CRM said then (null: one callscribe's stages do not map); an undo moves it back there. Absent on
 * records written before callscribe kept it: the stage when the call was processed (`from`) stands in.
 */
export const Applied = z.object({
  at: z.string(),
  result: z.string(),
  wrote: z.object({ kind: z.enum(['contact', 'deal', 'task']), id: z.string(), change: z.string() }).nullable().optional(),
  changed: z.boolean().optional(),
  before: z.string().nullable().optional(),
});
export type Applied = z.output<typeof Applied>;

/**
 * For `deal_stage`: a manager asked to move the deal back to the stage it had before an approved move was written
 * (see `stageUndoRefusal`), and once sync has handled it, what it did (`applied`: `wrote` null when it wrote nothing,
 * its `result` saying why: the deal is gone, someone moved it since, the CRM refused).
 */
export const StageUndo = z.object({
  requestedBy: z.string(),
  requestedAt: z.string(),
  note: z.string().nullable().default(null),
  applied: Applied.nullable().default(null),
});
export type StageUndo = z.output<typeof StageUndo>;

export const Decision = z.object({
  /** Stable within the call: `contact`, `deal`, `deal-stage`, `task-<key hash>`. */
  id: z.string(),
  kind: DecisionKind,
  /** The proposed value: a stage key, a contact or deal id, `create`, an item's text; null when there is no single proposal. */
  proposed: z.string().nullable(),
  /** For `deal_stage`, the deal's stage when the call was processed. */
  from: z.string().nullable().default(null),
  /** For `rerun_action_item`: the item as proposed. */
  item: ProposedItem.nullable().default(null),
  options: z.array(DecisionOption),
  evidence: z.array(Evidence),
  reason: z.string(),
  state: DecisionState,
  /** What was approved: an option's value, another stage, or (for items) the item as corrected. */
  value: z.string().nullable().default(null),
  approvedItem: ProposedItem.nullable().default(null),
  decidedBy: z.string().nullable().default(null),
  decidedAt: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  /**
   * When sync wrote the approved value to the CRM (or found nothing left to write), and what it did: see `Applied`.
   * The erasure answer lists these.
   */
  applied: Applied.nullable().default(null),
  createdAt: z.string(),
  /** For `crm_hygiene`: what was found. */
  finding: Finding.optional(),
  /**
   * For `deal_stage`: the CRM's last refusal of the approved change (its error code and message), which handed the
   * decision back to a person. Absent when the CRM never refused it.
   */
  refused: z.object({ at: z.string(), code: z.string(), message: z.string() }).optional(),
  /** For `deal_stage`: an undo of the applied move a manager asked for. Absent when none was asked. */
  undo: StageUndo.optional(),
});
export type Decision = z.output<typeof Decision>;

/** Whether a pending decision holds the call at `needs_review`: all but hygiene findings, which only propose. */
export const holdsCall = (d: Pick<Decision, 'kind'>): boolean => d.kind !== 'crm_hygiene';

export const AuditEntry = z.object({
  at: z.string(),
  /** A principal (e-mail or `key:<id>`), or `sync` / `policy:auto` for what callscribe did itself. */
  by: z.string(),
  action: z.enum(['approve', 'reject', 'apply', 'correct', 'retry', 'undo']),
  /** A decision id, the corrected field (`insights.summary`, `insights.actionItems[2]`), or a CRM task sync brought in line with its corrected item (`task:<id>`). */
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  note: z.string().nullable().default(null),
});
export type AuditEntry = z.output<typeof AuditEntry>;

export const Review = z.object({
  decisions: z.array(Decision),
  /** Append-only. */
  audit: z.array(AuditEntry),
});
export type Review = z.output<typeof Review>;

export const emptyReview = (): Review => ({ decisions: [], audit: [] });

/** The id and value of the decision about an unreliable transcript. */
export const TRANSCRIPT_DECISION_ID = 'transcript';
export const TRANSCRIPT_CHECKED = 'checked';

/** The id and value of the decision about records owned by the integration user because the rep is not a CRM user. */
export const OWNER_DECISION_ID = 'owner';
export const OWNER_NOTED = 'noted';

/** The id of the decision about an action item found on a re-run, from its task's idempotency key. */
export const taskDecisionId = (taskKey: string): string => `task-${taskKey.split(':').pop()}`;
/** The task's idempotency key back from its decision's id. */
export const taskKeyOfDecision = (callId: string, decisionId: string): string => `${callId}:task:${decisionId.slice('task-'.length)}`;

/**
 * Who may decide it. A manager decides everything. A rep decides on their own calls what only picks
 * among what the CRM offered (a contact or deal among the candidates), adds their own action items or
 * says they checked an unreliable transcript or noted that their records are not theirs in the CRM; moving a deal and naming a record by id (or creating one)
 * stay with a manager.
 */
export function mayDecide(role: 'rep' | 'manager', d: Pick<Decision, 'kind' | 'options' | 'finding'>): boolean {
  if (role === 'manager') return true;
  // A rep notes what they saw and dates their own action items; changing a contact's or a deal's field is a manager's.
  if (d.kind === 'crm_hygiene') return d.finding?.type !== 'field_contradicted';
  return (
    d.kind === 'choose_contact' || d.kind === 'rerun_action_item' || d.kind === 'transcript_unreliable' || d.kind === 'rep_not_in_crm' || (d.kind === 'choose_deal' && d.options.length > 0)
  );
}

/** The value a reviewer may send for a decision of this kind, checked before anything changes. */
export function checkDecisionValue(d: Decision, value: unknown, canCreateContact: boolean): { ok: true; value: string | null; item: ProposedItem | null } | { ok: false; code: string; message: string } {
  const bad = (code: string, message: string) => ({ ok: false as const, code, message });
  if (d.kind === 'rerun_action_item') {
    const base = d.item ?? { text: d.proposed ?? '', owner: 'unknown' as const, dueDate: null };
    if (value === undefined || value === null) return { ok: true, value: null, item: base };
    const parsed = ProposedItem.partial().strict().safeParse(value);
    if (!parsed.success) {
      const dueDate = parsed.error.issues.some((i) => i.path[0] === 'dueDate');
      return dueDate
        ? bad('DUE_DATE_INVALID', `Decision ${d.id}: dueDate must be a date as YYYY-MM-DD, or null.`)
        : bad('VALUE_INVALID', `Decision ${d.id}: the value may set text (non-empty), owner (rep, customer or unknown) and dueDate (YYYY-MM-DD or null).`);
    }
    return { ok: true, value: null, item: { ...base, ...parsed.data } };
  }
  if (value === undefined || value === null) {
    if (d.proposed === null) return bad('VALUE_REQUIRED', `Decision ${d.id} has no single proposal: send a value (${describeOptions(d)}).`);
    if (d.kind === 'unknown_contact' && d.proposed === 'create' && !canCreateContact) {
      return bad('VALUE_REQUIRED', `This CRM cannot create contacts from callscribe: send the id of an existing contact as the value.`);
    }
    return { ok: true, value: d.proposed, item: null };
  }
  if (typeof value !== 'string' || !value.trim()) return bad('VALUE_INVALID', `Decision ${d.id}: the value must be a non-empty string.`);
  const v = value.trim();
  switch (d.kind) {
    case 'deal_stage':
      if (!StageKey.safeParse(v).success) return bad('STAGE_INVALID', `"${v}" is not a canonical stage; choose one of ${STAGE_KEYS.join(', ')}.`);
      return { ok: true, value: v, item: null };
    case 'choose_contact':
      if (!d.options.some((o) => o.value === v)) return bad('VALUE_NOT_AN_OPTION', `Decision ${d.id}: choose one of ${describeOptions(d)}.`);
      return { ok: true, value: v, item: null };
    case 'choose_deal':
      if (d.options.length && !d.options.some((o) => o.value === v)) return bad('VALUE_NOT_AN_OPTION', `Decision ${d.id}: choose one of ${describeOptions(d)}.`);
      return { ok: true, value: v, item: null };
    case 'transcript_unreliable':
      if (v !== TRANSCRIPT_CHECKED) return bad('VALUE_INVALID', `Decision ${d.id}: approve it without a value (or with "${TRANSCRIPT_CHECKED}") once you have checked the call.`);
      return { ok: true, value: v, item: null };
    case 'rep_not_in_crm':
      if (v !== OWNER_NOTED) return bad('VALUE_INVALID', `Decision ${d.id}: approve it without a value (or with "${OWNER_NOTED}") once noted.`);
      return { ok: true, value: v, item: null };
    case 'crm_hygiene':
      return checkFindingValue(d, v);
    case 'unknown_contact':
      if (v === 'create' && !canCreateContact) return bad('VALUE_INVALID', 'This CRM cannot create contacts from callscribe: send the id of an existing contact.');
      if (v === 'create' && d.proposed !== 'create' && !d.options.some((o) => o.value === 'create')) {
        return bad('VALUE_INVALID', 'A contact cannot be created for this customer: the call has no phone or e-mail to find it by again. Send the id of an existing contact.');
      }
      return { ok: true, value: v, item: null };
  }
}

function checkFindingValue(d: Decision, v: string): { ok: true; value: string; item: null } | { ok: false; code: string; message: string } {
  const ok = { ok: true as const, value: v, item: null };
  switch (d.finding?.type) {
    case 'due_date_missing':
      return z.iso.date().safeParse(v).success ? ok : { ok: false, code: 'DUE_DATE_INVALID', message: `Decision ${d.id}: give the due date as YYYY-MM-DD.` };
    case 'field_contradicted': {
      const field = FindingField.parse(d.finding.field);
      const invalid = (what: string) => ({ ok: false as const, code: 'VALUE_INVALID', message: `Decision ${d.id}: ${what}` });
      if (v.length > 200) return invalid(`the ${field} must be at most 200 characters.`);
      if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return invalid(`"${v}" is not an e-mail address.`);
      if (field === 'phone' && (v.replace(/\D/g, '').length < 7 || /[^\d\s()+.-]/.test(v))) return invalid(`"${v}" is not a phone number.`);
      if (field === 'amount') {
        // Typed as people write sums ("$48,000"), kept as the plain number the CRM takes.
        const plain = v.replace(/^[$€£]\s*/, '').replace(/,(?=\d{3}\b)/g, '');
        return /^\d{1,13}(?:\.\d{1,2})?$/.test(plain) ? { ...ok, value: plain } : invalid(`give the amount as a number (digits, and cents after a dot), not "${v}".`);
      }
      if (field === 'closeDate' && !z.iso.date().safeParse(v).success) return invalid('give the close date as YYYY-MM-DD.');
      return ok;
    }
    default:
      return v === FINDING_NOTED ? ok : { ok: false, code: 'VALUE_INVALID', message: `Decision ${d.id}: approve it without a value (or with "${FINDING_NOTED}") once noted.` };
  }
}

function describeOptions(d: Decision): string {
  if (d.options.length) return d.options.map((o) => o.value).join(', ');
  if (d.kind === 'deal_stage') return 'a stage key';
  if (d.finding?.type === 'due_date_missing' || (d.finding?.type === 'field_contradicted' && d.finding.field === 'closeDate')) return 'a date as YYYY-MM-DD';
  if (d.finding?.type === 'field_contradicted' && d.finding.field) return `the new ${d.finding.field}`;
  return 'an id';
}
