import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { loadCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs } from '../../src/pipeline/transcribe.ts';
import { startQueueRuntime } from '../../src/runtime/workers-runtime.ts';

/** An engine that answers every request after a fixed delay, as a remote API would. */
function delayedEngine(delayMs: number, concurrency: number, maxChunkSec: number): Transcriber {
  return {
    engine: 'fake',
    model: 'fixed-delay',
    maxChunkSec,
    concurrency,
    async transcribe({ tracks }) {
      await sleep(delayMs);
      const t = tracks[0]!;
      const segments = [{ speaker: t.speaker ?? 'S1', startSec: 0, endSec: t.durationSec, text: 'words', confidence: 1 }];
      return { schemaVersion: 1, engine: 'fake', model: 'fixed-delay', language: 'en', durationSec: t.durationSec, speakers: [], segments, text: 'words' };
    },
  };
}

/**
 * Wall time of transcribing a prepared call through chunk jobs (a BullMQ flow on a private Redis) with
 * the engine's concurrency at each of `levels`. Chunk results are cleared before each run.
 */
export async function benchChunkJobs(recording: string, workDir: string, levels: number[], delayMs: number, maxChunkSec: number) {
  const blobs = createFsBlobStore(workDir);
  const base = { blobs, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), extractor: null, crm: null, policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 6 * 3600, maxBytes: 4e9 } };
  const prepared = await runInProcess(recording, {}, { ...base, transcriber: delayedEngine(0, 1, maxChunkSec) } as unknown as PipelinePorts, { until: 'prepare' });
  const refs = chunkRefs(prepared);
  const redis = await startEmbeddedRedis();
  const results: { concurrency: number; ms: number }[] = [];
  try {
    for (const concurrency of levels) {
      await rm(join(workDir, 'calls', prepared.id, 'transcript-parts'), { recursive: true, force: true });
      const ports = { ...base, transcriber: delayedEngine(delayMs, concurrency, maxChunkSec) } as unknown as PipelinePorts;
      const runtime = startQueueRuntime(['transcribe'], ports, silentLogger, { connection: redis.connection, prefix: `bench-${randomUUID()}` });
      const before = (await loadCall(blobs, prepared.id)).steps.filter((s) => s.step === 'transcribe' && s.outcome === 'ok').length;
      const start = performance.now();
      await runtime.queues.enqueueTranscribe(prepared.id, refs);
      for (;;) {
        const done = (await loadCall(blobs, prepared.id)).steps.filter((s) => s.step === 'transcribe' && s.outcome === 'ok').length;
        if (done > before) break;
        await sleep(20);
      }
      results.push({ concurrency, ms: performance.now() - start });
      await runtime.close();
    }
  } finally {
    await redis.stop();
  }
  return { chunks: refs.length, results };
}
