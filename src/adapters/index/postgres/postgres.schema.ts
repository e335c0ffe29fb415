import { permanent } from '../../../errors/app-error.ts';
import type { SqlClient } from './sql-client.ts';

/** Bumped when the table changes shape; an index written by a newer callscribe is refused, not guessed at. */
export const INDEX_SCHEMA_VERSION = 1;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Bumped when `search`'s expression changes: an index holding an older one (meta `search_version`,
 * absent before version 2) gets the column rebuilt when it opens. Readers of either expression work on
 * both, so this is not a schema version. 3: each field its own span of positions. 4: the customer's phone digits.
 * 5: the phone's national forms too, and the customer's e-mail address. 6: those forms as dialled (trunk 0, 00).
 */
export const SEARCH_VERSION = 6;

/**
 * Positions left empty between two fields in `search`, so a phrase ("Freight renewal", follow-up) never
 * matches the end of one field and the start of the next: more than a phrase typed in a search box
 * spans, stop words included. Positions stop at 16,383, where a very long transcript's last words
 * already share one; the gaps (8 of them) bring that point forward by 7 × FIELD_GAP words.
 */
const FIELD_GAP = 100;
/** A lexeme `to_tsvector` never makes (it lower-cases every word): it holds the gap, then is deleted. */
const GAP_LEXEME = 'FIELD_GAP';

/**
 * What `search` holds: the customer's name, their company and the rep's name (A) in two forms,
 * English-stemmed for the English query (`searchQuery`: "Hastings" becomes 'hast' on both sides) and
 * unstemmed ('simple'), the only form of a name English drops as a stop word ("Don", "Will"), for the
 * query's such words; the digits of the customer's phone number (A, `phoneDigits` writes a number in a
 * query the same way) and the forms the number is dialled in: those digits without their first one, two or
 * three (one of which is the number without its country code), the same after a trunk 0, and all of them after
 * 00 (from abroad); the customer's e-mail address (A,
 * one word, so a data subject's calls are found by the address they gave); the summary (A) and the transcript (B), English-stemmed. Concatenating vectors
 * moves the right one's positions past the left one's last; a gap lexeme at FIELD_GAP moves them
 * further, and is deleted at the end.
 */
const PHONE_DIGITS = `nullif(regexp_replace(customer_phone, '[^0-9]', '', 'g'), '')`;
/**
 * The E.164 digits and '00' before them (dialled from abroad); the same without the first 1, 2 and 3 digits
 * (country codes are 1 to 3 digits long), bare and after a trunk '0' (dialled at home). A query's number keeps
 * its digits (`phoneDigits`), so the vector holds each form it may be written in.
 */
const PHONE_FORMS = [
  PHONE_DIGITS,
  `'00' || ${PHONE_DIGITS}`,
  ...[2, 3, 4].flatMap((from) => [`substr(${PHONE_DIGITS}, ${from})`, `'0' || substr(${PHONE_DIGITS}, ${from})`]),
].join(` || ' ' || `);
const FIELDS: readonly [config: 'english' | 'simple', column: string, weight: 'A' | 'B'][] = [
  ['english', 'customer_name', 'A'],
  ['english', 'customer_company', 'A'],
  ['english', 'rep_name', 'A'],
  ['simple', 'customer_name', 'A'],
  ['simple', 'customer_company', 'A'],
  ['simple', 'rep_name', 'A'],
  ['simple', PHONE_FORMS, 'A'],
  ['simple', 'customer_email', 'A'],
  ['english', 'summary', 'A'],
  ['english', 'transcript_text', 'B'],
];
const SEARCH_EXPRESSION = `ts_delete(
        ${FIELDS.map(([config, column, weight]) => `setweight(to_tsvector('${config}', coalesce(${column}, '')), '${weight}')`).join(` || '${GAP_LEXEME}:${FIELD_GAP}'::tsvector ||\n        `)},
        '${GAP_LEXEME}')`;

/** Table names inside `schema`, quoted for SQL. */
export interface IndexTables {
  calls: string;
  meta: string;
  /** The sequence numbering the rows' writes (`written`). */
  writes: string;
}

export function indexTables(schema: string): IndexTables {
  if (!SCHEMA_NAME.test(schema)) {
    throw permanent('INDEX_SCHEMA_NAME', `"${schema}" is not a usable Postgres schema name for the call index (lower-case letters, digits and _, at most 63).`);
  }
  return { calls: `"${schema}".call_index`, meta: `"${schema}".call_index_meta`, writes: `"${schema}".call_index_writes` };
}

/**
 * Creates the index's tables and indexes when they are missing; safe to run from several processes at
 * once (one statement batch, one implicit transaction, serialised by an advisory lock).
 *
 * `search` weighs the customer's and rep's names, the company and the summary (A) above the transcript
 * (B), so a call with Juniper Freight as its customer, or whose summary names a word, ranks above one
 * whose transcript mentions it in passing. `sort_at` is when the call happened, else when it
 * arrived; every list order and keyset cursor is on (sort_at DESC, id DESC), and each filter has a
 * b-tree that serves that order.
 *
 * `search` is stored MAIN: compressed but kept in the row. Left EXTENDED, a call's vector (~1.2 KB
 * compressed at 500 transcript words) goes to the TOAST table, and every search that tests or ranks a
 * row fetches it from there: measured 3–6 times slower (PGlite 100,000 rows: 1.7 s against 0.3 s to
 * rank them all; Postgres 287 against 111 ms). The transcript, which no query reads, moves out instead.
 * Existing rows keep their old storage until they are written again (`callscribe reindex`).
 */
