import { DelayedError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { isTerminal, nextStep, resumeStep, type Call, type StepName } from '../domain/call.ts';
import { AppError, permanent, toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import type { RedisOutageLog } from '../logging/redis-outage.ts';
import { workerErrorLog } from '../logging/worker-errors.ts';
import type { JobChildren } from '../processes/job-children.ts';
import { observeJobs, unrecoverable } from '../observability/job-metrics.ts';
import type { Metrics } from '../observability/metrics.ts';
import { findCall, loadCall, markStepFailed, updateCall } from '../pipeline/call-record.ts';
import { callIdFromSha256 } from '../domain/call-keys.ts';
import { callOfSource } from '../intake/announce.ts';
import type { CallSource } from '../intake/source-record.ts';
import { fetchRecording } from '../intake/fetch-recording.ts';
import { ingest, IngestInput, recordIngestFailure } from '../pipeline/ingest.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { portsForCall } from '../pipeline/ports-for-call.ts';
import { isCredentialFailure, isRateLimit, notifyCallChanged, runStep } from '../pipeline/run-step.ts';
import { STEP_FNS } from '../pipeline/steps.ts';
import { chunkRefs } from '../pipeline/transcribe.ts';
import { retryDelayMs, type BackoffSettings } from './backoff.ts';
import { BULK_CHILD_NICE, type Lane } from './lanes.ts';
import { queueName } from './queue-names.ts';
import { redactJobErrors } from './redacted-job-errors.ts';
import type { JobData, StepQueues } from './step-queues.ts';

export interface StepWorkerDeps {
  ports: PipelinePorts;
  queues: StepQueues;
  connection: ConnectionOptions;
  prefix: string;
  attempts: number;
  /** Interactive jobs per step at a time in this process (WORKER_CONCURRENCY). */
  concurrency: number;
  /** Bulk jobs per step at a time in this process (WORKER_BULK_CONCURRENCY), on workers of their own (lanes.ts). */
  bulkConcurrency: number;
  backoff: BackoffSettings;
  /** Lock on a running job: a worker that dies gives its jobs up to others after this long. */
  lockMs: number;
  /** The worker's own lines (the step is added to them); a job's lines go through `ports.logger`, bound to its call and step. */
  logger: Logger;
  /** Step durations and failures by code; unmeasured when absent. */
  metrics?: Metrics;
  /** Where the workers' lost connections go (once per outage); without it each failed reconnect is an error line. */
  outage?: RedisOutageLog;
  /** The programs jobs start (engine, ffmpeg), killed at shutdown when their jobs are left behind; untracked when absent. */
  children?: JobChildren;
}

/**
 * A BullMQ worker for one step in one lane (lanes.ts): runs the step, records it on call.json, queues the next step.
 * Permanent errors (and the last attempt of a retryable one) end the job with UnrecoverableError, so
 * BullMQ stops retrying; the call is already marked `failed` with the code. Retryable errors are
 * retried after Retry-After when the other side gave one, else with capped exponential backoff.
 * A job BullMQ gives up on without our code finishing (its worker killed mid-job more often than the
 * step's attempts) still ends its call `failed`, with `STEP_ABORTED`.
 */
export function startStepWorker(step: StepName, deps: StepWorkerDeps, lane: Lane = 'interactive'): Worker {
  const giveUp = (err: AppError): never => {
    throw unrecoverable(err);
  };

  /**
   * A call announced by a webhook or a storage event: its recording is fetched, then it is prepared. A
   * recording the provider has not finished (`not_ready`) is asked for again later, spending no attempt,
   * until RECORDING_READY_WITHIN_MS after the call was announced; then the attempts run out as usual.
   */
  const processFetch = async (job: Job<JobData>, token: string | undefined, callId: string, carried?: CallSource) => {
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? deps.attempts;
    const fetchPorts = { blobs: deps.ports.blobs, telephony: deps.ports.telephony ?? new Map(), maxBytes: deps.ports.policy.maxBytes, clock: deps.ports.clock, consentRequired: deps.ports.policy.consentRequired ?? false };
    const call = await callOfSource(deps.ports.blobs, callId, deps.ports.clock(), carried).catch((thrown: unknown) => {
      const err = toAppError(thrown);
      // A replay of an erased call's delivery: failed for good, with why, on the queue's record.
      return err.retryable ? Promise.reject(err) : giveUp(err);
    });
    if (!call) giveUp(permanent('SOURCE_MISSING', `Call ${callId} was queued for ingest but has neither a record nor a source; send it again.`));
    if (call!.recording) {
      // Fetched already. A duplicate delivery's job does nothing more (running the step again would move the
      // call's status back while later steps run), but a call still waiting for prepare gets it queued: the
      // attempt that fetched the recording may have failed to queue it (Redis blinked, the worker died). A
      // prepare job that waits is left alone by enqueue; one that ever started has a run on the record.
      const prepareStarted = call!.steps.some((r) => r.step === 'prepare');
      if (call!.status === 'preparing' && !prepareStarted) await deps.queues.enqueue('prepare', callId, { callId }, lane);
      return { callId };
    }
    const waited = Date.now() - job.timestamp;
    try {
      await runStep({ step: 'ingest', callId, attempt, isLastAttempt: attempt >= attempts, waitsUntilReady: waited < RECORDING_READY_WITHIN_MS }, deps.ports, () => fetchRecording({ callId }, fetchPorts));
    } catch (thrown) {
      const err = toAppError(thrown);
      if (err.kind === 'not_ready' && waited < RECORDING_READY_WITHIN_MS) {
        await job.moveToDelayed(Date.now() + recordingPollMs(waited), token);
        throw new DelayedError();
      }
      if (!err.retryable || attempt >= attempts) giveUp(err);
      throw err;
    }
    await deps.queues.enqueue('prepare', callId, { callId }, lane);
    return { callId };
  };

  /**
   * An announced call's job carries its source, meta and all (the customer's name, phone, e-mail), for the attempt
   * that makes the call's record. Once the job has ended for good, the record (source.json, call.json) is where
   * that lives, or nowhere (a call stopped for consent, a delivery of an erased call): the job, which Redis keeps
   * for days after, keeps only the call id.
   */
  const fetchAndForget = async (job: Job<JobData>, token: string | undefined, callId: string, carried?: CallSource) => {
    const forget = () => job.updateData({ callId }).catch((err: unknown) => deps.logger.warn({ callId, err: (err as Error).message }, "could not drop the source from an ingest job's data"));
    try {
      const done = await processFetch(job, token, callId, carried);
      await forget();
      return done;
    } catch (thrown) {
      const final = thrown instanceof Error && thrown.name === 'UnrecoverableError';
      if (final || (!(thrown instanceof DelayedError) && job.attemptsMade + 1 >= (job.opts.attempts ?? deps.attempts))) await forget();
      throw thrown;
    }
  };

  const processIngest = async (job: Job<JobData>, token?: string) => {
    if (!('uploadKey' in job.data) && 'callId' in job.data) return fetchAndForget(job, token, job.data.callId, 'source' in job.data ? job.data.source : undefined);
    const input = IngestInput.parse(job.data);
    try {
      const { call } = await ingest(input, portsForCall(deps.ports, callIdFromSha256(input.sha256), 'ingest'));
      await notifyCallChanged(deps.ports, call.id);
      const next = resumeStep(call, input.reprocess ?? false);
      if (next) await deps.queues.enqueue(next, call.id, { callId: call.id }, lane);
      return { callId: call.id };
    } catch (thrown) {
      const err = toAppError(thrown);
      if (err.retryable && job.attemptsMade + 1 < (job.opts.attempts ?? deps.attempts)) throw err;
      await recordIngestFailure(input, err, deps.ports);
      await notifyCallChanged(deps.ports, callIdFromSha256(input.sha256));
      return giveUp(err);
    }
  };

  const processor = (job: Job<JobData>, token?: string) => (deps.children ? deps.children.run(() => processStep(job, token)) : processStep(job, token));
  const processStep = async (job: Job<JobData>, token?: string) => {
    if (step === 'ingest') return processIngest(job, token);
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? deps.attempts;
    const { callId } = job.data as { callId: string };
    // Bulk work's programs yield the CPU to interactive work's (both lanes share this host).
    const ports = { ...portsForCall(deps.ports, callId, step), ...(lane === 'bulk' ? { childNice: BULK_CHILD_NICE } : {}), ...(token && { holdsJob: jobLockHeld(job, token, deps.lockMs) }) };
    let ran: { call: Call };
    try {
      ran = await runStep({ step, callId, attempt, isLastAttempt: attempt >= attempts, canWait: true }, deps.ports, (call) => STEP_FNS[step]({ callId, call }, ports));
    } catch (thrown) {
      const err = toAppError(thrown);
      // Both lanes of the step wait: they talk to the same CRM with the same credentials.
      const queues = deps.queues.lanes(step);
      if (isCredentialFailure(step, err)) {
        // No point trying other calls with the same rejected credentials: the step waits, and the
        // credential guard resumes it once they work. The job goes back to the queue, its attempt unspent.
        await Promise.all(queues.map((q) => q.pause()));
        ports.logger.error({ code: err.code }, `${step} paused: the CRM rejected our credentials`);
        throw Worker.RateLimitError();
      }
      if (isRateLimit(err)) {
        await Promise.all(queues.map((q) => q.rateLimit(err.retryAfterMs!)));
        throw Worker.RateLimitError();
      }
      if (!err.retryable || attempt >= attempts) giveUp(err);
      throw err;
    }
    const next = nextStep(step);
    // The next step runs in this job's lane: a call queued as bulk stays in the bulk lane to the end.
    if (next === 'transcribe') await deps.queues.enqueueTranscribe(callId, chunkRefs(ran.call), lane);
    else if (next) await deps.queues.enqueue(next, callId, { callId }, lane);
    return { callId };
  };

  const jobsPerSecond = step === 'sync' ? deps.ports.crm.jobsPerSecond : undefined;
  // The limiter is per queue: the interactive lane keeps the CRM's whole pace (a lone upload is not slowed),
  // the bulk lane gets a quarter of it on top. A CRM that still answers 429 slows both lanes (rateLimit above).
  const perTenSeconds = jobsPerSecond ? Math.max(1, Math.round(jobsPerSecond * 10 * (lane === 'bulk' ? 0.25 : 1))) : 0;
  const name = queueName(step, deps.prefix, lane);
  const worker = new Worker<JobData>(name, observeJobs(deps.metrics, { queue: name, step }, redactJobErrors(processor)), {
    connection: deps.connection,
    concurrency: lane === 'bulk' ? deps.bulkConcurrency : deps.concurrency,
    lockDuration: deps.lockMs,
    stalledInterval: deps.lockMs,
    // A job whose worker died is taken over; BullMQ's default fails it at its second stall, so two
    // crashes in a row (a redeploy, an OOM loop) failed a call. Every step resumes, so allow as many
    // stalls as attempts.
    maxStalledCount: deps.attempts,
    // One limiter per CRM connection: sync jobs start no faster than the CRM's limits allow.
    ...(perTenSeconds ? { limiter: { max: perTenSeconds, duration: 10_000 } } : {}),
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(attemptsMade, err, deps.backoff) },
  });
  // Job ids are `${callId}-${step}` (queue-names.ts).
  const failed = workerErrorLog(deps.logger, { step, lane }, (id) => (id.endsWith(`-${step}`) ? { callId: id.slice(0, -step.length - 1) } : null));
  if (deps.outage) deps.outage.watchQueue(worker, failed);
  else worker.on('error', failed);
  worker.on('failed', (job, err) => {
    if (!job || !('callId' in job.data) || (step === 'ingest' && 'uploadKey' in job.data)) return;
    const final = err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) void markAbandoned(job.data.callId, step, err, deps);
  });
  return worker;
}

