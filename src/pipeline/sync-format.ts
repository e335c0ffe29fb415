import type { Call } from '../domain/call.ts';
import type { Insights } from '../domain/insights.ts';

export function callLogTitle(call: Call): string {
  const who = call.meta.customer?.name ?? 'customer';
  const company = call.meta.customer?.company ? ` (${call.meta.customer.company})` : '';
  return `Call with ${who}${company}`;
}

/**
 * The call log's body: summary, key points and action items, each item with its quote's timestamp. For
 * a transcript too unreliable to summarise, that it was not summarised and where to review the call
 * (with whatever a person wrote there since).
 */
export function callLogBody(insights: Insights, callPage: string): string {
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
  const lines = [insights.summary.trim() || 'No summary could be extracted from this call.'];
  if (insights.keyPoints.length) lines.push('', 'Key points:', ...insights.keyPoints.map((p) => `- ${p}`));
  if (insights.actionItems.length) {
    lines.push(
      '',
      'Action items:',
      ...insights.actionItems.map((a) => `- ${a.text} (${a.owner}${a.dueDate ? `, due ${a.dueDate}` : ''}; at ${formatTime(a.evidence[0]?.startSec ?? 0)})`),
    );
  }
  return lines.join('\n');
}

function formatTime(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = Math.floor(sec % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}
