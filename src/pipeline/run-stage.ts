import type { Stage } from '../domain/call.ts';
import { toAppError } from '../errors/app-error.ts';
import { markStageFailed, markStageFinished, markStageStarted, updateCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';

export interface StageAttempt {
  stage: Stage;
  callId: string;
  attempt: number;
  /** No retry follows this attempt (last BullMQ attempt, or an in-process run). */
  isLastAttempt: boolean;
}

/**
 * Runs one step for one call and records it on call.json: status, timing, outcome. A failure is
 * classified once: permanent errors, and retryable ones on the last attempt, end the call `failed`
 * with the error's code; other retryable errors are recorded as `retrying` and rethrown for the queue.
 * Always rethrows the error as an AppError.
 */
export async function runStage<T>(
  at: StageAttempt,
  ports: Pick<PipelinePorts, 'blobs' | 'logger' | 'clock'>,
  step: () => Promise<StepResult<T>>,
): Promise<StepResult<T>> {
  const log = ports.logger.child({ callId: at.callId, stage: at.stage, attempt: at.attempt });
  try {
    await updateCall(ports.blobs, at.callId, (call) => markStageStarted(call, at.stage, at.attempt, ports.clock()), ports.clock());
    log.info(`${at.stage} started`);
    const result = await step();
    const call = await updateCall(ports.blobs, at.callId, (c) => markStageFinished(c, at.stage, result, ports.clock()), ports.clock());
    const durationMs = call.stages.findLast((r) => r.stage === at.stage)?.durationMs;
    log.info({ status: call.status, durationMs }, `${at.stage} finished in ${durationMs} ms`);
    return result;
  } catch (thrown) {
    const err = toAppError(thrown);
    const final = !err.retryable || at.isLastAttempt;
    await updateCall(ports.blobs, at.callId, (call) => markStageFailed(call, at.stage, err, final, ports.clock()), ports.clock()).catch(
      (saveErr: unknown) => log.error({ err: saveErr }, 'could not record the failure on call.json'),
    );
    log[final ? 'error' : 'warn']({ code: err.code, retryable: err.retryable, final }, final ? `${at.stage} failed (${err.code}); call failed` : `${at.stage} failed (${err.code}); will retry`);
    throw err;
  }
}
