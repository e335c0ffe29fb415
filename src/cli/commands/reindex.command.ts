import { openCallIndex } from '../../adapters/index/postgres/open-call-index.ts';
import type { Config } from '../../config/env.ts';
import type { StepName } from '../../domain/call.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { CallIndex } from '../../ports/call-index.ts';
import { reindex, type ReindexResult } from '../../pipeline/reindex.ts';
import { QUEUE_DEFAULTS } from '../../queues/queue-defaults.ts';
import { createStepQueues } from '../../queues/step-queues.ts';
import { AppError, toAppError } from '../../errors/app-error.ts';
import { withinRedisAnswer } from '../../errors/redis-unreachable.ts';
import { silentLogger } from '../../logging/logger.ts';
import { redisOptionsFromUrl } from '../../runtime/redis-connection.ts';
import { describeRedisUrl, probeRedis } from '../../runtime/redis-probe.ts';
import { s3FromConfig } from '../../runtime/s3-from-config.ts';

interface Io {
  stdout: (text: string) => void;
}

const PROGRESS_EVERY = 1000;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * Rebuilds `index` from `blobs`, printing a line every 1,000 calls, then the totals and each skipped
 * call; with `resume`, every call not terminal is queued again at its step.
 */
export async function rebuildIndex(
  blobs: BlobStore,
  index: CallIndex,
  io: Io,
  resume?: (step: StepName, callId: string) => Promise<void>,
  opts: { redactStored?: boolean } = {},
): Promise<ReindexResult> {
  io.stdout(`reindex: rebuilding ${index.describe} from ${blobs.describe}`);
  const started = Date.now();
  let printed = 0;
  const result = await reindex(blobs, index, {
    resume,
    redactStored: opts.redactStored,
    onProgress: ({ indexed, skipped }) => {
      const done = indexed + skipped;
      if (done - printed < PROGRESS_EVERY) return;
      printed = done;
      io.stdout(`reindex: ${count(done)} calls read, ${count(indexed)} indexed, ${count(skipped)} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    },
  });
  for (const s of result.skipped) io.stdout(`reindex: skipped ${s.callId}: ${s.code}: ${s.reason}`);
  io.stdout(`reindex: ${count(result.removed)} calls no longer in the store removed from the index`);
  if (resume) io.stdout(`reindex: ${count(result.requeued.length)} calls not finished queued again`);
  if (opts.redactStored) io.stdout(`reindex: ${count(result.redacted)} calls' stored transcripts had card numbers or national ids redacted`);
  io.stdout(`reindex: done, ${count(result.indexed)} calls indexed, ${count(result.skipped.length)} skipped, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * `reindex`: the call index rebuilt from S3 (the durable record); DATABASE_URL, else PGlite under
 * DATA_DIR. With REDIS_URL, every call not terminal is queued again at its step (Redis was lost), in the
 * bulk lane (src/queues/lanes.ts); a Redis that does not answer at the start, or stops answering during the
 * run, stops it with `NETWORK` naming REDIS_URL (exit 1), never a wait. With `redactStored` (`--redact-stored`), each
 * call's stored transcripts are redacted first (calls transcribed before transcripts were redacted when stored).
 */
export async function reindexCommand(config: Config, io: Io, opts: { redactStored?: boolean } = {}): Promise<void> {
  const redisUrl = config.redisUrl;
  // Before anything else: a Redis that cannot be reached is one line and exit 1, not a run that hangs
  // retrying, nor an index rebuilt with its unfinished calls left unqueued.
  if (redisUrl) await probeRedis(redisUrl);
  const blobs = s3FromConfig(config);
  const index = await openCallIndex(config);
  // Commands fail at once while Redis is away (no offline queue, one retry), and queue errors are consumed
  // here: a Redis lost during the run stops it with NETWORK instead of printing each reconnect.
  const queues = redisUrl
    ? createStepQueues({ connection: { ...redisOptionsFromUrl(redisUrl), maxRetriesPerRequest: 1, enableOfflineQueue: false }, ...QUEUE_DEFAULTS, logger: silentLogger })
    : null;
  if (!queues) io.stdout('reindex: no REDIS_URL, so calls not finished are not queued again');
  const requeue = async (step: StepName, callId: string) => {
    try {
      // Every unfinished call at once: bulk work, behind (never in the way of) new uploads and webhooks.
      await withinRedisAnswer(queues!.enqueue(step, callId, { callId }, 'bulk'));
    } catch (err) {
      const e = toAppError(err);
      if (e.code !== 'NETWORK') throw e;
      throw new AppError('NETWORK', `Redis at REDIS_URL (${describeRedisUrl(redisUrl!)}) stopped answering while unfinished calls were queued again (${e.message}); run reindex again once it answers.`, {
        retryable: true,
        cause: err,
        kind: 'unavailable',
      });
    }
  };
  try {
    await rebuildIndex(blobs, index, io, queues ? requeue : undefined, opts);
  } finally {
    await index.close();
    await queues?.close();
  }
}
