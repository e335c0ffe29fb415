import type { ConnectionOptions, Worker } from 'bullmq';
import type { Config } from '../config/env.ts';
import { openCallIndex } from '../adapters/index/postgres/open-call-index.ts';
import { crmRecordLinks } from '../adapters/registry.ts';
import type { AppDeps } from '../http/build-app.ts';
import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import { refreshIndex, startIndexWorker } from '../queues/index-queue.ts';
import { redisCallLocks } from '../review/call-lock.ts';

export type ReviewDeps = Pick<AppDeps, 'index' | 'locks' | 'reindexCall' | 'canCreateContact' | 'crmRecordUrl' | 'crm'>;

/**
 * What the API process needs for review: the call index it owns (PGlite under DATA_DIR, or
 * DATABASE_URL) with the worker that keeps it up to date from the index queue, and call locks in Redis.
 */
export async function startReviewRuntime(opts: { config: Config; blobs: BlobStore; connection: ConnectionOptions; prefix: string; crm: Pick<CrmAdapter, 'createContact' | 'getDeal'>; logger: Logger }): Promise<{ deps: ReviewDeps; close(): Promise<void> }> {
  const index = await openCallIndex({ databaseUrl: opts.config.databaseUrl, dataDir: opts.config.dataDir });
  const locks = redisCallLocks(opts.connection as Parameters<typeof redisCallLocks>[0]);
  let worker: Worker | null = null;
  try {
    worker = startIndexWorker({ connection: opts.connection, prefix: opts.prefix, blobs: opts.blobs, index, logger: opts.logger.child({ step: 'index' }) });
  } catch (err) {
    await locks.close();
    await index.close();
    throw err;
  }
  opts.logger.info({ index: index.describe }, 'call index open');
  return {
    deps: {
      index,
      locks,
      reindexCall: (callId) => refreshIndex(opts.blobs, index, callId),
      canCreateContact: Boolean(opts.crm.createContact),
      crm: opts.crm,
      crmRecordUrl: crmRecordLinks(opts.config),
    },
    async close() {
      await worker?.close();
      await locks.close();
      await index.close();
    },
  };
}
