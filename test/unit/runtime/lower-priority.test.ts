import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const module = new URL('../../../src/runtime/run-workers.ts', import.meta.url).href;
const config = new URL('../../../src/config/env.ts', import.meta.url).href;
const logger = new URL('../../../src/logging/logger.ts', import.meta.url).href;

/** The niceness a fresh process ends with after `lowerPriorityForLanes` with WORKER_LANES=`lanes` (in a child, so this one keeps its own). */
async function niceAfter(lanes: string): Promise<number> {
  const script = `
    const { getPriority } = await import('node:os');
    const { lowerPriorityForLanes } = await import(${JSON.stringify(module)});
    const { loadConfig } = await import(${JSON.stringify(config)});
    const { silentLogger } = await import(${JSON.stringify(logger)});
    lowerPriorityForLanes(loadConfig({ WORKER_LANES: ${JSON.stringify(lanes)} }), silentLogger);
    process.stdout.write(String(getPriority()));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return Number(stdout);
}

describe('lowerPriorityForLanes', () => {
  it('gives a process of bulk work alone niceness 10, and leaves one that takes uploads as it was', async () => {
    const own = (await import('node:os')).getPriority();
    expect(await niceAfter('bulk')).toBe(Math.max(own, 10));
    expect(await niceAfter('interactive,bulk')).toBe(own);
    expect(await niceAfter('interactive')).toBe(own);
  });
});
