import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { SEARCH_VERSION } from '../../src/adapters/index/postgres/postgres.schema.ts';
import type { CallIndexDocument } from '../../src/ports/call-index.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const doc = (i: number): CallIndexDocument => ({
  id: `c_${String(i).padStart(24, '0')}`,
  status: 'done',
  startedAt: null,
  receivedAt: '2026-11-17T15:00:00.000Z',
  updatedAt: '2026-11-17T15:00:00.000Z',
  rep: { name: 'Priya Raman', email: 'priya@example.com' },
  customer: { name: 'Elena Novak', company: 'Brightline Foods', phone: '+442079460321' },
  customerEmail: null,
  pendingKinds: [],
  pendingForRep: 0,
  stageDecision: null,
  recordingName: null,
  uploadedBy: null,
  durationSec: 60,
  summary: `Call ${i} about the renewal and its pricing.`,
  proposedStage: null,
  pendingDecisions: 0,
  transcriptText: `we went through the renewal the pricing and the contract for site ${i} `.repeat(30),
  work: null,
  errorCode: null,
  retryingCode: null,
});

/** Writes `rows` calls into a PGlite index at `dir`, then sets its meta as an older callscribe left it. */
async function olderIndex(dir: string, rows: number, meta: Record<string, string>): Promise<void> {
  const index = await openPgliteIndex(dir);
  await index.upsertMany(Array.from({ length: rows }, (_, i) => doc(i)));
  await index.close();
  const db = await PGlite.create(dir);
  for (const [key, value] of Object.entries(meta)) await db.query('UPDATE call_index_meta SET value = $1 WHERE key = $2', [value, key]);
  await db.close();
}

/**
 * PGlite runs its statements on the thread that calls it: a migration that rebuilds the search column
 * holds that thread's event loop until it ends, unless it runs in a worker thread (`migrateOffThread`).
 */
describe('the PGlite index migrated in a worker thread', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  });

  it('is migrated while this thread’s event loop goes on turning, and opens with the new search column', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const dir = join(temp.dir, 'index');
    await olderIndex(dir, 5000, { search_version: '3' });
    let turns = 0;
    const timer = setInterval(() => turns++, 10);
    let index;
    try {
      index = await openPgliteIndex(dir, { migrateOffThread: true });
    } finally {
      clearInterval(timer);
    }
    cleanups.push(() => index.close());
    // Held for the whole rebuild, the loop would have turned only in the moments the opening awaited I/O.
    expect(turns).toBeGreaterThan(50);
    const page = await index.list({ q: 'Brightline renewal', limit: 5 });
    expect(page.calls).toHaveLength(5);
    await index.close();
    const db = await PGlite.create(dir);
    cleanups.push(() => db.close());
    const { rows } = await db.query<{ value: string }>(`SELECT value FROM call_index_meta WHERE key = 'search_version'`);
    expect(Number(rows[0]?.value)).toBe(SEARCH_VERSION);
  }, 300_000);

  it('fails as opening on this thread does, and gives the directory up: an index a newer version wrote is refused with INDEX_SCHEMA_VERSION', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const dir = join(temp.dir, 'index');
    await olderIndex(dir, 1, { schema_version: '99' });
    await expect(openPgliteIndex(dir, { migrateOffThread: true })).rejects.toMatchObject({ code: 'INDEX_SCHEMA_VERSION', message: expect.stringMatching(/version 99/) });
    // The lock was released: the directory opens again (and is refused again, by its version).
    await expect(openPgliteIndex(dir)).rejects.toMatchObject({ code: 'INDEX_SCHEMA_VERSION' });
  }, 120_000);
});
