import { Redis } from 'ioredis';
import type { EmbeddedRedis } from '../../src/embedded/redis-server.ts';

/** The embedded redis-server's process id, as the server itself reports it: for tests that stop, freeze or kill it. */
export async function redisPid(redis: EmbeddedRedis): Promise<number> {
  const client = new Redis(redis.connection);
  try {
    return Number(/process_id:(\d+)/.exec(await client.info('server'))![1]);
  } finally {
    client.disconnect();
  }
}
