import type { CrmRecord } from '../domain/crm-record.ts';
import type { StageKey } from '../domain/insights.ts';
import type { Applied } from '../domain/review.ts';
import { dealOfMove, STAGE_DECISION_ID, stageBefore, stageSet } from '../domain/stage-undo.ts';
import { toAppError } from '../errors/app-error.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import { refusedByCrm } from './sync-stage.ts';

/**
 * Moves the deal back to the stage it had before an approved move, once a manager asked (`Decision.undo`), once. It
 * never overwrites a later change: a deal no longer in the CRM, or no longer at the stage callscribe set (someone moved
 * it since), is left as it is, and the undo records why. A deal found back at `from` counts as moved back: that is what
 * a re-run finds after a crash between the write and the save of crm.json (and a person who moved it back by hand wanted
 * the same), so it is never reported as moved since. The CRM refusing this one change (`refusedByCrm`: the deal may not
 * be changed, or the CRM will not take it, e.g. a closed deal it does not reopen) is recorded as not done, with its
 * reason (a manager may ask again); other failures throw, retried as every write is. crm.json is saved right after the write.
 *
 * The call log is left as it is: it states what the call proposed, which is still so, never that the deal was moved.
 */
export async function applyStageUndo(
  callId: string,
  record: CrmRecord,
  crm: Pick<CrmAdapter, 'getDeal' | 'updateDealStage'>,
  save: () => Promise<void>,
  now: () => string,
): Promise<void> {
  const d = record.review.decisions.find((x) => x.id === STAGE_DECISION_ID);
  const undo = d?.undo;
  if (!d || !undo || undo.applied) return;
  const done = async (result: string, wrote: Applied['wrote']) => {
    const at = now();
    undo.applied = { at, result, wrote: wrote ?? null };
    record.review.audit.push({ at, by: 'sync', action: 'apply', target: d.id, before: null, after: result, note: 'undo of the stage move' });
    await save();
  };
  const set = stageSet(d);
  const from = stageBefore(d) as StageKey | null;
  const dealId = dealOfMove(d, record.deal?.id ?? null);
  // Asking checks these (stageUndoRefusal); a record changed by hand since may lack them.
  if (!set || !from || !dealId) return done('callscribe does not know which deal to move back, or to which stage: nothing written', null);
  const deal = await crm.getDeal(dealId);
  if (!deal) return done(`deal ${dealId} is no longer in the CRM: nothing written`, null);
  const movedBack = { kind: 'deal' as const, id: dealId, change: `stage moved back to ${from}` };
  if (deal.stage === from) return done(`deal ${dealId} is back at ${from}`, movedBack);
  if (deal.stage !== set) {
    return done(`deal ${dealId} is at ${deal.stage ?? deal.unmappedStage ?? 'another stage'} now, not at ${set} where callscribe left it: someone moved it since, so it was left there and nothing written`, null);
  }
  try {
    await crm.updateDealStage(dealId, from, `${callId}:stage-undo:${from}`);
  } catch (thrown) {
    const err = toAppError(thrown);
    if (!refusedByCrm(err)) throw err;
    return done(`the CRM refused to move deal ${dealId} back to ${from} (${err.code}): nothing written. ${err.message}`, null);
  }
  return done(`deal ${dealId} moved back to ${from}`, movedBack);
}
