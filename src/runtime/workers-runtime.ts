import type { ConnectionOptions, Worker } from 'bullmq';
import type { Stage } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { createStageQueues, type StageQueues } from '../queues/stage-queues.ts';
import { startChunkWorker } from '../queues/chunk-worker.ts';
import { startCredentialGuard } from '../queues/credential-guard.ts';
import { startStageWorker } from '../queues/stage-worker.ts';

export interface QueueRuntimeOptions {
  connection: ConnectionOptions;
  prefix?: string;
  attempts?: number;
  concurrency?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** How often a sync paused by rejected CRM credentials checks them again (default 60 s). */
  credentialCheckMs?: number;
  /** Lock on a running job; a worker that dies loses its jobs to another one after this long (default 30 s). */
  lockMs?: number;
}

export interface QueueRuntime {
  queues: StageQueues;
  workers: Worker[];
  /** Lets running jobs finish, then closes workers and queues. */
  close(): Promise<void>;
}

/** Starts BullMQ workers for `stages` (and the queues every stage writes to). */
export function startQueueRuntime(stages: readonly Stage[], ports: PipelinePorts, logger: Logger, opts: QueueRuntimeOptions): QueueRuntime {
  const prefix = opts.prefix ?? 'callscribe';
  const attempts = opts.attempts ?? 5;
  const queues = createStageQueues({ connection: opts.connection, prefix, attempts });
  const deps = {
    ports,
    queues,
    connection: opts.connection,
    prefix,
    attempts,
    concurrency: opts.concurrency ?? 2,
    backoff: opts.backoff ?? { baseMs: 1000, maxMs: 60_000 },
    lockMs: opts.lockMs ?? 30_000,
  };
  const workers = stages.map((stage) => startStageWorker(stage, { ...deps, logger: logger.child({ stage }) }));
  // Chunk jobs belong to the transcribe stage: whoever transcribes, transcribes chunks too.
  if (stages.includes('transcribe')) workers.push(startChunkWorker({ ...deps, logger: logger.child({ stage: 'transcribe-chunk' }) }));
  const guard = stages.includes('sync') ? startCredentialGuard(queues.get('sync'), ports.crm, logger.child({ stage: 'sync' }), opts.credentialCheckMs ?? 60_000) : null;
  return {
    queues,
    workers,
    async close() {
      guard?.stop();
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
    },
  };
}
