import type { RedisOptions } from 'bullmq';

/** BullMQ connection options for REDIS_URL (redis:// or rediss://, with user, password and db). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  return { url, maxRetriesPerRequest: null };
}
