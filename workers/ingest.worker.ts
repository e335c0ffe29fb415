// The ingest stage's worker: `node workers/ingest.worker.ts` (or `callscribe work --stages ingest`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['ingest']);
