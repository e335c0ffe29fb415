// The sync step's worker: `node workers/sync.worker.ts` (or `callscribe work --steps sync`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['sync']);
