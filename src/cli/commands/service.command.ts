import { storageEventsFromEnv } from '../../intake/storage-events-runtime.ts';
import { loadTelephonySources } from '../../adapters/telephony/registry.ts';
import { ConfigError, type Config } from '../../config/env.ts';
import { STEP_NAMES, type StepName } from '../../domain/call.ts';
import { buildApp } from '../../http/build-app.ts';
import type { Logger } from '../../logging/logger.ts';
import { DELIVERY_UNDER_WAY_MS } from '../../notify/notifications.ts';
import { startMetricsServer } from '../../observability/metrics-server.ts';
import { createMetrics } from '../../observability/metrics.ts';
import { openAllQueues } from '../../queues/all-queues.ts';
import { createStepQueues } from '../../queues/step-queues.ts';
import { startStrandedWatch } from '../../queues/stranded-calls.ts';
import { createCrm } from '../../adapters/registry.ts';
import { QUEUE_DEFAULTS } from '../../queues/queue-defaults.ts';
import { readinessChecks } from '../../runtime/readiness-checks.ts';
import { beginReviewRuntime } from '../../runtime/review-runtime.ts';
import { redisOptionsFromUrl } from '../../runtime/redis-connection.ts';
import { s3FromConfig } from '../../runtime/s3-from-config.ts';
import { runWorkers } from '../../runtime/run-workers.ts';
import { requireRedis, startedParts, untilSignal } from '../../runtime/service-process.ts';
import { UsageError } from '../cli-error.ts';

/** `serve`: the HTTP API; uploads are stored in S3 and queued for the workers. */
export async function serveCommand(config: Config, logger: Logger): Promise<void> {
  const connection = redisOptionsFromUrl(requireRedis(config, 'serve'));
  if (config.http.apiKeys.length === 0) {
    throw new ConfigError('`serve` needs API_KEYS, e.g. API_KEYS=rep:priya@example.com:$(openssl rand -hex 24),manager:lee@example.com:$(openssl rand -hex 24).');
  }
  // Provider variables are checked before anything starts (a bad one stops `serve` with exit 2).
  const telephony = loadTelephonySources(process.env, { publicBaseUrl: config.http.publicBaseUrl, clock: () => new Date() });
  const storageEvents = storageEventsFromEnv(process.env, config.s3.bucket);
  const blobs = s3FromConfig(config);
  await blobs.ensureBucket();
  // What started is closed again when a later step fails, so the process exits with its code.
  const parts = startedParts(logger);
  try {
    const queues = parts.add('step queues', createStepQueues({ connection, ...QUEUE_DEFAULTS, logger }), (q) => q.close());
    const crm = createCrm(config);
    // The index opens (and migrates) while the API answers: a migration can hold it for half a minute, and a
    // process that does not answer meanwhile looks dead to a load balancer or health check.
    const review = parts.add('review runtime', beginReviewRuntime({ config, blobs, connection, prefix: QUEUE_DEFAULTS.prefix, crm, logger }), (r) => r.close());
    // The index's owner finds the calls whose queueing was lost (a person's change saved while Redis was down).
    parts.add('stranded-call watch', startStrandedWatch({ blobs, index: review.deps.index, locks: review.deps.locks, queues, logger, clock: () => new Date() }), (w) => w.close());
    const readiness = parts.add('readiness checks', readinessChecks({ redis: connection, s3: { client: blobs.client, bucket: config.s3.bucket }, index: review.deps.index, crm }), (r) => r.close());
    // The API process reports the queues' job counts; each worker process its own jobs (METRICS_PORT).
    const metrics = createMetrics({ processMetrics: true, logger });
    const watched = parts.add('watched queues', openAllQueues(connection, QUEUE_DEFAULTS.prefix, logger), (w) => w.close());
    metrics.watchQueues(watched.queues, watched.down);
    logger.info({ telephony: [...telephony.keys()], storageEvents: Boolean(storageEvents), publicBaseUrl: config.http.publicBaseUrl }, 'front doors');
    if ((telephony.size || storageEvents) && !config.http.publicBaseUrl) {
      logger.warn('PUBLIC_BASE_URL is not set: webhook signatures are checked against the URL this server sees, which a proxy in front changes');
    }
    const app = await buildApp({
      ...review.deps,
      telephony,
      storageEvents,
      blobs,
      enqueue: (step, callId, opts) => queues.enqueue(step, callId, opts?.source ? { callId, source: opts.source } : { callId }, opts?.lane),
      waitUntilIdle: (step, callId) => queues.waitUntilIdle(step, callId),
      removeJobs: (callId) => queues.removeJobs(callId),
      waitForDeliveries: (callId) => queues.waitForDeliveries(callId, DELIVERY_UNDER_WAY_MS),
      transcribeProgress: (callId) => queues.transcribeProgress(callId),
      stepWorkers: (step, callId) => queues.stepWorkers(step, callId),
      apiKeys: config.http.apiKeys,
      session: { secret: config.http.sessionSecret },
      publicBaseUrl: config.http.publicBaseUrl,
      trustProxy: config.http.trustProxy,
      maxUploadBytes: config.http.maxUploadBytes,
      consentRequired: config.recordingConsentRequired,
      clock: () => new Date(),
      logger,
      readiness: readiness.checks,
      metrics,
      queueDashboard: watched.queues,
      typingTimes: config.typingTimes,
    });
    parts.add('HTTP server', app, (a) => a.close());
    await app.listen({ port: config.http.port, host: config.http.host });
    // The index is opened once the API answers; one that cannot be opened (in use, unreachable, a newer
    // schema) stops the process with its error, as at start.
    const failed = review.open().then(() => new Promise<never>(() => undefined));
    await Promise.race([untilSignal(logger), failed]);
  } catch (err) {
    await parts.close();
    throw err;
  }
  await parts.close();
}

/** `work [--steps a,b]`: BullMQ workers; on SIGTERM running jobs get WORKER_DRAIN_MS to finish before the process exits. */
export async function workCommand(stagesArg: string | undefined, config: Config, logger: Logger): Promise<void> {
  await runWorkers(parseSteps(stagesArg), config, logger);
}

export function parseSteps(arg: string | undefined): StepName[] {
  if (!arg) return [...STEP_NAMES];
  const steps = arg.split(',').map((s) => s.trim());
  const unknown = steps.filter((s) => !(STEP_NAMES as readonly string[]).includes(s));
  if (unknown.length) throw new UsageError(`Unknown step(s) ${unknown.join(', ')}; choose from ${STEP_NAMES.join(', ')}.`);
  return steps as StepName[];
}
