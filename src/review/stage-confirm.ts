import { isClosingStage, STAGE_KEYS, stageLabel, type StageKey } from '../domain/insights.ts';
import type { Decision } from '../domain/review.ts';

/**
 * Whether approving a deal-stage decision with `value` needs the reviewer to confirm it: a stage other than
 * the proposal that closes the deal (won or lost) or moves it backwards from its stage when the call was
 * processed. Such a move is rarely meant (a slip of the stage list is easy with the keyboard) and callscribe
 * cannot undo it in the CRM. Answers the question to ask, or null when the approval may go ahead.
 */
export function stageConfirmQuestion(d: Pick<Decision, 'kind' | 'proposed' | 'from'>, value: unknown): string | null {
  if (d.kind !== 'deal_stage' || typeof value !== 'string' || value === d.proposed) return null;
  const at = (s: string | null) => (s === null ? -1 : STAGE_KEYS.indexOf(s as StageKey));
  const closing = isClosingStage(value);
  const backwards = !closing && at(d.from) >= 0 && at(value) >= 0 && at(value) < at(d.from);
  if (!closing && !backwards) return null;
  const what = closing
    ? `closes the deal as ${value === 'closedwon' ? 'won' : 'lost'}`
    : `moves the deal back from ${stageLabel(d.from)}`;
  const proposal = d.proposed ? `, not the proposed ${stageLabel(d.proposed)}` : '';
  return `You chose ${stageLabel(value)}${proposal}: approving ${what}, and callscribe cannot undo it in the CRM. Check the stage, then confirm.`;
}
