import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTelephonySources } from '../../src/adapters/telephony/registry.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { permanent } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import { memoryDeliveryLedger } from '../../src/intake/delivery-ledger.ts';
import { fetchRecording } from '../../src/intake/fetch-recording.ts';
import type { CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { telephonyWarningHook } from '../../src/observability/instrument-ports.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { startZoomFake, zoomDelivery, zoomRecordingCompleted, type ZoomFake } from '../helpers/fakes/zoom.fake.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const SECRET = 'warnings-zoom-secret';
const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const audio = Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 251));

/**
 * A Zoom app without phone:read:admin: the recording comes, the rep's user lookup is refused. The warning is stored
 * on the call (through the real webhook route, Zoom adapter and its fake, ingest step and call record), returned by
 * the API, shown on a manager's call page, logged and counted, and kept when the call is processed again.
 */
describe('a telephony warning on the call', () => {
  let fake: ZoomFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let queued: { callId: string; source?: CallSource }[];
  let telephony: ReturnType<typeof loadTelephonySources>;
  const captured = capturedLogger('warn');
  const metrics = createMetrics();

  beforeEach(async () => {
    fake = await startZoomFake({ scopes: ['phone_recording:read:admin'] });
    fake.addUser({ id: 'user-priya', email: 'priya@example.com' });
    temp = await makeTempDir('warnings-');
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    queued = [];
    const env = {
      ZOOM_WEBHOOK_SECRET_TOKEN: SECRET, ZOOM_ACCOUNT_ID: fake.accountId, ZOOM_CLIENT_ID: fake.clientId, ZOOM_CLIENT_SECRET: fake.clientSecret,
      ZOOM_API_BASE_URL: fake.apiBaseUrl, ZOOM_OAUTH_BASE_URL: fake.oauthBaseUrl,
    };
    telephony = loadTelephonySources(env, { publicBaseUrl: 'https://calls.example.com', clock: () => new Date(), warn: telephonyWarningHook(captured.logger, metrics) });
    app = await buildApp({
      ...review, blobs, telephony, deliveries: memoryDeliveryLedger(), apiKeys: [MANAGER], maxUploadBytes: 1024 * 1024, clock: () => new Date(), logger: silentLogger,
      publicBaseUrl: 'https://calls.example.com', enqueue: async (_step, callId, opts) => void queued.push({ callId, source: opts?.source }),
    });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await fake.close();
    await temp.cleanup();
  });

  const ports = () => ({ blobs, logger: silentLogger, clock: () => new Date(), onCallChanged: review.reindexCall });
  /** The ingest worker's step for an announced call, with the app's telephony sources. */
  const ingest = (callId: string) =>
    runStep({ step: 'ingest', callId, attempt: 1, isLastAttempt: true }, ports(), () => fetchRecording({ callId }, { blobs, telephony, maxBytes: 1024 * 1024, clock: () => new Date() }));

  it('stores a refused rep lookup on the call, answers it in the API and shows it to a manager; processing again keeps it', async () => {
    const downloadUrl = fake.addRecording({ id: 'rec-w1', audio });
    const body = zoomRecordingCompleted([
      { id: 'rec-w1', download_url: downloadUrl, direction: 'inbound', caller_number: '+14155550111', callee_number: '+14155550100', owner: { id: 'user-priya', name: 'Priya Rep', type: 'user' } },
    ]);
    const delivery = zoomDelivery({ secret: SECRET, url: 'https://calls.example.com/v1/webhooks/zoom', body });
    const answered = await app.inject({ method: 'POST', url: '/v1/webhooks/zoom', headers: delivery.headers, payload: delivery.rawBody });
    expect(answered.statusCode).toBe(202);
    const [{ callId, source }] = queued.splice(0) as [{ callId: string; source?: CallSource }];
    await callOfSource(blobs, callId, new Date(), source);

    await ingest(callId);

    const view = (await app.inject({ method: 'GET', url: `/v1/calls/${callId}`, headers: auth })).json();
    expect(view.call.meta.rep?.email ?? null).toBeNull();
    expect(view.call.warnings).toEqual([{ code: 'REP_LOOKUP_REFUSED', message: expect.stringMatching(/phone:read:admin.*ZOOM_REP_EMAILS/), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    expect(captured.lines).toContainEqual(expect.objectContaining({ adapter: 'zoom', recordingId: 'rec-w1', code: 'REP_LOOKUP_REFUSED' }));
    expect(await metrics.registry.getSingleMetricAsString('callscribe_telephony_warnings_total')).toMatch(/provider="zoom",code="REP_LOOKUP_REFUSED"\} 1/);

    const doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    expect(doc.components.schemas.Call.properties.warnings).toMatchObject({ type: 'array', items: { properties: { code: { type: 'string' }, message: { type: 'string' }, at: { type: 'string' } } } });
    expect(doc.components.schemas.Call.required).not.toContain('warnings');

    const page = (await app.inject({ method: 'GET', url: `/calls/${callId}`, headers: auth })).body;
    expect(page).toMatch(/<h2 id="warnings-h">Warning: processed with less than it could have<\/h2>/);
    expect(page).toMatch(/<code class="code">REP_LOOKUP_REFUSED<\/code> [^<]*phone:read:admin/);

    // Processed again: a later step fails, a manager retries the call, ingest runs again (the recording is there).
    await expect(runStep({ step: 'prepare', callId, attempt: 1, isLastAttempt: true }, ports(), async () => {
      throw permanent('TRANSCRIBE_TIMEOUT', 'The engine did not answer.');
    })).rejects.toMatchObject({ code: 'TRANSCRIBE_TIMEOUT' });
    expect((await app.inject({ method: 'POST', url: `/v1/calls/${callId}/retry`, headers: { ...auth, 'content-type': 'application/json' }, payload: '{}' })).statusCode).toBe(202);
    await ingest(callId);
    const again = (await app.inject({ method: 'GET', url: `/v1/calls/${callId}`, headers: auth })).json();
    expect(again.call.warnings).toEqual(view.call.warnings);
  });
});
