import { stageLabel, type Insights, type StageKey } from '../domain/insights.ts';
import type { PipelinePorts } from './pipeline-ports.ts';

export interface StageOutcome {
  /** The stage to write without asking (STAGE_POLICY=auto), or null when a person decides. */
  apply: StageKey | null;
  reason: string;
}

const CLOSED: readonly StageKey[] = ['closedwon', 'closedlost'];

/**
 * STAGE_POLICY: `off` never moves a deal; `review` (default) leaves every proposal to a manager; `auto`
 * applies a grounded proposal at or above STAGE_AUTO_MIN_CONFIDENCE, except closed won / lost, which
 * a manager confirms unless STAGE_AUTO_CLOSE=true. `hasDeal`: a deal is matched, or a person is
 * choosing it. Null when there is nothing to decide.
 */
export function decideStage(insights: Insights, hasDeal: boolean, policy: Pick<PipelinePorts['policy'], 'dealStage' | 'autoMinConfidence' | 'autoClose'>): StageOutcome | null {
  const { proposed: key, current, confidence, evidence } = insights.dealStage;
  if (!key || policy.dealStage === 'off') return null;
  const proposed = stageLabel(key);
  const review = (reason: string): StageOutcome => ({ apply: null, reason });
  if (!hasDeal) return review(`The call suggests moving to ${proposed}, but no deal was matched.`);
  if (evidence.length === 0) return review(`The proposal to move to ${proposed} has no grounded evidence.`);
  if (policy.dealStage === 'review') return review(`Moving the deal from ${stageLabel(current)} to ${proposed} waits for a manager (STAGE_POLICY=review).`);
  if (CLOSED.includes(key) && !policy.autoClose) return review(`Closing the deal (${proposed}) waits for a manager (set STAGE_AUTO_CLOSE=true to let auto close deals).`);
  if (confidence < policy.autoMinConfidence) {
    return review(`Stage change to ${proposed} has confidence ${confidence.toFixed(2)}, below STAGE_AUTO_MIN_CONFIDENCE=${policy.autoMinConfidence}.`);
  }
  return { apply: key, reason: `Applied by STAGE_POLICY=auto at confidence ${confidence.toFixed(2)}.` };
}
