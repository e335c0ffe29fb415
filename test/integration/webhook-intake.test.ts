import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTelephonySources } from '../../src/adapters/telephony/registry.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { constantTimeEqual, headerOf } from '../../src/adapters/telephony/webhook-utils.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { resumeStep, type StepName } from '../../src/domain/call.ts';
import { permanent } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { WEBHOOK_BODY_LIMIT } from '../../src/http/routes/webhooks.routes.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import { memoryDeliveryLedger, type DeliveryClaim } from '../../src/intake/delivery-ledger.ts';
import { fetchRecording, mergeMeta } from '../../src/intake/fetch-recording.ts';
import { callIdFromSource, loadSource, type CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const SECRET = 'test-provider-secret';

/**
 * A minimal provider for testing the route and the fetch step on their own: HMAC-SHA256 of the body
 * in `x-sig`, a JSON body `{ recordingId, url, phone }`. Real providers have their own tests.
 */
function testSource(origin: string): TelephonySource {
  return {
    provider: 'testprov',
    allowedOrigins: [origin],
    verify(request) {
      const sig = headerOf(request.headers, 'x-sig');
      if (!sig) return { ok: false, code: 'WEBHOOK_SIGNATURE_MISSING', reason: 'no x-sig header' };
      const expected = createHmac('sha256', SECRET).update(request.rawBody).digest('hex');
      return constantTimeEqual(sig, expected) ? { ok: true } : { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'x-sig does not match' };
    },
    parse(request) {
      const body = JSON.parse(request.rawBody.toString()) as { recordingId?: string; url?: string; phone?: string; handshake?: string; several?: string[] };
      if (body.handshake) return { kind: 'reply', status: 200, body: { echo: body.handshake } };
      if (body.several) {
        return { kind: 'recordings', events: body.several.map((id) => ({ provider: 'testprov', deliveryId: `d-${id}`, recordingId: id, download: { url: `${origin}/${id}` }, meta: {} })) };
      }
      if (!body.recordingId || !body.url) return { kind: 'ignored', reason: 'no recording' };
      return { kind: 'recording', event: { provider: 'testprov', deliveryId: `d-${body.recordingId}`, recordingId: body.recordingId, download: { url: body.url }, meta: { customer: { phone: body.phone ?? null } } } };
    },
    async download(event, fetch) {
      const res = await fetch(String(event.download.url), { headers: { authorization: 'Bearer provider-token' } });
      if (res.status === 404) throw permanent('RECORDING_NOT_FOUND', 'gone');
      return { body: res.body, contentType: res.headers['content-type'] ?? null, filename: 'rec.wav', meta: { rep: { email: 'priya@example.com' }, customer: { phone: '+15550000000', name: 'Elena' } } };
    },
  };
}

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');

describe('webhook intake', () => {
  let blobs: BlobStore;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  const queued: { step: StepName; callId: string; source?: CallSource }[] = [];
  let origin = '';
  let close: () => Promise<void>;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const audio = Buffer.from('RIFF....WAVEfmt fake audio bytes');
  const downloads: string[] = [];
  const deliveries = memoryDeliveryLedger();

  beforeAll(async () => {
    const srv = createServer((req, res) => {
      downloads.push(`${req.url} ${req.headers.authorization}`);
      if (req.url === '/missing.wav') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'audio/wav' }).end(audio);
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    close = () => new Promise<void>((r) => srv.close(() => r()));
    temp = await makeTempDir('webhooks-');
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      telephony: new Map([['testprov', testSource(origin)]]),
      deliveries,
      enqueue: async (step, callId, opts) => void queued.push({ step, callId, source: opts?.source }),
      apiKeys: [MANAGER],
      maxUploadBytes: 1024 * 1024,
      clock: () => new Date(),
      logger: silentLogger,
      publicBaseUrl: 'https://calls.example.com',
    });
  });
  afterAll(async () => {
    await app.close();
    await review.close();
    await close();
    await temp.cleanup();
  });

  const deliver = (body: unknown, sig?: string) => {
    const raw = JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (sig !== undefined) headers['x-sig'] = sig;
    return app.inject({ method: 'POST', url: '/v1/webhooks/testprov', headers, payload: raw });
  };
  const sign = (body: unknown) => createHmac('sha256', SECRET).update(JSON.stringify(body)).digest('hex');

  it('refuses an unconfigured provider before reading the body', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks/nosuch', payload: 'x'.repeat(10) });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('WEBHOOK_PROVIDER_OFF');
  });

  it('refuses unsigned and forged deliveries and records nothing', async () => {
    const body = { recordingId: 'r-forged', url: `${origin}/a.wav` };
    const unsigned = await deliver(body);
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().error.code).toBe('WEBHOOK_SIGNATURE_MISSING');
    const forged = await deliver(body, sign({ ...body, recordingId: 'other' }));
    expect(forged.json().error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    // The provider signs; it has no bearer token, so the refusal challenges for none (an API route's 401 does).
    expect([unsigned.headers['www-authenticate'], forged.headers['www-authenticate']]).toEqual([undefined, undefined]);
    const api = await app.inject({ method: 'GET', url: '/v1/calls' });
    expect([api.statusCode, api.headers['www-authenticate']]).toEqual([401, expect.stringMatching(/^Bearer /)]);
    expect(await loadSource(blobs, callIdFromSource('testprov', 'r-forged'))).toBeNull();
    expect(queued.length).toBe(0);
  });

  it('verifies on the raw bytes: a body re-serialised differently is forged', async () => {
    const raw = '{"recordingId":"r-raw",  "url":"x"}';
    const sig = createHmac('sha256', SECRET).update('{"recordingId":"r-raw","url":"x"}').digest('hex');
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks/testprov', headers: { 'content-type': 'application/json', 'x-sig': sig }, payload: raw });
    expect(res.statusCode).toBe(401);
  });

  it('answers handshakes and ignores events without a recording', async () => {
    const hs = await deliver({ handshake: 'abc' }, sign({ handshake: 'abc' }));
    expect(hs.json()).toEqual({ echo: 'abc' });
    const ignored = await deliver({ recordingId: 'r1' }, sign({ recordingId: 'r1' }));
    expect(ignored.json()).toMatchObject({ ignored: true });
  });

  it('records one call for ten concurrent deliveries of one recording, and queues its ingest', async () => {
    const body = { recordingId: 'r-concurrent', url: `${origin}/rec`, phone: '+442079460321' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(body, sign(body))));
    const id = callIdFromSource('testprov', 'r-concurrent');
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 202]);
    expect(answers.filter((a) => a.json().duplicate === false).length).toBe(1);
    expect(new Set(answers.map((a) => a.json().id))).toEqual(new Set([id]));
    // The answer comes once source.json is stored and the ingest job (carrying the source) is queued, so
    // a call answered survives losing its job; the ingest worker makes the call record.
    expect(await findCall(blobs, id)).toBeNull();
    expect((await loadSource(blobs, id))?.kind).toBe('telephony');
    // Yet the call is there to be looked at, received, from what the delivery said (no worker has run).
    const shown = await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: { authorization: `Bearer ${MANAGER.key}` } });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ call: { id, status: 'received', meta: { customer: { phone: '+442079460321' } } } });
    expect(await findCall(blobs, id)).toBeNull();
    const job = queued.find((q) => q.callId === id && q.step === 'ingest')!;
    const call = await callOfSource(blobs, id, new Date(), job.source);
    expect(call).toMatchObject({ status: 'received', recording: null, meta: { customer: { phone: '+442079460321' }, source: { kind: 'testprov', recordingId: 'r-concurrent' } } });
    expect(resumeStep(call!, false)).toBe('ingest');
    expect((await loadSource(blobs, id))?.kind).toBe('telephony');
    expect(queued.filter((q) => q.callId === id && q.step === 'ingest').length).toBeGreaterThanOrEqual(1);
    // The source record (it may hold a URL) is not part of the call record the API serves.
    expect(JSON.stringify(call)).not.toContain('/rec');
    // A replay after the call exists is still a duplicate and queues nothing new once it has its recording.
  });

  it('answers a delivery whose recording another delivery is recording 503 DELIVERY_BUSY with Retry-After (every provider resends a 5xx), counted as an error', async () => {
    const body = { recordingId: 'r-busy', url: `${origin}/rec` };
    const id = callIdFromSource('testprov', 'r-busy');
    const errors = async () => Number(/^callscribe_webhook_deliveries_total\{provider="testprov",verdict="error"\} (\d+)$/m.exec((await app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
    const before = await errors();
    // Another delivery of the recording holds the claim, and keeps it longer than this one may wait.
    const held = await deliveries.claim(id);
    expect(held).toMatchObject({ callId: id });
    const busy = await deliver(body, sign(body));
    expect([busy.statusCode, busy.json().error.code, busy.headers['retry-after']]).toEqual([503, 'DELIVERY_BUSY', expect.stringMatching(/^[1-9]\d*$/)]);
    expect(await errors()).toBe(before + 1);
    // The other delivery failed and gave its claim back: the resend is taken.
    await deliveries.release(held as DeliveryClaim);
    const resent = await deliver(body, sign(body));
    expect([resent.statusCode, resent.json()]).toEqual([202, { id, duplicate: false }]);
  });

  it('documents every status a webhook answers, with its codes: 503 for a delivery not recorded, which providers resend', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as { paths: Record<string, Record<string, { responses: Record<string, { 'x-error-codes'?: string[] }> }>> };
    for (const method of ['post', 'get']) {
      const responses = doc.paths['/v1/webhooks/{provider}']![method]!.responses;
      const codes = (status: string) => responses[status]?.['x-error-codes'] ?? [];
      expect(codes('503'), method).toEqual(expect.arrayContaining(['NETWORK', 'DELIVERY_BUSY']));
      expect(codes('413'), method).toEqual(['WEBHOOK_BODY_TOO_LARGE']);
      // A verified delivery is never refused with a 4xx a provider would not resend.
      expect(codes('409'), method).toEqual([]);
    }
  });

  it('makes a call of each recording a delivery lists, and answers duplicates for the ones it knows', async () => {
    const body = { several: ['r-multi-1', 'r-multi-2'] };
    const first = await deliver(body, sign(body));
    expect(first.statusCode).toBe(202);
    expect(first.json().calls).toEqual([
      { id: callIdFromSource('testprov', 'r-multi-1'), duplicate: false },
      { id: callIdFromSource('testprov', 'r-multi-2'), duplicate: false },
    ]);
    const more = { several: ['r-multi-2', 'r-multi-3'] };
    const second = await deliver(more, sign(more));
    expect(second.statusCode).toBe(202);
    expect(second.json().calls.map((c: { duplicate: boolean }) => c.duplicate)).toEqual([true, false]);
  });

  it('fetches the recording with the provider credentials and fills in the meta it learned', async () => {
    const id = callIdFromSource('testprov', 'r-concurrent');
    const telephony = new Map([['testprov', testSource(origin)]]);
    const result = await fetchRecording({ callId: id }, { blobs, telephony, maxBytes: 1024 * 1024, clock: () => new Date() });
    expect(result.patch?.recording).toMatchObject({ key: callKeys.original(id, 'wav'), bytes: audio.length, contentType: 'audio/wav' });
    expect(result.patch?.meta).toMatchObject({ rep: { email: 'priya@example.com' }, customer: { phone: '+442079460321', name: 'Elena' } });
    expect((await blobs.getBuffer(callKeys.original(id, 'wav')))?.equals(audio)).toBe(true);
    expect(downloads.at(-1)).toBe('/rec Bearer provider-token');
  });

  it('fails a fetch from a provider no longer configured with a code a person can act on', async () => {
    const id = callIdFromSource('testprov', 'r-concurrent');
    await expect(fetchRecording({ callId: id }, { blobs: await stripRecording(blobs, id), telephony: new Map(), maxBytes: 1024, clock: () => new Date() })).rejects.toMatchObject({ code: 'TELEPHONY_NOT_CONFIGURED' });
  });

  it('caps the recording at the upload limit', async () => {
    const id = callIdFromSource('testprov', 'r-concurrent');
    const telephony = new Map([['testprov', testSource(origin)]]);
    await expect(fetchRecording({ callId: id }, { blobs, telephony, maxBytes: 8, clock: () => new Date() })).rejects.toMatchObject({ code: 'RECORDING_TOO_LARGE' });
  });
});

