import type { DecisionKind } from '../domain/review.ts';
import type { NotifiedEvent } from './call-event.ts';

const KIND_LABELS: Record<DecisionKind, [one: string, many: string]> = {
  deal_stage: ['deal stage change', 'deal stage changes'],
  choose_contact: ['contact to choose', 'contacts to choose'],
  unknown_contact: ['unknown contact', 'unknown contacts'],
  choose_deal: ['deal to choose', 'deals to choose'],
  rerun_action_item: ['new action item', 'new action items'],
  transcript_unreliable: ['unreliable transcript', 'unreliable transcripts'],
  rep_not_in_crm: ['rep not in the CRM', 'reps not in the CRM'],
  crm_hygiene: ['CRM hygiene finding', 'CRM hygiene findings'],
};

/** Slack's mrkdwn treats these three as control characters; names from call metadata are escaped. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The Slack message for a call that awaits review (Slack gets no other events): who, with which
 * customer, what waits, and a link to the call page, e.g.
 * "Call by Priya Raman with Elena Novak (Brightline Foods) awaits review: 1 deal stage change, 2 contacts to choose. <url|Open the call>"
 */
export function slackText({ event, repName, pendingByKind }: Pick<NotifiedEvent, 'event' | 'repName' | 'pendingByKind'>): string {
  const { data } = event;
  const who = repName ?? data.rep;
  const customer = data.customer && [data.customer.name, data.customer.company && `(${data.customer.company})`].filter(Boolean).join(' ');
  const parts = ['Call', who && `by ${escape(who)}`, customer && `with ${escape(customer)}`].filter(Boolean).join(' ');
  const counts = Object.entries(pendingByKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_LABELS[kind as DecisionKind][n === 1 ? 0 : 1]}`);
  const what = counts.length ? `: ${counts.join(', ')}` : data.review ? `: ${data.review.pending} decision${data.review.pending === 1 ? '' : 's'}` : '';
  return `${parts} awaits review${what}. <${data.url}|Open the call>`;
}
