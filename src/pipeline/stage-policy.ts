import type { CrmRecord } from '../domain/crm-record.ts';
import type { Insights, StageKey } from '../domain/insights.ts';
import type { PipelinePorts } from './pipeline-ports.ts';

export interface StageDecision {
  /** The stage to write now, or null. */
  apply: StageKey | null;
  stage: CrmRecord['stage'];
  reviewReason: string | null;
}

const CLOSED: readonly StageKey[] = ['closedwon', 'closedlost'];

/**
 * STAGE_POLICY: `off` never moves a deal; `review` (default) leaves every proposal to a manager; `auto`
 * applies a grounded proposal at or above STAGE_AUTO_MIN_CONFIDENCE, except closed won / lost, which
 * a manager confirms unless STAGE_AUTO_CLOSE=true.
 */
export function decideStage(insights: Insights, dealId: string | null, policy: Pick<PipelinePorts['policy'], 'dealStage' | 'autoMinConfidence' | 'autoClose'>): StageDecision {
  const { proposed, current, confidence, evidence } = insights.dealStage;
  const base = { proposed, from: current };
  if (!proposed) return { apply: null, stage: { ...base, state: 'none', reason: null }, reviewReason: null };
  if (policy.dealStage === 'off') return { apply: null, stage: { ...base, state: 'off', reason: 'STAGE_POLICY=off' }, reviewReason: null };
  const review = (reason: string): StageDecision => ({ apply: null, stage: { ...base, state: 'pending_review', reason }, reviewReason: reason });
  if (!dealId) return review(`The call suggests moving to ${proposed}, but no deal was matched.`);
  if (evidence.length === 0) return review(`The proposal to move to ${proposed} has no grounded evidence.`);
  if (policy.dealStage === 'review') return review(`Stage change ${current ?? '?'} → ${proposed} waits for a manager (STAGE_POLICY=review).`);
  if (CLOSED.includes(proposed) && !policy.autoClose) return review(`Closing the deal (${proposed}) waits for a manager (set STAGE_AUTO_CLOSE=true to let auto close deals).`);
  if (confidence < policy.autoMinConfidence) {
    return review(`Stage change to ${proposed} has confidence ${confidence.toFixed(2)}, below STAGE_AUTO_MIN_CONFIDENCE=${policy.autoMinConfidence}.`);
  }
  return { apply: proposed, stage: { ...base, state: 'applied', reason: `confidence ${confidence.toFixed(2)}` }, reviewReason: null };
}
