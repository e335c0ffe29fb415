import { Queue, type ConnectionOptions } from 'bullmq';
import { STEP_NAMES } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import { redisOutageLog } from '../logging/redis-outage.ts';
import { LANES } from './lanes.ts';
import { QUEUE_DEFAULTS } from './queue-defaults.ts';
import { chunkQueueName, queueName } from './queue-names.ts';

/**
 * Every queue of the pipeline, opened to be watched (job counts for `/metrics`, the dashboard at
 * `/admin/queues`): one per step and the transcription chunks' queue, in each lane (lanes.ts). Nothing is queued through these.
 * With a `logger`, a Redis outage is logged there once (and its end), not printed by each queue.
 */
export function openAllQueues(connection: ConnectionOptions, prefix: string = QUEUE_DEFAULTS.prefix, logger?: Logger): { queues: Queue[]; down(): boolean; close(): Promise<void> } {
  const names = LANES.flatMap((lane) => [...STEP_NAMES.map((step) => queueName(step, prefix, lane)), chunkQueueName(prefix, lane)]);
  const queues = names.map((name) => new Queue(name, { connection }));
  const outage = logger ? redisOutageLog(logger, 'watched queues') : null;
  for (const queue of queues) outage?.watchQueue(queue);
  return {
    queues,
    /** Whether Redis is known to be away (since a failed connection, until it answers again); never without a `logger`. */
    down: () => outage?.isDown() ?? false,
    async close() {
      await Promise.all(queues.map((q) => q.close()));
    },
  };
}
