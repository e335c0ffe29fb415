import { CALL_STATUSES, isTerminal } from '../../domain/call.ts';
import type { DecisionKind } from '../../domain/review.ts';
import { SEARCH_CANDIDATES, type CallListItem, type CallListPage, type FailedGroup } from '../../ports/call-index.ts';
import { flashMessage, type Flash } from './call-page.page.ts';
import { failedCausesSection } from './failed-causes.section.ts';
import { formatClock, shorten, STATUS_LABEL, stageLabel, statusChip, timeElement } from './format.ts';
import { html, page, type SafeHtml, type UiUser } from './html.ts';
import { hasFilters, listHref, MAX_BACK, PAGE_SIZE, type ListFilters } from './list-filters.ts';

export interface CallListOptions {
  user: UiUser;
  csrf: string | null;
  /** The filters in force (from `parseListFilters`). */
  query: ListFilters;
  page: CallListPage;
  /** Calls (visible to the reader) with decisions awaiting review. */
  pendingReview: number;
  /** For a rep: how many of those calls have decisions they may make themselves; absent for a manager. */
  pendingForRep?: number;
  /** Rep e-mails to suggest in the rep filter. */
  reps?: readonly string[];
  /** Filters dropped as malformed (from `parseListFilters`), named to the reader. */
  dropped?: readonly string[];
  /** The manual-entry-saved report, for a reader who may see it (managers); null or absent: no link. */
  reportLink?: string | null;
  /** The failed calls by error code, each retried by a form: for a manager filtering on `failed`; null or absent: none. */
  failedCauses?: readonly FailedGroup[] | null;
  /** What a form posted from the list did (a retry of failed calls), or why it was refused. */
  flash?: Flash | null;
  /** The upload page, for a reader who may send calls in; null or absent: no link. */
  uploadLink?: string | null;
  /** The cursors of the pages before this one, oldest first (`parseBackCursors`), for "Previous page". */
  back?: readonly string[];
}

/** The call list at `/`: what awaits review, the filter form, the failed calls by cause (managers), the calls, the next page. */
export function renderCallList({ user, csrf, query, page: result, pendingReview, pendingForRep, reps, dropped, reportLink, failedCauses, flash, uploadLink, back = [] }: CallListOptions): string {
  const body = html`${result.calls.length ? html`<a class="skip-link" href="#calls">Skip to the list of calls</a>` : ''}
${flashMessage(flash)}
<div class="page-head">
<h1>Calls</h1>
${pendingLink(pendingReview, query, pendingForRep)}
${uploadLink ? html`<p class="upload-link"><a href="${uploadLink}">Upload a recording</a></p>` : ''}
</div>
${reportLink ? html`<p class="report-link"><a href="${reportLink}">Manual entry saved, per rep and week</a></p>` : ''}
${dropped?.length ? html`<p class="notice" role="alert">Ignored a filter that was not understood: ${dropped.join(', ')}.</p>` : ''}
${filterForm(query, reps)}
${failedCauses ? failedCausesSection(failedCauses, csrf) : ''}
${result.searchLimited ? html`<p class="hint" role="note">Many calls match: these are the most relevant of the newest ${SEARCH_CANDIDATES.toLocaleString('en')} matches. Add words or narrow the dates to reach older ones.</p>` : ''}
${!backwards(query) && result.calls.length ? matchCount(result, query) : ''}
${backwards(query) ? backwardsNotice(query) : result.calls.length ? callTable(result.calls, query, user.role === 'rep') : emptyState(query, uploadLink)}
${pager(query, result.nextCursor, back)}
`;
  return page({ title: query.reviewPending ? 'Calls awaiting review' : 'Calls', body, user, csrf });
}

/** How many calls the filters match over every page ("312 calls match"); a search ranking only part of its matches says so above instead. */
function matchCount(result: CallListPage, query: ListFilters): SafeHtml | '' {
  if (result.total === undefined || result.searchLimited) return '';
  const n = result.total;
  const calls = `${result.totalLimited ? 'More than ' : ''}${n.toLocaleString('en')} ${n === 1 ? 'call' : 'calls'}`;
  return html`<p class="list-count" id="list-count">${hasFilters(query) ? `${calls} ${n === 1 ? 'matches' : 'match'} these filters` : `${calls} in all`}${result.nextCursor || query.cursor ? `, ${query.limit ?? PAGE_SIZE} to a page` : ''}.</p>`;
}

/**
 * Back a page and to the first page once past it, and on to the next. The index pages forward only, so each link
 * carries the cursors of the pages before it (`back`): "Previous page" is the last of them, or the first page.
 */
