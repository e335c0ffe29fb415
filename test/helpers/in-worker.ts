import { Worker } from 'node:worker_threads';
import { onTestFinished } from 'vitest';

/**
 * Calls `name` of the module at `moduleUrl` (a file URL of our TypeScript source, loaded by Node itself) with
 * `args` in a worker thread, and resolves with what it returned (structured-cloned). For inputs that a regression
 * would make a pure function work on for minutes or hours: the test then fails by its timeout instead of blocking
 * the test runner's thread, and the worker is stopped when the test ends.
 */
export function callInWorker<T>(moduleUrl: URL, name: string, ...args: unknown[]): Promise<T> {
  const worker = new Worker(
    "const { parentPort, workerData: w } = require('node:worker_threads'); import(w.moduleUrl).then((m) => parentPort.postMessage(m[w.name](...w.args)));",
    { eval: true, workerData: { moduleUrl: moduleUrl.href, name, args } },
  );
  onTestFinished(() => worker.terminate().then(() => undefined));
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
