// `npm run bench -- --index`: list, filter and search latency of the call index with 100,000 calls,
// on PGlite (in process, on disk under .data/bench) and on a private PostgreSQL server started the
// way the tests start it. A figure, not a test: p50 and p95 per query, target p95 < 50 ms. A search
// ranks only the newest SEARCH_CANDIDATES matches; "limited" marks the searches where that left
// matches out (the page says `searchLimited`).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { openPostgresIndex } from '../../src/adapters/index/postgres/pg-pool.call-index.ts';
import type { PostgresCallIndex } from '../../src/adapters/index/postgres/postgres.call-index.ts';
import { SEARCH_CANDIDATES, type CallListQuery } from '../../src/ports/call-index.ts';
import { startPostgresServer } from '../../test/helpers/postgres-server.ts';
import { BENCH_DIR } from './inputs.ts';
import { BENCH_REP, benchDocuments, COMPANIES, FIRST_NAMES, RARE_TERMS, SPAN_MS, SPAN_START, SURNAMES } from './index-corpus.ts';

const CALLS = Number(process.env.INDEX_BENCH_CALLS ?? 100_000);
const RUNS = 40;
const WARMUP = 3;
const LIMIT = 20;
const TARGET_P95_MS = 50;

type Out = (line?: string) => void;

interface Measure {
  name: string;
  run: (index: PostgresCallIndex) => Promise<unknown>;
}

const month = (offsetMonths: number) => new Date(SPAN_START + (offsetMonths / 24) * SPAN_MS).toISOString();
const list = (query: Omit<CallListQuery, 'limit'>): Measure['run'] => (index) => index.list({ limit: LIMIT, ...query });

/** Follows cursors to page `n`, returning that page's cursor input (so only the last request is timed). */
async function cursorOfPage(index: PostgresCallIndex, n: number, query: Omit<CallListQuery, 'limit' | 'cursor'>): Promise<string> {
  let cursor: string | undefined;
  for (let page = 1; page < n; page++) {
    const next = (await index.list({ limit: LIMIT, ...query, ...(cursor ? { cursor } : {}) })).nextCursor;
    if (!next) throw new Error(`only ${page} pages`);
    cursor = next;
  }
  return cursor!;
}

