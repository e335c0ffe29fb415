import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { callIdFromSource, saveSource, type CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import { openAllQueues } from '../../src/queues/all-queues.ts';
import { jobId } from '../../src/queues/queue-names.ts';
import { createStepQueues, type StepQueues } from '../../src/queues/step-queues.ts';
import { startStepWorker } from '../../src/queues/step-worker.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const REP = apiKey('rep', 'rep-Key-0123456789abcdef', 'priya@example.com');
const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

describe('the queue dashboard at /admin/queues', () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let watched: ReturnType<typeof openAllQueues>;
  let app: FastifyInstance;
  const prefix = `test-${randomUUID()}`;

  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    watched = openAllQueues(redis.connection, prefix);
    await watched.queues[0]!.add('ingest', { callId: 'c_1' }, { jobId: 'c_1-ingest' });
    app = await buildApp({
      ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER, REP], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      queueDashboard: watched.queues,
    });
  });
  afterAll(async () => {
    await app?.close();
    await watched?.close();
    await review?.close();
    await temp?.cleanup();
    await redis?.stop();
  });

  it('shows a manager the board over every step queue and the chunk queue', async () => {
    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: as(MANAGER) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('callscribe queues');

    const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues?activeQueue=&status=latest&page=1&jobsPerPage=10', headers: as(MANAGER) });
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: { name: string; readOnlyMode: boolean }[] }).queues.map((q) => q.name).sort();
    const steps = ['extract', 'ingest', 'prepare', 'sync', 'transcribe', 'transcribe-chunk'];
    expect(names).toEqual([...steps, ...steps.map((s) => `${s}-bulk`)].map((s) => `${prefix}-${s}`).sort());
  });

  it("shows a manager a queued ingest job's call and step, never its recording URL or the call's parties", async () => {
    const queue = `${prefix}-ingest`;
    const meta = { rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: 'Elena Novak', phone: '+442079460321', email: 'elena@brightline.example' } };
    const source = {
      kind: 'telephony', provider: 'twilio', recordingId: 'RE0123', deliveryId: 'd-1', meta, receivedAt: '2026-11-18T10:00:00.000Z',
      download: { url: 'https://recordings.example.com/RE0123.wav?X-Amz-Signature=sig0123456789&token=tok0123456789' },
    };
    await watched.queues[0]!.add('ingest', { callId: 'c_2', source }, { jobId: 'c_2-ingest' });
    await watched.queues[0]!.add('ingest', { uploadKey: 'uploads/u-3', sha256: '0'.repeat(64), bytes: 4, filename: 'Elena Novak.wav', contentType: 'audio/wav', meta, uploadedBy: 'priya@example.com' }, { jobId: 'u-3' });

    const list = await app.inject({ method: 'GET', url: `/admin/queues/api/queues?activeQueue=${queue}&status=waiting&page=1&jobsPerPage=10`, headers: as(MANAGER) });
    const one = await app.inject({ method: 'GET', url: `/admin/queues/api/queues/${queue}/c_2-ingest`, headers: as(MANAGER) });

    expect([list.statusCode, one.statusCode]).toEqual([200, 200]);
    expect(one.json().job.data).toEqual({ callId: 'c_2', source: { kind: 'telephony', provider: 'twilio' } });
    for (const body of [list.body, one.body]) {
      expect(body).toContain('c_2');
      for (const secret of ['recordings.example.com', 'sig0123456789', 'tok0123456789', '2079460321', 'elena@', 'priya@', 'Elena Novak']) expect(body).not.toContain(secret);
    }
  });

  it('refuses a rep (403) and anyone without a key (401; a browser is sent to sign in), also on its API and assets', async () => {
    const rep = await app.inject({ method: 'GET', url: '/admin/queues', headers: as(REP) });
    expect(rep.statusCode).toBe(403);
    expect(rep.json().error.code).toBe('AUTH_FORBIDDEN');
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: as(REP) })).statusCode).toBe(403);

    const anonymous = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('AUTH_REQUIRED');
    const browser = await app.inject({ method: 'GET', url: '/admin/queues', headers: { accept: 'text/html' } });
    expect([browser.statusCode, browser.headers.location]).toEqual([303, '/sign-in?next=%2Fadmin%2Fqueues']);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues' })).statusCode).toBe(401);
  });

  it('is read-only, even for a manager', async () => {
    const queue = `${prefix}-ingest`;
    const res = await app.inject({ method: 'PUT', url: `/admin/queues/api/queues/${queue}/pause`, headers: as(MANAGER) });
    expect(res.statusCode).toBe(405);
    expect(await watched.queues[0]!.isPaused()).toBe(false);
  });
});

