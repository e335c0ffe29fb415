import type { CallMeta } from '../../../domain/call-meta.ts';
import type { ActionItem } from '../../../domain/insights.ts';

/**
 * The follow-up email draft, in English: greeting to the customer, next steps split by side, the
 * call notes, signed by the rep. Not yet redacted: the extractor redacts it with everything else.
 */

function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** "2026-11-20" → "Friday, November 20" (a calendar date, so formatted in UTC). */
export function formatDueDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Items owned by the customer are written to the customer: "Check with their CFO" → "Check with your CFO". */
function line(item: ActionItem, toCustomer: boolean): string {
  const text = toCustomer ? item.text.replace(/\btheir\b/g, 'your').replace(/\bthem\b/g, 'you') : item.text;
  return `- ${text}${item.dueDate ? ` (by ${formatDueDate(item.dueDate)})` : ''}`;
}

export function buildFollowUpEmail(meta: CallMeta, summary: string, actionItems: readonly ActionItem[]): { subject: string; body: string } {
  const company = meta.customer?.company?.trim();
  const subject = company ? `Next steps from our call — ${company}` : 'Next steps from our call';
  const greeting = firstName(meta.customer?.name) ? `Hi ${firstName(meta.customer?.name)},` : 'Hi,';
  const ours = actionItems.filter((i) => i.owner === 'rep');
  const yours = actionItems.filter((i) => i.owner === 'customer');
  const open = actionItems.filter((i) => i.owner === 'unknown');

  const parts: string[] = [greeting, 'Thank you for your time on our call. Here is a short recap and the next steps.'];
  if (!actionItems.length) parts.push('We did not settle on specific next steps; let me know how you would like to proceed.');
  if (ours.length) parts.push(['On our side:', ...ours.map((i) => line(i, false))].join('\n'));
  if (yours.length) parts.push(['On your side:', ...yours.map((i) => line(i, true))].join('\n'));
  if (open.length) parts.push(['Also agreed:', ...open.map((i) => line(i, false))].join('\n'));
  if (summary) parts.push(`My notes from the call: ${summary}`);
  parts.push('Please let me know if I missed anything.');
  const rep = meta.rep?.name?.trim();
  parts.push(rep ? `Best regards,\n${rep}` : 'Best regards');
  return { subject, body: parts.join('\n\n') };
}
