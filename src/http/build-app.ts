import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { StepName } from '../domain/call.ts';
import type { Lane } from '../queues/lanes.ts';
import { AppError } from '../errors/app-error.ts';
import { withinRedisAnswer } from '../errors/redis-unreachable.ts';
import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { ApiKey, AuthContext } from './auth.ts';
import { callsRoutes } from './routes/calls.routes.ts';
import { docsRoutes } from './routes/docs.routes.ts';
import { opsRoutes } from './routes/ops.routes.ts';
import { queueDashboardRoutes } from './routes/queue-dashboard.routes.ts';
import type { Queue } from 'bullmq';
import type { ReadinessCheck } from './readiness.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { pagesRoutes } from './routes/pages.routes.ts';
import { uploadPageRoutes } from './routes/upload-page.routes.ts';
import { reviewRoutes } from './routes/review.routes.ts';
import { dataProtectionRoutes } from './routes/data-protection.routes.ts';
import { reportsRoutes } from './routes/reports.routes.ts';
import { createTimeSavedReporter } from '../review/time-saved-report.ts';
import { DEFAULT_TYPING_TIMES, type TypingTimes } from '../domain/typing-times.ts';
import { webhooksRoutes } from './routes/webhooks.routes.ts';
import { storageEventsRoutes } from './routes/storage-events.routes.ts';
import type { StorageEventsRuntime } from '../intake/storage-events-runtime.ts';
import type { TelephonySource } from '../ports/telephony-source.ts';
import { memoryDeliveryLedger, type DeliveryLedger } from '../intake/delivery-ledger.ts';
import type { CallSource } from '../intake/source-record.ts';
import { registerAssetRoutes } from './ui/assets.ts';
import { serverFailureMessage, statusOfCode } from './error-codes.ts';
import type { CallIndex } from '../ports/call-index.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { CallLocks } from '../review/call-lock.ts';
import { createCallReader, type CallServiceDeps } from '../review/call-service.ts';
import type { CrmLink } from '../review/call-view.ts';
import { createReviewActions } from '../review/review-actions.ts';
import { sessionRoutes } from './routes/session.routes.ts';
import { createAttemptLimiter, KEY_FAILURES } from './attempt-limiter.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { apiKeyProvider, createSessions, deriveSessionSecret } from './session.ts';
import { httpTimeouts, type HttpTimeouts } from './timeouts.ts';

