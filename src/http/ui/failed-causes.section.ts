import { CONSENT_STOPS, RECORDING_CONTENT_FAILURES } from '../../domain/call.ts';
import type { FailedGroup } from '../../ports/call-index.ts';
import { RetryFailedRequest, type RetryFailedAnswer } from '../../review/retry-failed.ts';
import { DONE_ID, type Flash } from './call-page.page.ts';
import { csrfField, html, type SafeHtml } from './html.ts';
import { listHref } from './list-filters.ts';

/** Where the per-cause retry form posts (`actions.retryFailed`, managers). */
export const RETRY_FAILED_PAGE = '/calls/retry-failed';
/** How many calls one press of a cause's retry button queues at most: the API's largest batch. */
export const RETRY_FAILED_BATCH = 500;

const isRetryableCode = (code: string | null): code is string => code !== null && RetryFailedRequest.shape.code.safeParse(code).success;
const calls = (n: number) => (n === 1 ? '1 call' : `${n.toLocaleString('en')} calls`);

/**
 * The failed calls counted by error code, for a manager looking at the failed calls, each code with a
 * form that retries that code's calls. Counts cover every failed call whatever the other filters, as
 * the retry does. Calls indexed before the index kept codes, codes a retry cannot name, codes of a
 * recording's content (a retry fails the same way: only a new recording helps) and of calls stopped for
 * recording consent (their recordings were deleted) are listed with no button.
 */
export function failedCausesSection(groups: readonly FailedGroup[], csrf: string | null): SafeHtml | '' {
  if (!groups.length) return '';
  return html`<section class="failed-causes" aria-labelledby="failed-causes-title">
<h2 id="failed-causes-title">Failed calls by cause</h2>
<p class="hint">Every failed call, whatever the other filters. A retry queues up to ${RETRY_FAILED_BATCH} calls of that cause, newest first, each at the step that failed, behind new uploads.</p>
<ul class="cause-list">
${groups.map((g) => causeItem(g, csrf))}
</ul>
</section>`;
}

function causeItem(group: FailedGroup, csrf: string | null): SafeHtml {
  if (group.code === null) {
    return html`<li><span class="cause"><span class="cause-code">No code recorded</span> — ${calls(group.calls)}</span> <span class="hint">(indexed before causes were kept: run <code>callscribe reindex</code> to sort them)</span></li>
`;
  }
  if (!isRetryableCode(group.code)) {
    return html`<li><span class="cause"><span class="cause-code">${group.code}</span> — ${calls(group.calls)}</span> <span class="hint">(not a code a retry can name: retry these from their own pages)</span></li>
`;
  }
  if (CONSENT_STOPS.has(group.code)) {
    return html`<li><span class="cause"><span class="cause-code">${group.code}</span> — ${calls(group.calls)}</span> <span class="hint">(stopped for recording consent: their recordings were deleted, so they are not processed again)</span></li>
`;
  }
  if (RECORDING_CONTENT_FAILURES.has(group.code)) {
    return html`<li><span class="cause"><span class="cause-code">${group.code}</span> — ${calls(group.calls)}</span> <span class="hint">(the recording itself is the problem: a retry fails the same way. Send a new recording of each call)</span></li>
`;
  }
  return html`<li><span class="cause"><span class="cause-code">${group.code}</span> — ${calls(group.calls)}</span>
<form method="post" action="${RETRY_FAILED_PAGE}" class="inline-form">${csrfField(csrf)}<input type="hidden" name="code" value="${group.code}"><button type="submit">Retry these calls<span class="visually-hidden"> (${calls(group.calls)} that failed with ${group.code})</span></button></form></li>
`;
}

/**
 * Where a retry's form post sends the browser: the failed calls, with what was done in the query (see
 * `retryFailedNotice`), at the notice (`#done`: app.js focuses it, then drops the notice's parameters from the
 * address, so a reload or a bookmark does not say it again).
 */
export function retryFailedLocation(code: string, answer: RetryFailedAnswer): string {
  const done = new URLSearchParams({ code, retried: String(answer.retried.length), skipped: String(answer.skipped.length), ...(answer.more && { more: '1' }) });
  return `${listHref({ status: 'failed' })}&${done.toString()}#${DONE_ID}`;
}

const COUNT = /^\d{1,6}$/;

/** The notice for a list page reached by `retryFailedLocation`'s URL; null when the query holds none (or one that does not parse). */
export function retryFailedNotice(query: Record<string, unknown>): Flash | null {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const [code, retried, skipped] = [text('code'), text('retried'), text('skipped')];
  if (!isRetryableCode(code ?? null) || !retried || !COUNT.test(retried) || !skipped || !COUNT.test(skipped)) return null;
  const more = text('more') === '1' ? ` More calls that failed with ${code} remain: retry again to queue the next ${RETRY_FAILED_BATCH}.` : '';
  return { kind: 'success', message: `${calls(Number(retried))} queued again; ${Number(skipped)} skipped (${code}).${more}` };
}