/**
 * How long after a call is announced its provider may still be processing the recording: RingCentral puts it in
 * the call log minutes after the call ends, Aircall attaches it to the call a little after `call.ended`.
 */
export const RECORDING_READY_WITHIN_MS = 60 * 60_000;

/** How long a call whose recording is not ready waits before asking again: 15 s at first, a quarter of the wait so far later, at most 5 minutes. */
export function recordingPollMs(waitedMs: number): number {
  return Math.min(5 * 60_000, Math.max(15_000, Math.round(waitedMs / 4)));
}

/**
 * Whether this worker still holds `job`'s lock (renewing it for `lockMs` when it does): BullMQ renews locks on a timer,
 * and a worker that missed its renewals (a starved event loop, Redis restarting) may find another worker running the job.
 * An answer Redis cannot give is a no: the CRM create it guards waits for a retry.
 */
export function jobLockHeld(job: Job, token: string, lockMs: number): () => Promise<boolean> {
  return async () => (await job.extendLock(token, lockMs).catch(() => 0)) === 1;
}

/** Ends a call `failed` when its job failed for good but the call record does not say so yet. */
async function markAbandoned(callId: string, step: StepName, err: Error, deps: StepWorkerDeps): Promise<void> {
  const { blobs, clock } = deps.ports;
  try {
    const call = await findCall(blobs, callId);
    if (!call || isTerminal(call.status)) return;
    const aborted = new AppError(
      'STEP_ABORTED',
      `The ${step} job stopped without finishing (${err.message}); a worker may have crashed or been killed. A manager can retry it from the call page (or resubmit the recording) to resume.`,
      { cause: err },
    );
    await updateCall(blobs, callId, (c) => markStepFailed(c, step, aborted, true, clock()), clock());
    await notifyCallChanged(deps.ports, callId);
    deps.logger.error({ callId, step, code: 'STEP_ABORTED' }, `${step} job abandoned; call failed`);
  } catch (saveErr) {
    deps.logger.error({ err: saveErr, callId, step }, 'could not mark an abandoned call as failed');
  }
}
