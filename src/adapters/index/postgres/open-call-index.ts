import { join } from 'node:path';
import type { CallIndex } from '../../../ports/call-index.ts';
import { openPgliteIndex } from './pglite.call-index.ts';
import { openPostgresIndex } from './pg-pool.call-index.ts';

/**
 * The call index the configuration asks for: the Postgres server at `databaseUrl`, or, when it is
 * unset, PGlite in `${dataDir}/index`. `migrateOffThread`: PGlite's migration runs in a worker thread
 * (see `openPgliteIndex`), for a process that must go on answering meanwhile; a server migrates on its
 * own side anyway.
 */
export function openCallIndex(config: { databaseUrl: string | null; dataDir: string }, opts: { migrateOffThread?: boolean } = {}): Promise<CallIndex> {
  return config.databaseUrl ? openPostgresIndex(config.databaseUrl) : openPgliteIndex(join(config.dataDir, 'index'), { migrateOffThread: opts.migrateOffThread });
}
