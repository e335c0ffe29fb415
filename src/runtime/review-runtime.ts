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

/**
 * What the API process needs for review: the call index it owns (PGlite under DATA_DIR, or
 * DATABASE_URL) with the worker that keeps it up to date from the index queue, and call locks in Redis.
 * It sees every change of every call (workers report theirs through the index queue, review actions
 * and the single-process stack's steps refresh the index directly), so it is also where notifications
 * are raised when they are configured. A direct refresh that fails is handed to the index queue, whose
 * worker tries it again as it does a worker's report.
 */
export async function startReviewRuntime(opts: ReviewRuntimeOptions): Promise<{ deps: ReviewDeps; close(): Promise<void> }> {
  const notifyConfig = parseNotifyEnv(opts.env ?? process.env, opts.config.http.publicBaseUrl);
  const opened = await openCallIndex({ databaseUrl: opts.config.databaseUrl, dataDir: opts.config.dataDir });
  const index = opts.wrapIndex ? opts.wrapIndex(opened) : opened;
  const locks = redisCallLocks(opts.connection as Parameters<typeof redisCallLocks>[0], { logger: opts.logger });
  const deliveries = redisDeliveryLedger(opts.connection as Parameters<typeof redisDeliveryLedger>[0], { prefix: `${opts.prefix}:delivered:`, logger: opts.logger });
  let notifications: Notifications | null = null;
  let worker: Worker | null = null;
  let repairs: IndexNotifier | null = null;
  let observed: CallIndex = index;
  try {
    if (notifyConfig) {
      notifications = startNotifications({ ...opts.notify, config: notifyConfig, connection: opts.connection, prefix: opts.prefix, blobs: opts.blobs, logger: opts.logger.child({ step: 'notify' }) });
      observed = announcingIndex(index, notifications);
    }
    const announced = notifications;
    worker = startIndexWorker({
      connection: opts.connection, prefix: opts.prefix, blobs: opts.blobs, index: observed, logger: opts.logger.child({ step: 'index' }),
      ...(announced ? { onGivingUp: (callId: string) => announced.observe(callId) } : {}),
    });
  } catch (err) {
    await worker?.close();
    await notifications?.close();
    await locks.close();
    await deliveries.close();
    await index.close();
    throw err;
  }
  opts.logger.info({ index: index.describe, notify: { webhook: Boolean(notifyConfig?.webhook), slack: Boolean(notifyConfig?.slack) } }, 'call index open');
  return {
    deps: {
      index,
      locks,
      deliveries,
      reindexCall: async (callId) => {
        try {
          await refreshIndex(opts.blobs, observed, callId);
        } catch (err) {
          opts.logger.warn({ callId, err: (err as Error).message }, 'could not update the call index; the index worker tries again');
          // Opened on the first failure: most processes never hand one over.
          repairs ??= createIndexNotifier(opts.connection, opts.prefix, opts.logger);
          // Bounded like the API's other queuing: a Redis that is away too must not hold the caller.
          await withinRedisAnswer(repairs.notify(callId));
        }
      },
      canCreateContact: Boolean(opts.crm.createContact),
      crm: opts.crm,
      crmRecordUrl: crmRecordLinks(opts.config),
    },
    async close() {
      await repairs?.close();
      await worker?.close();
      await notifications?.close();
      await locks.close();
      await deliveries.close();
      await index.close();
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
