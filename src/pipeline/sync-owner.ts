import type { Call } from '../domain/call.ts';
import { OWNER_DECISION_ID, OWNER_NOTED } from '../domain/review.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { DecisionBook } from './review-decisions.ts';

/**
 * Checks, once per sync run and only before it writes a record, that the records it writes will be the rep's: the
 * adapter owns every record by the CRM user with the rep's e-mail. When the rep maps to no CRM user (or no rep
 * e-mail came with the call) the records fall back to the integration user, and the call says so with the `owner`
 * decision (`rep_not_in_crm`). It is never withdrawn: records already written keep their owner even if the rep is
 * added later. CRMs without users (no findOwner) keep the rep's e-mail as the owner and raise nothing.
 */
export function ownerCheck(call: Call, crm: CrmAdapter, book: DecisionBook): () => Promise<void> {
  let checked: Promise<void> | null = null;
  return () => (checked ??= check(call, crm, book).catch((err: unknown) => {
    checked = null;
    throw err;
  }));
}

async function check(call: Call, crm: CrmAdapter, book: DecisionBook): Promise<void> {
  if (!crm.findOwner) return;
  const email = call.meta.rep?.email?.trim() || null;
  if (email && (await crm.findOwner(email))) return;
  book.raise({
    id: OWNER_DECISION_ID,
    kind: 'rep_not_in_crm',
    proposed: OWNER_NOTED,
    reason: email
      ? `REP_NOT_IN_CRM: no active ${crm.kind} user has the rep's e-mail (${email}), so this call's log and tasks are owned by the integration user. Add the rep as a user with that e-mail, or correct the rep's e-mail.`
      : `REP_NOT_IN_CRM: no rep e-mail came with the call, so its log and tasks in ${crm.kind} are owned by the integration user. Send the rep's e-mail with the call (meta rep.email, or the telephony user's e-mail).`,
  });
}

/** Closes a decided `owner` decision: there is nothing to write, the records keep their owner. */
export function closeOwnerDecision(book: DecisionBook): void {
  const decided = book.get(OWNER_DECISION_ID);
  if (decided && decided.state !== 'pending' && !decided.applied) {
    book.markApplied(decided, decided.state === 'approved' ? 'noted; the records stay with the integration user' : 'left as it is');
  }
}
