import { storageEventsFromEnv } from '../intake/storage-events-runtime.ts';
import type { FastifyInstance } from 'fastify';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalCrmSeed } from '../adapters/crm/local/local-crm.store.ts';
import type { Config } from '../config/env.ts';
import { permanent } from '../errors/app-error.ts';
import type { CallMeta } from '../domain/call-meta.ts';
import { isTerminal, type Call } from '../domain/call.ts';
import { callIdFromSha256 } from '../domain/call-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../embedded/s3-server.ts';
import { buildApp } from '../http/build-app.ts';
import { apiKey, type ApiKey } from '../config/api-keys.ts';
import type { Logger } from '../logging/logger.ts';
import { DELIVERY_UNDER_WAY_MS } from '../notify/notifications.ts';
import { findCall } from '../pipeline/call-record.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { storeTranscript, storeUpload } from '../pipeline/store-upload.ts';
import { QUEUE_DEFAULTS } from '../queues/queue-defaults.ts';
import type { CallIndex } from '../ports/call-index.ts';
import { buildPorts } from './build-ports.ts';
import { startReviewRuntime } from './review-runtime.ts';
import { startStrandedWatch } from '../queues/stranded-calls.ts';
import { redisOptionsFromUrl } from './redis-connection.ts';
import { s3FromConfig } from './s3-from-config.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { openAllQueues } from '../queues/all-queues.ts';
import { readinessChecks } from './readiness-checks.ts';
import { startQueueRuntime, type QueueRuntime, type QueueRuntimeOptions } from './workers-runtime.ts';

export interface Stack {
  ports: PipelinePorts;
  runtime: QueueRuntime;
  app: FastifyInstance;
  apiKeys: ApiKey[];
  /** http://host:port of the API once `listen` was asked for, else null. */
  url: string | null;
  /** The call index the API lists from. */
  index: CallIndex;
  /** Whether the API takes storage events (`POST /v1/events/s3`): MINIO_WEBHOOK_TOKEN or S3_EVENTS_SNS_TOPIC_ARNS set. */
  storageEvents: boolean;
  stop(): Promise<void>;
}

export interface StackOptions {
  config: Config;
  logger: Logger;
  /** Listen on HTTP (demo); tests use app.inject(). */
  listen?: { host: string; port: number } | null;
  queue?: Partial<QueueRuntimeOptions>;
  /** Override ports (e.g. a test's engines) after they are built from the config. */
  override?: (ports: PipelinePorts) => PipelinePorts;
  /** Where telephony providers and storage events read their variables (default process.env). */
  env?: Record<string, string | undefined>;
  /** What a new local CRM starts with (the demo's fixtures); none unless given. */
  crmSeed?: LocalCrmSeed;
  /** Whom the fresh rep key signs in as, when API_KEYS is unset: a rep of the calls fed, so the key sees them (default rep@demo.callscribe.local). */
  repEmail?: string;
  /** The one registry of this process (workers and API): served at the API's `/metrics`. Default: a new one. */
  metrics?: Metrics;
}

/** The base URL of a fixed listening address (a wildcard host reached on loopback); null for none or a port chosen on listening. */
export function listenBaseUrl(listen: StackOptions['listen']): string | null {
  if (!listen || listen.port === 0) return null;
  const host = listen.host === '0.0.0.0' || listen.host === '::' ? '127.0.0.1' : listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return `http://${host}:${listen.port}`;
}

