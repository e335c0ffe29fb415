import { permanent } from '../../../errors/app-error.ts';
import type { StageKey } from '../../../domain/insights.ts';
import { STAGE_DECISION_STATES, type CallListItem, type CallListQuery, type StageDecisionState } from '../../../ports/call-index.ts';
import { decodeCursor, type ListCursor } from './call-index.cursor.ts';

const isStageDecisionState = (s: string | null): s is StageDecisionState => (STAGE_DECISION_STATES as readonly (string | null)[]).includes(s);

/** The columns a list row reads (never the transcript). */
export const LIST_COLUMNS =
  'id, status, started_at, received_at, sort_at, rep_name, rep_email, customer_name, customer_company, customer_phone, duration_sec, summary, proposed_stage, pending_decisions, pending_kinds, pending_rep, stage_state, stage_set, recording_name, retrying_code';

export interface ListRow {
  id: string;
  status: CallListItem['status'];
  started_at: Date | string | null;
  received_at: Date | string;
  sort_at: Date | string;
  rep_name: string | null;
  rep_email: string | null;
  customer_name: string | null;
  customer_company: string | null;
  customer_phone: string | null;
  duration_sec: number | null;
  summary: string | null;
  proposed_stage: CallListItem['proposedStage'];
  pending_decisions: number;
  pending_kinds: string[] | null;
  pending_rep: number | null;
  stage_state: string | null;
  stage_set: string | null;
  recording_name: string | null;
  retrying_code: string | null;
}

export const isoOf = (v: Date | string): string => (v instanceof Date ? v : new Date(v)).toISOString();

export function itemOf(row: ListRow): CallListItem {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at === null ? null : isoOf(row.started_at),
    receivedAt: isoOf(row.received_at),
    rep: row.rep_name === null && row.rep_email === null ? null : { name: row.rep_name, email: row.rep_email },
    customer:
      row.customer_name === null && row.customer_company === null && row.customer_phone === null
        ? null
        : { name: row.customer_name, company: row.customer_company, phone: row.customer_phone },
    durationSec: row.duration_sec === null ? null : Number(row.duration_sec),
    summary: row.summary,
    proposedStage: row.proposed_stage,
    pendingDecisions: Number(row.pending_decisions),
    pendingKinds: (row.pending_kinds ?? []) as CallListItem['pendingKinds'],
    pendingForRep: Number(row.pending_rep ?? 0),
    stageDecision: isStageDecisionState(row.stage_state) ? { state: row.stage_state, stage: (row.stage_set ?? null) as StageKey | null } : null,
    recordingName: row.recording_name,
    retryingCode: row.retrying_code ?? null,
  };
}

/** Collects positional parameters while a statement is built. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

function instant(value: string, name: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw permanent('QUERY_INVALID', `\`${name}\` must be an ISO 8601 instant such as 2026-11-17T00:00:00Z, not "${value}".`);
  return new Date(ms).toISOString();
}

/** Who may see a row: the rep on the call, or whoever uploaded it, compared case-insensitively (an empty list sees nothing). */
export function visibilityCondition(visibleTo: readonly string[], p: Params): string {
  const who = p.add(visibleTo.map((v) => v.toLowerCase()), 'text[]');
  return `(lower(rep_email) = ANY(${who}) OR lower(uploaded_by) = ANY(${who}))`;
}

/** `%`, `_` and a backslash stand for themselves in a LIKE pattern built from what someone typed. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The rep filter: an e-mail address (it has an @) is that rep's exactly, case-insensitively (the index
 * serves it); anything else is the start of the rep's name, of a word of it, or of their e-mail, so
 * "Owen Park", "owen", "park" and "owen.p" all find Owen Park's calls.
 */
function repCondition(rep: string, p: Params): string {
  const typed = rep.trim().toLowerCase();
  if (typed.includes('@')) return `lower(rep_email) = ${p.add(typed)}`;
  const start = p.add(`${likeLiteral(typed)}%`);
  const word = p.add(`% ${likeLiteral(typed)}%`);
  return `(lower(rep_name) LIKE ${start} OR lower(rep_name) LIKE ${word} OR lower(rep_email) LIKE ${start})`;
}

