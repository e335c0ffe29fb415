import { CALL_STATUSES, type CallStatus } from '../../domain/call.ts';
import { queryDate } from '../../domain/query-date.ts';
import type { CallListQuery } from '../../ports/call-index.ts';

/**
 * The call list's filters as the filter form sends them (`GET /?status=&review=pending&rep=&from=&to=&q=&cursor=`):
 * dates are days (YYYY-MM-DD, UTC), both ends included.
 */
export interface ListFilters {
  status?: CallStatus;
  reviewPending?: boolean;
  rep?: string;
  /** First day, YYYY-MM-DD. */
  from?: string;
  /** Last day, YYYY-MM-DD (included). */
  to?: string;
  q?: string;
  cursor?: string;
  /** Calls per page, 1 to `MAX_PAGE_SIZE` (the API's bounds); absent: `PAGE_SIZE`. */
  limit?: number;
}

/** Calls per page of the list unless `?limit=` says otherwise, and the most it may say (the API's). */
export const PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** C0 control characters and DEL. */
export const CONTROL = /[\u0000-\u001f\u007f]/;
/** A day the index can be asked about (the API's rule: QUERY_YEARS). */
const QUERY_DAY = queryDate();
const isDay = (s: string) => DAY.test(s) && QUERY_DAY.safeParse(s).success;

/**
 * Reads the filter form's query string. Unknown or malformed values are dropped (a filter form must not
 * fail on a hand-edited URL); `dropped` names them so the page can say so.
 */
export function parseListFilters(query: Record<string, unknown>): { filters: ListFilters; dropped: string[] } {
  const filters: ListFilters = {};
  const dropped: string[] = [];
  const text = (name: string): string | undefined => {
    const v = query[name];
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s !== 'string' || !s.trim()) return undefined;
    // No one types a control character (a NUL, a line break) into a filter: the value is dropped, never searched for.
    if (CONTROL.test(s)) {
      dropped.push(name);
      return undefined;
    }
    return s.trim();
  };
  const status = text('status');
  if (status) (CALL_STATUSES as readonly string[]).includes(status) ? (filters.status = status as CallStatus) : dropped.push('status');
  const review = text('review');
  if (review) review === 'pending' ? (filters.reviewPending = true) : dropped.push('review');
  const rep = text('rep');
  if (rep) filters.rep = rep.slice(0, 320);
  for (const end of ['from', 'to'] as const) {
    const v = text(end);
    if (v) isDay(v) ? (filters[end] = v) : dropped.push(end);
  }
  const q = text('q');
  if (q) filters.q = q.slice(0, 500);
  const cursor = text('cursor');
  if (cursor) filters.cursor = cursor;
  const limit = text('limit');
  if (limit) /^\d{1,3}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= MAX_PAGE_SIZE ? (filters.limit = Number(limit)) : dropped.push('limit');
  return { filters, dropped };
}

/**
 * The list's date bounds as instants, for the index (which includes both ends): a date alone means the
 * whole day in UTC, so `to=2026-11-20` includes that day; an instant stays as it is.
 */
export function listRange(from?: string, to?: string): { from?: string; to?: string } {
  return {
    ...(from && { from: DAY.test(from) ? `${from}T00:00:00.000Z` : new Date(from).toISOString() }),
    ...(to && { to: DAY.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000 - 1).toISOString() : new Date(to).toISOString() }),
  };
}

/** The index query for the filters. */
export function toCallListQuery(filters: ListFilters, limit = filters.limit ?? PAGE_SIZE, visibleTo?: readonly string[]): CallListQuery {
  const query: CallListQuery = { limit };
  if (filters.status) query.status = filters.status;
  if (filters.reviewPending) query.reviewPending = true;
  if (filters.rep) query.rep = filters.rep;
  Object.assign(query, listRange(filters.from, filters.to));
  if (filters.q) query.q = filters.q;
  if (filters.cursor) query.cursor = filters.cursor;
  if (visibleTo) query.visibleTo = visibleTo;
  return query;
}

/** The filters as a query string (no leading `?`), in the form's own names; `cursor` replaced when given. */
export function listQueryString(filters: ListFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.reviewPending) params.set('review', 'pending');
  if (filters.rep) params.set('rep', filters.rep);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.limit) params.set('limit', String(filters.limit));
  const c = cursor === undefined ? filters.cursor : cursor;
  if (c) params.set('cursor', c);
  return params.toString();
}

/** The list's URL for these filters. */
export function listHref(filters: ListFilters, cursor?: string | null): string {
  const qs = listQueryString(filters, cursor);
  return qs ? `/?${qs}` : '/';
}

/** Whether any filter is set (the cursor is not a filter). */
export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.status || filters.reviewPending || filters.rep || filters.from || filters.to || filters.q);
}

/** How many earlier pages' cursors the list's links carry (`back`), so "Previous page" can go back that far. */
export const MAX_BACK = 50;
const CURSOR_TEXT = /^[A-Za-z0-9_-]{1,512}$/;

/**
 * The cursors of the pages before the one shown, oldest first, as the pager's links carry them (`back=c1,c2`):
 * the index pages forward only, so "Previous page" goes to the last of them. Anything that is not a list of
 * cursors is read as none (the pager then offers the first page).
 */
export function parseBackCursors(query: Record<string, unknown>): string[] {
  const v = query.back;
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string' || !s) return [];
  const cursors = s.split(',');
  return cursors.every((c) => CURSOR_TEXT.test(c)) ? cursors.slice(-MAX_BACK) : [];
}
