import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Job } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { callIdFromSource, saveSource, type CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import { jobId } from '../../src/queues/queue-names.ts';
import { createStepQueues, type StepQueues } from '../../src/queues/step-queues.ts';
import { recordingPollMs, startStepWorker } from '../../src/queues/step-worker.ts';
import type { Worker } from 'bullmq';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * The ingest step of a call a telephony provider announced, on real Redis: what happens when queueing the
 * next step fails, and while the provider has not finished the recording.
 */
describe('ingest of an announced call', () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: Server;
  let origin = '';
  const open: { worker?: Worker; queues?: StepQueues }[] = [];
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    temp = await makeTempDir();
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'audio/wav' }).end(Buffer.from('RIFF....WAVEfmt ')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const { worker, queues } of open.splice(0)) {
      await worker?.close();
      await queues?.close();
    }
  });
  afterAll(async () => {
    server.close();
    await redis.stop();
    await temp.cleanup();
  });

  /** A provider whose recording is not ready for the first `notReadyFor` downloads. */
  function provider(notReadyFor: number): TelephonySource & { downloads: number } {
    const source = {
      provider: 'testprov',
      allowedOrigins: [origin],
      downloads: 0,
      verify: () => ({ ok: true as const }),
      parse: () => ({ kind: 'ignored' as const, reason: '' }),
      async download(_event: unknown, fetch: (url: string) => Promise<Response>) {
        source.downloads += 1;
        if (source.downloads <= notReadyFor) throw new AppError('RECORDING_NOT_READY', 'The provider is still processing the recording.', { retryable: true, kind: 'not_ready' });
        const res = await fetch(`${origin}/call.wav`);
        return { body: res.body!, contentType: 'audio/wav', filename: 'call.wav' };
      },
    };
    return source as unknown as TelephonySource & { downloads: number };
  }

  async function setUp(source: TelephonySource, enqueue?: StepQueues['enqueue']) {
    const blobs = createFsBlobStore(`${temp.dir}/${randomUUID()}`);
    const prefix = `ingest-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 3 });
    const ports = {
      blobs,
      logger: silentLogger,
      clock: () => new Date(),
      tmpDir: tmpdir(),
      telephony: new Map([[source.provider, source]]),
      policy: { maxBytes: 1e6, maxDurationSec: 3600, dealStage: 'off', autoMinConfidence: 1 },
    } as unknown as PipelinePorts;
    const workerQueues = enqueue ? { ...queues, enqueue } : queues;
    const worker = startStepWorker('ingest', { ports, queues: workerQueues, connection: redis.connection, prefix, attempts: 3, concurrency: 1, bulkConcurrency: 1, backoff: { baseMs: 50, maxMs: 100 }, lockMs: 30_000, logger: silentLogger });
    open.push({ worker, queues });
    const callId = callIdFromSource(source.provider, `rec-${randomUUID()}`);
    const src: CallSource = { kind: 'telephony', provider: source.provider, recordingId: callId, deliveryId: 'd-1', download: {}, meta: {}, receivedAt: new Date().toISOString() };
    await saveSource(blobs, callId, src);
    return { blobs, queues, callId, src };
  }

  const ingestJob = async (queues: StepQueues, callId: string) => (await queues.get('ingest').getJob(jobId(callId, 'ingest'))) as Job;
  async function until(what: () => Promise<boolean>, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(50);
    }
  }

  it('a retry after queueing prepare failed (Redis blinked) queues prepare: the call does not stay "preparing" for ever', async () => {
    let failures = 0;
    const { blobs, queues, callId, src } = await setUp(provider(0), async (...args) => {
      if (args[0] === 'prepare' && failures++ === 0) throw new Error('Connection is closed.');
      return queues.enqueue(...args);
    });
    await queues.enqueue('ingest', callId, { callId, source: src });
    await until(async () => (await (await ingestJob(queues, callId)).getState()) === 'completed');
    expect(failures).toBe(2); // the attempt that failed to queue, and the retry that did
    expect((await findCall(blobs, callId))?.status).toBe('preparing');
    expect(await queues.get('prepare').getJob(jobId(callId, 'prepare'))).toBeDefined();
  });

  it('a duplicate job for a call being prepared queues nothing more', async () => {
    const { blobs, queues, callId, src } = await setUp(provider(0));
    await queues.enqueue('ingest', callId, { callId, source: src });
    await until(async () => (await (await ingestJob(queues, callId)).getState()) === 'completed');
    const prepare = await queues.get('prepare').getJob(jobId(callId, 'prepare'));
    await queues.enqueue('ingest', callId, { callId, source: src });
    await until(async () => (await (await ingestJob(queues, callId)).getState()) === 'completed');
    expect((await queues.get('prepare').getJobs(['waiting', 'active', 'delayed'])).map((j) => j.id)).toEqual([prepare!.id]);
    expect((await findCall(blobs, callId))?.steps.filter((r) => r.step === 'ingest')).toHaveLength(1);
  });

  it('a recording the provider has not finished is asked for again later, spending no attempt, then fetched', async () => {
    const source = provider(2);
    const { blobs, queues, callId, src } = await setUp(source);
    await queues.enqueue('ingest', callId, { callId, source: src });
    for (let asked = 1; asked <= 2; asked++) {
      await until(async () => source.downloads === asked && (await (await ingestJob(queues, callId)).getState()) === 'delayed');
      const job = await ingestJob(queues, callId);
      expect(job.attemptsMade).toBe(0);
      expect(job.delay).toBeGreaterThanOrEqual(recordingPollMs(0) - 1_000);
      const call = await findCall(blobs, callId);
      expect(call).toMatchObject({ status: 'received', error: { code: 'RECORDING_NOT_READY', retryable: true } });
      await job.promote(); // instead of waiting out the delay
    }
    await until(async () => (await (await ingestJob(queues, callId)).getState()) === 'completed');
    expect((await findCall(blobs, callId))?.recording).not.toBeNull();
    expect(await queues.get('prepare').getJob(jobId(callId, 'prepare'))).toBeDefined();
  });

  it('an hour after the call was announced, a recording still not ready spends the attempts and fails the call with the code', async () => {
    const source = provider(Infinity);
    const { blobs, queues, callId, src } = await setUp(source);
    await queues.get('ingest').add('ingest', { callId, source: src }, { jobId: jobId(callId, 'ingest'), attempts: 3, backoff: { type: 'callscribe' }, timestamp: Date.now() - 61 * 60_000 });
    await until(async () => (await findCall(blobs, callId))?.status === 'failed');
    expect(source.downloads).toBe(3);
    expect((await findCall(blobs, callId))?.error).toMatchObject({ code: 'RECORDING_NOT_READY', step: 'ingest' });
  });

  it('the wait between asks grows with the time waited, from 15 s to at most 5 minutes', () => {
    expect(recordingPollMs(0)).toBe(15_000);
    expect(recordingPollMs(4 * 60_000)).toBe(60_000);
    expect(recordingPollMs(50 * 60_000)).toBe(5 * 60_000);
  });
});
