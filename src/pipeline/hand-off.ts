import type { ActionItem, Insights } from '../domain/insights.ts';

/** Who was on the call, by name, for the hand-off's headings; null when the call's meta does not say. */
export interface CallParties {
  rep: string | null;
  customer: string | null;
}

/**
 * Words that mark a key point as an objection the customer raised (a concern, a doubt, a blocker), not a
 * fact. Key points are short sentences the extractor writes ("Concerned about the onboarding timeline");
 * a point that merely names a topic ("pricing works for them") is not an objection.
 */
const OBJECTION = /\b(concern(s|ed)?|worr(y|ied|ies)|object(s|ed|ion|ions)?|hesitan(t|cy)|doubt(s|ful)?|reluctan(t|ce)|pushback|push(ed)? back|blocker|risk(s|y)?|too (expensive|costly|high|slow|long|complex|complicated)|expensive|over budget|no budget|not sure|unsure|unhappy|frustrat(ed|ion)|complain(s|ed|t)?|problem(s)?|issue(s)?|can ?not|can't|won't|unable)\b/i;

/** The key points that read as objections, in their order. */
export function objectionsOf(insights: Pick<Insights, 'keyPoints'>): string[] {
  return insights.keyPoints.filter((p) => OBJECTION.test(p));
}

/**
 * The call log's "next person to call this customer should know" block: what each side promised and by
 * when (every action item of the call is open when the log is written), who owns what is unclear, and the
 * objections raised, so the next rep or support agent does not make the customer repeat themselves.
 * Plain text in the log body's conventions (a heading line, then `- ` items); timestamps point at the quote.
 */
export function handOffBlock(insights: Pick<Insights, 'actionItems' | 'keyPoints'>, parties: CallParties): string {
  const customer = parties.customer ?? 'this customer';
  const item = (a: ActionItem) => `- ${a.text}, ${a.dueDate ? `by ${a.dueDate}` : 'no date given'} (at ${formatTime(a.evidence[0]?.startSec ?? 0)})`;
  const groups: [string, ActionItem[]][] = [
    [`We promised${parties.rep ? ` (${parties.rep})` : ''}:`, insights.actionItems.filter((a) => a.owner === 'rep')],
    [`${parties.customer ?? 'The customer'} promised:`, insights.actionItems.filter((a) => a.owner === 'customer')],
    ['Promised, owner unclear:', insights.actionItems.filter((a) => a.owner === 'unknown')],
  ];
  const objections = objectionsOf(insights);
  const lines = [`For the next person to call ${customer}:`];
  for (const [heading, items] of groups) if (items.length) lines.push(heading, ...items.map(item));
  if (objections.length) lines.push('Objections raised:', ...objections.map((o) => `- ${o}`));
  if (lines.length === 1) lines.push('Nothing is open: no one promised anything and no objection was raised on this call.');
  return lines.join('\n');
}

export function formatTime(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = Math.floor(sec % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}
