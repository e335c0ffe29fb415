import { SEARCH_CANDIDATES, TOTAL_COUNTED, type CallIndex, type CallIndexDocument, type CallListPage, type CallListQuery, type RebuildMark } from '../../../ports/call-index.ts';
import { encodeCursor } from './call-index.cursor.ts';
import { filterConditions, isoOf, itemOf, listStatement, Params, visibilityCondition, type ListRow, type SearchSpan } from './postgres.list-query.ts';
import { workStatement, workGroupOf } from './postgres.work-query.ts';
import { ensureIndexSchema, indexTables } from './postgres.schema.ts';
import type { SqlClient } from './sql-client.ts';

/** The Postgres call index, plus a batch write for bulk loads (a rebuild, the bench). */
export interface PostgresCallIndex extends CallIndex {
  /** Upserts many documents in one multi-row statement per batch, with `upsert`'s rules. */
  upsertMany(docs: readonly CallIndexDocument[]): Promise<void>;
  /**
   * Refreshes the planner's statistics and the visibility map now (VACUUM (ANALYZE)), after waiting
   * for a refresh already running. Writes start an ANALYZE (VACUUM (ANALYZE) on PGlite, which has no
   * autovacuum) by themselves once enough rows changed; call this after a bulk load to have it done
   * before the next query (without the visibility map the pending-review count reads the table).
   */
  maintain(): Promise<void>;
}

export interface PostgresCallIndexOptions {
  /** Postgres schema holding the index's tables; `public` by default. Tests use one per test. */
  schema?: string;
  /** For logs; never holds a password. */
  describe: string;
  /** How many of the newest matches a search ranks; `SEARCH_CANDIDATES` by default (tests use fewer). */
  searchCandidates?: number;
  /** How many matching calls a list counts at most (tests lower it); default `TOTAL_COUNTED`. */
  totalCounted?: number;
  /**
   * What `maintain` runs: `analyze` on a server (its autovacuum vacuums), `vacuum` (VACUUM (ANALYZE))
   * on PGlite, which has no autovacuum: without it dead row versions pile up and index-only scans
   * (the pending-review count) must still visit the table.
   */
  maintenance?: 'analyze' | 'vacuum';
}

/**
 * Statistics go stale after this many written or removed rows plus this share of the rows counted
 * at the last ANALYZE (Postgres's autovacuum analyzes at 50 + 10%). Without statistics the planner
 * guesses every word is rare and ranks searches through the GIN index, reading every match; with
 * them it walks the date index for common words.
 */
const STALE_AFTER_ROWS = 500;
const STALE_AFTER_SHARE = 0.1;

