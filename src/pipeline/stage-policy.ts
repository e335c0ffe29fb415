import { isClosingStage, STAGE_KEYS, stageLabel, type Insights, type StageKey } from '../domain/insights.ts';
import type { PipelinePorts } from './pipeline-ports.ts';

export interface StageOutcome {
  /** The stage to write without asking (STAGE_POLICY=auto), or null when a person decides. */
  apply: StageKey | null;
  reason: string;
}

/**
 * Whether moving from `current` to `proposed` goes back: to an earlier open stage, or out of a closed one
 * (reopening it, or turning a win into a loss). Losing an open deal is a step forward; a stage the CRM
 * names in its own words has no known place, so nothing is known to be backwards from it.
 */
export function movesBack(current: string | null, proposed: StageKey): boolean {
  const from = STAGE_KEYS.indexOf(current as StageKey);
  if (from < 0) return false;
  if (isClosingStage(current)) return true;
  return proposed !== 'closedlost' && STAGE_KEYS.indexOf(proposed) < from;
}

/**
 * STAGE_POLICY: `off` never moves a deal; `review` (default) leaves every proposal to a manager; `auto`
 * applies a grounded proposal at or above STAGE_AUTO_MIN_CONFIDENCE, except closed won / lost, which
 * a manager confirms unless STAGE_AUTO_CLOSE=true, and moves back (`movesBack`), which a manager always
 * confirms: a later stage is what someone already recorded, and one sentence in a call is not enough to
 * undo it. `hasDeal`: a deal is matched, or a person is
 * choosing it. `rolesAssumed`: which speaker is the customer was assumed (the transcript's attribution),
 * so a close, which must rest on the customer's words, waits for a manager. Null when there is nothing to decide.
 */
export function decideStage(
  insights: Insights,
  hasDeal: boolean,
  policy: Pick<PipelinePorts['policy'], 'dealStage' | 'autoMinConfidence' | 'autoClose'>,
  rolesAssumed = false,
): StageOutcome | null {
  const { proposed: key, current, confidence, evidence } = insights.dealStage;
  if (!key || policy.dealStage === 'off') return null;
  const proposed = stageLabel(key);
  const review = (reason: string): StageOutcome => ({ apply: null, reason });
  if (!hasDeal) return review(`The call suggests moving to ${proposed}, but no deal was matched.`);
  if (evidence.length === 0) return review(`The proposal to move to ${proposed} has no grounded evidence.`);
  if (policy.dealStage === 'review') return review(`Moving the deal from ${stageLabel(current)} to ${proposed} waits for a manager (STAGE_POLICY=review).`);
  if (movesBack(current, key)) return review(`Moving the deal back from ${stageLabel(current)} to ${proposed} waits for a manager: STAGE_POLICY=auto only moves deals forward.`);
  if (isClosingStage(key) && !policy.autoClose) return review(`Closing the deal (${proposed}) waits for a manager (set STAGE_AUTO_CLOSE=true to let auto close deals).`);
  if (isClosingStage(key) && rolesAssumed) {
    return review(`Closing the deal (${proposed}) waits for a manager: who is the rep and who the customer was assumed, so the customer's words it rests on may be the rep's.`);
  }
  if (confidence < policy.autoMinConfidence) {
    return review(`Stage change to ${proposed} has confidence ${confidence.toFixed(2)}, below STAGE_AUTO_MIN_CONFIDENCE=${policy.autoMinConfidence}.`);
  }
  return { apply: key, reason: `Applied by STAGE_POLICY=auto at confidence ${confidence.toFixed(2)}.` };
}