export async function ensureIndexSchema(client: SqlClient, schema: string): Promise<void> {
  const t = indexTables(schema);
  await client.exec(`
    SELECT pg_advisory_xact_lock(hashtext('callscribe.call_index.${schema}'));
    CREATE SCHEMA IF NOT EXISTS "${schema}";
    CREATE TABLE IF NOT EXISTS ${t.meta} (key text PRIMARY KEY, value text NOT NULL);
    INSERT INTO ${t.meta} (key, value) VALUES ('schema_version', '${INDEX_SCHEMA_VERSION}') ON CONFLICT (key) DO NOTHING;
    CREATE TABLE IF NOT EXISTS ${t.calls} (
      id text PRIMARY KEY,
      status text NOT NULL,
      started_at timestamptz,
      received_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      sort_at timestamptz GENERATED ALWAYS AS (coalesce(started_at, received_at)) STORED,
      rep_name text,
      rep_email text,
      customer_name text,
      customer_company text,
      customer_phone text,
      customer_email text,
      uploaded_by text,
      duration_sec double precision,
      summary text,
      proposed_stage text,
      pending_decisions integer NOT NULL DEFAULT 0,
      transcript_text text,
      search tsvector GENERATED ALWAYS AS (${SEARCH_EXPRESSION}
      ) STORED
    );
    -- Added after version 1 shipped (work, then error_code): rows written before hold NULL until written again (\`callscribe reindex\`).
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS work jsonb;
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS error_code text;
    -- Added for the list's reasons (why a call waits, and for whom): rows written before hold an empty list and 0
    -- until written again (\`callscribe reindex\`); the list then shows the count alone.
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS pending_kinds text[] NOT NULL DEFAULT '{}';
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS pending_rep integer NOT NULL DEFAULT 0;
    -- The deal-stage decision once made, and the recording's file name: NULL on rows written before, until written again.
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS stage_state text;
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS stage_set text;
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS recording_name text;
    -- Why a call waits to try its step again: NULL on rows written before, until written again.
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS retrying_code text;
    -- Search versions 4 and 5 read them: added before the search column is rebuilt below.
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS customer_phone text;
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS customer_email text;
    -- When the row was last written, as a number that only grows (a sequence, not a clock: two writes in
    -- one clock tick still differ): a rebuild removes only rows it did not find in S3 and nobody wrote
    -- since it started. Rows older than the column get numbers when it is added.
    CREATE SEQUENCE IF NOT EXISTS ${t.writes};
    ALTER TABLE ${t.calls} ADD COLUMN IF NOT EXISTS written bigint NOT NULL DEFAULT nextval('${t.writes}');
    -- A generated column's expression cannot be altered: the column is dropped (its GIN index with it,
    -- created again below) and added again, which computes every row's vector, kept in the row (MAIN)
    -- as it is written, in the same statement; then statistics, since the old column's went with it.
    -- A table just created goes through this once too, at no cost: it has no rows.
    DO $$ BEGIN
      IF coalesce((SELECT value::int FROM ${t.meta} WHERE key = 'search_version'), 1) < ${SEARCH_VERSION} THEN
        ALTER TABLE ${t.calls} DROP COLUMN search;
        ALTER TABLE ${t.calls} ADD COLUMN search tsvector GENERATED ALWAYS AS (${SEARCH_EXPRESSION}
        ) STORED, ALTER COLUMN search SET STORAGE MAIN;
        INSERT INTO ${t.meta} (key, value) VALUES ('search_version', '${SEARCH_VERSION}') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
        ANALYZE ${t.calls};
      END IF;
    END $$;
    DO $$ BEGIN
      IF (SELECT attstorage FROM pg_attribute WHERE attrelid = '${t.calls}'::regclass AND attname = 'search') <> 'm' THEN
        ALTER TABLE ${t.calls} ALTER COLUMN search SET STORAGE MAIN;
      END IF;
    END $$;
    CREATE INDEX IF NOT EXISTS call_index_sort_idx ON ${t.calls} (sort_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS call_index_status_idx ON ${t.calls} (status, sort_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS call_index_rep_idx ON ${t.calls} (lower(rep_email), sort_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS call_index_uploaded_by_idx ON ${t.calls} (lower(uploaded_by), sort_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS call_index_pending_idx ON ${t.calls} (sort_at DESC, id DESC) WHERE pending_decisions > 0;
    CREATE INDEX IF NOT EXISTS call_index_failed_code_idx ON ${t.calls} (error_code) WHERE status = 'failed';
    CREATE INDEX IF NOT EXISTS call_index_search_idx ON ${t.calls} USING gin (search);
  `);
  const { rows } = await client.query<{ value: string }>(`SELECT value FROM ${t.meta} WHERE key = 'schema_version'`);
  const stored = Number(rows[0]?.value);
  if (stored !== INDEX_SCHEMA_VERSION) {
    throw permanent(
      'INDEX_SCHEMA_VERSION',
      `The call index in schema "${schema}" has version ${rows[0]?.value ?? 'none'}, this callscribe expects ${INDEX_SCHEMA_VERSION}. ` +
        'The index is a cache of S3: drop its tables (or point DATABASE_URL elsewhere) and run `callscribe reindex`.',
    );
  }
}