const COLUMNS = [
  ['id', 'text'],
  ['status', 'text'],
  ['started_at', 'timestamptz'],
  ['received_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['rep_name', 'text'],
  ['rep_email', 'text'],
  ['customer_name', 'text'],
  ['customer_company', 'text'],
  ['customer_phone', 'text'],
  ['uploaded_by', 'text'],
  ['duration_sec', 'float8'],
  ['summary', 'text'],
  ['proposed_stage', 'text'],
  ['pending_decisions', 'int'],
  ['transcript_text', 'text'],
  ['work', 'jsonb'],
  ['error_code', 'text'],
  ['customer_email', 'text'],
  ['pending_kinds', 'text[]'],
  ['pending_rep', 'int'],
  ['stage_state', 'text'],
  ['stage_set', 'text'],
  ['recording_name', 'text'],
  ['retrying_code', 'text'],
] as const;

/** Postgres text cannot hold NUL; a transcript that somehow carries one must not fail the write. */
const clean = (s: string | null | undefined) => (s == null ? null : s.replaceAll('\u0000', ''));
/** Timestamps are kept to the millisecond, so a cursor written from a JS Date finds its row exactly. */
const instant = (s: string | null) => (s === null ? null : isoOf(s));

function valuesOf(doc: CallIndexDocument): unknown[] {
  return [
    doc.id,
    doc.status,
    instant(doc.startedAt),
    instant(doc.receivedAt),
    instant(doc.updatedAt),
    clean(doc.rep?.name),
    clean(doc.rep?.email),
    clean(doc.customer?.name),
    clean(doc.customer?.company),
    clean(doc.customer?.phone),
    clean(doc.uploadedBy),
    doc.durationSec,
    clean(doc.summary),
    doc.proposedStage,
    doc.pendingDecisions,
    clean(doc.transcriptText),
    doc.work ? JSON.stringify(doc.work) : null,
    clean(doc.errorCode),
    clean(doc.customerEmail),
    doc.pendingKinds,
    doc.pendingForRep,
    doc.stageDecision?.state ?? null,
    doc.stageDecision?.stage ?? null,
    clean(doc.recordingName),
    clean(doc.retryingCode),
  ];
}

/** Rows per INSERT: 25 parameters each, well under Postgres's 65,535 per statement. */
const BATCH = 500;
/** Ids per DELETE of calls a rebuild did not find. */
const REMOVE_BATCH = 1000;

/**
 * A `CallIndex` over any `SqlClient` (PGlite in process, or a `pg` Pool): creates its schema when it
 * opens, then answers the port with one statement per call.
 *
 * Choices the port leaves open: `from` and `to` are both inclusive; a capitalised stop word outside quotes
 * (such as "Don") is looked for in the names alone (in lower case it is left out, unless the text has
 * no other word), and a `q` with no word at all (only punctuation)
 * matches nothing, so the page is empty; a search's cursor
 * is an offset into the ranked order, a plain list's is a keyset position, and neither pages the other.
 */
export async function createPostgresCallIndex(client: SqlClient, opts: PostgresCallIndexOptions): Promise<PostgresCallIndex> {
  const schema = opts.schema ?? 'public';
  await ensureIndexSchema(client, schema);
  const t = indexTables(schema);
  const candidates = opts.searchCandidates ?? SEARCH_CANDIDATES;
  const countedAtMost = opts.totalCounted ?? TOTAL_COUNTED;

  /**
   * The calls a list's filters match over all its pages (its conditions without cursor or search), counted up to one
   * past `countedAtMost`, so a list of every call costs the same at any volume.
   */
  const countMatching = async (query: CallListQuery): Promise<number> => {
    const p = new Params();
    const where = filterConditions(query, p);
    const upTo = p.add(countedAtMost + 1, 'int');
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${t.calls}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} LIMIT ${upTo}) matching`, p.values);
    return Number(rows[0]?.n ?? 0);
  };

  // Keeps the statistics current (see STALE_AFTER_ROWS): one run at a time, started by writes, in the
  // background (a write never waits for it, `close` does); a failure only leaves them stale.
  let rowsAtAnalyze = 0;
  let changedSince = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let vacuumNext = false;
  async function runMaintenance(): Promise<void> {
    do {
      again = false;
      changedSince = 0;
      const vacuum = opts.maintenance === 'vacuum' || vacuumNext;
      vacuumNext = false;
      await client.exec(`${vacuum ? 'VACUUM (ANALYZE)' : 'ANALYZE'} ${t.calls}`);
      const { rows } = await client.query<{ n: number }>(`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = '${t.calls}'::regclass`);
      rowsAtAnalyze = Number(rows[0]?.n ?? 0);
    } while (again);
  }
  function startMaintenance(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = runMaintenance()
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
    return running;
  }
  function changed(rows: number): void {
    changedSince += rows;
    if (changedSince >= STALE_AFTER_ROWS + STALE_AFTER_SHARE * rowsAtAnalyze) void startMaintenance();
  }
  {
    // An index never analyzed (new, or written before this check existed) gets statistics now.
    const { rows } = await client.query<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '${t.calls}'::regclass`);
    const n = Number(rows[0]?.n ?? -1);
    if (n < 0) await startMaintenance();
    else rowsAtAnalyze = n;
  }
  const updates = COLUMNS.filter(([name]) => name !== 'id')
    .map(([name]) => `${name} = excluded.${name}`)
    .join(', ');

  async function upsertMany(docs: readonly CallIndexDocument[]): Promise<void> {
    // One statement cannot touch a row twice: keep the newest version of each id.
    const newest = new Map<string, CallIndexDocument>();
    for (const doc of docs) {
      const seen = newest.get(doc.id);
      if (!seen || Date.parse(seen.updatedAt) <= Date.parse(doc.updatedAt)) newest.set(doc.id, doc);
    }
    const all = [...newest.values()];
    for (let start = 0; start < all.length; start += BATCH) {
      const p = new Params();
      const rows = all.slice(start, start + BATCH).map((doc) => {
        const values = valuesOf(doc);
        return `(${COLUMNS.map(([, type], i) => p.add(values[i], type)).join(', ')})`;
      });
      await client.query(
        `INSERT INTO ${t.calls} (${COLUMNS.map(([name]) => name).join(', ')}) VALUES ${rows.join(', ')} ` +
          `ON CONFLICT (id) DO UPDATE SET ${updates}, written = nextval('${t.writes}') WHERE ${t.calls}.updated_at <= excluded.updated_at`,
        p.values,
      );
    }
    changed(all.length);
  }

  return {
    describe: opts.describe,
    upsertMany,
    upsert: (doc) => upsertMany([doc]),
    maintain: async () => {
      await running;
      vacuumNext = true;
      await startMaintenance();
    },

    async remove(id) {
      await client.query(`DELETE FROM ${t.calls} WHERE id = $1`, [id]);
      changed(1);
    },

    async list(query: CallListQuery): Promise<CallListPage> {
      const searching = Boolean(query.q?.trim());
      const statement = listStatement(t.calls, searching ? query : { ...query, q: undefined }, searching, candidates);
      const result = await client.query<ListRow & Partial<SearchSpan>>(statement.text, statement.values);
      const span = searching ? result.rows[0] : undefined;
      // A search past its last page is one row holding only the span.
      const rows = searching ? result.rows.filter((row) => row.id !== null) : result.rows;
      const page = rows.slice(0, query.limit);
      const more = rows.length > query.limit;
      const last = page.at(-1);
      let nextCursor: string | null = null;
      if (more && last) {
        if (searching) {
          const from = statement.cursor?.kind === 'offset' ? statement.cursor : null;
          const newest = from?.newest ?? (span?.newest_at && span.newest_id ? { sortAt: isoOf(span.newest_at), id: span.newest_id } : undefined);
          nextCursor = encodeCursor({ kind: 'offset', offset: (from?.offset ?? 0) + page.length, ...(newest ? { newest } : {}) });
        } else {
          nextCursor = encodeCursor({ kind: 'after', sortAt: isoOf(last.sort_at), id: last.id });
        }
      }
      const limited = searching && Number(span?.matched ?? 0) > candidates;
      const counted = searching ? Math.min(Number(span?.matched ?? 0), candidates) : await countMatching(query);
      const total = Math.min(counted, countedAtMost);
      return { calls: page.map(itemOf), nextCursor, total, ...(counted > countedAtMost ? { totalLimited: true as const } : {}), ...(limited ? { searchLimited: true as const } : {}) };
    },

    async workByRepAndWeek(query) {
      const statement = workStatement(t.calls, query);
      const { rows } = await client.query<Record<string, unknown>>(statement.text, statement.values);
      return rows.map(workGroupOf);
    },

    async countFailedByCode() {
      const { rows } = await client.query<{ code: string | null; n: number }>(
        `SELECT error_code AS code, count(*)::int AS n FROM ${t.calls} WHERE status = 'failed' GROUP BY error_code ORDER BY n DESC, error_code NULLS LAST`,
      );
      return rows.map((row) => ({ code: row.code, calls: Number(row.n) }));
    },

    async countPendingReview(visibleTo) {
      const p = new Params();
      const where = ['pending_decisions > 0', ...(visibleTo ? [visibilityCondition(visibleTo, p)] : [])];
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t.calls} WHERE ${where.join(' AND ')}`, p.values);
      return Number(rows[0]?.n ?? 0);
    },

    async countPendingForRep(visibleTo) {
      const p = new Params();
      const where = ['pending_rep > 0', ...(visibleTo ? [visibilityCondition(visibleTo, p)] : [])];
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t.calls} WHERE ${where.join(' AND ')}`, p.values);
      return Number(rows[0]?.n ?? 0);
    },

    async markRebuild(): Promise<RebuildMark> {
      const { rows } = await client.query<{ at: string }>(`SELECT nextval('${t.writes}')::text AS at`);
      return { at: rows[0]!.at };
    },

    // Reads the ids not written since the mark and deletes those the rebuild did not find, a batch at a
    // time; each DELETE checks the mark again, so a row written in between stays.
    async removeStale(mark, present) {
      const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${t.calls} WHERE written < $1::bigint`, [mark.at]);
      const gone = rows.map((row) => row.id).filter((id) => !present.has(id));
      let removed = 0;
      for (let start = 0; start < gone.length; start += REMOVE_BATCH) {
        const result = await client.query<{ id: string }>(`DELETE FROM ${t.calls} WHERE id = ANY($1::text[]) AND written < $2::bigint RETURNING id`, [
          gone.slice(start, start + REMOVE_BATCH),
          mark.at,
        ]);
        removed += result.rows.length;
      }
      if (removed) changed(removed);
      return removed;
    },

    close: async () => {
      await running;
      await client.close();
    },
  };
}
