import type { Call } from '../domain/call.ts';
import { OWNER_DECISION_ID, OWNER_NOTED } from '../domain/review.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { DecisionBook } from './review-decisions.ts';

/**
 * Checks, before the sync run writes a record and again after each record is written, that its records are the rep's:
 * the adapter owns every record by the CRM user with the rep's e-mail. When the rep maps to no CRM user (or no rep
 * e-mail came with the call) the records fall back to the integration user, and the call says so with the `owner`
 * decision (`rep_not_in_crm`). Asking again after a write catches a rep deactivated since the adapter found them: the
 * CRM refused the owner, the adapter wrote the record as the integration user and no longer finds the rep (the
 * adapter remembers its answers, so asking again costs nothing otherwise). Once raised it is not asked again in the
 * run, and it is never withdrawn: records already written keep their owner even if the rep is added later. CRMs
 * without users (no findOwner) keep the rep's e-mail as the owner and raise nothing.
 */
export function ownerCheck(call: Call, crm: CrmAdapter, book: DecisionBook): () => Promise<void> {
  let settled = false;
  return async () => {
    if (!settled) settled = await check(call, crm, book);
  };
}

/** Whether nothing is left to check in this run: the decision is raised, or the CRM has no users. */
async function check(call: Call, crm: CrmAdapter, book: DecisionBook): Promise<boolean> {
  if (!crm.findOwner) return true;
  const email = call.meta.rep?.email?.trim() || null;
  if (email && (await crm.findOwner(email))) return false;
  book.raise({
    id: OWNER_DECISION_ID,
    kind: 'rep_not_in_crm',
    proposed: OWNER_NOTED,
    reason: email
      ? `REP_NOT_IN_CRM: no active ${crm.kind} user has the rep's e-mail (${email}), so this call's log and tasks are owned by the integration user. Add the rep as a user with that e-mail, or correct the rep's e-mail.`
      : `REP_NOT_IN_CRM: no rep e-mail came with the call, so its log and tasks in ${crm.kind} are owned by the integration user. Send the rep's e-mail with the call (meta rep.email, or the telephony user's e-mail).`,
  });
  return true;
}

/** Closes a decided `owner` decision: there is nothing to write, the records keep their owner. */
export function closeOwnerDecision(book: DecisionBook): void {
  const decided = book.get(OWNER_DECISION_ID);
  if (decided && decided.state !== 'pending' && !decided.applied) {
    book.markApplied(decided, decided.state === 'approved' ? 'noted; the records stay with the integration user' : 'left as it is');
  }
}