/**
 * Redis, S3, workers for every step and the API in one process: Redis is a private `redis-server`
 * unless REDIS_URL is set, S3 the embedded server (objects under DATA_DIR/s3) unless S3_ENDPOINT is set.
 */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const { config, logger } = opts;
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err: unknown) => logger.warn({ err }, 'cleanup failed'));
  };
  try {
    let redis: EmbeddedRedis | null = null;
    if (!config.redisUrl) {
      redis = await startEmbeddedRedis();
      cleanups.push(() => redis!.stop());
    }
    let s3: EmbeddedS3 | null = null;
    if (!config.s3.endpoint) {
      s3 = await startEmbeddedS3(resolve(config.dataDir, 's3'), [config.s3.bucket]);
      cleanups.push(() => s3!.stop());
    }
    const blobs = s3FromConfig(config, s3?.credentials, s3?.endpoint);
    await blobs.ensureBucket();
    const connection = redis ? redis.connection : redisOptionsFromUrl(config.redisUrl!);
    const env = opts.env ?? process.env;
    const metrics = opts.metrics ?? createMetrics({ logger });
    const built = await buildPorts(config, blobs, logger, { env, metrics, ...(opts.crmSeed ? { crmSeed: opts.crmSeed } : {}) });
    const review = await startReviewRuntime({ config, blobs, connection, prefix: opts.queue?.prefix ?? QUEUE_DEFAULTS.prefix, crm: built.crm, logger });
    cleanups.push(() => review.close());
    // One process: the workers update the index it holds directly. Without PUBLIC_BASE_URL, what is written to
    // the CRM links the call's page at the address this stack listens on, when it is known before listening.
    const withIndex = { ...built, onCallChanged: review.deps.reindexCall, publicBaseUrl: built.publicBaseUrl ?? listenBaseUrl(opts.listen) };
    const ports = opts.override ? opts.override(withIndex) : withIndex;
    const runtime = startQueueRuntime(['ingest', 'prepare', 'transcribe', 'extract', 'sync'], ports, logger, {
      connection,
      concurrency: config.workerConcurrency,
      bulkConcurrency: config.workerBulkConcurrency,
      retention: { policy: config.retention, cron: config.retention.sweepCron },
      metrics,
      ...opts.queue,
    });
    // Running jobs get WORKER_DRAIN_MS at the stop, as in the workers' own processes; then their programs are killed.
    cleanups.push(() => runtime.close({ drainMs: config.workerDrainMs }));
    const stranded = startStrandedWatch({ blobs, index: review.deps.index, locks: review.deps.locks, queues: runtime.queues, logger, clock: ports.clock });
    cleanups.push(() => stranded.close());
    const watched = openAllQueues(connection, opts.queue?.prefix ?? QUEUE_DEFAULTS.prefix);
    cleanups.push(() => watched.close());
    metrics.watchQueues(watched.queues, watched.down);
    const readiness = readinessChecks({ redis: connection, s3: { client: blobs.client, bucket: config.s3.bucket }, index: review.deps.index, crm: ports.crm });
    cleanups.push(() => readiness.close());
    const apiKeys: ApiKey[] = config.http.apiKeys.length
      ? [...config.http.apiKeys]
      : [
          apiKey('rep', `rep_${randomBytes(16).toString('hex')}`, opts.repEmail ?? 'rep@demo.callscribe.local'),
          apiKey('manager', `mgr_${randomBytes(16).toString('hex')}`, 'manager@demo.callscribe.local'),
        ];
    const storageEvents = storageEventsFromEnv(env, config.s3.bucket);
    const app = await buildApp({
      ...review.deps,
      canCreateContact: Boolean(ports.crm.createContact),
      crm: ports.crm,
      telephony: ports.telephony,
      storageEvents,
      blobs,
      enqueue: (step, callId, opts) => runtime.queues.enqueue(step, callId, opts?.source ? { callId, source: opts.source } : { callId }, opts?.lane),
      waitUntilIdle: (step, callId) => runtime.queues.waitUntilIdle(step, callId),
      removeJobs: (callId) => runtime.queues.removeJobs(callId),
      waitForDeliveries: (callId) => runtime.queues.waitForDeliveries(callId, DELIVERY_UNDER_WAY_MS),
      transcribeProgress: (callId) => runtime.queues.transcribeProgress(callId),
      stepWorkers: (step, callId) => runtime.queues.stepWorkers(step, callId),
      apiKeys,
      session: { secret: config.http.sessionSecret },
      publicBaseUrl: config.http.publicBaseUrl,
      trustProxy: config.http.trustProxy,
      maxUploadBytes: config.http.maxUploadBytes,
      consentRequired: config.recordingConsentRequired,
      clock: ports.clock,
      logger,
      readiness: readiness.checks,
      metrics,
      queueDashboard: watched.queues,
      typingTimes: config.typingTimes,
    });
    cleanups.push(() => app.close());
    const url = opts.listen ? await app.listen(opts.listen) : null;
    return { ports, runtime, app, apiKeys, url, index: review.deps.index, storageEvents: storageEvents !== null, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Stores a recording (and the transcript sent with it, if any) and queues its ingest job, as an upload would; returns the call id. */
export async function submitFile(stack: Stack, file: string, meta: CallMeta, maxBytes: number, reprocess = true, transcriptFile: string | null = null): Promise<string> {
  const upload = await storeUpload(stack.ports.blobs, createReadStream(file), maxBytes);
  const transcript = transcriptFile ? await storeTranscript(stack.ports.blobs, await readFile(transcriptFile, 'utf8')) : null;
  const callId = callIdFromSha256(upload.sha256);
  await stack.runtime.queues.enqueue('ingest', callId, { ...upload, filename: basename(file), contentType: null, meta, reprocess, transcript });
  return callId;
}

/**
 * Polls call.json until every call is terminal (done, needs_review or failed), reporting each status change; with
 * `signal`, it stops polling once that is aborted (rejecting with its reason), so nothing reads a stack being stopped.
 * A call whose ingest already ran and that is terminal from an earlier run counts only once it was touched
 * after `since`.
 */
export async function waitForCalls(
  stack: Stack,
  callIds: readonly string[],
  opts: { since: Date; timeoutMs: number; onChange?: (call: Call) => void; pollMs?: number; signal?: AbortSignal },
): Promise<Map<string, Call>> {
  const seen = new Map<string, string>();
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    opts.signal?.throwIfAborted();
    const calls = new Map<string, Call>();
    for (const id of callIds) {
      const call = await findCall(stack.ports.blobs, id);
      if (!call) continue;
      const fresh = Date.parse(call.updatedAt) >= opts.since.getTime();
      const mark = `${call.status}:${call.steps.length}`;
      if (fresh && seen.get(id) !== mark) {
        seen.set(id, mark);
        opts.onChange?.(call);
      }
      if (fresh && isTerminal(call.status)) calls.set(id, call);
    }
    if (calls.size === callIds.length) return calls;
    if (Date.now() > deadline) {
      throw permanent('WAIT_TIMEOUT', `Timed out after ${Math.round(opts.timeoutMs / 1000)} s waiting for ${callIds.length - calls.size} call(s) to finish; see their call.json for where they stopped.`);
    }
    await sleep(opts.pollMs ?? 250, undefined, opts.signal ? { signal: opts.signal } : {});
  }
}

export const fixturesDir = (root = resolve(import.meta.dirname, '../..')) => join(root, 'fixtures', 'calls');
