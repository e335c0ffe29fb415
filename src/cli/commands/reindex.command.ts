import { openCallIndex } from '../../adapters/index/postgres/open-call-index.ts';
import type { Config } from '../../config/env.ts';
import type { StepName } from '../../domain/call.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { CallIndex } from '../../ports/call-index.ts';
import { reindex, type ReindexResult } from '../../pipeline/reindex.ts';
import { QUEUE_DEFAULTS } from '../../queues/queue-defaults.ts';
import { createStepQueues } from '../../queues/step-queues.ts';
import { redisOptionsFromUrl } from '../../runtime/redis-connection.ts';
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
export async function rebuildIndex(blobs: BlobStore, index: CallIndex, io: Io, resume?: (step: StepName, callId: string) => Promise<void>): Promise<ReindexResult> {
  io.stdout(`reindex: rebuilding ${index.describe} from ${blobs.describe}`);
  const started = Date.now();
  let printed = 0;
  const result = await reindex(blobs, index, {
    resume,
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
  io.stdout(`reindex: done, ${count(result.indexed)} calls indexed, ${count(result.skipped.length)} skipped, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * `reindex`: the call index rebuilt from S3 (the durable record); DATABASE_URL, else PGlite under
 * DATA_DIR. With REDIS_URL, every call not terminal is queued again at its step (Redis was lost), in the
 * bulk lane (src/queues/lanes.ts).
 */
export async function reindexCommand(config: Config, io: Io): Promise<void> {
  const blobs = s3FromConfig(config);
  const index = await openCallIndex(config);
  const queues = config.redisUrl ? createStepQueues({ connection: redisOptionsFromUrl(config.redisUrl), ...QUEUE_DEFAULTS }) : null;
  if (!queues) io.stdout('reindex: no REDIS_URL, so calls not finished are not queued again');
  try {
    // Every unfinished call at once: bulk work, behind (never in the way of) new uploads and webhooks.
    await rebuildIndex(blobs, index, io, queues ? (step, callId) => queues.enqueue(step, callId, { callId }, 'bulk') : undefined);
  } finally {
    await index.close();
    await queues?.close();
  }
}