function pager(query: ListFilters, nextCursor: string | null | undefined, back: readonly string[]): SafeHtml | '' {
  if (!query.cursor && !nextCursor) return '';
  const withBack = (href: string, cursors: readonly string[]) => (cursors.length ? `${href}${href.includes('?') ? '&' : '?'}back=${encodeURIComponent(cursors.slice(-MAX_BACK).join(','))}` : href);
  const links: SafeHtml[] = [];
  if (query.cursor && back.length) links.push(html`<a href="${listHref(query, null)}" rel="first">First page</a>`);
  if (query.cursor) links.push(html`<a href="${withBack(listHref(query, back.at(-1) ?? null), back.slice(0, -1))}" rel="prev">Previous page</a>`);
  if (nextCursor) links.push(html`<a href="${withBack(listHref(query, nextCursor), query.cursor ? [...back, query.cursor] : [])}" rel="next">Next page</a>`);
  return html`<nav class="pager" aria-label="Pages">${links.map((l, i) => html`${i ? ' · ' : ''}${l}`)}</nav>`;
}

function pendingLink(count: number, query: ListFilters, forRep: number | undefined): SafeHtml {
  if (count === 0) return html`<p class="pending-count">No calls await review.</p>`;
  const calls = (n: number) => (n === 1 ? '1 call' : `${n} calls`);
  // A rep may make only some decisions (picking among CRM records, their action items): the rest wait for a manager.
  const words =
    forRep === undefined
      ? `${calls(count)} ${count === 1 ? 'awaits' : 'await'} review`
      : `${forRep ? `${calls(forRep)} ${forRep === 1 ? 'has' : 'have'} decisions you can make` : 'No decisions wait for you'}. ${calls(count)} ${count === 1 ? 'awaits' : 'await'} review in all: what you cannot decide waits for a manager`;
  if (query.reviewPending && !query.status && !query.rep && !query.q && !query.from && !query.to) {
    return html`<p class="pending-count"><strong>${words}</strong> (shown below)</p>`;
  }
  return html`<p class="pending-count"><a href="${listHref({ reviewPending: true })}">${words}</a></p>`;
}

function filterForm(q: ListFilters, reps: readonly string[] | undefined): SafeHtml {
  const statusOptions = CALL_STATUSES.map((s) => html`<option value="${s}"${q.status === s ? html` selected` : ''}>${STATUS_LABEL[s]}</option>`);
  return html`<form method="get" action="/" class="filters" role="search" aria-label="Filter calls">
<div class="field"><label for="f-q">Search</label><input type="search" id="f-q" name="q" value="${q.q ?? ''}" placeholder="Customer, company, rep or words said"></div>
<div class="field"><label for="f-status">Status</label><select id="f-status" name="status"><option value="">Any status</option>${statusOptions}</select></div>
<div class="field"><label for="f-rep">Rep</label><input type="text" id="f-rep" name="rep" value="${q.rep ?? ''}" placeholder="Name or e-mail" autocomplete="off"${reps?.length ? html` list="f-rep-list"` : ''}>${
    reps?.length ? html`<datalist id="f-rep-list">${reps.map((r) => html`<option value="${r}"></option>`)}</datalist>` : ''
  }</div>
<div class="field"><label for="f-from">From</label><input type="date" id="f-from" name="from" value="${q.from ?? ''}"></div>
<div class="field"><label for="f-to">To</label><input type="date" id="f-to" name="to" value="${q.to ?? ''}"></div>
<div class="field field-check"><input type="checkbox" id="f-review" name="review" value="pending"${q.reviewPending ? html` checked` : ''}><label for="f-review">Awaiting review</label></div>
<div class="actions"><button type="submit">Filter</button>${hasFilters(q) ? html` <a href="/">Clear filters</a>` : ''}</div>
</form>`;
}

function callTable(calls: readonly CallListItem[], query: ListFilters, forRep: boolean): SafeHtml {
  return html`<div class="table-wrap" id="calls" role="region" aria-labelledby="calls-caption" tabindex="0"><table class="calls">
<caption id="calls-caption">${query.reviewPending ? 'Calls awaiting review' : 'Calls'}, newest first${query.q ? ', by relevance' : ''}</caption>
<thead><tr>
<th scope="col">When</th><th scope="col">Rep</th><th scope="col">Customer</th><th scope="col">Length</th><th scope="col">Status</th><th scope="col">Summary</th><th scope="col">Proposed stage</th><th scope="col">Pending</th>
</tr></thead>
<tbody>
${calls.map((c) => callRow(c, forRep))}
</tbody>
</table></div>`;
}

/** Why a call waits, in words: the kinds of its pending decisions. */
export const PENDING_KIND_WORDS: Record<DecisionKind, string> = {
  deal_stage: 'Deal stage move',
  choose_contact: 'Contact to choose',
  unknown_contact: 'Unknown contact',
  choose_deal: 'Deal to choose',
  rerun_action_item: 'New action item',
  transcript_unreliable: 'Unreliable transcript',
  rep_not_in_crm: 'Rep not in the CRM',
  crm_hygiene: 'CRM data check',
};

