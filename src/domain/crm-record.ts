import { z } from 'zod';
import { ProposedItem, Review, taskDecisionId, type Decision } from './review.ts';

/**
 * crm.json: what sync wrote to the CRM (external ids, recorded as soon as each exists, so a resumed
 * sync never writes twice) and the call's review: the decisions that wait for, or were made by, a
 * person, with their audit trail.
 */
export const CrmRecord = z.preprocess(
  migrateCrmRecord,
  z.object({
    schemaVersion: z.literal(1),
    adapter: z.string(),
    contact: z.object({ id: z.string(), matchedBy: z.enum(['meta', 'phone_or_email', 'created', 'review']) }).nullable(),
    /** `name`: the deal's name as the CRM gave it when the deal was matched (absent when it was not read then, and on older records). */
    deal: z.object({ id: z.string(), matchedBy: z.enum(['meta', 'open_deal', 'review']), name: z.string().optional() }).nullable(),
    /** `stale`: a person corrected the insights after the log was written; sync updates it in place. */
    callLog: z.object({ id: z.string(), stale: z.boolean().default(false) }).nullable(),
    tasks: z.array(
      z.object({
        key: z.string(),
        id: z.string(),
        subject: z.string(),
        /** Keys of the same task after its item was corrected, so a correction is not a new task. */
        aliases: z.array(z.string()).default([]),
        /** The item as callscribe last wrote it onto the task; null for tasks written before this was recorded. */
        written: ProposedItem.nullable().default(null),
        /** The item as a person corrected it, until sync has brought the task in line with it (then null). */
        correction: ProposedItem.nullable().default(null),
      }),
    ),
    /**
     * Idempotency keys of the creates sync has asked the CRM for (the call log, tasks, a contact), each recorded before it
     * is sent. One whose id is not recorded here may exist in the CRM all the same (its answer was lost, or the id's save
     * failed), so its retry tells the adapter (CreateAttempt.attemptedBefore).
     */
    createsSent: z.array(z.string()).default([]),
    review: Review.default({ decisions: [], audit: [] }),
    /** When a sync last ran to the end; later runs add no new action items without review. */
    syncedAt: z.string().nullable().default(null),
    updatedAt: z.string(),
  }),
);
export type CrmRecord = z.output<typeof CrmRecord>;

/**
 * crm.json files written before the review model kept the deal stage's state in `stage`, the
 * re-run's action items in `pendingTasks` and free-text `review.reasons`. The first two become
 * decisions. A record still waiting for its contact (or its deal) becomes a decision a person can
 * answer with the record's id, carrying the old reasons, so the call never waits with nothing to decide.
 */
function migrateCrmRecord(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('stage' in raw || 'pendingTasks' in raw)) return raw;
  const { stage, pendingTasks, review: old, ...rest } = raw as {
    stage?: { proposed: string | null; from: string | null; state: string; reason: string | null };
    pendingTasks?: { key: string; subject: string; owner: 'rep' | 'customer' | 'unknown'; dueDate: string | null }[];
    review?: { state?: string; reasons?: string[] } | null;
    updatedAt?: string;
    contact?: unknown;
    deal?: unknown;
  };
  const at = rest.updatedAt ?? new Date(0).toISOString();
  const decisions: Partial<Decision>[] = [];
  const waiting = old?.state === 'pending' ? (old.reasons ?? []).join(' ') : '';
  if (waiting && !rest.contact) {
    decisions.push({ id: 'contact', kind: 'unknown_contact', proposed: null, options: [], evidence: [], reason: `${waiting} Give the CRM contact's id.`, state: 'pending', createdAt: at });
  } else if (waiting && !rest.deal && /\bdeals?\b/i.test(waiting)) {
    decisions.push({ id: 'deal', kind: 'choose_deal', proposed: null, options: [], evidence: [], reason: `${waiting} Give the deal's id, or reject to log the call without one.`, state: 'pending', createdAt: at });
  }
  if (stage?.proposed && (stage.state === 'pending_review' || stage.state === 'applied')) {
    const applied = stage.state === 'applied';
    decisions.push({
      id: 'deal-stage', kind: 'deal_stage', proposed: stage.proposed, from: stage.from, options: [], evidence: [],
      reason: stage.reason ?? '', state: applied ? 'approved' : 'pending', value: applied ? stage.proposed : null,
      decidedBy: applied ? 'policy:auto' : null, decidedAt: applied ? at : null, applied: applied ? { at, result: `deal moved to ${stage.proposed}` } : null, createdAt: at,
    });
  }
  for (const t of pendingTasks ?? []) {
    const item = { text: t.subject, owner: t.owner, dueDate: t.dueDate };
    decisions.push({ id: taskDecisionId(t.key), kind: 'rerun_action_item', proposed: t.subject, item, options: [], evidence: [], reason: 'Processing the call again found this action item, not in the CRM.', state: 'pending', createdAt: at });
  }
  return { ...rest, review: { decisions, audit: [] } };
}