export interface AppDeps {
  blobs: BlobStore;
  /**
   * Queues a step for a call (BullMQ in the service): a webhook's ingest carries its `source`; `lane` is
   * interactive unless said (a manager's retry of many calls is bulk work, see lanes.ts).
   */
  enqueue: (step: StepName, callId: string, opts?: { source?: CallSource; lane?: Lane }) => Promise<void>;
  /** Waits until no job of the step runs for the call (see StepQueues.waitUntilIdle); optional. */
  waitUntilIdle?: (step: StepName, callId: string) => Promise<void>;
  /** Removes a call's jobs before it is erased (see StepQueues.removeJobs); without it, nothing is queued to remove. */
  removeJobs?: (callId: string) => Promise<number>;
  /** Waits while a notification of a call being erased is sent (see StepQueues.waitForDeliveries); optional. */
  waitForDeliveries?: (callId: string) => Promise<boolean>;
  /** How far a call's transcription is (chunk jobs done of all), for calls being transcribed; optional. */
  transcribeProgress?: (callId: string) => Promise<{ chunksDone: number; chunksTotal: number } | null>;
  /** The workers on the queue holding a call's job of a step (StepQueues.stepWorkers), to say when none takes it; optional. */
  stepWorkers?: CallServiceDeps['stepWorkers'];
  apiKeys: readonly ApiKey[];
  /** Browser sessions: the signing secret (SESSION_SECRET; derived from `apiKeys` when absent) and lifetime (8 h). */
  session?: { secret?: string | null; ttlMs?: number };
  /** PUBLIC_BASE_URL: when https, session cookies are `Secure` whatever the request says. */
  publicBaseUrl?: string | null;
  /**
   * TRUST_PROXY: how many reverse proxies in front to trust for X-Forwarded-* (true is one). Only the entries those
   * proxies appended are believed: with `true` Fastify would take the leftmost, which the client writes.
   */
  trustProxy?: boolean | number;
  maxUploadBytes: number;
  /** RECORDING_CONSENT_REQUIRED: the upload page asks whether everyone agreed and refuses a form that does not say. */
  consentRequired?: boolean;
  clock: () => Date;
  logger: Logger;
  /** The call list's index (PGlite or Postgres). */
  index: CallIndex;
  /** Serialises review changes per call (Redis across processes, memory in one). */
  locks: CallLocks;
  /** Refreshes a call's index row after a change made here. */
  reindexCall: (callId: string) => Promise<void>;
  /** Looks up a deal a reviewer names by id before it is applied; optional. */
  crm?: Pick<CrmAdapter, 'getDeal' | 'getContact'>;
  /** The CRM can create contacts (an unknown customer's decision may be approved as `create`). */
  canCreateContact: boolean;
  /** Which announced calls and completed presigned uploads are recorded (Redis across processes; one process's memory when absent). */
  deliveries?: DeliveryLedger;
  /** The telephony providers configured (their webhooks); none when absent. */
  telephony?: ReadonlyMap<string, TelephonySource>;
  /** S3 / MinIO storage events (POST /v1/events/s3); off when absent. */
  storageEvents?: StorageEventsRuntime | null;
  /** A web link to a CRM record, where the CRM has one. */
  crmRecordUrl?: (kind: CrmLink['kind'], id: string) => string | null;
  /** How long the server waits on clients (see `httpTimeouts`); tests shorten them. */
  timeouts?: Partial<HttpTimeouts>;
  /** What `/readyz` checks (Redis, S3, the index, the CRM: see `readinessChecks`); none: ready whenever it answers. */
  readiness?: readonly ReadinessCheck[];
  /** The process's metrics, served at `/metrics` (webhook deliveries are counted here); a registry of the app's own when absent. */
  metrics?: Metrics;
  /** The queues the dashboard at `/admin/queues` shows (managers only); an empty board when absent. */
  queueDashboard?: readonly Queue[];
  /** Seconds per item of manual entry (TYPING_TIMES over the defaults); the defaults when absent. */
  typingTimes?: TypingTimes;
}


