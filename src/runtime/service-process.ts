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

/**
 * What a service process started, closed in the reverse order: at shutdown, and when a later startup
 * step fails (a configuration error, an unreachable index, a port in use), so the open Redis
 * connections and workers do not keep the process alive and it exits with its code (an orchestrator
 * restarts it). A close that fails or outlasts `closeMs` (Redis gone) is logged and passed over.
 */
export function startedParts(logger: Logger, closeMs = 10_000) {
  const closers: Array<{ what: string; close: () => Promise<unknown> }> = [];
  return {
    add<T>(what: string, part: T, close: (part: T) => Promise<unknown>): T {
      closers.push({ what, close: () => close(part) });
      return part;
    },
    /**
     * Closes every part, each within `closeMs` and all of them within `withinMs` when given (what is left of
     * a shutdown's bound). True when every part closed; false when one failed or was passed over, and its
     * connections may still hold the process open.
     */
    async close(withinMs?: number): Promise<boolean> {
      const deadline = withinMs === undefined ? Infinity : Date.now() + withinMs;
      let closed = true;
      for (const { what, close } of closers.splice(0).reverse()) {
        const ms = Math.max(0, Math.min(closeMs, deadline - Date.now()));
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
        try {
          if ((await Promise.race([close(), late])) === 'late') {
            closed = false;
            logger.warn({ part: what, closeMs: ms }, 'did not close in time; going on');
          }
        } catch (err) {
          closed = false;
          logger.warn({ part: what, err: (err as Error).message }, 'could not close');
        } finally {
          clearTimeout(timer);
        }
      }
      return closed;
    },
  };
}
