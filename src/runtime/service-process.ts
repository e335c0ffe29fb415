import { ConfigError, type Config } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';

/** REDIS_URL, or a ConfigError naming the variable: `serve` and `work` need a Redis they share. */
export function requireRedis(config: Config, command: string): string {
  if (!config.redisUrl) {
    throw new ConfigError(`\`${command}\` needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379). \`callscribe demo\` starts a private Redis instead.`);
  }
  return config.redisUrl;
}

/** Resolves when SIGTERM or SIGINT arrives. */
export function untilSignal(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