/** Builds the API without listening (tests use `app.inject()`). */
export async function buildApp(given: AppDeps): Promise<FastifyInstance> {
  // Queuing waits for Redis (BullMQ holds commands while it is away): a request is answered 503 NETWORK
  // after REDIS_ANSWER_MS instead of hanging. Jobs are keyed by call, so the client's retry finds it queued.
  // The same for an erasure's job removal (under the call's lock); the removal is repeated by the retry.
  const { removeJobs } = given;
  const deps: AppDeps = {
    ...given,
    enqueue: (step, callId, opts) => withinRedisAnswer(given.enqueue(step, callId, opts)),
    removeJobs: removeJobs && ((callId) => withinRedisAnswer(removeJobs(callId))),
  };
  // Fastify's own request lines log `req.url` with its query (`?q=<customer>`, `?rep=<email>`): off
  // (`disableRequestLogging`, through the LogController fastify 5 asks for), and one line per answer below instead.
  const timeouts = httpTimeouts(deps.maxUploadBytes, deps.timeouts);
  const hops = proxyHops(deps.trustProxy);
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // The socket's peer is hop 0: trust it and the proxies behind it up to the count, and no X-Forwarded-For entry before them.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
    // Idle, not total, limits for bodies: see `httpTimeouts`.
    connectionTimeout: timeouts.idleMs,
    requestTimeout: timeouts.requestMs,
  });
  logAnswers(app);
  await app.register(multipart, { limits: { fileSize: deps.maxUploadBytes + 1, files: 1, fields: 4, fieldSize: 64 * 1024 } });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(cookie);
  addSecurityHeaders(app);

  const keys = apiKeyProvider(deps.apiKeys);
  const httpsBase = deps.publicBaseUrl?.startsWith('https:') ?? false;
  const authContext: AuthContext = {
    keys,
    sessions: createSessions({
      secret: deps.session?.secret ?? deriveSessionSecret(deps.apiKeys),
      ttlMs: deps.session?.ttlMs,
      providers: [keys],
      clock: deps.clock,
      secure: (request) => httpsBase || request.protocol === 'https',
    }),
    keyFailures: createAttemptLimiter({ ...KEY_FAILURES, clock: deps.clock }),
  };
  app.decorate('authContext', authContext);
  app.decorateRequest('identity', null);
  app.decorateRequest('session', null);

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      const status = statusOfCode(error.code, error.retryable, error.kind);
      // A server-side failure's own message names storage keys and servers: logged, never answered.
      if (status >= 500) {
        // An index still migrating at start is expected (an upgrade), not a failure to look into.
        if (error.code === 'INDEX_MIGRATING') request.log.info({ code: error.code }, 'request refused: the call index is migrating');
        else request.log.error({ code: error.code, err: error }, 'request failed');
        // A retryable failure that knows when it passes says so (the call index migrating).
        if (status === 503 && error.retryAfterMs) reply.header('retry-after', String(Math.ceil(error.retryAfterMs / 1000)));
        return reply.code(status).send({ error: { code: error.code, message: serverFailureMessage(error.code, status) } });
      }
      request.log.info({ code: error.code }, 'request failed');
      return reply.code(status).send({ error: { code: error.code, message: error.message } });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send({ error: { code: 'INTERNAL', message: serverFailureMessage('INTERNAL') } });
    }
    return reply.code(status).send({ error: { code, message: (error as Error).message } });
  });

  // Unknown routes answer in the same shape as every other error (not Fastify's own), without the query string.
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}; the API is described at /docs.` } }),
  );

  app.get('/healthz', async () => ({ ok: true }));
  const metrics = deps.metrics ?? createMetrics();
  await app.register(async (scope) => opsRoutes(scope, { readiness: deps.readiness, metrics }));
  await app.register(async (scope) => sessionRoutes(scope));
  const deliveries = deps.deliveries ?? memoryDeliveryLedger();
  await app.register(async (scope) => callsRoutes(scope, { ...deps, deliveries }));
  const intake = { ...deps, metrics, deliveries };
  await app.register(async (scope) => webhooksRoutes(scope, intake));
  await app.register(async (scope) => storageEventsRoutes(scope, intake));
  const reader = createCallReader(deps);
  const actions = createReviewActions(deps, reader);
  const timeSaved = createTimeSavedReporter({ index: deps.index, typingTimes: deps.typingTimes ?? DEFAULT_TYPING_TIMES, clock: deps.clock });
  await app.register(async (scope) => reviewRoutes(scope, { reader, actions }));
  await app.register(async (scope) => reportsRoutes(scope, { timeSaved }));
  await app.register(async (scope) => pagesRoutes(scope, { reader, actions, timeSaved }));
  await app.register(async (scope) => dataProtectionRoutes(scope, { ...deps, reader, actions }));
  await app.register(async (scope) => uploadPageRoutes(scope, { ...deps, deliveries }));
  registerAssetRoutes(app);
  await app.register(docsRoutes);
  await app.register(async (scope) => queueDashboardRoutes(scope, deps.queueDashboard ?? []));
  return app;
}

/**
 * One `info` line per answer: method, path without its query (queries carry names, e-mails and search
 * text), the route pattern, status and time, and the call id on `:id` routes. Nothing the client sent
 * beyond the path.
 */
function logAnswers(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const id = (request.params as { id?: unknown } | undefined)?.id;
    request.log.info({
      method: request.method,
      path: request.url.split('?', 1)[0],
      route,
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime),
      ...(route?.includes(':id') && typeof id === 'string' && { callId: id }),
    }, 'request completed');
  });
}

const proxyHops = (trust: boolean | number | undefined): number => (trust === true ? 1 : typeof trust === 'number' ? trust : 0);
