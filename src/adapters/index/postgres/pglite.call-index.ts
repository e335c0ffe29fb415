import { PGlite } from '@electric-sql/pglite';
import { chmod, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lockPgliteDir, type DirLock } from './pglite-dir-lock.ts';
import { migratePgliteInThread } from './pglite-migrate-thread.ts';
import { createPostgresCallIndex, type PostgresCallIndex } from './postgres.call-index.ts';
import { classified, classifySqlError, type SqlClient } from './sql-client.ts';

/**
 * The call index in process (PGlite, Postgres compiled to WebAssembly): kept in `dir` (created when
 * missing), or in memory when `dir` is null. The directory holds transcripts and customers' names, so it is the
 * owner's alone (0700, also when it was made before with wider rights), whatever modes PGlite gives its files. One process at a time may open a directory: the lock
 * file next to it (`lockPgliteDir`) refuses a second with `INDEX_IN_USE`. Closing the index closes its
 * PGlite and gives the directory up.
 *
 * PGlite runs every statement on the thread that calls it, holding the event loop until it ends: a
 * migration that rebuilds the search column of 100,000 rows holds it for half a minute.
 * `migrateOffThread` (a directory only) opens the directory in a worker thread first, under this
 * process's lock, migrates it there and closes it; this thread then opens an index with nothing left to do.
 */
export async function openPgliteIndex(dir: string | null, opts: { schema?: string; searchCandidates?: number; totalCounted?: number; migrateOffThread?: boolean } = {}): Promise<PostgresCallIndex> {
  const describe = dir === null ? 'pglite:memory' : `pglite:${resolve(dir)}`;
  let lock: DirLock | null = null;
  let db: PGlite;
  try {
    if (dir !== null) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      lock = await lockPgliteDir(dir);
      if (opts.migrateOffThread) await migratePgliteInThread(resolve(dir), opts.schema);
    }
    db = await PGlite.create(dir === null ? undefined : resolve(dir));
  } catch (err) {
    await lock?.release();
    throw classifySqlError(err, describe);
  }
  try {
    const index = await pgliteIndexOn(db, { ...opts, describe, ownsDb: true });
    if (!lock) return index;
    const held = lock;
    return {
      ...index,
      close: async () => {
        try {
          await index.close();
        } finally {
          await held.release();
        }
      },
    };
  } catch (err) {
    await db.close().catch(() => undefined);
    await lock?.release();
    throw err;
  }
}

/**
 * The call index inside an already open PGlite (shared with other tables, or one schema per test).
 * Unless `ownsDb`, closing the index leaves the PGlite open for its owner.
 */
export function pgliteIndexOn(db: PGlite, opts: { schema?: string; describe?: string; ownsDb?: boolean; searchCandidates?: number; totalCounted?: number } = {}): Promise<PostgresCallIndex> {
  const describe = opts.describe ?? `pglite:${db.dataDir ?? 'memory'}`;
  const client: SqlClient = {
    query: async <R>(text: string, params?: readonly unknown[]) => {
      const result = await db.query<R>(text, params ? [...params] : undefined);
      return { rows: result.rows };
    },
    exec: async (text) => {
      await db.exec(text);
    },
    close: async () => {
      if (opts.ownsDb) await db.close();
    },
  };
  return createPostgresCallIndex(classified(client, describe), { schema: opts.schema, describe, maintenance: 'vacuum', searchCandidates: opts.searchCandidates, totalCounted: opts.totalCounted });
}
