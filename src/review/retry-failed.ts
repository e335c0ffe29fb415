import { z } from 'zod';
import { CONSENT_STOPS, RECORDING_CONTENT_FAILURES, StepName } from '../domain/call.ts';
import { mapLimit } from '../domain/map-limit.ts';
import { toAppError, type AppError } from '../errors/app-error.ts';
import type { Identity as Reader } from '../http/identity.ts';
import { findCall } from '../pipeline/call-record.ts';
import { CONSENT_STOPPED_EARLIER } from '../pipeline/consent.ts';
import type { CallServiceDeps } from './call-service.ts';

/** `POST /v1/calls/retry-failed`'s body: which failed calls to retry (see `retryFailed`). */
export const RetryFailedRequest = z
  .object({
    /** Only calls that failed with this error code (`call.error.code`), e.g. OPENAI_QUOTA_EXCEEDED. */
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'must be an error code such as OPENAI_QUOTA_EXCEEDED').optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /**
     * Also retry calls that failed on their recording's content (AUDIO_NOT_AUDIO, AUDIO_CORRUPT, AUDIO_EMPTY), which
     * fail the same way again; without it they are in `skipped` as RETRY_WONT_HELP.
     */
    force: z.boolean().default(false),
  })
  .strict();
export type RetryFailedRequest = z.infer<typeof RetryFailedRequest>;

/** What `retryFailed` did: the calls queued again (and at which step), those skipped with why, whether more match. */
export const RetryFailedAnswer = z.object({
  retried: z.array(z.object({ id: z.string(), step: StepName })),
  /**
   * Calls not queued, with why: RETRY_WONT_HELP for a recording a retry cannot fix (unless `force`; at most `limit`
   * of them are listed), or a call that changed while the batch ran (retried by someone else, erased).
   */
  skipped: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
  /** More failed calls match than `limit`: ask again. */
  more: z.boolean(),
});
export type RetryFailedAnswer = z.infer<typeof RetryFailedAnswer>;

/** Refusals of one call's retry that say the call changed after the batch read it: it is skipped, the batch goes on. */
const SKIPPED_WHEN_CHANGED: ReadonlySet<string> = new Set(['CALL_BUSY', 'CALL_NOT_FAILED', 'CALL_NOT_FOUND', CONSENT_STOPPED_EARLIER]);

/** How many failed calls a batch retry reads and queues at a time. */
const RETRY_CONCURRENCY = 8;

/**
 * Failed calls resume, newest first, each as `retry` does it (audited, under its lock: `retryOne`) but in the
 * bulk lane, so a batch never delays new uploads: those that failed with `code` when given (say, every call
 * an exhausted OpenAI quota failed, once billing is fixed), at most `limit` of them; `more` says others
 * match (ask again). A call that changed meanwhile is skipped with why; Redis not answering stops the batch.
 */
export async function retryFailedBatch(deps: CallServiceDeps, who: Reader, request: RetryFailedRequest, retryOne: (id: string) => Promise<StepName>): Promise<RetryFailedAnswer> {
  const answer: RetryFailedAnswer = { retried: [], skipped: [], more: false };
  let wontHelpListed = 0;
  try {
    let cursor: string | undefined;
    do {
      // One more than there is room for, so `more` can be told; at most 100 records read per page.
      const pageRoom = Math.max(0, request.limit - answer.retried.length - (answer.skipped.length - wontHelpListed));
      const page = await deps.index.list({ status: 'failed', ...(request.code ? { failedWith: request.code } : {}), limit: Math.min(100, pageRoom + 1), ...(cursor ? { cursor } : {}) });
      // The index narrows the failed calls to the code (and those indexed before codes were kept); the record decides.
      const failed = (
        await mapLimit(page.calls, RETRY_CONCURRENCY, async ({ id }) => {
          const call = await findCall(deps.blobs, id);
          return call?.status === 'failed' && (!request.code || call.error?.code === request.code) ? { id, code: call.error?.code ?? null } : null;
        })
      ).filter((c) => c !== null);
      // A recording that is not audio, corrupt or empty fails the same way again: such calls are listed, not
      // retried, and take no room, so a batch goes on to the calls a retry can help (and `more` is about those).
      // A call stopped for consent is listed the same way, even with `force`: its recording was deleted on purpose.
      const wontHelp = failed.filter((c) => c.code !== null && (CONSENT_STOPS.has(c.code) || (!request.force && RECORDING_CONTENT_FAILURES.has(c.code))));
      for (const c of wontHelp) {
        if (wontHelpListed >= request.limit) break;
        wontHelpListed += 1;
        answer.skipped.push(
          CONSENT_STOPS.has(c.code!)
            ? { id: c.id, code: CONSENT_STOPPED_EARLIER, message: `Call ${c.id} was stopped for recording consent (${c.code}) and its recording deleted, so it cannot be processed again.` }
            : { id: c.id, code: 'RETRY_WONT_HELP', message: `Call ${c.id} failed with ${c.code}: the recording itself is the problem, so processing it again fails the same way. Send a new recording of the call, or retry with force: true.` },
        );
      }
      const matching = failed.filter((c) => !wontHelp.includes(c)).map((c) => c.id);
      const room = Math.max(0, request.limit - answer.retried.length - (answer.skipped.length - wontHelpListed));
      // Several at a time (each is a few round trips to S3 and Redis); once one fails for a reason that is not about
      // its call, no other starts, and the error is thrown after those already queued are counted.
      let stop: AppError | null = null;
      const outcomes = await mapLimit(matching.slice(0, room), RETRY_CONCURRENCY, async (id) => {
        if (stop) return null;
        try {
          return { id, step: await retryOne(id) };
        } catch (err) {
          const e = toAppError(err);
          // The call changed since it was read (retried, erased, or retried and stopped for consent meanwhile).
          if (SKIPPED_WHEN_CHANGED.has(e.code)) return { id, skipped: { id, code: e.code, message: e.message } };
          stop ??= e;
          return null;
        }
      });
      for (const o of outcomes) {
        if (o?.step) answer.retried.push({ id: o.id, step: o.step });
        else if (o?.skipped) answer.skipped.push(o.skipped);
      }
      if (stop) throw stop;
      if (matching.length > room) {
        answer.more = true;
        return answer;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return answer;
  } finally {
    // crm.json holds a call's audit only once sync wrote it: who retried which calls is logged, also when the
    // batch stopped part way (its answer then is an error, and the calls already queued stay queued).
    if (answer.retried.length) deps.logger.info({ by: who.keyId, code: request.code ?? null, retried: answer.retried.map((r) => r.id) }, 'failed calls retried');
  }
}
