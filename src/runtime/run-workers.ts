import { getPriority, setPriority } from 'node:os';
import type { Config } from '../config/env.ts';
import type { StepName } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import { createIndexNotifier } from '../queues/index-queue.ts';
import { startMetricsServer } from '../observability/metrics-server.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { redisPingCheck } from '../observability/worker-readiness.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { processNiceFor } from '../queues/lanes.ts';
import { QUEUE_DEFAULTS } from '../queues/queue-defaults.ts';
import { sweepLeftoverTempDirs } from '../processes/temp-dir.ts';
import { buildPorts } from './build-ports.ts';
import { redisOptionsFromUrl } from './redis-connection.ts';
import { s3FromConfig } from './s3-from-config.ts';
import { requireRedis, startedParts, untilSignal } from './service-process.ts';
import { startQueueRuntime } from './workers-runtime.ts';

/** BullMQ workers for `steps` until SIGTERM; running jobs get WORKER_DRAIN_MS to finish, and the process stops within it. */
export async function runWorkers(steps: readonly StepName[], config: Config, logger: Logger): Promise<void> {
  const connection = redisOptionsFromUrl(requireRedis(config, 'work'));
  lowerPriorityForLanes(config, logger);
  const blobs = s3FromConfig(config);
  await blobs.ensureBucket();
  // What started is closed again when a later step fails, so the process exits with its code; the
  // workers start last, once nothing after them can fail.
  const parts = startedParts(logger);
  let ports: PipelinePorts;
  let metrics: Metrics;
  try {
    // The index belongs to the API process: workers tell it which calls changed.
    const notifier = parts.add('index notifier', createIndexNotifier(connection, QUEUE_DEFAULTS.prefix, logger), (n) => n.close());
    metrics = createMetrics({ processMetrics: true, logger });
    ports = { ...(await buildPorts(config, blobs, logger, { metrics })), onCallChanged: notifier.notify };
    // A worker killed mid-job leaves its scratch (decoded voices, a dictionary of names) behind: gone before any new job.
    const leftovers = await sweepLeftoverTempDirs(ports.tmpDir);
    if (leftovers.length) logger.info({ removed: leftovers.length, dir: ports.tmpDir }, 'removed scratch directories left by workers that stopped mid-job');
    if (config.metricsPort) {
      // GET /readyz fails while this worker cannot reach Redis (its /metrics answers all the same).
      const redis = parts.add('readiness check', redisPingCheck(connection), async (r) => r.close());
      parts.add('metrics server', await startMetricsServer(metrics, { host: config.http.host, port: config.metricsPort }, logger, [redis.check]), (m) => m.close());
    }
  } catch (err) {
    await parts.close();
    throw err;
  }
  const runtime = startQueueRuntime(steps, ports, logger, {
    connection, concurrency: config.workerConcurrency, bulkConcurrency: config.workerBulkConcurrency, lanes: config.workerLanes, lockMs: config.workerLockMs, metrics,
    retention: { policy: config.retention, cron: config.retention.sweepCron },
  });
  logger.info({ steps, lanes: config.workerLanes, store: blobs.describe }, 'workers started');
  await untilSignal(logger);
  // WORKER_DRAIN_MS bounds the whole shutdown, whatever Redis does.
  const stopBy = Date.now() + config.workerDrainMs;
  const drained = await runtime.close({ drainMs: config.workerDrainMs });
  const closed = await parts.close(Math.max(0, stopBy - Date.now()));
  // Jobs still running, or connections to a Redis that does not answer, hold the process open: their
  // locks expire and another worker retries the jobs.
  if (drained === 'abandoned' || !closed) process.exit(0);
}

/** WORKER_LANES=bulk: this process (and the programs it starts) yields the CPU to interactive processes. */
export function lowerPriorityForLanes(config: Config, logger: Logger): void {
  const nice = processNiceFor(config.workerLanes);
  if (nice === null || getPriority() >= nice) return;
  try {
    setPriority(nice);
    logger.info({ nice }, 'bulk work only: running at a lower CPU priority');
  } catch (err) {
    logger.warn({ err, nice }, 'could not lower this process\'s CPU priority; bulk work competes with uploads for the CPU');
  }
}
