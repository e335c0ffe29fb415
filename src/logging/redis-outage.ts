import type { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

/** A BullMQ Queue, Worker, QueueEvents or FlowProducer: its errors, and its backend's `ready` each time its connection is ready. */
export interface RedisEmitter {
  on(event: 'error', listener: (err: Error) => void): unknown;
  getBackend(): { on(event: 'ready', listener: () => void): unknown };
}

export interface RedisOutageLog {
  /** For other emitters' `error`: Redis could not be reached. */
  failed(err: Error): void;
  /** Listens to an ioredis client's `error` and `ready`. */
  watchClient(client: Redis): void;
  /**
   * Listens to a BullMQ queue's or worker's `error`, and its backend's `ready`. Errors that are not
   * about the connection go to `other` (a worker's own failures, logged as errors); without it they
   * count as the outage too.
   */
  watchQueue(queue: RedisEmitter, other?: (err: Error) => void): void;
  /** True from the outage's warning until Redis answers again. */
  isDown(): boolean;
}

/**
 * One warning when Redis stops answering and one line when it answers again, however many clients
 * `what` names and however often they retry: ioredis reports every failed reconnect, and a client or
 * queue without an `error` listener prints each as multi-line text (not JSON) to the service's logs.
 */
export function redisOutageLog(logger: Logger, what: string): RedisOutageLog {
  // The outage ends when every connection that lost Redis has it again: one that reconnects first must not
  // end it while another of the group still fails (it would warn a second time for the same outage).
  const lost = new Set<object>();
  let down = false;
  const failedOn = (member: object | null) => (err: Error) => {
    if (member) lost.add(member);
    if (down) return;
    down = true;
    logger.warn({ redis: what, err: err.message }, 'Redis cannot be reached; retrying until it answers');
  };
  const readyOn = (member: object) => () => {
    lost.delete(member);
    if (!down || lost.size) return;
    down = false;
    logger.info({ redis: what }, 'Redis answers again');
  };
  // An error of something not watched: it has no `ready` of its own, so any member's ends the outage.
  const failed = failedOn(null);
  return {
    failed,
    watchClient(client) {
      client.on('error', failedOn(client));
      client.on('ready', readyOn(client));
    },
    watchQueue(queue, other) {
      const fail = failedOn(queue);
      queue.on('error', (err) => (isConnectionError(err) || !other ? fail(err) : other(err)));
      queue.getBackend().on('ready', readyOn(queue));
    },
    isDown: () => down,
  };
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether an error from BullMQ or ioredis is about reaching Redis (refused, dropped, timed out, retries
 * used up) rather than a command or job that went wrong. BullMQ's own test only knows ECONNREFUSED.
 */
export function isConnectionError(err: Error): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  if (code && CONNECTION_CODES.has(code)) return true;
  return err.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable|connect E[A-Z]+|read E[A-Z]+|write E[A-Z]+|Command timed out|max retries per request/i.test(err.message);
}
