import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import { fetchRecording } from '../../src/intake/fetch-recording.ts';
import { callIdFromSource, type CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const SLOW = 'The recording host sent the recording slower than 64 KiB/s; it is fetched again.';

/**
 * A provider whose first download fails with a retryable error and whose second one serves the recording: what the
 * ingest worker's attempts leave on the call record, the call index, the API and the pages in between.
 */
function flakySource(): TelephonySource {
  let downloads = 0;
  return {
    provider: 'testprov',
    allowedOrigins: ['https://recordings.example.com'],
    verify: () => ({ ok: true }),
    parse: () => ({ kind: 'ignored', reason: 'not used here' }),
    async download() {
      downloads += 1;
      if (downloads === 1) throw retryable('RECORDING_DOWNLOAD_SLOW', SLOW);
      return { body: Readable.from([Buffer.from('RIFF....WAVEfmt audio bytes')]), contentType: 'audio/wav', filename: 'rec.wav' };
    },
  };
}

describe('a recording download waiting between retries', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let telephony: Map<string, TelephonySource>;

  beforeEach(async () => {
    temp = await makeTempDir('retrying-');
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    telephony = new Map([['testprov', flakySource()]]);
    app = await buildApp({ ...review, blobs, telephony, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1024 * 1024, clock: () => new Date(), logger: silentLogger });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const ingest = (callId: string, attempt: number) =>
    runStep(
      { step: 'ingest', callId, attempt, isLastAttempt: attempt >= 3 },
      { blobs, logger: silentLogger, clock: () => new Date(), onCallChanged: review.reindexCall },
      () => fetchRecording({ callId }, { blobs, telephony, maxBytes: 1024 * 1024, clock: () => new Date() }),
    );

  it('shows the call retrying with the last error, in the API, the list and the call page, and not as failed; gone once it succeeds', async () => {
    const callId = callIdFromSource('testprov', 'rec-slow');
    const source: CallSource = { kind: 'telephony', provider: 'testprov', recordingId: 'rec-slow', deliveryId: 'd-1', download: {}, meta: { customer: { phone: '+14155550101' } }, receivedAt: new Date().toISOString() };
    await callOfSource(blobs, callId, new Date(), source);
    await expect(ingest(callId, 1)).rejects.toMatchObject({ code: 'RECORDING_DOWNLOAD_SLOW' });

    const view = (await app.inject({ method: 'GET', url: `/v1/calls/${callId}`, headers: auth })).json();
    expect(view.call).toMatchObject({ status: 'received', error: { code: 'RECORDING_DOWNLOAD_SLOW', message: SLOW, step: 'ingest', retryable: true } });
    const listed = (await app.inject({ method: 'GET', url: '/v1/calls', headers: auth })).json().calls;
    expect(listed).toEqual([expect.objectContaining({ id: callId, status: 'received', retryingCode: 'RECORDING_DOWNLOAD_SLOW' })]);
    expect((await app.inject({ method: 'GET', url: '/', headers: auth })).body).toMatch(/Received<\/span><br><span class="hint">Retrying after <code class="code">RECORDING_DOWNLOAD_SLOW<\/code>/);
    const page = (await app.inject({ method: 'GET', url: `/calls/${callId}`, headers: auth })).body;
    expect(page).toMatch(/<section class="notice retrying" role="status"[^>]*>\s*<h2 id="retrying-h">Fetching the recording: retrying<\/h2>/);
    expect(page).toContain(`<code class="code">RECORDING_DOWNLOAD_SLOW</code> ${SLOW}`);
    expect(page).not.toContain('Processing failed');

    await ingest(callId, 2);
    expect((await app.inject({ method: 'GET', url: '/v1/calls', headers: auth })).json().calls).toEqual([expect.objectContaining({ id: callId, status: 'preparing', retryingCode: null })]);
    expect((await app.inject({ method: 'GET', url: `/calls/${callId}`, headers: auth })).body).not.toContain('retrying-h');
  });
});