describe('mergeMeta', () => {
  it('fills gaps and never overwrites what the delivery said', () => {
    expect(mergeMeta({ direction: 'inbound', customer: { phone: '+1' } }, { direction: 'outbound', rep: { email: 'r@x.com' }, customer: { phone: '+2', name: 'N' } }))
      .toMatchObject({ direction: 'inbound', rep: { email: 'r@x.com' }, customer: { phone: '+1', name: 'N' } });
  });
});

/** The call as it was before its recording was fetched (fetchRecording leaves a call with a recording alone). */
async function stripRecording(blobs: BlobStore, id: string): Promise<BlobStore> {
  const call = await findCall(blobs, id);
  await blobs.put(callKeys.call(id), JSON.stringify({ ...call, recording: null }));
  return blobs;
}

describe('what the webhook route logs', () => {
  it('never logs a secret, a signature or a recording URL, for refused and accepted deliveries', async () => {
    const secret = `whsec_${Buffer.from('log-test-secret-0123456789abcdef').toString('base64')}`;
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    const temp = await makeTempDir('webhook-logs-');
    const blobs = createFsBlobStore(temp.dir);
    const review = await reviewDeps(blobs);
    const app = await buildApp({
      ...review,
      blobs,
      telephony: loadTelephonySources({ GENERIC_WEBHOOK_SECRET: secret, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' }, { publicBaseUrl: null, clock: () => new Date() }),
      enqueue: async () => undefined,
      apiKeys: [],
      maxUploadBytes: 1024 * 1024,
      clock: () => new Date(),
      logger,
    });
    try {
      const body = JSON.stringify({ recordingUrl: 'https://recordings.example.com/r/1.wav?X-Amz-Signature=topsecretsig', recordingId: 'log-1', meta: {} });
      const at = new Date();
      const signature = new Webhook(secret).sign('msg_log1', at, body);
      const headers = { 'content-type': 'application/json', 'webhook-id': 'msg_log1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)) };
      const ok = await app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: { ...headers, 'webhook-signature': signature }, payload: body });
      expect(ok.statusCode).toBe(202);
      const forged = await app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: { ...headers, 'webhook-signature': 'v1,Zm9yZ2VkLXNpZ25hdHVyZS1ub3QtcmVhbA==' }, payload: body });
      expect(forged.statusCode).toBe(401);
      const log = lines.join('\n');
      expect(log).toContain('webhook refused');
      expect(log).toContain('webhook: call received');
      for (const secretBit of ['topsecretsig', '/r/1.wav', secret.slice(6), signature.slice(3), 'Zm9yZ2VkLXNpZ25hdHVyZS1ub3QtcmVhbA']) expect(log).not.toContain(secretBit);
    } finally {
      await app.close();
      await review.close();
      await temp.cleanup();
    }
  });
});

