import { join } from 'node:path';
import type { CallIndex } from '../../../ports/call-index.ts';
import { openPgliteIndex } from './pglite.call-index.ts';
import { openPostgresIndex } from './pg-pool.call-index.ts';

/**
 * The call index the configuration asks for: the Postgres server at `databaseUrl`, or, when it is
 * unset, PGlite in `${dataDir}/index`.
 */
export function openCallIndex(config: { databaseUrl: string | null; dataDir: string }): Promise<CallIndex> {
  return config.databaseUrl ? openPostgresIndex(config.databaseUrl) : openPgliteIndex(join(config.dataDir, 'index'));
}
