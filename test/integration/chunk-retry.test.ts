import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { retryable } from '../../src/errors/app-error.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs } from '../../src/pipeline/transcribe.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

/** An engine that is unavailable the first `failures` times each chunk is sent, then answers. */
function flakyEngine(failures: number) {
  const sent = new Map<string, number>();
  const engine: Transcriber = {
    engine: 'tone',
    model: null,
    maxChunkSec: 10,
    concurrency: 2,
    async transcribe({ tracks }) {
      const track = tracks[0]!;
      const bytes = await readFile(track.path);
      const key = `${track.speaker}:${bytes.length}:${bytes.subarray(-64).toString('hex')}`;
      const n = (sent.get(key) ?? 0) + 1;
      sent.set(key, n);
      if (n <= failures) throw retryable('ENGINE_UNAVAILABLE', 'the engine answered 503');
      const segments = detectBursts(bytes).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
      return { schemaVersion: 1, engine: 'tone', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
    },
  };
  return { engine, sent };
}

// Real Redis and BullMQ chunk workers: a chunk the engine refuses for a while is retried after the
// queue's backoff, within its attempts, and the call is transcribed; nothing waits for a stalled lock.
describe('chunk jobs an engine refuses for a while', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let redis: EmbeddedRedis;
  let runtime: QueueRuntime | null = null;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    redis = await startEmbeddedRedis();
  });
  afterEach(async () => {
    await runtime?.close();
    await redis.stop();
    await temp.cleanup();
  });

  it('are retried with the backoff until they succeed, and the call moves on', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 24, Array.from({ length: 20 }, (_, i) => ({ channel: (i % 2) as 0 | 1, startSec: 0.5 + i * 1.1 })));
    const { engine, sent } = flakyEngine(2);
    const { logger, lines } = capturedLogger('warn');
    const ports = { blobs, transcriber: engine, logger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });
    const chunks = chunkRefs(prepared);
    expect(chunks.length).toBeGreaterThanOrEqual(2);

    // A lock far longer than the test: a chunk that could only be retried by stalling would never finish here.
    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 3, backoff: { baseMs: 20, maxMs: 50 }, lockMs: 120_000 });
    await runtime.queues.enqueueTranscribe(prepared.id, chunks);
    const deadline = Date.now() + 60_000;
    let call = await findCall(blobs, prepared.id);
    while (call?.status === 'transcribing' || call?.status === 'preparing' || call?.status === 'received') {
      if (Date.now() > deadline) break;
      await sleep(100);
      call = await findCall(blobs, prepared.id);
    }
    expect({ status: call?.status, error: call?.error?.code ?? null }).toEqual({ status: 'extracting', error: null });
    // Every chunk was sent three times: twice refused, then answered.
    expect([...sent.values()]).toEqual(chunks.map(() => 3));
    expect(lines.filter((l) => String(l.msg).includes('worker error'))).toEqual([]);
  });
});
