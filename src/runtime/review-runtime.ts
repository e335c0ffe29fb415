import type { ConnectionOptions, Worker } from 'bullmq';
import type { Config } from '../config/env.ts';
import { withinRedisAnswer } from '../errors/redis-unreachable.ts';
import { openCallIndex } from '../adapters/index/postgres/open-call-index.ts';
import { crmRecordLinks } from '../adapters/registry.ts';
import type { AppDeps } from '../http/build-app.ts';
import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallIndex } from '../ports/call-index.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import { isNotified } from '../notify/call-event.ts';
import { parseNotifyEnv } from '../notify/notify-env.ts';
import { startNotifications, type Notifications, type NotificationsOptions } from '../notify/notifications.ts';
import { createIndexNotifier, refreshIndex, startIndexWorker, type IndexNotifier } from '../queues/index-queue.ts';
import { redisCallLocks } from '../review/call-lock.ts';
import { redisDeliveryLedger } from '../intake/delivery-ledger.ts';
import { openingIndex } from './opening-index.ts';

export type ReviewDeps = Pick<AppDeps, 'index' | 'locks' | 'deliveries' | 'reindexCall' | 'canCreateContact' | 'crmRecordUrl' | 'crm'>;

export interface ReviewRuntimeOptions {
  config: Config;
  blobs: BlobStore;
  connection: ConnectionOptions;
  prefix: string;
  crm: Pick<CrmAdapter, 'createContact' | 'getDeal' | 'getContact'>;
  logger: Logger;
  /** Where the notification variables (NOTIFY_*) are read; process.env by default. */
  env?: Record<string, string | undefined>;
  /** Tests: the HTTP client, clock and retry settings of notification deliveries. */
  notify?: Pick<NotificationsOptions, 'fetch' | 'clock' | 'delivery'>;
  /** Tests: stands between the opened index and everything here that uses it (an index that fails). */
  wrapIndex?: (index: CallIndex) => CallIndex;
}

/** The review runtime; `close` ends what it started. */
export interface ReviewRuntime {
  deps: ReviewDeps;
  close(): Promise<void>;
}

/**
 * What the API process needs for review: the call index it owns (PGlite under DATA_DIR, or
 * DATABASE_URL) with the worker that keeps it up to date from the index queue, and call locks in Redis.
 * It sees every change of every call (workers report theirs through the index queue, review actions
 * and the single-process stack's steps refresh the index directly), so it is also where notifications
 * are raised when they are configured. A direct refresh that fails is handed to the index queue, whose
 * worker tries it again as it does a worker's report. Resolves once the index is open (and migrated).
 */
export async function startReviewRuntime(opts: ReviewRuntimeOptions): Promise<ReviewRuntime> {
  // Nothing answers until it is open: PGlite may migrate on this thread.
  const runtime = beginReviewRuntime(opts, { migrateOffThread: false });
  try {
    await runtime.open();
  } catch (err) {
    await runtime.close();
    throw err;
  }
  return runtime;
}

/**
 * The review runtime at once, its index opened (and migrated) in the background from `open()`, for a process
 * that must answer meanwhile (`serve`, which calls it once it listens): until the index is open, its reads
 * fail with retryable `INDEX_MIGRATING` (503), and its writes (a call's refresh, an erased call's removal) are
 * handed to the index queue, whose worker starts once the index is open. `open()` rejects when the index
 * cannot be opened (in use, unreachable, a newer schema): the process should stop with that error. The
 * notification settings are checked before this returns (a ConfigError is thrown at once). PGlite's migration
 * runs in a worker thread unless `migrateOffThread` is false (the process answers nothing until it is open).
 */