/** The filters every list shares (status, review, rep, dates, visibility), as SQL conditions. */
export function filterConditions(query: CallListQuery, p: Params): string[] {
  const where: string[] = [];
  if (query.status) where.push(`status = ${p.add(query.status)}`);
  if (query.reviewPending) where.push('pending_decisions > 0');
  if (query.failedWith) where.push(`status = 'failed' AND (error_code = ${p.add(query.failedWith)} OR error_code IS NULL)`);
  if (query.rep) where.push(repCondition(query.rep, p));
  if (query.from) where.push(`sort_at >= ${p.add(instant(query.from, 'from'), 'timestamptz')}`);
  if (query.to) where.push(`sort_at <= ${p.add(instant(query.to, 'to'), 'timestamptz')}`);
  if (query.visibleTo) where.push(visibilityCondition(query.visibleTo, p));
  return where;
}

/** A cursor for the kind of list being asked for: a search's cursor cannot page a plain list, nor the reverse. */
export function cursorFor(query: CallListQuery, searching: boolean): ListCursor | null {
  if (!query.cursor) return null;
  const cursor = decodeCursor(query.cursor);
  if ((cursor.kind === 'offset') !== searching) {
    throw permanent('CURSOR_INVALID', `This cursor belongs to a ${searching ? 'list without `q`' : 'search'}; start again without \`cursor\`.`);
  }
  return cursor;
}

/** A phone number in a search: `+`, then digits with spaces, dots, dashes or brackets between them, 7 digits at least. */
const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;

/**
 * A search text with each phone number in it written as its digits alone, as `search` holds the customer's
 * (E.164 without its `+`, and the forms it is dialled in at home or from abroad): `+44 20 7946-0321` looks
 * for 442079460321, one word, not four, and `020 7946 0321` for 02079460321. The digits are kept whole (no
 * prefix taken off): the same word may be a number in the summary or transcript (an order number 0123456789).
 */
export function phoneDigits(text: string): string {
  return text.replace(PHONE, (number) => {
    const digits = number.replace(/\D/g, '');
    return digits.length >= 7 ? digits : number;
  });
}

/**
 * The tsquery of a search text, in `websearch_to_tsquery`'s syntax (words, "quoted phrases", OR, -word).
 * Every word outside quotes counts: English-stemmed, as the summary, the transcript and one form of the
 * names are in `search`, so "Hastings" or "renewals" finds what it did; a capitalised word English drops
 * as a stop word (the names "Don" or "Will") unstemmed, a form only the names are also kept in, so
 * "Don pricing" needs both. Written in lower case, a stop word is the word ("will decide"), left out as
 * English leaves it, and so is a stop word of several words ("don't"); a text of stop words alone is
 * looked for unstemmed, among the names.
 * A quoted phrase is English throughout, its stop words standing between the other words.
 *
 * Postgres still reads the syntax: each word outside quotes stands in the text as a placeholder (a word
 * English keeps as it is, found nowhere in the text) and `ts_rewrite` puts the word's own tsquery in its
 * place. Immutable and constant folded, so a plan sees one tsquery.
 */
export function searchQuery(text: string, p: Params): string {
  const lower = text.toLowerCase();
  let tag = 0;
  while (lower.includes(`zq${tag}w`)) tag++;
  const words: string[] = [];
  // Split on quotes: even pieces are outside them (an unclosed quote runs to the end, as websearch reads it).
  const rewritten = text
    .split('"')
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(^|\s)(-*)([^\s]+)/gu, (all, space: string, not: string, word: string) => {
            if (/^or$/i.test(word) || !/[\p{L}\p{N}]/u.test(word)) return all;
            words.push(word);
            return `${space}${not}zq${tag}w${words.length - 1}`;
          }),
    )
    .join('"');
  let tsquery = `websearch_to_tsquery('english', ${p.add(rewritten)})`;
  words.forEach((word, i) => {
    const w = p.add(word);
    const english = `websearch_to_tsquery('english', ${w})`;
    const simple = `websearch_to_tsquery('simple', ${w})`;
    const asName = /^\p{Lu}/u.test(word) ? ` WHEN numnode(${simple}) = 1 THEN ${simple}` : '';
    const own = `(CASE WHEN numnode(${english}) > 0 THEN ${english}${asName} ELSE ''::tsquery END)`;
    tsquery = `ts_rewrite(${tsquery}, ${p.add(`zq${tag}w${i}`)}::tsquery, ${own})`;
  });
  return `(CASE WHEN numnode(${tsquery}) > 0 THEN ${tsquery} ELSE websearch_to_tsquery('simple', ${p.add(text)}) END)`;
}

/** What a search's statement adds to each row: how many candidates it found (at most `candidates + 1`) and the newest one. */
export interface SearchSpan {
  matched: number;
  newest_at: Date | string | null;
  newest_id: string | null;
}

