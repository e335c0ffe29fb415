import type { Call } from '../domain/call.ts';
import type { Insights } from '../domain/insights.ts';

export function callLogTitle(call: Call): string {
  const who = call.meta.customer?.name ?? 'customer';
  const company = call.meta.customer?.company ? ` (${call.meta.customer.company})` : '';
  return `Call with ${who}${company}`;
}

/** The call log's body: summary, key points and action items, each item with its quote's timestamp. */
export function callLogBody(insights: Insights): string {
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
