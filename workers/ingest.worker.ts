// The ingest step's worker: `node workers/ingest.worker.ts` (or `callscribe work --steps ingest`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['ingest']);
