import { stageLabel } from './insights.ts';
import type { Decision } from './review.ts';

/** The id of the deal-stage decision (one per call). */
export const STAGE_DECISION_ID = 'deal-stage';

/** Why a stage move cannot be undone now, with a stable code; see `stageUndoRefusal`. */
export interface StageUndoRefusal {
  code: 'UNDO_NOT_POSSIBLE' | 'UNDO_NOT_YET_APPLIED' | 'UNDO_ALREADY_REQUESTED';
  message: string;
}

/**
 * The stage an undo moves the deal back to: the deal's stage just before callscribe's write, else (records written
 * before callscribe read it) the stage when the call was processed.
 */
export const stageBefore = (d: Pick<Decision, 'applied' | 'from'>): string | null => (d.applied?.before !== undefined ? d.applied.before : d.from);

/** The stage an approved stage decision set: the reviewer's value, else the proposal. */
export const stageSet = (d: Pick<Decision, 'value' | 'proposed'>): string | null => d.value ?? d.proposed;

/**
 * Whether an applied stage move was undone: a manager asked and sync moved the deal back (or found it back). An undo
 * that wrote nothing (the deal gone, moved since, the CRM refused) leaves the move standing, so it is not undone.
 */
export const moveUndone = (d: { undo?: { applied?: { wrote?: unknown } | null } | null }): boolean => !!d.undo?.applied?.wrote;

/**
 * The deal an applied stage move changed: the one its write names, else (records written before callscribe kept it)
 * the call's deal.
 */
export const dealOfMove = (d: Pick<Decision, 'applied'>, callDealId: string | null): string | null => d.applied?.wrote?.id ?? callDealId;

/**
 * Whether a manager may ask to move the deal back (null: yes), and if not why, in words a person can act on. Only an
 * approved `deal_stage` decision whose write changed the deal (records from before callscribe kept `changed` count as
 * changed), from a known stage other than the one set, may be undone, once: a second undo is refused while the first
 * waits or after it moved the deal back. An undo that wrote nothing (the deal gone, moved since, the CRM refused) may be
 * asked again: sync checks the deal again then.
 */
export function stageUndoRefusal(d: Decision | undefined, callDealId: string | null): StageUndoRefusal | null {
  const no = (message: string): StageUndoRefusal => ({ code: 'UNDO_NOT_POSSIBLE', message });
  if (!d || d.kind !== 'deal_stage') return no('This call has no deal-stage decision, so callscribe moved no deal: there is nothing to undo.');
  if (d.state === 'pending') return no('The stage move has not been approved, so nothing was written to the CRM: reject it instead if it is wrong.');
  if (d.state === 'rejected') return no('The stage move was rejected, so callscribe never moved the deal: there is nothing to undo.');
  const set = stageSet(d);
  if (!d.applied) {
    return { code: 'UNDO_NOT_YET_APPLIED', message: 'The approved stage move has not been written to the CRM yet. Wait until the call page shows it written (usually within seconds), then undo it.' };
  }
  if (d.applied.wrote === null || d.applied.changed === false || !set) {
    return no(`callscribe did not change the deal's stage (${d.applied.result}), so there is nothing to undo. Change the stage in the CRM if it is wrong.`);
  }
  const before = stageBefore(d);
  if (!before) return no("callscribe does not know the deal's stage before the move (or it is one of the CRM's own that callscribe cannot name), so it cannot move it back. Change the stage in the CRM.");
  if (before === set) return no(`The deal was already at ${stageLabel(set)} before the move, so there is nothing to move it back to.`);
  if (!dealOfMove(d, callDealId)) return no('callscribe does not know which deal it moved, so it cannot move it back. Change the stage in the CRM.');
  const undo = d.undo;
  if (undo && !undo.applied) {
    return { code: 'UNDO_ALREADY_REQUESTED', message: `${undo.requestedBy} asked to move the deal back at ${undo.requestedAt}; the CRM is being updated.` };
  }
  if (undo?.applied?.wrote) {
    return { code: 'UNDO_ALREADY_REQUESTED', message: `The stage move was already undone: the deal was moved back to ${stageLabel(before)} at ${undo.applied.at}.` };
  }
  return null;
}
