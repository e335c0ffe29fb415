// The prepare stage's worker: `node workers/prepare.worker.ts` (or `callscribe work --stages prepare`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['prepare']);
