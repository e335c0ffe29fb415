import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

export interface RedisOutageLog {
  /** For other emitters' `error` (a BullMQ FlowProducer): Redis could not be reached. */
  failed(err: Error): void;
  /** Listens to an ioredis client's `error` and `ready`. */
  watchClient(client: Redis): void;
  /** Listens to a BullMQ queue's `error`, and its backend's `ready` (each time its connection is ready). */
  watchQueue(queue: Queue): void;
}

/**
 * One warning when Redis stops answering and one line when it answers again, however many clients
 * `what` names and however often they retry: ioredis reports every failed reconnect, and a client or
 * queue without an `error` listener prints each as multi-line text (not JSON) to the service's logs.
 */
export function redisOutageLog(logger: Logger, what: string): RedisOutageLog {
  let down = false;
  const failed = (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ redis: what, err: err.message }, 'Redis cannot be reached; retrying until it answers');
  };
  const ready = () => {
    if (!down) return;
    down = false;
    logger.info({ redis: what }, 'Redis answers again');
  };
  return {
    failed,
    watchClient(client) {
      client.on('error', failed);
      client.on('ready', ready);
    },
    watchQueue(queue) {
      queue.on('error', failed);
      queue.getBackend().on('ready', ready);
    },
  };
}
