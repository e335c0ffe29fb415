import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { fetchRecording } from '../../src/intake/fetch-recording.ts';
import type { StorageEventsRuntime } from '../../src/intake/storage-events-runtime.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';
import { callOfSource } from '../../src/intake/announce.ts';
import type { CallSource } from '../../src/intake/source-record.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { createFakeSns, s3Notification, type FakeSns } from '../helpers/fakes/sns.fake.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const TOKEN = 'minio-token-0123456789abcdef';
const BUCKET = 'events-test';

describe('POST /v1/events/s3 (real S3 API: the embedded server)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: BlobStore;
  let client: S3Client;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let sns: FakeSns;
  let metrics: Metrics;
  const queued: { step: StepName; callId: string; source?: CallSource }[] = [];
  const confirmed: string[] = [];

  beforeAll(async () => {
    temp = await makeTempDir('storage-events-');
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), [BUCKET]);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials: s3.credentials });
    client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3.credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    sns = createFakeSns();
    review = await reviewDeps(blobs);
    metrics = createMetrics();
    const storageEvents: StorageEventsRuntime = {
      config: { inboxPrefix: 'inbox/', bucket: BUCKET, webhookToken: TOKEN, snsTopicArns: [sns.topicArn] },
      fetchCertificate: (url) => sns.fetchCertificate(url),
      confirmSubscription: async (url) => void confirmed.push(url),
    };
    app = await buildApp({
      ...review,
      blobs,
      storageEvents,
      metrics,
      enqueue: async (step, callId, opts) => void queued.push({ step, callId, source: opts?.source }),
      apiKeys: [],
      maxUploadBytes: 1024 * 1024,
      clock: () => new Date(),
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await app?.close();
    await review?.close();
    await s3?.stop();
    await temp?.cleanup();
  });

  const minio = (body: unknown, authorization = `Bearer ${TOKEN}`) =>
    app.inject({ method: 'POST', url: '/v1/events/s3', headers: { 'content-type': 'application/json', authorization }, payload: JSON.stringify(body) });
  const viaSns = (envelope: Record<string, string>) => {
    const req = sns.request(envelope);
    return app.inject({ method: 'POST', url: '/v1/events/s3', headers: req.headers as Record<string, string>, payload: req.rawBody });
  };

  it('answers MinIO’s liveness probe', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/v1/events/s3' })).statusCode).toBe(200);
  });

  it('makes one call per announced object, with the sidecar’s meta, however often it is announced', async () => {
    const audio = Buffer.from('fake recording bytes for a storage event');
    await blobs.put('inbox/team a/call 1.wav', audio);
    await blobs.put('inbox/team a/call 1.meta.json', JSON.stringify({ rep: { email: 'priya@example.com' }, customer: { phone: '+442079460321' } }));
    const event = s3Notification([{ bucket: BUCKET, key: 'inbox/team a/call 1.wav', sequencer: '0A1' }], 'minio:s3');
    const first = await minio(event);
    expect(first.statusCode).toBe(202);
    const [{ id }] = first.json().calls;
    const again = await minio(event);
    expect(again.statusCode).toBe(200);
    expect(again.json().calls[0]).toMatchObject({ id, duplicate: true });
    const call = await callOfSource(blobs, id, new Date(), queued.find((q) => q.callId === id)?.source);
    expect(call).toMatchObject({ status: 'received', recording: null, meta: { rep: { email: 'priya@example.com' }, customer: { phone: '+442079460321' } } });
    expect(queued).toContainEqual(expect.objectContaining({ step: 'ingest', callId: id }));

    // The ingest step hashes the object where it lies and copies it under the call.
    const result = await fetchRecording({ callId: id }, { blobs, telephony: new Map(), maxBytes: 1024 * 1024, clock: () => new Date() });
    expect(result.patch?.recording).toMatchObject({ key: callKeys.original(id, 'wav'), bytes: audio.length, sha256: createHash('sha256').update(audio).digest('hex') });
    expect((await blobs.getBuffer(callKeys.original(id, 'wav')))?.equals(audio)).toBe(true);
  });

  it('reads the meta from the object’s callscribe metadata when there is no sidecar', async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'inbox/meta-only.mp3', Body: 'x', Metadata: { 'callscribe-rep-email': 'sam@example.com', 'callscribe-direction': 'inbound' } }));
    const res = await minio(s3Notification([{ bucket: BUCKET, key: 'inbox/meta-only.mp3', sequencer: '0B2' }], 'minio:s3'));
    const id2 = res.json().calls[0].id;
    const call = await callOfSource(blobs, id2, new Date(), queued.find((q) => q.callId === id2)?.source);
    expect(call?.meta).toMatchObject({ direction: 'inbound', rep: { email: 'sam@example.com' }, source: { kind: 's3', recordingId: 'inbox/meta-only.mp3' } });
  });

  it('refuses an object whose sidecar is not CallMeta, saying which field', async () => {
    await blobs.put('inbox/bad-meta.wav', Buffer.from('x'));
    await blobs.put('inbox/bad-meta.meta.json', JSON.stringify({ direction: 'sideways' }));
    const res = await minio(s3Notification([{ bucket: BUCKET, key: 'inbox/bad-meta.wav', sequencer: '0E5' }], 'minio:s3'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'STORAGE_META_INVALID' });
    expect(res.json().error.message).toMatch(/bad-meta\.meta\.json does not match CallMeta: direction/);
  });

  it('refuses a wrong or missing token and records nothing', async () => {
    const event = s3Notification([{ bucket: BUCKET, key: 'inbox/forged.wav', sequencer: '0C3' }], 'minio:s3');
    const before = queued.length;
    const wrong = await minio(event, 'Bearer not-the-token-at-all-000');
    expect(wrong.statusCode).toBe(401);
    const none = await app.inject({ method: 'POST', url: '/v1/events/s3', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(event) });
    expect(none.statusCode).toBe(401);
    expect(queued.length).toBe(before);
  });

  it('acknowledges the S3 test event and ignores objects outside the inbox', async () => {
    const test = await minio({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date().toISOString(), Bucket: BUCKET });
    expect(test.json()).toMatchObject({ ignored: true });
    const outside = await minio(s3Notification([{ bucket: BUCKET, key: 'elsewhere/a.wav' }], 'minio:s3'));
    expect(outside.json()).toMatchObject({ ignored: true });
  });

  it('refuses a key that climbs out of the inbox (`..`), as it ignores any key outside it: no call, nothing queued, the other recording untouched', async () => {
    const victim = 'calls/c_000000000000000000000001/original.wav';
    await blobs.put(victim, Buffer.from('another rep’s recording'));
    const before = queued.length;
    for (const key of ['inbox/../' + victim, 'inbox/./../' + victim, 'inbox//a.wav']) {
      const res = await minio(s3Notification([{ bucket: BUCKET, key, sequencer: '0F6' }], 'minio:s3'));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ ignored: true, reason: expect.stringContaining('refused') });
    }
    // Percent-encoded dots as the event carries them: decoded once, still not a plain key.
    const encoded = s3Notification([{ bucket: BUCKET, key: 'placeholder', sequencer: '0F7' }], 'minio:s3') as { Records: { s3: { object: { key: string } } }[] };
    encoded.Records[0]!.s3.object.key = 'inbox/%2E%2E/calls/c_000000000000000000000001/original.wav';
    expect((await minio(encoded)).json()).toMatchObject({ ignored: true });
    expect(queued.length).toBe(before);
    expect(await blobs.head(victim)).not.toBeNull();
  });

  it('takes S3 notifications in a verified SNS envelope; a tampered one is refused', async () => {
    await blobs.put('inbox/sns.wav', Buffer.from('sns recording'));
    const envelope = sns.notification(s3Notification([{ bucket: BUCKET, key: 'inbox/sns.wav', sequencer: '0D4' }]));
    const ok = await viaSns(envelope);
    expect(ok.statusCode).toBe(202);
    const tampered = await viaSns({ ...envelope, Message: envelope.Message!.replace('sns.wav', 'other.wav') });
    expect(tampered.statusCode).toBe(401);
  });

  it('confirms an SNS subscription only once its signature checks out', async () => {
    const confirmation = sns.subscriptionConfirmation();
    expect((await viaSns(confirmation)).json()).toEqual({ confirmed: true });
    expect(confirmed).toEqual([confirmation.SubscribeURL]);
    await viaSns({ ...confirmation, SubscribeURL: confirmation.SubscribeURL!.replace('Token=', 'Token=x') });
    expect(confirmed.length).toBe(1);
  });

  it('counts each delivery in callscribe_webhook_deliveries_total under provider s3, with the webhooks\' verdicts', async () => {
    const counts = async () => {
      const text = await metrics.registry.getSingleMetric('callscribe_webhook_deliveries_total')!.get();
      return Object.fromEntries(text.values.filter((v) => v.labels.provider === 's3').map((v) => [String(v.labels.verdict), v.value])) as Record<string, number>;
    };
    const before = await counts();
    await blobs.put('inbox/counted.wav', Buffer.from('counted recording'));
    const event = s3Notification([{ bucket: BUCKET, key: 'inbox/counted.wav', sequencer: '0F6' }], 'minio:s3');
    expect((await minio(event)).statusCode).toBe(202);
    expect((await minio(event)).statusCode).toBe(200);
    expect((await minio(event, 'Bearer not-the-token-at-all-000')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/v1/events/s3', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(event) })).statusCode).toBe(401);
    expect((await minio({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date().toISOString(), Bucket: BUCKET })).statusCode).toBe(200);
    expect((await minio('not an event')).statusCode).toBe(400);
    await blobs.put('inbox/counted-bad.wav', Buffer.from('x'));
    await blobs.put('inbox/counted-bad.meta.json', JSON.stringify({ direction: 'sideways' }));
    expect((await minio(s3Notification([{ bucket: BUCKET, key: 'inbox/counted-bad.wav', sequencer: '0F7' }], 'minio:s3'))).statusCode).toBe(400);
    expect((await viaSns(sns.subscriptionConfirmation())).statusCode).toBe(200);
    const after = await counts();
    const added = Object.fromEntries(Object.entries(after).map(([verdict, n]) => [verdict, n - (before[verdict] ?? 0)]).filter(([, n]) => n !== 0));
    expect(added).toEqual({ accepted: 1, duplicate: 1, signature_invalid: 1, signature_missing: 1, ignored: 1, payload_invalid: 2, replied: 1 });
  });
});