export function beginReviewRuntime(opts: ReviewRuntimeOptions, how: { migrateOffThread?: boolean } = {}): ReviewRuntime & { open(): Promise<void> } {
  const notifyConfig = parseNotifyEnv(opts.env ?? process.env, opts.config.http.publicBaseUrl);
  const locks = redisCallLocks(opts.connection as Parameters<typeof redisCallLocks>[0], { logger: opts.logger });
  const deliveries = redisDeliveryLedger(opts.connection as Parameters<typeof redisDeliveryLedger>[0], { prefix: `${opts.prefix}:delivered:`, logger: opts.logger });
  let notifications: Notifications | null = null;
  let worker: Worker | null = null;
  let repairs: IndexNotifier | null = null;
  // The index the call-change path writes to once open: announcing changes when notifications are on.
  let observed: CallIndex | null = null;
  const opening = openingIndex(async () => {
    opts.logger.info('opening the call index (and migrating it, when this version changed it); until it is open, lists, searches and reports answer 503 INDEX_MIGRATING');
    const opened = await openCallIndex({ databaseUrl: opts.config.databaseUrl, dataDir: opts.config.dataDir }, { migrateOffThread: how.migrateOffThread ?? true });
    const index = opts.wrapIndex ? opts.wrapIndex(opened) : opened;
    try {
      if (notifyConfig) notifications = startNotifications({ ...opts.notify, config: notifyConfig, connection: opts.connection, prefix: opts.prefix, blobs: opts.blobs, logger: opts.logger.child({ step: 'notify' }) });
      const announced = notifications;
      const changes = announced ? announcingIndex(index, announced) : index;
      worker = startIndexWorker({
        connection: opts.connection, prefix: opts.prefix, blobs: opts.blobs, index: changes, logger: opts.logger.child({ step: 'index' }),
        ...(announced ? { onGivingUp: (callId: string) => announced.observe(callId) } : {}),
      });
      observed = changes;
    } catch (err) {
      await worker?.close();
      await notifications?.close();
      await index.close();
      throw err;
    }
    opts.logger.info({ index: index.describe, notify: { webhook: Boolean(notifyConfig?.webhook), slack: Boolean(notifyConfig?.slack) } }, 'call index open');
    return index;
  });
  /** Hands a call's index refresh to the index worker (opened on the first hand-over: most processes never make one). */
  const handOver = async (callId: string) => {
    repairs ??= createIndexNotifier(opts.connection, opts.prefix, opts.logger);
    // Bounded like the API's other queuing: a Redis that is away too must not hold the caller.
    await withinRedisAnswer(repairs.notify(callId));
  };
  const index: CallIndex = {
    ...opening.index,
    // The refresh of a call no longer in S3 removes its row: an erasure is not refused while the index migrates.
    remove: (id) => (opening.isOpen() ? opening.index.remove(id) : handOver(id)),
    close: () => opening.index.close(),
    get describe() {
      return opening.index.describe;
    },
  };
  return {
    open: () => opening.start().then(() => undefined),
    deps: {
      index,
      locks,
      deliveries,
      reindexCall: async (callId) => {
        if (observed) {
          try {
            await refreshIndex(opts.blobs, observed, callId);
            return;
          } catch (err) {
            opts.logger.warn({ callId, err: (err as Error).message }, 'could not update the call index; the index worker tries again');
          }
        }
        // While the index opens, every change is handed over: the worker starts once it is open.
        await handOver(callId);
      },
      canCreateContact: Boolean(opts.crm.createContact),
      crm: opts.crm,
      crmRecordUrl: crmRecordLinks(opts.config),
    },
    async close() {
      // A migration under way is not cut short: what it opened is closed once it ends.
      await opening.settled();
      await repairs?.close();
      await worker?.close();
      await notifications?.close();
      await locks.close();
      await deliveries.close();
      await opening.index.close();
    },
  };
}

/**
 * The index as the call-change path writes to it: every document it stores is the call's latest state,
 * read from S3, so a call that reached an announced status is handed to the notifications as well.
 * Queuing an event happens after the index is updated; when either fails, the change's refresh fails and
 * is retried like any other (the event id keeps a retry from queuing it twice). When its last attempt
 * fails, the event is queued without the row (the index worker's `onGivingUp`): an index that stays
 * down delays an event, never drops it.
 */
function announcingIndex(index: CallIndex, notifications: Notifications): CallIndex {
  return {
    async upsert(doc) {
      await index.upsert(doc);
      if (isNotified(doc.status)) await notifications.observe(doc.id);
    },
    remove: (id) => index.remove(id),
    list: (query) => index.list(query),
    countPendingReview: (visibleTo) => index.countPendingReview(visibleTo),
    countPendingForRep: (visibleTo) => index.countPendingForRep(visibleTo),
    countFailedByCode: () => index.countFailedByCode(),
    workByRepAndWeek: (query) => index.workByRepAndWeek(query),
    markRebuild: () => index.markRebuild(),
    removeStale: (mark, present) => index.removeStale(mark, present),
    close: () => index.close(),
    get describe() {
      return index.describe;
    },
  };
}
