import { Queue, type ConnectionOptions } from 'bullmq';
import type { Stage } from '../domain/call.ts';
import { STAGES } from '../domain/call.ts';
import type { IngestInput } from '../pipeline/ingest.ts';
import { jobId, queueName } from './queue-names.ts';

export type JobData = { callId: string } | IngestInput;

export interface QueueSettings {
  connection: ConnectionOptions;
  prefix: string;
  attempts: number;
}

export interface StageQueues {
  /** Queues a stage for a call. A job with the same id that is waiting or running is left alone; a finished one is replaced. */
  enqueue(stage: Stage, callId: string, data: JobData): Promise<void>;
  get(stage: Stage): Queue;
  close(): Promise<void>;
}

export function createStageQueues(settings: QueueSettings): StageQueues {
  const queues = new Map<Stage, Queue>(
    STAGES.map((stage) => [stage, new Queue(queueName(stage, settings.prefix), { connection: settings.connection })]),
  );
  const get = (stage: Stage) => queues.get(stage)!;
  return {
    get,
    async enqueue(stage, callId, data) {
      const queue = get(stage);
      const id = jobId(callId, stage);
      const existing = await queue.getJob(id);
      if (existing) {
        const state = await existing.getState();
        if (state !== 'completed' && state !== 'failed') return;
        await existing.remove();
      }
      await queue.add(stage, data, {
        jobId: id,
        attempts: settings.attempts,
        backoff: { type: 'callscribe' },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
