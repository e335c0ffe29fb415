import { ConfigError, loadConfig } from '../config/env.ts';
import type { StepName } from '../domain/call.ts';
import { createLogger } from '../logging/logger.ts';
import { runWorkers } from './run-workers.ts';

/** Entry point of a worker process for `steps`: exit 0 after a graceful SIGTERM, 2 on bad configuration. */
export async function runWorkerProcess(steps: StepName[]): Promise<number> {
  try {
    const config = loadConfig(process.env);
    await runWorkers(steps, config, createLogger({ level: config.logLevel ?? 'info', mode: 'json' }));
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`error CONFIG: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
