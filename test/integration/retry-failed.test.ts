import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { Lane } from '../../src/queues/lanes.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const REP = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const id = (n: number) => `c_${String(n).padStart(24, '0')}`;
const failedWith = (code: string, step: StepName, day: number) => ({
  status: 'failed' as const,
  meta: { startedAt: `2026-11-${day}T09:00:00Z`, rep: { email: 'priya@example.com' } },
  error: { code, message: `${code} happened.`, step, retryable: false, at: `2026-11-${day}T09:05:00.000Z` },
});

describe('a manager retries the failed calls of one cause at once', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let queued: { step: StepName; callId: string; lane: Lane | undefined }[];

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    queued = [];
    app = await buildApp({
      ...review, blobs, apiKeys: [MANAGER, REP], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: async (step, callId, opts) => void queued.push({ step, callId, lane: opts?.lane }),
    });
    await storeCall(blobs, syntheticCall(id(1), failedWith('OPENAI_QUOTA_EXCEEDED', 'transcribe', 11)));
    await storeCall(blobs, syntheticCall(id(2), failedWith('OPENAI_QUOTA_EXCEEDED', 'extract', 12)), {
      crm: { schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: null, tasks: [], syncedAt: null, updatedAt: '2026-11-12T09:00:00.000Z', review: { decisions: [], audit: [] } },
    });
    await storeCall(blobs, syntheticCall(id(3), failedWith('AUDIO_CORRUPT', 'prepare', 13)));
    await storeCall(blobs, syntheticCall(id(4), { status: 'done' }));
    for (const n of [1, 2, 3, 4]) await review.reindexCall(id(n));
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const retryFailed = (body?: unknown, key = MANAGER) =>
    app.inject({ method: 'POST', url: '/v1/calls/retry-failed', headers: { authorization: `Bearer ${key.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });

  it('queues those of the code asked for, newest first, a batch at a time, as bulk work, each audited', async () => {
    const first = await retryFailed({ code: 'OPENAI_QUOTA_EXCEEDED', limit: 1 });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ retried: [{ id: id(2), step: 'extract' }], skipped: [], more: true });
    const second = await retryFailed({ code: 'OPENAI_QUOTA_EXCEEDED', limit: 1 });
    expect(second.json()).toEqual({ retried: [{ id: id(1), step: 'transcribe' }], skipped: [], more: false });
    expect(queued).toEqual([{ step: 'extract', callId: id(2), lane: 'bulk' }, { step: 'transcribe', callId: id(1), lane: 'bulk' }]);

    // Each call is where a single retry puts it: at its step, in the list as such, the retry in its audit.
    expect((await findCall(blobs, id(1)))!.status).toBe('transcribing');
    expect((await findCall(blobs, id(3)))!.status).toBe('failed');
    expect((await review.index.list({ status: 'failed', limit: 10 })).calls.map((c) => c.id)).toEqual([id(3)]);
    const audit = (await getJson(blobs, callKeys.crm(id(2)), (raw) => CrmRecord.parse(raw)))!.review.audit;
    expect(audit).toMatchObject([{ action: 'retry', by: 'lee@example.com', target: 'step:extract', before: 'OPENAI_QUOTA_EXCEEDED', after: 'extracting' }]);

    // Nothing left of that code; without one, every failed call but a recording a retry cannot fix.
    expect((await retryFailed({ code: 'OPENAI_QUOTA_EXCEEDED' })).json()).toEqual({ retried: [], skipped: [], more: false });
    expect((await retryFailed()).json()).toEqual({ retried: [], skipped: [{ id: id(3), code: 'RETRY_WONT_HELP', message: expect.stringContaining('failed with AUDIO_CORRUPT: the recording itself is the problem') }], more: false });
  });

  it('skips a call whose recording itself failed (a retry fails the same way) unless forced, and keeps room for the others', async () => {
    await storeCall(blobs, syntheticCall(id(5), failedWith('AUDIO_NOT_AUDIO', 'prepare', 15)));
    await review.reindexCall(id(5));
    // The two newest failed calls are recordings: a batch of one still retries a call a retry can help.
    const first = await retryFailed({ limit: 1 });
    expect(first.json()).toEqual({
      retried: [{ id: id(2), step: 'extract' }],
      skipped: [{ id: id(5), code: 'RETRY_WONT_HELP', message: expect.stringContaining('Send a new recording of the call, or retry with force: true') }],
      more: true,
    });
    const byCode = await retryFailed({ code: 'AUDIO_CORRUPT' });
    expect(byCode.json()).toMatchObject({ retried: [], skipped: [{ id: id(3), code: 'RETRY_WONT_HELP' }], more: false });
    expect((await findCall(blobs, id(3)))!.status).toBe('failed');
    const forced = await retryFailed({ code: 'AUDIO_CORRUPT', force: true });
    expect(forced.json()).toEqual({ retried: [{ id: id(3), step: 'prepare' }], skipped: [], more: false });
    expect(queued.map((q) => q.callId)).toEqual([id(2), id(3)]);
    expect((await retryFailed({ force: 'yes' })).json().error.code).toBe('BODY_INVALID');
  });

  it('never retries a call stopped for recording consent, even forced, alone or in a batch: its recording was deleted on purpose, and its code stays', async () => {
    for (const [n, code] of [[6, 'CONSENT_REFUSED'], [7, 'CONSENT_NOT_GRANTED']] as const) {
      await storeCall(blobs, syntheticCall(id(n), failedWith(code, 'prepare', 10 + n)));
      await review.reindexCall(id(n));
    }
    const batch = await retryFailed({ code: 'CONSENT_NOT_GRANTED', force: true });
    expect(batch.json()).toEqual({ retried: [], skipped: [{ id: id(7), code: 'CONSENT_STOPPED_EARLIER', message: expect.stringContaining('stopped for recording consent (CONSENT_NOT_GRANTED)') }], more: false });
    const all = await retryFailed({ force: true, limit: 10 });
    expect(all.json().skipped.map((s: { id: string; code: string }) => [s.id, s.code])).toEqual([[id(7), 'CONSENT_STOPPED_EARLIER'], [id(6), 'CONSENT_STOPPED_EARLIER']]);
    const one = await app.inject({ method: 'POST', url: `/v1/calls/${id(6)}/retry`, headers: { authorization: `Bearer ${MANAGER.key}` } });
    expect([one.statusCode, one.json().error.code]).toEqual([409, 'CONSENT_STOPPED_EARLIER']);
    expect(one.json().error.message).toContain('erase the call and upload the recording again with consent given');
    for (const n of [6, 7]) expect((await findCall(blobs, id(n)))!.error?.code).toMatch(/^CONSENT_/);
    expect(queued.map((q) => q.callId)).not.toEqual(expect.arrayContaining([id(6)]));
    expect(queued.map((q) => q.callId)).not.toEqual(expect.arrayContaining([id(7)]));
    // The call's page offers no retry for it.
    const view = await app.inject({ method: 'GET', url: `/v1/calls/${id(6)}`, headers: { authorization: `Bearer ${MANAGER.key}` } });
    expect(view.json().can.retry).toBe(false);
  });

  it('skips, and goes on past, a call stopped for recording consent after the batch read it (retried and stopped meanwhile)', async () => {
    // The store as the batch sees it: just after the batch has read call 1, another retry has run it into the consent stop.
    let changed = false;
    const busy: BlobStore = Object.create(blobs, {
      getBuffer: {
        value: async (key: string) => {
          const buf = await blobs.getBuffer(key);
          if (key === callKeys.call(id(1)) && !changed) {
            changed = true;
            await storeCall(blobs, syntheticCall(id(1), failedWith('CONSENT_NOT_GRANTED', 'prepare', 11)));
          }
          return buf;
        },
      },
    });
    const racing = await buildApp({
      ...review, blobs: busy, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: async (step, callId, opts) => void queued.push({ step, callId, lane: opts?.lane }),
    });
    try {
      const res = await racing.inject({ method: 'POST', url: '/v1/calls/retry-failed', headers: { authorization: `Bearer ${MANAGER.key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'OPENAI_QUOTA_EXCEEDED' }) });
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ retried: [{ id: id(2), step: 'extract' }], skipped: [{ id: id(1), code: 'CONSENT_STOPPED_EARLIER', message: expect.stringContaining('stopped for recording consent') }], more: false });
    } finally {
      await racing.close();
    }
    expect(changed).toBe(true);
    expect((await findCall(blobs, id(1)))!.error?.code).toBe('CONSENT_NOT_GRANTED');
  });

  it('says in the log who retried which calls, also for calls with no crm.json and when Redis stops answering mid-batch', async () => {
    const log = capturedLogger('info');
    let answers = 1;
    const queuedIds: string[] = [];
    const flaky = await buildApp({
      ...review, blobs, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: log.logger,
      enqueue: async (_step, callId) => {
        if (answers-- <= 0) throw retryable('NETWORK', 'Redis did not answer in time.');
        queuedIds.push(callId);
      },
    });
    try {
      const res = await flaky.inject({ method: 'POST', url: '/v1/calls/retry-failed', headers: { authorization: `Bearer ${MANAGER.key}` } });
      expect(res.statusCode).toBe(503);
    } finally {
      await flaky.close();
    }
    // One call (several are queued at a time: whichever reached Redis first) was queued, the others were not.
    expect(queuedIds).toHaveLength(1);
    expect(log.lines.filter((l) => l.msg === 'failed calls retried')).toMatchObject([{ by: MANAGER.id, retried: queuedIds }]);
  });

  it('queues several calls at a time, answering them newest first and never more than the limit', async () => {
    for (let n = 15; n < 35; n += 1) {
      await storeCall(blobs, syntheticCall(id(n), failedWith('OPENAI_QUOTA_EXCEEDED', 'transcribe', n - 5)));
      await review.reindexCall(id(n));
    }
    let inFlight = 0;
    let most = 0;
    const busy = await buildApp({
      ...review, blobs, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        // Queueing answers on a later turn, as Redis does: a batch that waits for each call before the next has one in flight.
        for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
      },
    });
    try {
      const res = await busy.inject({ method: 'POST', url: '/v1/calls/retry-failed', headers: { authorization: `Bearer ${MANAGER.key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'OPENAI_QUOTA_EXCEEDED', limit: 15 }) });
      expect(res.statusCode).toBe(202);
      const answer = res.json() as { retried: { id: string }[]; more: boolean };
      // Started on the 29th … 15th of the month: the newest fifteen, in that order; others of the code are left.
      expect(answer.retried.map((r) => r.id)).toEqual(Array.from({ length: 15 }, (_, i) => id(34 - i)));
      expect(answer.more).toBe(true);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(8);
    } finally {
      await busy.close();
    }
  });

  it('reads no more call records than the batch needs: a batch of one reads a handful, not a page of 100', async () => {
    for (let n = 15; n < 35; n += 1) {
      await storeCall(blobs, syntheticCall(id(n), failedWith('OPENAI_QUOTA_EXCEEDED', 'transcribe', n - 5)));
      await review.reindexCall(id(n));
    }
    let recordsRead = 0;
    const counting: BlobStore = { ...blobs, getBuffer: async (key) => ((recordsRead += key.endsWith('/call.json') ? 1 : 0), blobs.getBuffer(key)) };
    const small = await buildApp({
      ...review, blobs: counting, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: async () => {},
    });
    try {
      const res = await small.inject({ method: 'POST', url: '/v1/calls/retry-failed', headers: { authorization: `Bearer ${MANAGER.key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'OPENAI_QUOTA_EXCEEDED', limit: 1 }) });
      expect(res.json()).toMatchObject({ retried: [{ id: id(34) }], more: true });
      // Two candidates (the one retried, and one to tell `more`), then the retry's own reads of the one.
      expect(recordsRead).toBeLessThan(10);
    } finally {
      await small.close();
    }
  });

  it('is for managers, and refuses a code that is not one', async () => {
    expect((await retryFailed({}, REP)).json().error.code).toBe('AUTH_FORBIDDEN');
    const bad = await retryFailed({ code: 'quota; DROP TABLE' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'BODY_INVALID', message: expect.stringContaining('code: must be an error code') });
    expect((await retryFailed({ limit: 501 })).json().error.code).toBe('BODY_INVALID');
    expect(queued).toEqual([]);
  });
});
