import type { Call, StepName } from '../domain/call.ts';
import { AppError, toAppError } from '../errors/app-error.ts';
import { jobAbandoned } from '../processes/job-children.ts';
import { markStepFailed, markStepFinished, markStepStarted, updateCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';

export interface StepAttempt {
  step: StepName;
  callId: string;
  attempt: number;
  /** No retry follows this attempt (last BullMQ attempt, or an in-process run). */
  isLastAttempt: boolean;
  /** A queue can park the job without spending an attempt (rate limits, rejected CRM credentials). */
  canWait?: boolean;
  /** A queue parks the job, spending no attempt, while the other side has not got what it needs yet (`not_ready`). */
  waitsUntilReady?: boolean;
}

/**
 * The CRM rejected our credentials: sync waits (the queue pauses) until they work again. A refusal of one record
 * (kind `forbidden`, decided by the CRM client) is not one: it ends only its call, since the credential check that
 * resumes the queue would pass and the same refusal pause it again.
 */
export const isCredentialFailure = (step: StepName, err: Pick<AppError, 'kind'>) => step === 'sync' && err.kind === 'credentials';
/** The other side asked us to slow down and said for how long: the queue waits that long. */
export const isRateLimit = (err: Pick<AppError, 'kind' | 'retryAfterMs'>) => err.kind === 'rate_limit' && err.retryAfterMs !== null;

/**
 * Runs one step for one call and records it on call.json: status, timing, outcome. A failure is
 * classified once: permanent errors, and retryable ones on the last attempt, end the call `failed`
 * with the error's code; other retryable errors are recorded as `retrying` and rethrown for the queue.
 * Where the queue can wait (`canWait`), a rate limit or rejected CRM credentials never end the call:
 * it stays at its step with the error shown, and resumes when the queue does. Always rethrows the
 * error as an AppError.
 *
 * `step` gets the call record as this run wrote it at its start (no one else writes it while a step runs,
 * see updateCall), so it need not read it again; the result comes back with the record as saved at the end.
 */
export async function runStep<T>(
  at: StepAttempt,
  ports: Pick<PipelinePorts, 'blobs' | 'logger' | 'clock' | 'onCallChanged'>,
  step: (call: Call) => Promise<StepResult<T>>,
): Promise<StepResult<T> & { call: Call }> {
  const log = ports.logger.child({ callId: at.callId, step: at.step, attempt: at.attempt });
  const changed = () => notifyCallChanged(ports, at.callId);
  try {
    const started = await updateCall(ports.blobs, at.callId, (call) => markStepStarted(call, at.step, at.attempt, ports.clock()), ports.clock());
    await changed();
    log.info(`${at.step} started`);
    const result = await step(structuredClone(started));
    const call = await updateCall(ports.blobs, at.callId, (c) => markStepFinished(c, at.step, result, ports.clock()), ports.clock());
    await changed();
    const durationMs = call.steps.findLast((r) => r.step === at.step)?.durationMs;
    log.info({ status: call.status, durationMs }, `${at.step} finished in ${durationMs} ms`);
    return { ...result, call };
  } catch (thrown) {
    const thrownErr = toAppError(thrown);
    if (jobAbandoned()) {
      log.warn({ code: thrownErr.code }, `${at.step} stopped with its worker; left to another worker`);
      throw thrownErr;
    }
    const waits = (Boolean(at.canWait) && (isCredentialFailure(at.step, thrownErr) || isRateLimit(thrownErr))) || (Boolean(at.waitsUntilReady) && thrownErr.kind === 'not_ready');
    const err = waits && isCredentialFailure(at.step, thrownErr)
      ? new AppError(thrownErr.code, `Waiting for working CRM credentials: ${thrownErr.message} Calls resume by themselves once the credentials work.`, { retryable: true, cause: thrownErr, status: thrownErr.status, kind: thrownErr.kind })
      : thrownErr;
    const final = !waits && (!err.retryable || at.isLastAttempt);
    // A passing failure that ends the call: its message says what went wrong; this says the retries are over.
    const recorded = final && err.retryable ? new AppError(err.code, `${err.message} Gave up after ${at.attempt} attempt${at.attempt === 1 ? '' : 's'}; retry the call once that is fixed.`, { retryable: true, cause: err, status: err.status, kind: err.kind }) : err;
    await updateCall(ports.blobs, at.callId, (call) => markStepFailed(call, at.step, recorded, final, ports.clock()), ports.clock()).catch(
      (saveErr: unknown) => log.error({ err: saveErr }, 'could not record the failure on call.json'),
    );
    await changed();
    log[final ? 'error' : 'warn']({ code: err.code, retryable: err.retryable, final }, final ? `${at.step} failed (${err.code}); call failed` : `${at.step} failed (${err.code}); will retry`);
    throw err;
  }
}

/** Tells the index a call changed; never fails the caller (the index is a cache `reindex` rebuilds). */
export async function notifyCallChanged(ports: Pick<PipelinePorts, 'logger' | 'onCallChanged'>, callId: string): Promise<void> {
  await ports.onCallChanged?.(callId).catch((err: unknown) => ports.logger.warn({ callId, err: (err as Error).message }, 'could not update the call index'));
}
