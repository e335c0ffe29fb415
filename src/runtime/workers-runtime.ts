import type { ConnectionOptions, Worker } from 'bullmq';
import type { StepName } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import { DELIVERY_UNDER_WAY_MS } from '../notify/notifications.ts';
import { createJobChildren } from '../processes/job-children.ts';
import { instrumentPorts } from '../observability/instrument-ports.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { createStepQueues, type StepQueues } from '../queues/step-queues.ts';
import { createEngineGate, startChunkWorker } from '../queues/chunk-worker.ts';
import { defaultBulkConcurrency, LANES, type Lane } from '../queues/lanes.ts';
import { QUEUE_DEFAULTS } from '../queues/queue-defaults.ts';
import { startCredentialGuard } from '../queues/credential-guard.ts';
import { startStepWorker } from '../queues/step-worker.ts';
import { startRetention } from '../queues/retention-queue.ts';
import type { RetentionPolicy } from '../retention/sweep.ts';

export interface QueueRuntimeOptions {
  connection: ConnectionOptions;
  /** Default QUEUE_DEFAULTS.prefix; tests pass their own. */
  prefix?: string;
  /** Default QUEUE_DEFAULTS.attempts. */
  attempts?: number;
  /** Interactive jobs per step at a time (default 2). */
  concurrency?: number;
  /** Bulk jobs per step at a time, on workers of their own (default a quarter of `concurrency`, at least 1; see lanes.ts). */
  bulkConcurrency?: number;
  /** The lanes whose jobs these workers take (default both); the queues of every lane are still written to. */
  lanes?: readonly Lane[];
  backoff?: { baseMs: number; maxMs: number };
  /** How often a sync paused by rejected CRM credentials checks them again (default 60 s). */
  credentialCheckMs?: number;
  /** Lock on a running job; a worker that dies loses its jobs to another one after this long (default 30 s). */
  lockMs?: number;
  /** RETENTION_* (see `sweepRetention`): swept on `cron` and at start; without it, or with no days set, nothing is swept. */
  retention?: { policy: RetentionPolicy; cron: string };
  /** Step durations and failures, engine and CRM requests, audio transcribed and its cost; unmeasured when absent. */
  metrics?: Metrics;
}

export interface QueueRuntime {
  queues: StepQueues;
  workers: Worker[];
  /**
   * Takes no new jobs, lets running ones finish, then closes workers and queues. With `drainMs`, jobs
   * still running after that long are abandoned: their locks expire (`lockMs`) and another worker takes
   * them over as stalled jobs, so the process can exit now. The programs those jobs started (engine,
   * ffmpeg) are killed. The whole close takes at most `drainMs`, also when Redis cannot be reached:
   * after it, connections are dropped without waiting for Redis ('abandoned').
   */
  close(opts?: { drainMs?: number }): Promise<'drained' | 'abandoned'>;
}

/** Starts BullMQ workers for `steps` (and the queues every step writes to). */
export function startQueueRuntime(steps: readonly StepName[], given: PipelinePorts, logger: Logger, opts: QueueRuntimeOptions): QueueRuntime {
  const ports = opts.metrics ? instrumentPorts(given, opts.metrics) : given;
  const prefix = opts.prefix ?? QUEUE_DEFAULTS.prefix;
  const attempts = opts.attempts ?? QUEUE_DEFAULTS.attempts;
  const queues = createStepQueues({ connection: opts.connection, prefix, attempts, logger });
  const deps = {
    ports,
    queues,
    connection: opts.connection,
    prefix,
    attempts,
    concurrency: opts.concurrency ?? 2,
    bulkConcurrency: opts.bulkConcurrency ?? defaultBulkConcurrency(opts.concurrency ?? 2),
    backoff: opts.backoff ?? QUEUE_DEFAULTS.backoff,
    lockMs: opts.lockMs ?? 30_000,
    metrics: opts.metrics,
    // Every step and chunk worker of the process: one warning per Redis outage, not one per worker and reconnect.
    outage: redisOutageLog(logger, 'workers'),
    children: createJobChildren(),
  };
  // Each step worker names its step on its lines; bound here as well, `step` would appear twice.
  // One worker per step and lane: bulk work has slots of its own, so it never takes an interactive job's.
  const lanes = opts.lanes ?? LANES;
  const workers = steps.flatMap((step) => lanes.map((lane) => startStepWorker(step, { ...deps, logger }, lane)));
  // Chunk jobs belong to the transcribe step: whoever transcribes, transcribes chunks too. Both lanes share
  // the engine's concurrency.
  if (steps.includes('transcribe')) {
    const gate = createEngineGate(ports.transcriber.concurrency ?? 2);
    for (const lane of lanes) workers.push(startChunkWorker({ ...deps, logger: logger.child({ step: 'transcribe-chunk' }) }, lane, gate));
  }
  const retention = opts.retention
    ? startRetention({
        connection: opts.connection,
        prefix,
        ...opts.retention,
        // A call deleted whole waits for a notification of it being sent, as an erasure does.
        ports: { ...ports, waitForDeliveries: (callId) => queues.waitForDeliveries(callId, DELIVERY_UNDER_WAY_MS) },
        logger: logger.child({ step: 'retention' }),
      }).catch((err: unknown) => {
        logger.error({ err }, 'could not schedule the retention sweep');
        return null;
      })
    : null;
  const guard = steps.includes('sync') ? startCredentialGuard(queues.lanes('sync'), ports.crm, logger.child({ step: 'sync' }), opts.credentialCheckMs ?? 60_000) : null;
  return {
    queues,
    workers,
    async close({ drainMs } = {}) {
      guard?.stop();
      let workersClosed = false;
      const closing = (async () => {
        // Together: a retention sweep still running (minutes on a large bucket) must not keep the step
        // workers taking new jobs, which the drain bound would then abandon.
        const stepsClosed = Promise.all(workers.map((w) => w.close())).then(() => {
          workersClosed = true;
        });
        await Promise.all([retention?.then((r) => r?.close()), stepsClosed]);
        await queues.close();
      })();
      if (drainMs === undefined) {
        await closing;
        return 'drained';
      }
      // Bounded whatever Redis does: a close waits for Redis to answer, and while it cannot be reached
      // (ioredis retries forever) that is never.
      if ((await untilDrainedOr(closing, drainMs)) === 'drained') return 'drained';
      // Their programs would go on using the CPU while another worker redoes the jobs.
      const killed = deps.children.killAll();
      if (deps.outage.isDown()) logger.warn({ drainMs, killedPrograms: killed.length }, 'Redis does not answer: stopping without it; running jobs are left to another worker');
      else if (!workersClosed) logger.warn({ drainMs, killedPrograms: killed.length }, 'running jobs did not finish in time; leaving them to another worker');
      else logger.warn({ drainMs }, 'the queues did not close in time; dropping their connections');
      // Not awaited: a disconnect waits for the connection's end, which a client still retrying may never report.
      closing.catch(() => undefined);
      void retention?.then((r) => r?.disconnect());
      for (const w of workers) w.disconnect().catch(() => undefined);
      queues.disconnect().catch(() => undefined);
      return 'abandoned';
    },
  };
}

async function untilDrainedOr(drained: Promise<unknown>, ms: number): Promise<'drained' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([drained.then(() => 'drained' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
