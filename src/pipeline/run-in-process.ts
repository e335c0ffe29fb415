import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { CallMeta } from '../domain/call-meta.ts';
import { PROCESSING_STEPS, type Call, type ProcessingStep } from '../domain/call.ts';
import { loadCall } from './call-record.ts';
import { ingest } from './ingest.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import { portsForCall } from './ports-for-call.ts';
import { runStep } from './run-step.ts';
import { STEP_FNS } from './steps.ts';
import { storeUpload } from './store-upload.ts';

/**
 * Runs ingest and then the steps up to `until` in this process, with no queue: the CLI's `process` and
 * `transcribe`. Same steps and same records as the workers; a failure leaves the call `failed` and throws.
 */
export async function runInProcess(
  file: string,
  meta: CallMeta,
  ports: PipelinePorts,
  opts: { until?: ProcessingStep; maxUploadBytes?: number; onStep?: (step: ProcessingStep) => void } = {},
): Promise<Call> {
  const upload = await storeUpload(ports.blobs, createReadStream(file), opts.maxUploadBytes ?? Number.MAX_SAFE_INTEGER);
  const { call } = await ingest({ ...upload, filename: basename(file), contentType: null, meta }, ports);
  for (const step of PROCESSING_STEPS) {
    opts.onStep?.(step);
    await runStep({ step, callId: call.id, attempt: 1, isLastAttempt: true }, ports, (current) => STEP_FNS[step]({ callId: call.id, call: current }, portsForCall(ports, call.id, step)));
    if (step === opts.until) break;
  }
  return loadCall(ports.blobs, call.id);
}
