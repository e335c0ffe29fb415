import type { IncomingMessage, ServerResponse } from 'node:http';
import { Redis, type RedisOptions } from 'ioredis';
import { checkReadiness, type ReadinessCheck } from '../http/readiness.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * A Redis PING on a connection of its own, with no offline queue and no retries per command: while Redis
 * is down the check fails at once, with why, instead of waiting for a reconnect. `close()` ends the connection.
 */
export function redisPingCheck(redis: RedisOptions & { url?: string }): { check: ReadinessCheck; close(): void } {
  const { url, ...options } = redis;
  const probe: RedisOptions = { ...options, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 };
  const client = url ? new Redis(url, probe) : new Redis(probe);
  let lastError: string | null = null;
  client.on('error', (err: Error) => (lastError = err.message));
  client.on('ready', () => (lastError = null));
  return {
    check: {
      name: 'redis',
      async check() {
        if (client.status === 'wait') await client.connect().catch(() => undefined);
        try {
          await client.ping();
        } catch (err) {
          throw new Error(`Redis did not answer PING: ${lastError ?? (err as Error).message}`);
        }
      },
    },
    close: () => client.disconnect(),
  };
}

/**
 * A worker process's `GET /readyz` on its metrics port: 200 when every check passed (each bounded by
 * READINESS_TIMEOUT_MS), else 503 with the same body as the API's `/readyz`. A worker that cannot reach
 * Redis takes no jobs although its `/metrics` still answers, so health checks probe this route.
 */
export function answerReadiness(checks: readonly ReadinessCheck[], res: ServerResponse<IncomingMessage>, logger: Logger): void {
  checkReadiness(checks).then(
    (result) => {
      if (!result.ready) logger.warn({ down: Object.entries(result.checks).filter(([, r]) => !r.ok).map(([name]) => name) }, 'not ready');
      res.writeHead(result.ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(result));
    },
    (err: unknown) => {
      logger.error({ err }, 'could not check readiness');
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Readiness could not be checked; see the logs.\n');
    },
  );
}
