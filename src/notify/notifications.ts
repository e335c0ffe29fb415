import { createHash } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { callKeys } from '../domain/call-keys.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { toAppError } from '../errors/app-error.ts';
import { standardWebhookHeaders } from '../http-client/standard-webhooks.ts';
import { erasureOf } from '../intake/erasure-mark.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import { findCall } from '../pipeline/call-record.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import { retryDelayMs, type BackoffSettings } from '../queues/backoff.ts';
import { callEvent, isNotified, type CallEventType } from './call-event.ts';
import type { NotifyConfig } from './notify-env.ts';
import { postEvent, type Destination } from './post-event.ts';
import { slackText } from './slack-message.ts';

export function notifyQueueName(prefix: string): string {
  return `${prefix}-notify`;
}

/** One delivery to one destination. `body` is dropped (null) once it is delivered or given up on. */
interface NotifyJob {
  destination: Destination;
  eventId: string;
  callId: string;
  type: CallEventType;
  body: string | null;
  /**
   * The announced call record's `createdAt`: which making of the call this is (see ErasureMark.callCreatedAt).
   * Absent on jobs queued before it was kept (they carry `enteredAt`, no longer read).
   */
  callCreatedAt?: string;
}

export interface DeliverySettings {
  /** Attempts per delivery (the first included). */
  attempts: number;
  backoff: BackoffSettings;
  /** Per request. */
  timeoutMs: number;
}

/** 8 attempts over about an hour (30 s, 1, 2, 4, 8, 16, 30 min between them, less up to 25 % jitter). */
export const DEFAULT_DELIVERY: DeliverySettings = { attempts: 8, backoff: { baseMs: 30_000, maxMs: 30 * 60_000 }, timeoutMs: 10_000 };

/** How long an erasure waits for a delivery of the call under way: its request's timeout, and the looks before it. */
export const DELIVERY_UNDER_WAY_MS = DEFAULT_DELIVERY.timeoutMs + 5_000;

/**
 * How long a finished delivery's job is kept: its id is what stops the same event being queued again.
 * Longer than MAX_EVENT_AGE_MS, so an arrival is either still remembered or too old to announce.
 */
const KEEP_FINISHED_S = 7 * 24 * 3600;
/** An arrival observed later than this (the API was down, an old call was touched) is not announced. */
export const MAX_EVENT_AGE_MS = 3 * 24 * 3600 * 1000;

export interface NotificationsOptions {
  config: NotifyConfig;
  connection: ConnectionOptions;
  prefix: string;
  blobs: BlobStore;
  logger: Logger;
  fetch?: typeof fetch;
  clock?: () => Date;
  delivery?: DeliverySettings;
}

