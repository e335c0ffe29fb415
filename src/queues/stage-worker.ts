import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { isTerminal, type Stage } from '../domain/call.ts';
import { toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { ingest, IngestInput } from '../pipeline/ingest.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { runStage } from '../pipeline/run-stage.ts';
import { nextStage, STEPS } from '../pipeline/steps.ts';
import { retryDelayMs, type BackoffSettings } from './backoff.ts';
import { queueName } from './queue-names.ts';
import type { JobData, StageQueues } from './stage-queues.ts';

export interface StageWorkerDeps {
  ports: PipelinePorts;
  queues: StageQueues;
  connection: ConnectionOptions;
  prefix: string;
  attempts: number;
  concurrency: number;
  backoff: BackoffSettings;
  logger: Logger;
}

/**
 * A BullMQ worker for one stage: runs the step, records it on call.json, queues the next stage.
 * Permanent errors (and the last attempt of a retryable one) end the job with UnrecoverableError, so
 * BullMQ stops retrying; the call is already marked `failed` with the code. Retryable errors are
 * retried after Retry-After when the other side gave one, else with capped exponential backoff.
 */
export function startStageWorker(stage: Stage, deps: StageWorkerDeps): Worker {
  const processor = async (job: Job<JobData>) => {
    const attempt = job.attemptsMade + 1;
    if (stage === 'ingest') {
      const input = IngestInput.parse(job.data);
      const { call, isNew } = await ingest(input, deps.ports);
      if (isNew || call.status === 'failed' || (input.reprocess && isTerminal(call.status))) {
        await deps.queues.enqueue('prepare', call.id, { callId: call.id });
      }
      return { callId: call.id };
    }
    const { callId } = job.data as { callId: string };
    try {
      await runStage({ stage, callId, attempt, isLastAttempt: attempt >= deps.attempts }, deps.ports, () =>
        STEPS[stage]({ callId }, deps.ports),
      );
    } catch (thrown) {
      const err = toAppError(thrown);
      if (!err.retryable || attempt >= deps.attempts) throw new UnrecoverableError(`${err.code}: ${err.message}`);
      throw err;
    }
    const next = nextStage(stage);
    if (next) await deps.queues.enqueue(next, callId, { callId });
    return { callId };
  };

  const worker = new Worker<JobData>(queueName(stage, deps.prefix), processor, {
    connection: deps.connection,
    concurrency: deps.concurrency,
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(attemptsMade, err, deps.backoff) },
  });
  worker.on('error', (err) => deps.logger.error({ err, stage }, 'worker error'));
  return worker;
}