/** How many decisions wait and why (their kinds); for a rep, how many of them are theirs to make. */
function pendingCell(c: CallListItem, forRep: boolean): SafeHtml {
  const why = c.pendingKinds.map((k) => PENDING_KIND_WORDS[k]).join(', ');
  if (!c.pendingDecisions && !why) return html`0`;
  const count = c.pendingDecisions
    ? html`<span class="badge">${c.pendingDecisions}<span class="visually-hidden"> pending ${c.pendingDecisions === 1 ? 'decision' : 'decisions'}</span></span> `
    : '';
  const yours = forRep && c.pendingKinds.length ? html`<br><span class="hint">${repShare(c.pendingForRep, c.pendingDecisions)}</span>` : '';
  return html`${count}<span class="pending-why">${why}</span>${yours}`;
}

/** Which of a call's waiting decisions a rep may make: none, some (the rest a manager's), or every one. */
function repShare(yours: number, waiting: number): string {
  if (!yours) return waiting === 1 ? 'Waits for a manager' : 'All wait for a manager';
  if (yours >= waiting) return waiting === 1 ? 'You can make it' : 'You can make them all';
  return `${yours} you can make; the rest wait for a manager`;
}

function callRow(c: CallListItem, forRep: boolean): SafeHtml {
  const rep = c.rep?.name ?? c.rep?.email ?? '—';
  // A telephony call often knows the customer's number alone.
  const known = [c.customer?.name ?? c.customer?.phone, c.customer?.company].filter(Boolean).join(', ');
  // A call that knows no customer is named by its recording's file name, when it was uploaded with one.
  const customer = known || (c.recordingName ? html`<span class="hint">File </span>${c.recordingName}` : '—');
  return html`<tr>
<th scope="row" data-label="When"><a href="/calls/${encodeURIComponent(c.id)}">${timeElement(c.startedAt ?? c.receivedAt)}</a>${c.startedAt ? '' : html`<span class="hint"> (received)</span>`}</th>
<td data-label="Rep">${rep}</td>
<td data-label="Customer">${customer}</td>
<td class="num" data-label="Length">${formatClock(c.durationSec)}</td>
<td data-label="Status">${statusChip(c.status)}${c.retryingCode ? html`<br><span class="hint">Retrying after <code class="code">${c.retryingCode}</code></span>` : ''}</td>
<td class="summary" data-label="Summary">${c.summary ? shorten(c.summary, 140) : html`<span class="hint">${noSummary(c)}</span>`}</td>
<td data-label="Proposed stage">${stageCell(c)}</td>
<td data-label="Pending">${pendingCell(c, forRep)}</td>
</tr>
`;
}

/** The proposed stage, and once decided what became of it: approved (with the stage set, when another), rejected, or undone. */
function stageCell({ proposedStage, stageDecision }: CallListItem): SafeHtml | string {
  if (!proposedStage) return '—';
  if (!stageDecision) return stageLabel(proposedStage);
  if (stageDecision.state === 'rejected') return html`${stageLabel(proposedStage)} <span class="hint">(rejected)</span>`;
  if (stageDecision.state === 'undone') {
    return html`${stageLabel(stageDecision.stage ?? proposedStage)} <span class="hint">(approved, then undone: the deal was moved back)</span>`;
  }
  if (stageDecision.stage && stageDecision.stage !== proposedStage) {
    return html`${stageLabel(stageDecision.stage)} <span class="hint">(set instead of the proposed ${stageLabel(proposedStage)})</span>`;
  }
  return html`${stageLabel(proposedStage)} <span class="hint">(approved)</span>`;
}

/** Why a row has no summary: one is still coming, or none will (the call failed, or was not summarised: its page says why). */
function noSummary({ status, pendingKinds }: CallListItem): string {
  if (status === 'failed') return 'No summary: processing failed';
  if (pendingKinds.includes('transcript_unreliable')) return 'Not summarised: the transcript is unreliable and awaits a check';
  if (isTerminal(status)) return 'Not summarised; the call says why';
  return 'No summary yet';
}

/** Whether the date range ends before it starts (both are YYYY-MM-DD days, which sort as text). */
const backwards = (query: ListFilters) => Boolean(query.from && query.to && query.from > query.to);

/** A backwards range matches nothing: the page says so, rather than that no call matches. */
function backwardsNotice(query: ListFilters): SafeHtml {
  const swapped = listHref({ ...query, from: query.to, to: query.from, cursor: undefined });
  return html`<div class="empty" role="alert"><p>The dates are the wrong way round: From (${query.from ?? ''}) is after To (${query.to ?? ''}).</p><p><a href="${swapped}">Show the calls from ${query.to ?? ''} to ${query.from ?? ''}</a></p></div>`;
}

function emptyState(query: ListFilters, uploadLink: string | null | undefined): SafeHtml {
  if (hasFilters(query)) return html`<div class="empty"><p>No calls match these filters.</p><p><a href="/">Show all calls</a></p></div>`;
  const how = uploadLink ? html`<a href="${uploadLink}">upload a recording</a>` : 'a recording is uploaded';
  return html`<div class="empty"><p>No calls yet.</p><p>Calls appear here once a recording arrives: ${how}, or connect a telephony provider.</p></div>`;
}