/**
 * The statement for one page (limit + 1 rows, so the caller knows whether another page follows).
 *
 * A search ranks a bounded candidate set: the newest `candidates` matches (after the filters, and at
 * or before the cursor's `newest`), then `ts_rank` within them. Ranking reads each row's tsvector, so
 * ranking every match of a word found in most calls read ~100,000 vectors; the bounded set reads at
 * most `candidates`. Postgres finds the candidates either through the GIN index (rare words: few
 * matches, sorted by date) or by walking the date index and testing each row (common words: the
 * first `candidates` matches come quickly), choosing by the tsvector statistics ANALYZE keeps.
 * Every search row carries `SearchSpan`; a page past the end is one row of nulls but for the span.
 */
/** A phrase is checked among this many times the ranked candidates of the newest calls with all its words. */
const PHRASE_SCOPE_FACTOR = 5;

export function listStatement(
  table: string,
  query: CallListQuery,
  searching: boolean,
  candidates: number,
): { text: string; values: unknown[]; cursor: ListCursor | null } {
  const p = new Params();
  const where = filterConditions(query, p);
  const cursor = cursorFor(query, searching);
  const fetch = p.add(query.limit + 1, 'int');
  if (!searching) {
    if (cursor?.kind === 'after') where.push(`(sort_at, id) < (${p.add(cursor.sortAt, 'timestamptz')}, ${p.add(cursor.id)})`);
    const text = `SELECT ${LIST_COLUMNS} FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY sort_at DESC, id DESC LIMIT ${fetch}`;
    return { text, values: p.values, cursor };
  }
  const q = phoneDigits(query.q ?? '');
  const tsquery = searchQuery(q, p);
  if (cursor?.kind === 'offset' && cursor.newest) where.push(`(sort_at, id) <= (${p.add(cursor.newest.sortAt, 'timestamptz')}, ${p.add(cursor.newest.id)})`);
  const offset = p.add(cursor?.kind === 'offset' ? cursor.offset : 0, 'int');
  const n = p.add(candidates, 'int');
  const newestFirst = 'ORDER BY sort_at DESC, id DESC';
  // A phrase ("security review", follow-up) is tested where its words are all present, among the newest
  // PHRASE_SCOPE such calls: checking word positions in every call that has common words costs ~0.3 s
  // at 100,000 calls. More such calls than that count as more matches than ranked (searchLimited).
  const phrase = /["-]/.test(q);
  const scope = phrase ? p.add(candidates * PHRASE_SCOPE_FACTOR, 'int') : null;
  const allWords = `regexp_replace((${tsquery})::text, '<(-|[0-9]+)>', '&', 'g')::tsquery`;
  const filters = where.length ? ` AND ${where.join(' AND ')}` : '';
  const matches = phrase
    ? `scope AS MATERIALIZED (SELECT ${LIST_COLUMNS}, search FROM ${table} WHERE search @@ ${allWords}${filters} ${newestFirst} LIMIT ${scope} + 1), ` +
      `matches AS MATERIALIZED (SELECT * FROM (SELECT * FROM scope ${newestFirst} LIMIT ${scope}) s WHERE search @@ ${tsquery} ${newestFirst} LIMIT ${n} + 1), `
    : `matches AS MATERIALIZED (SELECT ${LIST_COLUMNS}, search FROM ${table} WHERE search @@ ${tsquery}${filters} ${newestFirst} LIMIT ${n} + 1), `;
  const matched = phrase ? `CASE WHEN (SELECT count(*) FROM scope) > ${scope} THEN ${n} + 1 ELSE count(*)::int END` : 'count(*)::int';
  const text =
    `WITH ${matches}` +
    `candidates AS (SELECT *, row_number() OVER (${newestFirst}) AS nth FROM matches), ` +
    `span AS (SELECT ${matched} AS matched, min(sort_at) FILTER (WHERE nth = 1) AS newest_at, min(id) FILTER (WHERE nth = 1) AS newest_id FROM candidates) ` +
    `SELECT span.matched, span.newest_at, span.newest_id, page.* FROM span LEFT JOIN LATERAL (` +
    `SELECT ${LIST_COLUMNS}, ts_rank(search, ${tsquery}) AS rank FROM candidates WHERE nth <= ${n} ` +
    `ORDER BY rank DESC, sort_at DESC, id DESC LIMIT ${fetch} OFFSET ${offset}) page ON true ` +
    `ORDER BY page.rank DESC, page.sort_at DESC, page.id DESC`;
  return { text, values: p.values, cursor };
}
