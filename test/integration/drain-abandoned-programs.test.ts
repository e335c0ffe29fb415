import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { retryable } from '../../src/errors/app-error.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs } from '../../src/pipeline/transcribe.ts';
import { spawnTied } from '../../src/processes/tied-spawn.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { isRunning } from '../helpers/child-pids.ts';
import { until } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { writeToneCall } from '../helpers/tone-audio.ts';

/** An engine that runs a program for as long as it is left to (a stand-in for pocketsphinx on a long chunk). */
function endlessEngine() {
  const pids: number[] = [];
  const engine: Transcriber = {
    engine: 'endless',
    model: null,
    concurrency: 2,
    async transcribe() {
      const child = spawnTied('sleep', ['600'], { stdio: ['ignore', 'ignore', 'ignore'] });
      pids.push(child.pid!);
      await new Promise((resolve) => child.once('exit', resolve));
      throw retryable('ENGINE_STOPPED', 'the engine was stopped');
    },
  };
  return { engine, pids };
}

// Real Redis and BullMQ: a worker stopped while a chunk is still being transcribed leaves the job to another
// worker after the drain bound, and the engine program of that job does not go on running in the background.
describe('a worker stopping with jobs left behind', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let redis: EmbeddedRedis;
  let runtime: QueueRuntime | null = null;
  const pids: number[] = [];

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    redis = await startEmbeddedRedis();
  });
  afterEach(async () => {
    for (const pid of pids.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    await redis.stop();
    await temp.cleanup();
  });

  it('kills the programs those jobs started', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 6, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 2 }]);
    const { engine, pids: started } = endlessEngine();
    const { logger, lines } = capturedLogger('warn');
    const ports = { blobs, transcriber: engine, logger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });

    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 3, lockMs: 120_000 });
    await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
    await until(() => started.length > 0 && started.every(isRunning), 'the engine to start', 30_000);
    pids.push(...started);

    expect(await runtime.close({ drainMs: 200 })).toBe('abandoned');
    for (const pid of started) await until(() => !isRunning(pid), `the engine program (pid ${pid}) to end`, 20_000);
    expect(lines.find((l) => String(l.msg).startsWith('running jobs did not finish in time'))).toMatchObject({ killedPrograms: started.length });
  });

  // On its last attempt, the job's engine killed by the shutdown would otherwise end the call failed, though
  // another worker takes the job over (a stalled job is not a spent attempt).
  it('records nothing on the call for a job it left behind, also on its last attempt', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 6, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 2 }]);
    const { engine, pids: started } = endlessEngine();
    const { logger, lines } = capturedLogger('warn');
    const ports = { blobs, transcriber: engine, logger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });

    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 1, lockMs: 120_000 });
    await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
    await until(() => started.length > 0 && started.every(isRunning), 'the engine to start', 30_000);
    pids.push(...started);

    expect(await runtime.close({ drainMs: 200 })).toBe('abandoned');
    // Each chunk job says what became of it: left to another worker, or (before) the call failed.
    const told = () => lines.filter((l) => /left to another worker|call failed/.test(String(l.msg)) && !String(l.msg).startsWith('running jobs'));
    await until(() => told().length >= started.length, 'the chunk jobs to end', 20_000);
    expect(told().map((l) => String(l.msg))).not.toContainEqual(expect.stringMatching(/call failed/));
    expect((await findCall(blobs, prepared.id))?.status).toBe('transcribing');
  });

  it('a worker that takes over a chunk left behind says so at info (the call, the chunk; nothing personal)', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 6, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 2 }]);
    const { engine, pids: started } = endlessEngine();
    const { logger, lines } = capturedLogger('info');
    const ports = { blobs, transcriber: engine, logger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });
    const prefix = `test-${randomUUID()}`;
    // A short lock, so the job left behind is seen as stalled within seconds.
    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix, attempts: 3, lockMs: 1500 });
    await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
    await until(() => started.length > 0 && started.every(isRunning), 'the engine to start', 30_000);
    expect(await runtime.close({ drainMs: 200 })).toBe('abandoned');
    pids.push(...started);
    expect(lines.filter((l) => /taken over/.test(String(l.msg)))).toEqual([]);

    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix, attempts: 3, lockMs: 1500 });
    const takenOver = () => lines.filter((l) => /taken over from a worker that stopped/.test(String(l.msg)));
    await until(() => takenOver().length > 0, 'another worker to take a chunk over', 30_000);
    expect(takenOver()[0]).toMatchObject({ level: 30, callId: prepared.id, takenOver: 1, speaker: expect.any(String), index: expect.any(Number) });
    await until(() => started.length > pids.length, 'the engine to start again', 30_000);
    pids.push(...started.slice(pids.length));
    expect(await runtime.close({ drainMs: 200 })).toBe('abandoned');
  });
});
