import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleepMs } from 'node:timers/promises';
import type { CallMeta } from '../domain/call-meta.ts';
import { PROCESSING_STEPS, type Call, type ProcessingStep } from '../domain/call.ts';
import { toAppError, type AppError } from '../errors/app-error.ts';
import { retryDelayMs, type BackoffSettings } from '../queues/backoff.ts';
import { QUEUE_DEFAULTS } from '../queues/queue-defaults.ts';
import { loadCall } from './call-record.ts';
import { ingest } from './ingest.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import { portsForCall } from './ports-for-call.ts';
import { runStep } from './run-step.ts';
import { STEP_FNS } from './steps.ts';
import { storeUpload } from './store-upload.ts';

/** A retryable failure the in-process runner waits out before the step's next attempt. */
export interface RetryWait {
  step: ProcessingStep;
  /** The attempt that failed (from 1), of `attempts`. */
  attempt: number;
  attempts: number;
  delayMs: number;
  error: AppError;
}

export interface InProcessRetry {
  /** Attempts per step; default the queue's (QUEUE_DEFAULTS.attempts). */
  attempts?: number;
  /** Default the queue's (QUEUE_DEFAULTS.backoff). */
  backoff?: BackoffSettings;
  /** Told before each wait, to show progress. */
  onWait?: (wait: RetryWait) => void;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs ingest and then the steps up to `until` in this process, with no queue: the CLI's `process` and
 * `transcribe`. Same steps and same records as the workers, and the same retry policy as the queue: a
 * retryable failure (429, 5xx, network; classified once, see runStep) is tried again up to the queue's
 * attempts, after the other side's Retry-After or the queue's backoff; a permanent one, or the last
 * attempt, leaves the call `failed` and throws. What the queue does and this runner cannot: park a call
 * without spending an attempt (a rate limit with Retry-After, rejected CRM credentials). Here a rate
 * limit spends an attempt, so a run always ends, and rejected credentials fail at once.
 */
export async function runInProcess(
  file: string,
  meta: CallMeta,
  ports: PipelinePorts,
  opts: { until?: ProcessingStep; maxUploadBytes?: number; onStep?: (step: ProcessingStep) => void; retry?: InProcessRetry } = {},
): Promise<Call> {
  const upload = await storeUpload(ports.blobs, createReadStream(file), opts.maxUploadBytes ?? Number.MAX_SAFE_INTEGER);
  const { call } = await ingest({ ...upload, filename: basename(file), contentType: null, meta }, ports);
  for (const step of PROCESSING_STEPS) {
    opts.onStep?.(step);
    await runWithRetries(step, call.id, ports, opts.retry ?? {});
    if (step === opts.until) break;
  }
  return loadCall(ports.blobs, call.id);
}

async function runWithRetries(step: ProcessingStep, callId: string, ports: PipelinePorts, retry: InProcessRetry): Promise<void> {
  const attempts = retry.attempts ?? QUEUE_DEFAULTS.attempts;
  const backoff = retry.backoff ?? QUEUE_DEFAULTS.backoff;
  for (let attempt = 1; ; attempt++) {
    try {
      await runStep({ step, callId, attempt, isLastAttempt: attempt >= attempts }, ports, (current) => STEP_FNS[step]({ callId, call: current }, portsForCall(ports, callId, step)));
      return;
    } catch (thrown) {
      const error = toAppError(thrown);
      if (!error.retryable || attempt >= attempts) throw error;
      const delayMs = retryDelayMs(attempt, error, backoff);
      retry.onWait?.({ step, attempt, attempts, delayMs, error });
      await (retry.sleep ?? sleepMs)(delayMs);
    }
  }
}