export interface Notifications {
  /**
   * Looks at the call as it is now: when it is `needs_review`, `done` or `failed` and this arrival at the
   * status was not queued yet (by this or another process), queues its deliveries. Returns once queued;
   * delivery happens in the background, with retries.
   */
  observe(callId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Outgoing notifications: events to a Standard Webhooks receiver and, for calls awaiting review, a
 * Slack message. Each delivery is a job on the `<prefix>-notify` queue whose id is the event id and
 * the destination, so observing the same arrival twice (a re-delivered index job, two API processes)
 * queues it once; the job retries with backoff (Retry-After honoured) and stops on a refusal. A 410
 * Gone turns that destination off until its URL changes (or the Redis key named in the log is deleted).
 */
export function startNotifications(opts: NotificationsOptions): Notifications {
  const { config, logger } = opts;
  const fetchFn = opts.fetch ?? fetch;
  const clock = opts.clock ?? (() => new Date());
  const delivery = opts.delivery ?? DEFAULT_DELIVERY;
  const queue = new Queue<NotifyJob>(notifyQueueName(opts.prefix), { connection: opts.connection });
  const outage = redisOutageLog(logger, 'notifications');
  outage.watchQueue(queue);
  // For the 410 marks, which outlive any job.
  const { url: redisUrl, ...redisOptions } = opts.connection as RedisOptions & { url?: string };
  const redis = redisUrl ? new Redis(redisUrl, { ...redisOptions, maxRetriesPerRequest: 3 }) : new Redis({ ...redisOptions, maxRetriesPerRequest: 3 });
  outage.watchClient(redis);
  const urls: Record<Destination, string | null> = { webhook: config.webhook?.url ?? null, slack: config.slack?.url ?? null };
  const goneKey = (destination: Destination) =>
    `${notifyQueueName(opts.prefix)}:gone:${destination}:${createHash('sha256').update(urls[destination] ?? '').digest('hex').slice(0, 16)}`;

  const add = async (data: NotifyJob) => {
    await queue.add(data.type, data, {
      jobId: `${data.eventId}-${data.destination}`,
      attempts: delivery.attempts,
      backoff: { type: 'notify' },
      removeOnComplete: { age: KEEP_FINISHED_S },
      removeOnFail: { age: KEEP_FINISHED_S },
    });
  };

  const finish = async (job: Job<NotifyJob>) => {
    // The body holds names and e-mail addresses: once done, keep only what deduplication needs.
    await job.updateData({ ...job.data, body: null }).catch((err: unknown) => logger.debug({ err, eventId: job.data.eventId }, 'could not drop a delivered body'));
  };

  /**
   * Was the call this delivery announces erased or deleted (retention)? A deletion writes the erasure mark first
   * and deletes call.json last, so they are read the other way round: call.json found, then no mark, means no
   * deletion had begun when the mark was read. A mark found is this call's when it names the same making of the
   * call as the job (the record's createdAt, copied to both); a mark of an earlier making (a recording uploaded
   * again after its call was erased) stops nothing. The two are compared as values, never as times: the mark's
   * `at` is the deleting process's clock and the arrival the worker's, and an erasure process whose clock ran
   * behind let a delivery of the call it was erasing go out. A job queued before it named its making counts any
   * mark; a mark written before marks named theirs stops a job that names its own nothing (that is an earlier
   * erasure, or one by a process of that version, which waits for deliveries under way itself).
   */
  const callDeleted = async (callId: string, callCreatedAt: string | undefined): Promise<boolean> => {
    if (!(await opts.blobs.head(callKeys.call(callId)))) return true;
    const mark = await erasureOf(opts.blobs, callId);
    return mark !== null && (callCreatedAt === undefined || mark.callCreatedAt === callCreatedAt);
  };

  const deliver = async (job: Job<NotifyJob>) => {
    const { destination, eventId, callId, type, body, callCreatedAt } = job.data;
    const log = logger.child({ callId, eventId, type, destination });
    const url = urls[destination];
    if (body === null) return;
    if (!url) {
      log.info('notification dropped: its destination is no longer configured');
      return finish(job);
    }
    if (await redis.exists(goneKey(destination))) {
      log.warn({ redisKey: goneKey(destination) }, 'notification not sent: the receiver answered 410 Gone earlier');
      return finish(job);
    }
    // An erasure removes the call's queued deliveries, but not one being tried meanwhile; retention
    // removes none. So the call is the last thing looked at before sending. An erasure that begins after
    // that look does not stop this request; it waits for it to end instead (StepQueues.waitForDeliveries).
    if (await callDeleted(callId, callCreatedAt)) {
      log.info('notification not sent: the call was erased or deleted');
      return finish(job);
    }
    const headers = destination === 'webhook' ? standardWebhookHeaders(config.webhook!.secret, eventId, body, clock()) : {};
    try {
      await postEvent(fetchFn, destination, { url, headers, body }, delivery.timeoutMs);
    } catch (thrown) {
      const err = toAppError(thrown);
      const attempt = job.attemptsMade + 1;
      if (err.status === 410) {
        await redis.set(goneKey(destination), clock().toISOString());
        log.error(
          { code: err.code, redisKey: goneKey(destination) },
          `${destination} notifications are off: the receiver answered 410 Gone. Configure another URL, or delete the Redis key to send to this one again.`,
        );
      } else if (!err.retryable || attempt >= delivery.attempts) {
        log.error({ code: err.code, attempt, err: err.message }, 'notification not delivered; giving up');
      } else {
        log.warn({ code: err.code, attempt, err: err.message }, 'notification not delivered yet; will retry');
        throw err;
      }
      await finish(job);
      throw new UnrecoverableError(`${err.code}: ${err.message}`);
    }
    log.info({ attempt: job.attemptsMade + 1 }, 'notification delivered');
    await finish(job);
  };

  const worker = new Worker<NotifyJob>(notifyQueueName(opts.prefix), deliver, {
    connection: opts.connection,
    concurrency: 4,
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(attemptsMade, err, delivery.backoff) },
  });
  outage.watchQueue(worker, (err) => logger.error({ err: err.message }, 'notify worker error'));

  return {
    async observe(callId) {
      const call = await findCall(opts.blobs, callId);
      if (!call || !isNotified(call.status)) return;
      const crm = call.status === 'needs_review' ? await getJson(opts.blobs, callKeys.crm(callId), (raw) => CrmRecord.parse(raw)) : null;
      const notified = callEvent(call, crm, config.publicBaseUrl)!;
      const { event } = notified;
      if (clock().getTime() - Date.parse(event.timestamp) > MAX_EVENT_AGE_MS) {
        logger.debug({ callId, type: event.type, at: event.timestamp }, 'not announced: the call reached its status too long ago');
        return;
      }
      const base = { eventId: notified.id, callId, type: event.type, callCreatedAt: call.createdAt };
      if (config.webhook) await add({ ...base, destination: 'webhook', body: JSON.stringify(event) });
      if (config.slack && event.type === 'call.needs_review') await add({ ...base, destination: 'slack', body: JSON.stringify({ text: slackText(notified) }) });
    },
    async close() {
      await worker.close();
      await queue.close();
      redis.disconnect();
    },
  };
}
