// The extract step's worker: `node workers/extract.worker.ts` (or `callscribe work --steps extract`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['extract']);
