// The prepare step's worker: `node workers/prepare.worker.ts` (or `callscribe work --steps prepare`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['prepare']);