describe("a failed job's reason and stack trace, as stored and as the dashboard shows them", () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let watched: ReturnType<typeof openAllQueues>;
  let queues: StepQueues;
  let worker: Worker;
  let app: FastifyInstance;
  const prefix = `test-${randomUUID()}`;
  const blobs = () => createFsBlobStore(temp.dir);
  /** The personal data the failures below quote, each in one of the shapes a message can carry it. */
  const PERSONAL = ['+1 415 555 0143', '555 0143', 'elena.novak@brightline.example', 'elena.novak@', '4111 1111 1111 1111', '4111'];
  let downloads = 0;
  /** A provider whose download fails, naming the call's contact: retryably at first, then for good. */
  const provider = {
    provider: 'testprov',
    allowedOrigins: ['https://recordings.example.com'],
    verify: () => ({ ok: true as const }),
    parse: () => ({ kind: 'ignored' as const, reason: '' }),
    async download(): Promise<never> {
      downloads += 1;
      if (downloads === 1) throw new AppError('PROVIDER_UNAVAILABLE', 'The provider timed out on the recording of +1 415 555 0143 (elena.novak@brightline.example).', { retryable: true, kind: 'unavailable' });
      throw new AppError('RECORDING_REJECTED', 'The provider refused the recording of +1 415 555 0143 (elena.novak@brightline.example), paid with card 4111 1111 1111 1111.');
    },
  } as unknown as TelephonySource;

  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    temp = await makeTempDir();
    review = await reviewDeps(blobs());
    watched = openAllQueues(redis.connection, prefix);
    queues = createStepQueues({ connection: redis.connection, prefix, attempts: 2 });
    const ports = {
      blobs: blobs(), logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), telephony: new Map([[provider.provider, provider]]),
      policy: { maxBytes: 1e6, maxDurationSec: 3600, dealStage: 'off', autoMinConfidence: 1 },
    } as unknown as PipelinePorts;
    worker = startStepWorker('ingest', {
      ports, queues, connection: redis.connection, prefix, attempts: 2, concurrency: 1, bulkConcurrency: 1, backoff: { baseMs: 50, maxMs: 100 }, lockMs: 30_000, logger: silentLogger,
    });
    app = await buildApp({
      ...review, blobs: blobs(), enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      queueDashboard: watched.queues,
    });
  });
  afterAll(async () => {
    await app?.close();
    await worker?.close();
    await queues?.close();
    await watched?.close();
    await review?.close();
    await temp?.cleanup();
    await redis?.stop();
  });

  it('name the error code but no phone number, e-mail address or card number', async () => {
    const callId = callIdFromSource(provider.provider, `rec-${randomUUID()}`);
    const source: CallSource = { kind: 'telephony', provider: provider.provider, recordingId: callId, deliveryId: 'd-1', download: {}, meta: {}, receivedAt: new Date().toISOString() };
    await saveSource(blobs(), callId, source);
    await queues.enqueue('ingest', callId, { callId, source });
    const id = jobId(callId, 'ingest');
    await vi.waitFor(async () => expect(await (await queues.get('ingest').getJob(id))?.getState()).toBe('failed'), { timeout: 15_000, interval: 50 });

    const job = (await queues.get('ingest').getJob(id))!;
    // Retried once (the redacted retryable error still retries), then failed for good.
    expect([downloads, job.attemptsMade]).toEqual([2, 2]);
    expect(job.failedReason).toMatch(/^RECORDING_REJECTED: The provider refused the recording of \[REDACTED PHONE\] \(\[REDACTED EMAIL\]\), paid with card \[REDACTED CARD\]\.$/);
    expect(job.stacktrace).toHaveLength(2);
    for (const stored of [job.failedReason, ...(job.stacktrace ?? [])]) for (const data of PERSONAL) expect(stored).not.toContain(data);
    // The call's own record keeps the message for the people who may see the call.
    expect((await findCall(blobs(), callId))?.error?.message).toContain('+1 415 555 0143');

    const shown = await app.inject({ method: 'GET', url: `/admin/queues/api/queues/${prefix}-ingest/${id}`, headers: as(MANAGER) });
    const listed = await app.inject({ method: 'GET', url: `/admin/queues/api/queues?activeQueue=${prefix}-ingest&status=failed&page=1&jobsPerPage=10`, headers: as(MANAGER) });
    expect([shown.statusCode, listed.statusCode]).toEqual([200, 200]);
    expect(shown.json().job.failedReason).toMatch(/^RECORDING_REJECTED: /);
    for (const body of [shown.body, listed.body]) {
      expect(body).toContain('RECORDING_REJECTED');
      for (const data of PERSONAL) expect(body).not.toContain(data);
    }
  });

  it('are shown redacted also for a job whose error was stored as thrown (failed before the workers redacted, still kept)', async () => {
    const queue = `${prefix}-extract`;
    const raw = new Worker(queue, async () => {
      throw new Error('HubSpot refused the contact +1 415 555 0143 (elena.novak@brightline.example), card 4111 1111 1111 1111');
    }, { connection: redis.connection });
    try {
      const callId = 'c_' + 'd'.repeat(24);
      const id = jobId(callId, 'extract');
      await watched.queues.find((q) => q.name === queue)!.add('extract', { callId }, { jobId: id });
      const stored = async () => watched.queues.find((q) => q.name === queue)!.getJob(id);
      await vi.waitFor(async () => expect(await (await stored())?.getState()).toBe('failed'), { timeout: 15_000, interval: 50 });
      expect((await stored())!.failedReason).toContain('+1 415 555 0143');

      const shown = await app.inject({ method: 'GET', url: `/admin/queues/api/queues/${queue}/${id}`, headers: as(MANAGER) });
      const listed = await app.inject({ method: 'GET', url: `/admin/queues/api/queues?activeQueue=${queue}&status=failed&page=1&jobsPerPage=10`, headers: as(MANAGER) });
      expect([shown.statusCode, listed.statusCode]).toEqual([200, 200]);
      expect(shown.json().job.failedReason).toBe('HubSpot refused the contact [REDACTED PHONE] ([REDACTED EMAIL]), card [REDACTED CARD]');
      expect(shown.json().job.stacktrace).toHaveLength(1);
      for (const body of [shown.body, listed.body]) for (const data of PERSONAL) expect(body).not.toContain(data);
    } finally {
      await raw.close();
    }
  });
});
