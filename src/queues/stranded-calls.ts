import { CALL_STATUSES, isTerminal, resumeStep, STEP_NAMES, type CallStatus, type StepName } from '../domain/call.ts';
import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CallIndex } from '../ports/call-index.ts';
import { toAppError } from '../errors/app-error.ts';
import { findCall } from '../pipeline/call-record.ts';
import type { CallLocks } from '../review/call-lock.ts';
import type { StepQueues } from './step-queues.ts';

/** Statuses that say a step is queued or running for the call. */
const UNSETTLED: readonly CallStatus[] = CALL_STATUSES.filter((s) => !isTerminal(s));
const PAGE = 200;
/** The steps a call listed with this status may be waiting for (`resumeStep` on its record says which). */
const STEPS_OF: Partial<Record<CallStatus, readonly StepName[]>> = {
  received: ['ingest', 'prepare'],
  preparing: ['prepare'],
  transcribing: ['transcribe'],
  extracting: ['extract'],
  syncing: ['sync'],
};

async function anyPending(queues: Pick<StepQueues, 'hasPendingJob'>, callId: string, steps: readonly StepName[] = []): Promise<boolean> {
  for (const step of steps) if (await queues.hasPendingJob(step, callId)) return true;
  return false;
}

export interface StrandedCallsDeps {
  blobs: BlobStore;
  /** The call index: where the candidates are found (call.json decides). */
  index: Pick<CallIndex, 'list'>;
  queues: Pick<StepQueues, 'enqueue' | 'hasPendingJob'>;
  /** The calls' locks (people's changes and erasure take them): a call is queued again under its lock. */
  locks: Pick<CallLocks, 'withLock'>;
  logger: Logger;
  clock: () => Date;
}

export interface StrandedSweepResult {
  /** Unsettled calls looked at. */
  checked: number;
  requeued: { callId: string; step: StepName }[];
}

/**
 * Queues again every call left at a step with no job for it. A call's record says which step it waits
 * for before that step's job is queued (so a crash in between is retried by the job that wrote it); when
 * the queueing itself fails and nothing retries it, the call would wait for ever. That happens when
 * Redis stops answering after a person's change was saved (a decision, a correction, a retry), or after a
 * job's last attempt could not record its outcome. A call is stranded when its status names a step, its
 * record has not changed for `graceMs` (a hand-off in progress is not one), and no job of any step waits, is
 * delayed or runs for it in either lane (the step before may still be handing off). It goes back in the bulk
 * lane (never ahead of new uploads), under the call's lock (not while it is erased or a person changes it),
 * with a warning naming the call and the step. Only calls the index lists are found: after Redis was lost
 * entirely, `callscribe reindex` is still the repair (it also finds announced calls with no record yet).
 */
export async function requeueStrandedCalls(deps: StrandedCallsDeps, graceMs: number, stopped: () => boolean = () => false): Promise<StrandedSweepResult> {
  const result: StrandedSweepResult = { checked: 0, requeued: [] };
  const before = deps.clock().getTime() - graceMs;
  for (const status of UNSETTLED) {
    let cursor: string | undefined;
    do {
      const page = await deps.index.list({ status, limit: PAGE, ...(cursor ? { cursor } : {}) });
      for (const { id } of page.calls) {
        // Shutting down: the rest waits for the next sweep (of this process or another).
        if (stopped()) return result;
        result.checked += 1;
        // Most unsettled calls have their job: asking the queues first spares reading their records.
        if (await anyPending(deps.queues, id, STEPS_OF[status])) continue;
        const call = await findCall(deps.blobs, id);
        if (!call || isTerminal(call.status) || Date.parse(call.updatedAt) > before) continue;
        const step = resumeStep(call, false);
        if (!step) continue;
        // Under the call's lock, so an erasure or a person's change is not interleaved: the record is read
        // again (an erased call is gone, a changed one moved on), and no job of any step may be pending. A
        // step that wrote the next status and then failed to queue the next step runs again (delayed for
        // its retry, or taken over after its worker stalled) and queues it itself: queueing it here too
        // would run both.
        const queued = await deps.locks.withLock(id, async () => {
          const now = await findCall(deps.blobs, id);
          if (!now || now.updatedAt !== call.updatedAt) return false;
          if (await anyPending(deps.queues, id, STEP_NAMES)) return false;
          await deps.queues.enqueue(step, id, { callId: id }, 'bulk');
          return true;
        }).catch((err: unknown) => {
          // Someone holds the call's lock past the wait: the next sweep looks again; the other calls go on.
          if (toAppError(err).code === 'CALL_BUSY') return false;
          throw err;
        });
        if (!queued) continue;
        deps.logger.warn({ callId: id, step, status: call.status, since: call.updatedAt }, `call was waiting for ${step} with nothing queued; queued it again`);
        result.requeued.push({ callId: id, step });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return result;
}

export interface StrandedWatchOptions extends StrandedCallsDeps {
  /** How often the calls are looked at (default 5 min). */
  everyMs?: number;
  /** How long a call's record must be unchanged before its missing job counts as lost (default 10 min). */
  graceMs?: number;
}

/**
 * Runs `requeueStrandedCalls` every `everyMs` in the process that holds the call index, one sweep at a
 * time; a sweep that fails (Redis, S3 or the index unreachable) is logged and the next one tries again.
 * Closing stops a sweep in progress after the call it is at.
 */
export function startStrandedWatch(opts: StrandedWatchOptions): { close(): Promise<void> } {
  const everyMs = opts.everyMs ?? 5 * 60_000;
  const graceMs = opts.graceMs ?? 10 * 60_000;
  let running: Promise<void> | null = null;
  let closing = false;
  const sweep = () => {
    running ??= requeueStrandedCalls(opts, graceMs, () => closing)
      .then((r) => {
        if (r.requeued.length) opts.logger.info({ checked: r.checked, requeued: r.requeued.length }, 'stranded calls queued again');
      })
      .catch((err: unknown) => opts.logger.warn({ err: (err as Error).message }, 'could not look for stranded calls; the next sweep tries again'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return {
    async close() {
      closing = true;
      clearInterval(timer);
      await running;
    },
  };
}
