import { z } from 'zod';
import type { CrmRecord } from '../domain/crm-record.ts';
import { checkDecisionValue, mayDecide, type AuditEntry } from '../domain/review.ts';
import { permanent } from '../errors/app-error.ts';

/** `POST /v1/calls/:id/review`'s body. */
export const ReviewRequest = z
  .object({
    decisions: z
      .array(
        z
          .object({
            id: z.string().min(1).max(200),
            decision: z.enum(['approve', 'reject']),
            /** A stage key, an option's value, a contact or deal id, or `{ text, owner, dueDate }` for an action item. */
            value: z.union([z.string().max(500), z.record(z.string(), z.unknown()), z.null()]).optional(),
            note: z.string().max(2000).optional(),
            /**
             * Approving an unreliable transcript's decision (`transcript_unreliable`): the call's summary as the
             * reviewer wrote it after listening; it replaces the insights' summary and so the CRM's call log.
             * Required unless the call already has a summary; refused with any other decision.
             */
            summary: z.string().trim().min(1).max(5000).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/**
 * Records a reviewer's decisions on crm.json, all or nothing: every id must name a pending decision
 * and every value must fit its kind, else nothing changes. Each decision gets who, when and the note,
 * and the audit one entry per decision (before → after). Sync applies what was approved.
 */
export function recordDecisions(record: CrmRecord, request: ReviewRequest, who: { principal: string; role: 'rep' | 'manager' }, now: Date, opts: { canCreateContact: boolean }): void {
  const seen = new Set<string>();
  const checked = request.decisions.map((r) => {
    const d = record.review.decisions.find((x) => x.id === r.id);
    if (!d) throw permanent('DECISION_UNKNOWN', `This call has no review decision "${r.id}"; its decisions are ${record.review.decisions.map((x) => x.id).join(', ') || 'none'}.`);
    if (seen.has(r.id)) throw permanent('DECISION_REPEATED', `Decision "${r.id}" appears twice in the request.`);
    seen.add(r.id);
    if (d.state !== 'pending') throw permanent('REVIEW_NOT_PENDING', `Decision "${r.id}" was already ${d.state} by ${d.decidedBy ?? 'someone'} at ${d.decidedAt ?? '?'}.`);
    if (!mayDecide(who.role, d)) throw permanent('AUTH_FORBIDDEN', `Decision "${r.id}" is a manager's to make (moving a deal, or naming or creating a CRM record).`);
    if (r.summary !== undefined && (d.kind !== 'transcript_unreliable' || r.decision !== 'approve')) {
      throw permanent('VALUE_INVALID', `Decision "${r.id}": a summary goes only with approving an unreliable transcript's decision.`);
    }
    if (r.decision === 'reject') return { d, r, value: null, item: null };
    const v = checkDecisionValue(d, r.value, opts.canCreateContact);
    if (!v.ok) throw permanent(v.code, v.message);
    return { d, r, value: v.value, item: v.item };
  });
  const at = now.toISOString();
  for (const { d, r, value, item } of checked) {
    d.state = r.decision === 'approve' ? 'approved' : 'rejected';
    d.value = value;
    d.approvedItem = item;
    d.decidedBy = who.principal;
    d.decidedAt = at;
    d.note = r.note?.trim() || null;
    const entry: AuditEntry = {
      at, by: who.principal, action: r.decision, target: d.id,
      before: d.item ?? d.proposed,
      after: r.decision === 'reject' ? null : (item ?? value),
      note: d.note,
    };
    record.review.audit.push(entry);
  }
  record.updatedAt = at;
}

/**
 * The summary an approval of an unreliable transcript's decision writes (null: none to write). Approving says
 * the call was checked and the CRM's call log should carry what it said, so it needs a summary: the one sent
 * with it, else the call's own (written earlier as a correction); with neither it is refused (`VALUE_REQUIRED`),
 * and rejecting is how a reviewer leaves the call unsummarised.
 */
export function summaryOfApproval(record: CrmRecord, request: ReviewRequest, current: string): string | null {
  let written: string | null = null;
  for (const r of request.decisions) {
    const d = record.review.decisions.find((x) => x.id === r.id);
    if (d?.kind !== 'transcript_unreliable' || r.decision !== 'approve' || d.state !== 'pending') continue;
    const summary = r.summary?.trim() ?? '';
    if (!summary && !current.trim()) {
      throw permanent('VALUE_REQUIRED', `Decision "${r.id}": write the call's summary (what it said, for the CRM's call log) to approve it, or reject it to leave the call log saying the call was not summarised.`);
    }
    if (summary && summary !== current) written = summary;
  }
  return written;
}
