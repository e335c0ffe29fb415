// The transcribe step's worker: `node workers/transcribe.worker.ts` (or `callscribe work --steps transcribe`).
import { runWorkerProcess } from '../src/runtime/worker-process.ts';

if (import.meta.main) process.exitCode = await runWorkerProcess(['transcribe']);
