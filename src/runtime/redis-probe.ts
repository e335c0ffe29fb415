import { Redis } from 'ioredis';
import { AppError } from '../errors/app-error.ts';

/** How long a command-line run waits for Redis's first answer before it gives up. */
export const REDIS_PROBE_MS = 5_000;

/** `redis://host:port/db`: where REDIS_URL points, for messages, with no user or password. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

/**
 * Checks that the Redis at `url` answers PING, trying to connect once (no reconnects, no queued
 * commands, at most `timeoutMs`), for a command-line run that must not start work it cannot finish.
 * Throws retryable `NETWORK` naming REDIS_URL; the probe's connection is closed either way.
 */
export async function probeRedis(url: string, timeoutMs: number = REDIS_PROBE_MS): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
  });
  let lastError: Error | null = null;
  client.on('error', (err: Error) => (lastError ??= err));
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    const why = (lastError ?? (err as Error))?.message || String(err);
    throw new AppError(
      'NETWORK',
      `Redis at REDIS_URL (${describeRedisUrl(url)}) could not be reached: ${why}. Start it, or unset REDIS_URL to rebuild the index without queueing unfinished calls again.`,
      { retryable: true, cause: err, kind: 'unavailable' },
    );
  } finally {
    client.disconnect();
  }
}
