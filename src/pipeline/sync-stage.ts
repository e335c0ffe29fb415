import type { CrmRecord } from '../domain/crm-record.ts';
import { STAGE_KEYS, stageLabel, type Insights, type StageKey } from '../domain/insights.ts';
import type { Decision } from '../domain/review.ts';
import { toAppError, type AppError } from '../errors/app-error.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import type { DecisionBook } from './review-decisions.ts';
import { decideStage } from './stage-policy.ts';

const STAGE_OPTIONS = STAGE_KEYS.map((k) => ({ value: k, label: stageLabel(k), url: null }));

/**
 * Raises the `deal-stage` decision for a proposed stage change (STAGE_POLICY=review, or auto below its
 * bar), or approves it by policy (STAGE_POLICY=auto). A decided one is left as it is, and so is one the CRM refused
 * and handed back to a person (its reason says why; auto approving it again would only meet the same refusal).
 * `rolesAssumed`: see `decideStage`.
 */
export function raiseStageDecision(insights: Insights, record: CrmRecord, book: DecisionBook, policy: PipelinePorts['policy'], rolesAssumed: boolean): void {
  const existing = book.get('deal-stage');
  if (existing && (existing.state !== 'pending' || existing.refused)) return;
  const { proposed, current, evidence } = insights.dealStage;
  const outcome = decideStage(insights, record.deal !== null || book.get('deal')?.state === 'pending', policy, rolesAssumed);
  if (!proposed || !outcome) {
    book.withdraw('deal-stage');
    return;
  }
  const waitsForDeal = outcome.apply && !record.deal;
  const reason = waitsForDeal ? `Moving the deal to ${stageLabel(proposed)} waits for the deal to be chosen; STAGE_POLICY=auto applies it then.` : outcome.reason;
  const d = book.raise({ id: 'deal-stage', kind: 'deal_stage', proposed, from: current, options: STAGE_OPTIONS, evidence, reason });
  if (outcome.apply && record.deal) book.decideBySystem(d, 'policy:auto', outcome.apply);
}

/**
 * Writes an approved stage change to the deal, once (keyed on the call and the stage). A refusal of this one change
 * (`refusedByCrm`) hands the decision back to a person instead of failing the call: it runs after the call log and
 * tasks are written, and they stay.
 */
export async function applyStageDecision(
  callId: string,
  record: CrmRecord,
  book: DecisionBook,
  crm: CrmAdapter,
  save: () => Promise<void>,
  now: () => string,
): Promise<void> {
  const d = book.get('deal-stage');
  if (!d || d.state !== 'approved' || d.applied) return;
  if (!record.deal) {
    // The deal is still being chosen; when nobody will choose one there is nothing to move.
    if (book.get('deal')?.state !== 'pending') book.markApplied(d, 'no deal was matched: nothing written');
    return;
  }
  const stage = (d.value ?? d.proposed) as StageKey;
  let changed: boolean;
  let before: string | null;
  try {
    // Where the deal is just before the write (someone may have moved it since the call was processed): an undo goes
    // back there. A deal the token may not read is refused here, as its write would be.
    before = (await crm.getDeal(record.deal.id))?.stage ?? null;
    ({ changed } = await crm.updateDealStage(record.deal.id, stage, `${callId}:stage:${stage}`));
  } catch (thrown) {
    const err = toAppError(thrown);
    if (!refusedByCrm(err)) throw err;
    handBack(d, record, record.deal.id, stage, err, now());
    await save();
    return;
  }
  // `wrote` either way: "already there" may be our own write whose record was not saved (a crash): listed, not hidden.
  // `changed` decides whether the move may be undone (an undo moves back only what this write moved).
  book.markApplied(d, changed ? `deal ${record.deal.id} moved to ${stage}` : `deal ${record.deal.id} already at ${stage}`, { kind: 'deal', id: record.deal.id, change: `stage moved to ${stage}` }, { changed, before });
  await save();
}

/**
 * The CRM refused this one stage change: the integration user may not change the deal (`forbidden`), or the CRM will
 * not take it (`rejected`: a deal it no longer has, a closed deal it does not reopen, a stage the pipeline lacks, a
 * validation rule). Anything else (bad credentials, an outage, an answer callscribe cannot read, its own bug) fails
 * the step as every write does.
 */
export const refusedByCrm = (err: AppError): boolean => !err.retryable && (err.kind === 'forbidden' || err.kind === 'rejected');

/**
 * Puts a stage change the CRM refused back in a person's hands: pending again at the stage that was tried, the refusal
 * on the decision and in the audit (which keeps who approved it). Approving it again tries the write again.
 */
function handBack(d: Decision, record: CrmRecord, dealId: string, stage: StageKey, err: AppError, at: string): void {
  record.review.audit.push({ at, by: 'sync', action: 'apply', target: d.id, before: d.state, after: 'pending', note: `${err.code}: the CRM refused the change; back to a person` });
  Object.assign(d, {
    state: 'pending',
    proposed: stage,
    value: null,
    decidedBy: null,
    decidedAt: null,
    refused: { at, code: err.code, message: err.message },
    reason:
      `DEAL_STAGE_REFUSED: the CRM refused to move deal ${dealId} to ${stageLabel(stage)} (${err.code}); the call log and tasks are written. ` +
      (err.kind === 'forbidden'
        ? 'Approve again once the integration user may change the deal, or reject to leave its stage as it is. '
        : 'Approve again (another stage, or the same once the CRM takes it), or reject to leave its stage as it is. ') +
      err.message,
  } satisfies Partial<Decision>);
}
