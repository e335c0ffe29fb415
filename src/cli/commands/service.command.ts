import { storageEventsFromEnv } from '../../intake/storage-events-runtime.ts';
import { loadTelephonySources } from '../../adapters/telephony/registry.ts';
import { ConfigError, type Config } from '../../config/env.ts';
import { STEP_NAMES, type StepName } from '../../domain/call.ts';
import { buildApp } from '../../http/build-app.ts';
import type { Logger } from '../../logging/logger.ts';
import { startMetricsServer } from '../../observability/metrics-server.ts';
import { createMetrics } from '../../observability/metrics.ts';
import { openAllQueues } from '../../queues/all-queues.ts';
import { createStepQueues } from '../../queues/step-queues.ts';
import { createCrm } from '../../adapters/registry.ts';
import { createIndexNotifier } from '../../queues/index-queue.ts';
import { buildPorts } from '../../runtime/build-ports.ts';
import { readinessChecks } from '../../runtime/readiness-checks.ts';
import { startReviewRuntime } from '../../runtime/review-runtime.ts';
import { redisOptionsFromUrl } from '../../runtime/redis-connection.ts';
import { s3FromConfig } from '../../runtime/s3-from-config.ts';
import { startQueueRuntime } from '../../runtime/workers-runtime.ts';
import { UsageError } from '../cli-error.ts';

function requireRedis(config: Config, command: string): string {
  if (!config.redisUrl) {
    throw new ConfigError(`\`${command}\` needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379). \`callscribe demo\` starts a private Redis instead.`);
  }
  return config.redisUrl;
}

/** Resolves when SIGTERM or SIGINT arrives. */
function untilSignal(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

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
  const queues = createStepQueues({ connection, prefix: 'callscribe', attempts: 5 });
  const crm = createCrm(config);
  const review = await startReviewRuntime({ config, blobs, connection, prefix: 'callscribe', crm, logger });
  const readiness = readinessChecks({ redis: connection, s3: { client: blobs.client, bucket: config.s3.bucket }, index: review.deps.index, crm });
  // The API process reports the queues' job counts; each worker process its own jobs (METRICS_PORT).
  const metrics = createMetrics({ processMetrics: true, logger });
  const watched = openAllQueues(connection, 'callscribe');
  metrics.watchQueues(watched.queues);
  logger.info({ telephony: [...telephony.keys()], storageEvents: Boolean(storageEvents), publicBaseUrl: config.http.publicBaseUrl }, 'front doors');
  if ((telephony.size || storageEvents) && !config.http.publicBaseUrl) {
    logger.warn('PUBLIC_BASE_URL is not set: webhook signatures are checked against the URL this server sees, which a proxy in front changes');
  }
  const app = await buildApp({
    ...review.deps,
    telephony,
    storageEvents,
    blobs,
    enqueue: (step, callId, source) => queues.enqueue(step, callId, source ? { callId, source } : { callId }),
    waitUntilIdle: (step, callId) => queues.waitUntilIdle(step, callId),
    transcribeProgress: (callId) => queues.transcribeProgress(callId),
    apiKeys: config.http.apiKeys,
    session: { secret: config.http.sessionSecret },
    publicBaseUrl: config.http.publicBaseUrl,
    trustProxy: config.http.trustProxy,
    maxUploadBytes: config.http.maxUploadBytes,
    clock: () => new Date(),
    logger,
    readiness: readiness.checks,
    metrics,
    queueDashboard: watched.queues,
  });
  await app.listen({ port: config.http.port, host: config.http.host });
  await untilSignal(logger);
  await app.close();
  await readiness.close();
  await watched.close();
  await review.close();
  await queues.close();
}

/** `work [--steps a,b]`: BullMQ workers; on SIGTERM running jobs finish before the process exits. */
export async function workCommand(stagesArg: string | undefined, config: Config, logger: Logger): Promise<void> {
  const connection = redisOptionsFromUrl(requireRedis(config, 'work'));
  const steps = parseSteps(stagesArg);
  const blobs = s3FromConfig(config);
  await blobs.ensureBucket();
  // The index belongs to the API process: workers tell it which calls changed.
  const notifier = createIndexNotifier(connection, 'callscribe');
  const ports = { ...(await buildPorts(config, blobs, logger)), onCallChanged: notifier.notify };
  const metrics = createMetrics({ processMetrics: true, logger });
  const runtime = startQueueRuntime(steps, ports, logger, { connection, concurrency: config.workerConcurrency, lockMs: config.workerLockMs, metrics });
  const metricsServer = config.metricsPort ? await startMetricsServer(metrics, { host: config.http.host, port: config.metricsPort }, logger) : null;
  logger.info({ steps, store: blobs.describe }, 'workers started');
  await untilSignal(logger);
  await runtime.close();
  await metricsServer?.close();
  await notifier.close();
}

export function parseSteps(arg: string | undefined): StepName[] {
  if (!arg) return [...STEP_NAMES];
  const steps = arg.split(',').map((s) => s.trim());
  const unknown = steps.filter((s) => !(STEP_NAMES as readonly string[]).includes(s));
  if (unknown.length) throw new UsageError(`Unknown step(s) ${unknown.join(', ')}; choose from ${STEP_NAMES.join(', ')}.`);
  return steps as StepName[];
}
