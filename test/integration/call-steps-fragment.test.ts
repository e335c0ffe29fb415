import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call, StepRun } from '../../src/domain/call.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { tags, textOf } from '../helpers/html-scan.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// GET /calls/{id}/steps: the call page's steps table alone, which the page's script swaps in as a call goes on.

const REP = apiKey('rep', 'rep-Tomas-3c1f9e0d7a2b64', 'tomas@example.com');
const OTHER_REP = apiKey('rep', 'rep-Ines-8d2a6f4c0b9e17', 'ines@example.com');
const ID = `c_${'5d'.repeat(12)}`;
const bearer = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

const run = (step: StepRun['step'], outcome: StepRun['outcome'], attempt = 1, errorCode: string | null = null): StepRun => ({
  step, startedAt: '2026-11-18T09:00:00.000Z', finishedAt: outcome === 'running' ? null : '2026-11-18T09:00:02.500Z',
  durationMs: outcome === 'running' ? null : 2500, attempt, outcome, errorCode,
});

describe('GET /calls/{id}/steps', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;

  const callAt = async (status: Call['status'], steps: StepRun[]) => {
    await storeCall(blobs, syntheticCall(ID, { status, steps, meta: { rep: { name: 'Tomas Berg', email: REP.email } } }));
    await review.reindexCall(ID);
  };

  beforeEach(async () => {
    temp = await makeTempDir('steps-fragment-');
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({ ...review, blobs, enqueue: async () => {}, apiKeys: [REP, OTHER_REP], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  it('answers the steps table as the call page has it, under the page CSP and not stored', async () => {
    await callAt('transcribing', [run('ingest', 'ok'), run('prepare', 'ok'), run('transcribe', 'retrying', 1, 'NETWORK'), run('transcribe', 'running', 2)]);
    const res = await app.inject({ url: `/calls/${ID}/steps`, headers: bearer(REP) });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' });
    const [details] = tags(res.body, 'details');
    expect(details!.attrs).toMatchObject({ class: 'steps', open: '' });
    expect(details!.attrs['data-steps']).toBe('ingest:1:ok:2026-11-18T09:00:00.000Z prepare:1:ok:2026-11-18T09:00:00.000Z transcribe:1:retrying:2026-11-18T09:00:00.000Z transcribe:2:running:2026-11-18T09:00:00.000Z');
    expect(tags(res.body, 'tr')).toHaveLength(5);
    expect(textOf(res.body)).toMatch(/transcribe .*will retry NETWORK/);

    // The same element the call page was served with.
    const page = await app.inject({ url: `/calls/${ID}`, headers: bearer(REP) });
    expect(page.body).toContain(res.body);
    expect(tags(page.body, 'div').find((d) => d.attrs['data-watch'])!.attrs['data-steps-from']).toBe(`/calls/${ID}/steps`);
  });

  it('answers nothing before the first step, and closes the table once the call is done', async () => {
    await callAt('received', []);
    const none = await app.inject({ url: `/calls/${ID}/steps`, headers: bearer(REP) });
    expect([none.statusCode, none.body]).toEqual([200, '']);
    await callAt('done', [run('ingest', 'ok')]);
    const done = await app.inject({ url: `/calls/${ID}/steps`, headers: bearer(REP) });
    expect(tags(done.body, 'details')[0]!.attrs.open).toBeUndefined();
  });

  it('refuses another rep’s call, a call that does not exist and a reader who is not signed in', async () => {
    await callAt('transcribing', [run('ingest', 'ok')]);
    const other = await app.inject({ url: `/calls/${ID}/steps`, headers: bearer(OTHER_REP) });
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'CALL_FORBIDDEN']);
    expect(other.body).not.toContain('<details');
    const missing = await app.inject({ url: `/calls/c_${'0'.repeat(24)}/steps`, headers: bearer(REP) });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'CALL_NOT_FOUND']);
    expect((await app.inject({ url: `/calls/${ID}/steps` })).statusCode).toBe(401);
  });
});
