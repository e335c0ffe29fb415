import type { Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logging/logger.ts';

/**
 * `callscribe_queue_workers{queue}`: the workers connected to each watched queue (BullMQ's
 * `getWorkersCount`, the Redis clients named after the queue), read when scraped. 0 on a step's queue
 * means its calls wait there for ever: no `work` process takes that step in that lane. Left out while
 * Redis is down or does not answer within `boundMs`, like the job counts; one count at a time.
 */
export function registerQueueWorkersGauge(opts: {
  registry: Registry;
  watched: () => readonly Queue[];
  down: () => boolean;
  boundMs: number;
  logger?: Logger;
}): void {
  let counting: Promise<Array<{ name: string; workers: number }>> | null = null;
  new Gauge({
    name: 'callscribe_queue_workers',
    help: 'Workers connected to each queue, read from Redis when scraped; 0: nothing takes its jobs.',
    labelNames: ['queue'],
    registers: [opts.registry],
    async collect() {
      this.reset();
      if (opts.down() || counting) return;
      const started = countWorkers(opts.watched(), opts.logger).finally(() => (counting = null));
      counting = started;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), opts.boundMs)));
      const counted = await Promise.race([started, late]).finally(() => clearTimeout(timer));
      if (counted === 'late') return;
      for (const { name, workers } of counted) this.set({ queue: name }, workers);
    },
  });
}

/** Each queue's worker count; a queue whose count fails (Redis refusing CLIENT LIST) is logged and left out. */
async function countWorkers(queues: readonly Queue[], logger: Logger | undefined) {
  const counted = await Promise.all(queues.map(async (queue) => {
    try {
      return { name: queue.name, workers: await queue.getWorkersCount() };
    } catch (err) {
      logger?.warn({ queue: queue.name, err: (err as Error).message }, 'could not count the workers of a queue for /metrics');
      return null;
    }
  }));
  return counted.filter((c) => c !== null);
}
