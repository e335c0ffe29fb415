import { openPostgresIndex } from '../../src/adapters/index/postgres/pg-pool.call-index.ts';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import type { AppDeps } from '../../src/http/build-app.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { memoryCallLocks } from '../../src/review/call-lock.ts';

/**
 * The review parts of an app for tests: a call index kept up to date from `blobs` (in-memory PGlite, or
 * the Postgres database at `databaseUrl`), locks in memory.
 */
export async function reviewDeps(blobs: BlobStore, databaseUrl?: string): Promise<Pick<AppDeps, 'index' | 'locks' | 'reindexCall' | 'canCreateContact'> & { close(): Promise<void> }> {
  const index = databaseUrl ? await openPostgresIndex(databaseUrl) : await openPgliteIndex(null);
  const locks = memoryCallLocks();
  return {
    index,
    locks,
    reindexCall: (callId) => refreshIndex(blobs, index, callId),
    canCreateContact: true,
    close: async () => {
      await locks.close();
      await index.close();
    },
  };
}
