import type { Call } from '../domain/call.ts';
import type { Insights } from '../domain/insights.ts';
import { handOffBlock, type CallParties } from './hand-off.ts';

/**
 * Where a person finds the call, as the CRM shows it: a link when PUBLIC_BASE_URL says where callscribe is
 * reached, else the call's id and page path (a bare path is no link inside a CRM).
 */
export function callPageRef(publicBaseUrl: string | null, callId: string): string {
  const path = `/calls/${encodeURIComponent(callId)}`;
  return publicBaseUrl ? `${publicBaseUrl}${path}` : `call ${callId} in callscribe (its page is ${path} on the callscribe server)`;
}

export function callLogTitle(call: Call): string {
  const who = call.meta.customer?.name ?? 'customer';
  const company = call.meta.customer?.company ? ` (${call.meta.customer.company})` : '';
  return `Call with ${who}${company}`;
}

/** The names the hand-off block uses: the rep's and the customer's, from the call's meta. */
export function partiesOf(call: Pick<Call, 'meta'>): CallParties {
  return { rep: call.meta.rep?.name ?? null, customer: call.meta.customer?.name ?? null };
}

/**
 * The call log's body, the same for every CRM adapter: the summary, then the hand-off block (what each
 * side promised and by when, objections raised: see `handOffBlock`, each item with its quote's
 * timestamp), then the key points. For
 * a transcript too unreliable to summarise, that it was not summarised and where to review the call
 * (with whatever a person wrote there since).
 */
export function callLogBody(insights: Insights, callPage: string, parties: CallParties = { rep: null, customer: null }): string {
  const quality = insights.transcriptQuality;
  if (quality && !quality.reliable) {
    const written = insights.summary.trim();
    return [
      ...(written ? [written, ''] : []),
      `The transcript of this call is unreliable (${Math.round((quality.lowConfidenceShare ?? 0) * 100)}% of its words were below the speech engine's confidence threshold), ` +
        `so callscribe did not summarise it or take action items or a stage change from it.`,
      `Review the call: ${callPage}`,
    ].join('\n');
  }
  const lines = [insights.summary.trim() || 'No summary could be extracted from this call.', '', handOffBlock(insights, parties)];
  if (insights.keyPoints.length) lines.push('', 'Key points:', ...insights.keyPoints.map((p) => `- ${p}`));
  return lines.join('\n');
}
