import type { Insights } from '../domain/insights.ts';
import { findingWrites } from '../domain/hygiene.ts';
import type { Applied, AuditEntry, Decision } from '../domain/review.ts';
import { emptyWorkCounts, type WorkCounts } from '../domain/time-saved.ts';
import { moveUndone } from '../domain/stage-undo.ts';
import { callLogBody, partiesOf } from './sync-format.ts';

/**
 * A decision whose approval made sync fix a field of a CRM record: a hygiene finding that writes (a
 * contact's or a deal's field the call contradicted, a task's missing due date). Each one applied is a `fieldFixed`.
 */
export const fixesAField = (d: Pick<Decision, 'kind' | 'finding'>): boolean => d.kind === 'crm_hygiene' && !!d.finding && findingWrites(d.finding.type);

/** What `countWork` reads: the call, its insights and what crm.json says was written and decided. */
export interface WorkSources {
  call: Pick<import('../domain/call.ts').Call, 'meta' | 'audio' | 'disposition'>;
  insights: Insights | null;
  crm: { contact: { id: string } | null; deal: { id: string } | null; callLog: { id: string } | null; tasks: readonly { subject: string }[] } | null;
  decisions: readonly Decision[];
  audit: readonly AuditEntry[];
}

/** Entries callscribe made itself (sync applying, STAGE_POLICY=auto approving), not a person's work. */
const byCallscribe = (e: AuditEntry) => e.by === 'sync' || e.by.startsWith('policy:');

/** The words of a text, lower-cased, without the punctuation around them (an e-mail or a date stays one word). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The text a value of the audit holds: a summary, key points, an item's text. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** Words in `after` that `before` did not have (as a multiset): what a person typed. */
export function wordsAdded(before: unknown, after: unknown): number {
  const had = new Map<string, number>();
  for (const w of words(textOf(before))) had.set(w, (had.get(w) ?? 0) + 1);
  let added = 0;
  for (const w of words(textOf(after))) {
    const n = had.get(w) ?? 0;
    if (n > 0) had.set(w, n - 1);
    else added += 1;
  }
  return added;
}

/**
 * Counts what callscribe wrote to the CRM for a call and what people changed afterwards.
 *
 * Written (each only once it is in the CRM, as crm.json records it):
 * - `callLog`: the call log; `callLogField`: its structured fields that were known (title, direction,
 *   start time, duration, outcome); `word`: the words of its body (summary, hand-off block, key points)
 *   and of every task's subject, less the words people typed in corrections (those are theirs);
 * - `association`: each link of the log and of every task to the contact and to the deal;
 * - `task`, and per task `taskOwner` (assigned to the rep: not counted while the rep is not a CRM user)
 *   and `taskDueDate` (when its item had a due date);
 * - `stageChange`: a deal-stage decision applied that moved the deal, unless a manager had it undone (`moveUndone`:
 *   the deal is back where it was, so nothing was saved); `fieldFixed`: an applied decision that `fixesAField`.
 * Corrected (the audit's entries by people, never sync's or the stage policy's):
 * - `edit`: a correction of the insights, or an approval with another value than proposed;
 *   `editedWord`: the words those typed (new words, not those kept);
 * - `rejection`: a proposal rejected, or an applied stage move a manager asked to undo (a rejection after the
 *   fact); `review`: a proposal approved as it stood (a choice among candidates with no single proposal is a review too).
 */
export function countWork({ call, insights, crm, decisions, audit }: WorkSources): WorkCounts {
  const counts = emptyWorkCounts();
  const w = counts.written;
  const c = counts.corrected;

  for (const e of audit) {
    if (byCallscribe(e)) continue;
    if (e.action === 'correct') {
      c.edit += 1;
      c.editedWord += wordsAdded(e.before, e.after);
    } else if (e.action === 'reject' || e.action === 'undo') {
      c.rejection += 1;
    } else if (e.action === 'approve') {
      const changed = e.before !== null && JSON.stringify(e.before) !== JSON.stringify(e.after);
      if (changed) {
        c.edit += 1;
        c.editedWord += wordsAdded(e.before, e.after);
      } else {
        c.review += 1;
      }
    }
  }

  if (!crm) return counts;
  const links = (crm.contact ? 1 : 0) + (crm.deal ? 1 : 0);
  let typedWords = 0;
  if (crm.callLog) {
    w.callLog = 1;
    w.callLogField = 1 + (call.meta.direction ? 1 : 0) + (call.meta.startedAt ? 1 : 0) + ((call.audio?.durationSec ?? 0) > 0 ? 1 : 0) + (call.disposition ? 1 : 0);
    w.association += links;
    const reliable = insights !== null && (!insights.transcriptQuality || insights.transcriptQuality.reliable);
    if (reliable) typedWords += words(callLogBody(insights, '', partiesOf(call))).length;
  }
  const ownerIsRep = !decisions.some((d) => d.kind === 'rep_not_in_crm');
  const dueOf = dueDates(insights, decisions);
  for (const task of crm.tasks) {
    w.task += 1;
    w.association += links;
    if (ownerIsRep) w.taskOwner += 1;
    if (dueOf.get(task.subject)) w.taskDueDate += 1;
    typedWords += words(task.subject).length;
  }
  w.word = Math.max(0, typedWords - c.editedWord);
  for (const d of decisions) {
    if (d.state !== 'approved' || !d.applied) continue;
    if (d.kind === 'deal_stage' && stageMoved(d.applied) && !moveUndone(d)) w.stageChange += 1;
    if (fixesAField(d)) w.fieldFixed += 1;
  }
  return counts;
}

/**
 * Whether an applied stage decision moved the deal: `changed`, which sync records with every stage write; a decision
 * applied before it did has only its result's words ("moved to", or "already at" when the deal was there).
 */
function stageMoved(applied: Applied): boolean {
  return applied.changed ?? /\bmoved to\b/.test(applied.result);
}

/** Each task subject's due date, from the call's action items and the items approved on review. */
function dueDates(insights: Insights | null, decisions: readonly Decision[]): Map<string, string | null> {
  const due = new Map<string, string | null>();
  for (const a of insights?.actionItems ?? []) due.set(a.text, a.dueDate);
  for (const d of decisions) {
    for (const item of [d.item, d.approvedItem]) if (item) due.set(item.text, item.dueDate);
  }
  return due;
}
