import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs } from '../../src/pipeline/transcribe.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

/** An engine that answers one chunk each time the test lets it. */
function gatedEngine() {
  const gates: (() => void)[] = [];
  const engine: Transcriber = {
    engine: 'tone',
    model: null,
    maxChunkSec: 10,
    concurrency: 1,
    async transcribe({ tracks }) {
      await new Promise<void>((resolve) => gates.push(resolve));
      const track = tracks[0]!;
      const segments = detectBursts(await readFile(track.path)).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
      return { schemaVersion: 1, engine: 'tone', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
    },
  };
  const release = async () => {
    while (gates.length === 0) await sleep(20);
    gates.shift()!();
  };
  return { engine, release };
}

describe('progress of a long transcription, on GET /v1/calls/:id', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let redis: EmbeddedRedis;
  let runtime: QueueRuntime | null = null;
  let app: FastifyInstance | null = null;
  let review: Awaited<ReturnType<typeof reviewDeps>> | null = null;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    redis = await startEmbeddedRedis();
  });
  afterEach(async () => {
    await app?.close();
    await review?.close();
    await runtime?.close();
    await redis.stop();
    await temp.cleanup();
  });

  it('shows chunk jobs done of all while the call is transcribing', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 32, Array.from({ length: 38 }, (_, i) => ({ channel: 0 as const, startSec: 0.5 + i * 0.8 })));
    const { engine, release } = gatedEngine();
    const ports = { blobs, transcriber: engine, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });
    const total = chunkRefs(prepared).length;
    expect(total).toBeGreaterThanOrEqual(3);

    runtime = startQueueRuntime(['transcribe'], ports, silentLogger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 2 });
    const queues = runtime.queues;
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      enqueue: async () => {},
      transcribeProgress: (callId) => queues.transcribeProgress(callId),
      apiKeys: [apiKey('manager', 'mgr_0123456789abcdef')],
      maxUploadBytes: 1e6,
      clock: () => new Date(),
      logger: silentLogger,
    });
    const progress = async () => {
      const res = await app!.inject({ method: 'GET', url: `/v1/calls/${prepared.id}`, headers: { authorization: 'Bearer mgr_0123456789abcdef' } });
      return (res.json() as { call: { status: string }; progress?: { chunksDone: number; chunksTotal: number } });
    };
    const until = async (done: number) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const body = await progress();
        if (body.progress?.chunksDone === done || Date.now() > deadline) return body;
        await sleep(50);
      }
    };

    await queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
    expect(await until(0)).toMatchObject({ call: { status: 'transcribing' }, progress: { step: 'transcribe', chunksDone: 0, chunksTotal: total } });
    await release();
    expect((await until(1)).progress).toEqual({ step: 'transcribe', chunksDone: 1, chunksTotal: total });
    for (let i = 1; i < total; i++) await release();
    const deadline = Date.now() + 20_000;
    let body = await progress();
    while (body.call.status === 'transcribing' && Date.now() < deadline) body = (await sleep(50), await progress());
    expect(body.call.status).not.toBe('transcribing');
    expect(body.progress).toBeUndefined(); // shown only while transcribing
  });
});
