import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { markErased } from '../../src/intake/erasure-mark.ts';
import { callIdFromSource, saveSource, type CallSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import type { Extractor } from '../../src/ports/extractor.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { keysOf } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { writeToneCall } from '../helpers/tone-audio.ts';

const REP = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');

/** A multipart body with the recording and its meta, as a client sends it. */
function multipart(audio: Buffer, meta: unknown, transcript?: string, filename = 'call.wav'): { payload: Buffer; headers: Record<string, string> } {
  const b = 'consent-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="meta"\r\ncontent-type: application/json\r\n\r\n${JSON.stringify(meta)}\r\n`),
    ...(transcript ? [Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="transcript"; filename="call.vtt"\r\ncontent-type: text/vtt\r\n\r\n${transcript}\r\n`)] : []),
    Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: audio/wav\r\n\r\n`),
    audio,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}`, authorization: `Bearer ${REP.key}` } };
}

describe('recording consent refused: never transcribed, audio deleted (embedded Redis and S3, queue workers)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let runtime: QueueRuntime;
  // RECORDING_CONSENT_REQUIRED, as the workers read it at each job: set by the tests that need it.
  const policy = { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 50e6, consentRequired: false };
  const calls = { transcribe: 0, extract: 0, download: 0 };

  const transcriber: Transcriber = {
    engine: 'counting', model: null,
    async transcribe() {
      calls.transcribe += 1;
      throw new Error('the engine must not be reached');
    },
  };
  const extractor = { engine: 'counting', model: null, promptVersion: null, async extract() {
    calls.extract += 1;
    throw new Error('the extractor must not be reached');
  } } as unknown as Extractor;
  const provider = {
    provider: 'testprov', allowedOrigins: ['http://127.0.0.1'],
    async download() {
      calls.download += 1;
      throw new Error('a refused recording must not be downloaded');
    },
  } as unknown as TelephonySource;

  beforeAll(async () => {
    temp = await makeTempDir();
    [redis, s3] = await Promise.all([startEmbeddedRedis(), startEmbeddedS3(join(temp.dir, 's3'), [])]);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `consent-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    const ports = {
      blobs, transcriber, extractor, crm: { kind: 'local' }, logger: silentLogger, clock: () => new Date(), tmpDir: temp.dir,
      telephony: new Map([['testprov', provider]]),
      policy,
    } as unknown as PipelinePorts;
    runtime = startQueueRuntime(['ingest', 'prepare', 'transcribe', 'extract'], ports, silentLogger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 1 });
  });
  afterAll(async () => {
    await runtime?.close();
    await redis?.stop();
    await s3?.stop();
    await temp.cleanup();
  });

  const settled = async (id: string): Promise<Call> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const call = await findCall(blobs, id);
      if (call?.status === 'failed' || Date.now() > deadline) return call!;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** The API on the shared runtime, closed after `use`. */
  const withApp = async (use: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<void>) => {
    const review = await reviewDeps(blobs);
    const app = await buildApp({
      ...review, blobs, apiKeys: [REP], maxUploadBytes: 10e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, callId) => runtime.queues.enqueue(step, callId, { callId }),
    });
    try {
      await use(app);
    } finally {
      await app.close();
      await review.close();
    }
  };

  const customer = { name: 'Ana Example', phone: '+15550100', email: 'ana@example.com', company: 'Example Co', channel: 1 };

  it('an upload whose meta refuses consent ends failed with CONSENT_REFUSED before prepare reads it; its audio is deleted at once', async () => {
    const review = await reviewDeps(blobs);
    const app = await buildApp({
      ...review, blobs, apiKeys: [REP], maxUploadBytes: 10e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, callId) => runtime.queues.enqueue(step, callId, { callId }),
    });
    try {
      const wav = join(temp.dir, 'call.wav');
      await writeToneCall(wav, 3, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 1.5 }]);
      const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), { recordingConsent: 'refused', rep: { email: 'priya@example.com' } }) });
      expect(res.statusCode).toBe(202);
      const call = await settled(res.json().id);

      expect(call.status).toBe('failed');
      expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED', step: 'prepare', retryable: false, message: expect.stringMatching(/recording consent was refused/) });
      expect(call.meta.recordingConsent).toBe('refused');
      expect(call.audioRemoved).toMatchObject({ reason: 'consent_refused' });
      expect(call.audio).toBeNull();
      expect(await keysOf(blobs, call.id)).toEqual([`calls/${call.id}/call.json`]);
      expect(calls).toMatchObject({ transcribe: 0, extract: 0 });
      // The player is not offered, and the recording route says it is gone.
      const audio = await app.inject({ method: 'GET', url: `/v1/calls/${call.id}/audio`, headers: { authorization: `Bearer ${REP.key}` } });
      expect(audio.statusCode).toBe(410);
    } finally {
      await app.close();
      await review.close();
    }
  });

  it('a transcript sent with a refused recording is deleted with it', async () => {
    const review = await reviewDeps(blobs);
    const app = await buildApp({
      ...review, blobs, apiKeys: [REP], maxUploadBytes: 10e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, callId) => runtime.queues.enqueue(step, callId, { callId }),
    });
    try {
      const wav = join(temp.dir, 'call-with-words.wav');
      await writeToneCall(wav, 4, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 2 }]);
      const vtt = 'WEBVTT\n\n00:00:00.500 --> 00:00:01.500\n<v Ana>Hello.\n';
      const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), { recordingConsent: 'refused' }, vtt) });
      expect(res.statusCode).toBe(202);
      const call = await settled(res.json().id);
      expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED' });
      expect(await keysOf(blobs, call.id)).toEqual([`calls/${call.id}/call.json`]);
    } finally {
      await app.close();
      await review.close();
    }
  });

  it('a call made from a storage event whose meta refuses consent: the inbox object and its sidecar are deleted, nothing is copied (the meta stays on call.json)', async () => {
    const id = callIdFromSource('storage', 'inbox/refused.wav');
    await blobs.put('inbox/refused.wav', Buffer.from('RIFF....WAVE'));
    await blobs.put('inbox/refused.meta.json', Buffer.from('{"recordingConsent":"refused"}'));
    const source: CallSource = { kind: 'storage', key: 'inbox/refused.wav', bytes: 12, meta: { recordingConsent: 'refused' }, receivedAt: new Date().toISOString() };
    await saveSource(blobs, id, source);
    await runtime.queues.enqueue('ingest', id, { callId: id, source });
    const call = await settled(id);
    expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED', step: 'ingest' });
    expect(call.recording).toBeNull();
    expect(await blobs.head('inbox/refused.wav')).toBeNull();
    expect(await blobs.head('inbox/refused.meta.json')).toBeNull();
    expect((await findCall(blobs, id))?.meta.recordingConsent).toBe('refused');
    expect((await keysOf(blobs, id)).filter((key) => !key.endsWith('.json'))).toEqual([]);
  });

  it("a call made from a storage event whose meta refuses consent keeps no recording file name, in call.json nor in its source's record", async () => {
    // Phone systems and people name recordings after who was called: the name goes with the audio (README, consent).
    const key = 'inbox/Ana Example +15550100.wav';
    const id = callIdFromSource('storage', key);
    await blobs.put(key, Buffer.from('RIFF....WAVE'));
    const source: CallSource = { kind: 'storage', key, bytes: 12, meta: { recordingConsent: 'refused' }, receivedAt: new Date().toISOString() };
    await saveSource(blobs, id, source);
    await runtime.queues.enqueue('ingest', id, { callId: id, source });
    const call = await settled(id);
    expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED', step: 'ingest' });
    expect(await blobs.head(key)).toBeNull();
    for (const stored of await keysOf(blobs, id)) expect((await blobs.getBuffer(stored))!.toString()).not.toMatch(/Ana Example|15550100/);
  });

  it('a storage event call stopped for consent keeps its object key out of its meta too (where the storage route puts it)', async () => {
    const key = 'inbox/Bo Example +15550199.wav';
    const id = callIdFromSource('storage', key);
    await blobs.put(key, Buffer.from('RIFF....WAVE'));
    // The meta as a storage event's route writes it: the object's key is the recording's id at its source.
    const source: CallSource = { kind: 'storage', key, bytes: 12, meta: { recordingConsent: 'refused', source: { kind: 's3', recordingId: key } }, receivedAt: new Date().toISOString() };
    await saveSource(blobs, id, source);
    await runtime.queues.enqueue('ingest', id, { callId: id, source });
    const call = await settled(id);
    expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED', step: 'ingest' });
    expect(call.meta.source).toMatchObject({ kind: 's3', recordingId: null });
    for (const stored of await keysOf(blobs, id)) expect((await blobs.getBuffer(stored))!.toString()).not.toMatch(/Bo Example|15550199/);
  });

  it('a webhook call whose meta refuses consent is never downloaded', async () => {
    const id = callIdFromSource('testprov', 'rec-refused');
    const source: CallSource = {
      kind: 'telephony', provider: 'testprov', recordingId: 'rec-refused', deliveryId: 'd-1', download: { url: 'http://127.0.0.1/rec' },
      meta: { recordingConsent: 'refused' }, receivedAt: new Date().toISOString(),
    };
    await runtime.queues.enqueue('ingest', id, { callId: id, source });
    const call = await settled(id);
    expect(call.error).toMatchObject({ code: 'CONSENT_REFUSED', step: 'ingest' });
    expect(call.status).toBe('failed');
    expect(call.recording).toBeNull();
    expect(calls).toMatchObject({ download: 0, transcribe: 0, extract: 0 });
  });

  it("a webhook call stopped for consent leaves no customer contact details in its ingest job's data in Redis, nor does a delivery of an erased call sent again", async () => {
    const delivered = async (recordingId: string, meta: CallSource['meta']) => {
      const id = callIdFromSource('testprov', recordingId);
      const source: CallSource = {
        kind: 'telephony', provider: 'testprov', recordingId, deliveryId: `d-${recordingId}`, download: { url: 'http://127.0.0.1/rec' }, meta, receivedAt: new Date().toISOString(),
      };
      await runtime.queues.enqueue('ingest', id, { callId: id, source });
      return id;
    };
    const jobData = async (id: string) => {
      const job = await runtime.queues.get('ingest', 'interactive').getJob(`${id}-ingest`);
      const deadline = Date.now() + 30_000;
      while (!(await job!.isFailed()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      return JSON.stringify((await runtime.queues.get('ingest', 'interactive').getJob(`${id}-ingest`))!.data);
    };
    const refused = await delivered('rec-refused-contact', { recordingConsent: 'refused', customer });
    expect((await settled(refused)).error).toMatchObject({ code: 'CONSENT_REFUSED' });
    expect(await jobData(refused)).not.toMatch(/Ana Example|\+15550100|ana@example\.com|Example Co/);

    const erased = callIdFromSource('testprov', 'rec-erased-replay');
    await markErased(blobs, { callId: erased, reason: 'erased', at: new Date().toISOString() });
    await delivered('rec-erased-replay', { customer });
    expect(await jobData(erased)).not.toMatch(/Ana Example|\+15550100|ana@example\.com|Example Co/);
  });

  it("a refused call keeps only what shows the refusal: no customer contact details; the same recording sent again with consent granted is refused with CONSENT_STOPPED_EARLIER, the refusal stands", async () => {
    await withApp(async (app) => {
      const wav = join(temp.dir, 'refused-then-granted.wav');
      await writeToneCall(wav, 3, [{ channel: 0, startSec: 0.7 }, { channel: 1, startSec: 1.9 }]);
      const audio = await readFile(wav);
      const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(audio, { recordingConsent: 'refused', customer, rep: { email: 'priya@example.com' } }) });
      expect(res.statusCode).toBe(202);
      const refused = await settled(res.json().id);
      expect(refused.error).toMatchObject({ code: 'CONSENT_REFUSED' });
      expect(refused.meta.customer).toEqual({ channel: 1 });
      expect(JSON.stringify(refused)).not.toMatch(/Ana Example|\+15550100|ana@example\.com|Example Co/);

      const again = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(audio, { recordingConsent: 'granted', customer, rep: { email: 'priya@example.com' } }) });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'CONSENT_STOPPED_EARLIER', message: expect.stringContaining(`DELETE /v1/calls/${refused.id}`) } });
      const after = (await findCall(blobs, refused.id))!;
      expect(after).toMatchObject({ status: 'failed', error: { code: 'CONSENT_REFUSED' }, meta: { recordingConsent: 'refused', customer: { channel: 1 } } });
      expect(await keysOf(blobs, refused.id)).toEqual([`calls/${refused.id}/call.json`]);
      expect(calls).toMatchObject({ transcribe: 0, extract: 0 });
    });
  });

  it('a refused call keeps no recording file name, which phone systems and people often make of who was called', async () => {
    await withApp(async (app) => {
      const wav = join(temp.dir, 'refused-named.wav');
      await writeToneCall(wav, 3, [{ channel: 0, startSec: 0.4 }, { channel: 1, startSec: 1.3 }]);
      const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), { recordingConsent: 'refused', rep: { email: 'priya@example.com' } }, undefined, 'Ana Example +15550100.wav') });
      expect(res.statusCode).toBe(202);
      const refused = await settled(res.json().id);
      expect(refused.error).toMatchObject({ code: 'CONSENT_REFUSED' });
      expect(refused.recording).toMatchObject({ filename: null, sha256: expect.any(String) });
      expect(JSON.stringify(refused)).not.toMatch(/Ana Example|15550100/);
    });
  });

  it("a refused call keeps no id of the customer's CRM contact, which names them as surely as their name (the deal stays)", async () => {
    await withApp(async (app) => {
      const wav = join(temp.dir, 'refused-contact-id.wav');
      await writeToneCall(wav, 3, [{ channel: 0, startSec: 0.5 }, { channel: 1, startSec: 1.6 }]);
      const meta = { recordingConsent: 'refused', rep: { email: 'priya@example.com' }, crm: { contactId: 'contact-ana-example', dealId: 'deal-77' } };
      const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), meta) });
      expect(res.statusCode).toBe(202);
      const refused = await settled(res.json().id);
      expect(refused.error).toMatchObject({ code: 'CONSENT_REFUSED' });
      expect(refused.meta.crm).toMatchObject({ contactId: null, dealId: 'deal-77' });
    });
  });

  describe('with RECORDING_CONSENT_REQUIRED', () => {
    beforeAll(() => {
      policy.consentRequired = true;
    });
    afterAll(() => {
      policy.consentRequired = false;
    });

    it.each([
      ['no consent field', {}, 0.4],
      ['consent unknown', { recordingConsent: 'unknown' }, 0.9],
    ])('an upload with %s is stopped like a refused one: CONSENT_NOT_GRANTED saying how to send consent, audio and customer details gone', async (_, consent, repStartSec) => {
      await withApp(async (app) => {
        // A recording of its own per case: the same one would be one call.
        const wav = join(temp.dir, `no-consent-${repStartSec}.wav`);
        await writeToneCall(wav, 3, [{ channel: 0, startSec: repStartSec }, { channel: 1, startSec: 1.8 }]);
        const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), { ...consent, customer, rep: { email: 'priya@example.com' } }) });
        expect(res.statusCode).toBe(202);
        const call = await settled(res.json().id);
        expect(call.error).toMatchObject({ code: 'CONSENT_NOT_GRANTED', step: 'prepare', retryable: false, message: expect.stringMatching(/RECORDING_CONSENT_REQUIRED.*recordingConsent: "granted"/) });
        expect(call.audioRemoved).toMatchObject({ reason: 'consent_refused' });
        expect(call.meta.customer).toEqual({ channel: 1 });
        expect(await keysOf(blobs, call.id)).toEqual([`calls/${call.id}/call.json`]);
        expect(calls).toMatchObject({ transcribe: 0, extract: 0 });
      });
    });

    it('an upload whose meta grants consent goes on to the speech engine', async () => {
      await withApp(async (app) => {
        const wav = join(temp.dir, 'granted.wav');
        await writeToneCall(wav, 3, [{ channel: 0, startSec: 0.6 }, { channel: 1, startSec: 2.1 }]);
        const before = calls.transcribe;
        const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(await readFile(wav), { recordingConsent: 'granted', customer }) });
        expect(res.statusCode).toBe(202);
        const call = await settled(res.json().id);
        // The counting engine refuses every chunk: reaching it is what this test looks for.
        expect(call.error?.step).toBe('transcribe');
        expect(calls.transcribe).toBeGreaterThan(before);
        expect(call.audioRemoved ?? null).toBeNull();
        expect(call.meta.customer).toMatchObject({ name: 'Ana Example' });
      });
    });

    it('a telephony call (whose provider carries no consent value) is never downloaded; the message says there is no way to put consent into it', async () => {
      const id = callIdFromSource('testprov', 'rec-no-consent');
      const meta = { customer, source: { kind: 'twilio', recordingId: 'rec-no-consent' } };
      const source: CallSource = {
        kind: 'telephony', provider: 'testprov', recordingId: 'rec-no-consent', deliveryId: 'd-2', download: { url: 'http://127.0.0.1/rec' },
        meta, receivedAt: new Date().toISOString(),
      };
      await saveSource(blobs, id, source);
      const downloads = calls.download;
      await runtime.queues.enqueue('ingest', id, { callId: id, source });
      const call = await settled(id);
      expect(call.error).toMatchObject({ code: 'CONSENT_NOT_GRANTED', step: 'ingest', message: expect.stringMatching(/Twilio deliveries carry no consent value.*no way to put consent into them/) });
      expect(calls.download).toBe(downloads);
      expect(call.meta.customer).toEqual({ channel: 1 });
      const stored = (await blobs.getBuffer(`calls/${id}/source.json`))!;
      expect(stored.toString()).not.toMatch(/Ana Example|\+15550100|ana@example\.com|Example Co/);
    });
  });
});