async function measures(index: PostgresCallIndex): Promise<Measure[]> {
  const page50 = await cursorOfPage(index, 50, {});
  const page50Pending = await cursorOfPage(index, 50, { reviewPending: true });
  const search50 = await cursorOfPage(index, 5, { q: 'contract renewal' });
  return [
    { name: 'first page, newest', run: list({}) },
    { name: 'status=failed', run: list({ status: 'failed' }) },
    { name: 'review=pending', run: list({ reviewPending: true }) },
    { name: 'rep filter', run: list({ rep: BENCH_REP }) },
    { name: 'one month (from/to)', run: list({ from: month(10), to: month(11) }) },
    { name: 'a rep\'s own calls (visibleTo)', run: list({ visibleTo: [BENCH_REP] }) },
    { name: 'status + rep + month', run: list({ status: 'done', rep: BENCH_REP, from: month(3), to: month(9) }) },
    { name: 'q=zephyr (rare word)', run: list({ q: RARE_TERMS[0] }) },
    { name: 'q=6 rare words OR\'d (~3% of calls)', run: list({ q: RARE_TERMS.slice(0, 6).join(' OR ') }) },
    { name: 'q=pricing zephyr (common + rare)', run: list({ q: `pricing ${RARE_TERMS[0]}` }) },
    { name: 'q="security review" (phrase)', run: list({ q: '"security review"' }) },
    { name: 'q=contract renewal (two words)', run: list({ q: 'contract renewal' }) },
    { name: 'q=pricing (in most calls)', run: list({ q: 'pricing' }) },
    { name: 'q=pricing + rep (visibleTo)', run: list({ q: 'pricing', visibleTo: [BENCH_REP] }) },
    { name: 'q=pricing + one month', run: list({ q: 'pricing', from: month(10), to: month(11) }) },
    { name: 'q=a customer (full name, 0.1%)', run: list({ q: `${FIRST_NAMES[0]} ${SURNAMES[0]}` }) },
    { name: 'q=a surname (2.5%)', run: list({ q: SURNAMES[1]! }) },
    { name: 'q=a company (10% of calls)', run: list({ q: COMPANIES[3]! }) },
    { name: 'q=company + word', run: list({ q: `${COMPANIES[3]} ${RARE_TERMS[0]}` }) },
    { name: 'q=a stop-word name (names only, 4%)', run: list({ q: FIRST_NAMES[2]! }) },
    { name: 'page 50 via cursors', run: (i) => i.list({ limit: LIMIT, cursor: page50 }) },
    { name: 'page 50, review=pending', run: (i) => i.list({ limit: LIMIT, reviewPending: true, cursor: page50Pending }) },
    { name: 'search page 5 (offset cursor)', run: (i) => i.list({ limit: LIMIT, q: 'contract renewal', cursor: search50 }) },
    { name: 'countPendingReview', run: (i) => i.countPendingReview() },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Result {
  p50: number;
  p95: number;
  /** A search page that said `searchLimited`. */
  limited: boolean;
}

async function timeAll(index: PostgresCallIndex): Promise<Map<string, Result>> {
  const results = new Map<string, Result>();
  for (const m of await measures(index)) {
    let limited = false;
    for (let i = 0; i < WARMUP; i++) {
      const page = await m.run(index);
      limited ||= Boolean((page as { searchLimited?: boolean } | undefined)?.searchLimited);
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await m.run(index);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results.set(m.name, { p50: percentile(times, 50), p95: percentile(times, 95), limited });
  }
  return results;
}

async function load(index: PostgresCallIndex, out: Out, label: string): Promise<number> {
  const start = performance.now();
  let done = 0;
  for (const batch of benchDocuments(CALLS, 2000)) {
    await index.upsertMany(batch);
    done += batch.length;
    if (done % 20_000 === 0) out(`  ${label}: ${done.toLocaleString('en-US')} calls loaded (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  }
  // Statistics after the bulk load (the index also refreshes them by itself as writes accumulate).
  const analyzeStart = performance.now();
  await index.maintain();
  out(`  ${label}: statistics refreshed in ${((performance.now() - analyzeStart) / 1000).toFixed(1)} s`);
  return performance.now() - start;
}

export async function benchIndex(out: Out): Promise<void> {
  out(`## call index: ${CALLS.toLocaleString('en-US')} calls, ${LIMIT} per page, ${RUNS} timed runs per query after ${WARMUP} warm-up runs`);
  out(`   a search ranks the newest ${SEARCH_CANDIDATES.toLocaleString('en-US')} matches; target p95 < ${TARGET_P95_MS} ms`);
  const backends: { label: string; open: () => Promise<{ index: PostgresCallIndex; close: () => Promise<void> }> }[] = [
    {
      label: 'PGlite',
      open: async () => {
        await mkdir(BENCH_DIR, { recursive: true });
        const dir = await mkdtemp(join(BENCH_DIR, 'index-'));
        const index = await openPgliteIndex(dir);
        return { index, close: async () => (await index.close(), await rm(dir, { recursive: true, force: true })) };
      },
    },
    {
      label: 'PostgreSQL',
      open: async () => {
        const server = await startPostgresServer();
        const index = await openPostgresIndex(await server.createDatabase('bench'));
        return { index, close: async () => (await index.close(), await server.stop()) };
      },
    },
  ];
  const columns: { label: string; loadMs: number; results: Map<string, Result> }[] = [];
  for (const backend of backends) {
    const { index, close } = await backend.open();
    try {
      const loadMs = await load(index, out, backend.label);
      out(`  ${backend.label}: loaded in ${(loadMs / 1000).toFixed(1)} s (${index.describe})`);
      columns.push({ label: backend.label, loadMs, results: await timeAll(index) });
    } finally {
      await close();
    }
  }
  out();
  const names = [...columns[0]!.results.keys()];
  const width = Math.max(...names.map((n) => n.length));
  const cell = (ms: number) => `${ms.toFixed(1).padStart(7)}`;
  out(`${'query'.padEnd(width)}  ${columns.map((c) => `${c.label.padStart(10)} p50      p95`).join('   ')}   target p95`);
  for (const name of names) {
    const row = columns.map((c) => {
      const r = c.results.get(name)!;
      return `${' '.repeat(7)}${cell(r.p50)}  ${cell(r.p95)}${r.p95 >= TARGET_P95_MS ? ' !' : '  '}`;
    });
    const limited = columns.some((c) => c.results.get(name)!.limited);
    out(`${name.padEnd(width)}  ${row.join(' ')}  < ${TARGET_P95_MS}${limited ? '   limited' : ''}`);
  }
  out(`(milliseconds; "!" marks p95 at or above the ${TARGET_P95_MS} ms target; "limited": more than ${SEARCH_CANDIDATES.toLocaleString('en-US')} matches, the newest ranked)`);
  for (const c of columns) out(`${c.label}: load ${(c.loadMs / 1000).toFixed(1)} s for ${CALLS.toLocaleString('en-US')} calls`);
}