describe('a delivery over the body limit', () => {
  it('is refused 413 with our code, logged with a reason and counted, on every provider route and the storage events route', async () => {
    const { logger, lines } = capturedLogger('info');
    const temp = await makeTempDir('webhook-too-large-');
    const blobs = createFsBlobStore(temp.dir);
    const review = await reviewDeps(blobs);
    const secret = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;
    const app = await buildApp({
      ...review,
      blobs,
      telephony: loadTelephonySources({ GENERIC_WEBHOOK_SECRET: secret, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' }, { publicBaseUrl: null, clock: () => new Date() }),
      storageEvents: { config: { inboxPrefix: 'inbox/', bucket: 'calls', webhookToken: 'minio-token-0123456789abcdef', snsTopicArns: [] }, fetchCertificate: async () => { throw new Error('no SNS here'); }, confirmSubscription: async () => undefined },
      enqueue: async () => undefined,
      apiKeys: [],
      maxUploadBytes: 1024 * 1024,
      clock: () => new Date(),
      logger,
    });
    try {
      const body = JSON.stringify({ recordingId: 'big', pad: 'x'.repeat(WEBHOOK_BODY_LIMIT) });
      const counted = async (provider: string) => Number(new RegExp(`^callscribe_webhook_deliveries_total\\{provider="${provider}",verdict="body_too_large"\\} (\\d+)$`, 'm').exec((await app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
      for (const [url, provider, refused] of [['/v1/webhooks/generic', 'generic', 'webhook refused'], ['/v1/events/s3', 's3', 'storage event refused']] as const) {
        const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: body });
        expect([res.statusCode, res.json().error.code], url).toEqual([413, 'WEBHOOK_BODY_TOO_LARGE']);
        expect(res.json().error.message, url).toContain('256 KiB');
        expect(lines.filter((l) => l.msg === refused).map((l) => [l.code, typeof l.reason]), url).toEqual([['WEBHOOK_BODY_TOO_LARGE', 'string']]);
        expect(await counted(provider), url).toBe(1);
      }
    } finally {
      await app.close();
      await review.close();
      await temp.cleanup();
    }
  });
});
