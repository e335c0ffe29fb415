import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey, type ApiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { redisDeliveryLedger } from '../../src/intake/delivery-ledger.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const PRIYA = apiKey('rep', 'rep-priya-0123456789abcdef', 'priya@example.com');
const SAM = apiKey('rep', 'rep-sam-0123456789abcdef', 'sam@example.com');
const MAX = 64 * 1024;

interface PresignAnswer {
  url: string;
  fields: Record<string, string>;
  key: string;
  expiresAt: string;
  maxBytes: number;
  uploadToken: string;
}

describe('presigned uploads: POST /v1/calls/presign, the POST to S3, POST /v1/calls/complete', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let now: Date;
  let queued: [StepName, string][];

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls']);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials: s3.credentials });
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      enqueue: async (step, callId) => void queued.push([step, callId]),
      apiKeys: [PRIYA, SAM],
      session: { secret: 'test-session-secret-0123456789abcdef' },
      maxUploadBytes: MAX,
      clock: () => now,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await app.close();
    await review.close();
    await s3.stop();
    await temp.cleanup();
  });
  beforeEach(() => {
    now = new Date();
    queued = [];
  });

  const bearer = (key: ApiKey) => ({ authorization: `Bearer ${key.key}` });
  const presign = async (key: ApiKey = PRIYA) => {
    const res = await app.inject({ method: 'POST', url: '/v1/calls/presign', headers: bearer(key) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PresignAnswer;
  };
  /** What a browser does with the answer: a multipart POST of the fields, then the file, to the URL. */
  const postToS3 = async (p: PresignAnswer, bytes: Uint8Array) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(p.fields)) form.append(name, value);
    form.append('file', new Blob([bytes], { type: 'audio/mpeg' }), 'call.mp3');
    return fetch(p.url, { method: 'POST', body: form });
  };
  const complete = (body: Record<string, unknown>, key: ApiKey = PRIYA) => app.inject({ method: 'POST', url: '/v1/calls/complete', headers: bearer(key), payload: body });
  const audio = (bytes: number, seed: number) => new Uint8Array(bytes).map((_, i) => (i * seed) % 251);

  it('presigns a POST for a key of ours, 1 byte to the limit, for 15 minutes, signed with the store’s credentials', async () => {
    const p = await presign();
    expect(p.key).toMatch(/^uploads\/[0-9a-f-]{36}$/);
    expect(p.maxBytes).toBe(MAX);
    expect(Date.parse(p.expiresAt) - now.getTime()).toBe(15 * 60 * 1000);
    expect(p.url).toBe(`${s3.endpoint}/calls`);
    expect(p.fields.key).toBe(p.key);
    expect(p.fields['X-Amz-Algorithm']).toBe('AWS4-HMAC-SHA256');

    // s3rver ignores POST policies, so the policy itself is checked here: what S3 will enforce.
    const policy = JSON.parse(Buffer.from(p.fields.Policy!, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };
    expect(policy.conditions).toContainEqual(['content-length-range', 1, MAX]);
    expect(policy.conditions).toContainEqual({ bucket: 'calls' });
    expect(policy.conditions).toContainEqual({ key: p.key });
    const ttl = Date.parse(policy.expiration) - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000);
    // SigV4 for POST: the signature is the policy document's HMAC under the derived signing key.
    const [accessKey, date, region, service] = p.fields['X-Amz-Credential']!.split('/');
    expect([accessKey, region, service]).toEqual([s3.credentials.accessKeyId, 'us-east-1', 's3']);
    const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${s3.credentials.secretAccessKey}`, date!), region!), service!), 'aws4_request');
    expect(p.fields['X-Amz-Signature']).toBe(createHmac('sha256', signingKey).update(p.fields.Policy!).digest('hex'));
  });

  it('takes the recording through S3 into a call, as an upload would: 202, then 200 `duplicate` for the same bytes', async () => {
    const bytes = audio(20_000, 7);
    const p = await presign();
    expect((await postToS3(p, bytes)).status).toBe(204);
    expect(await blobs.head(p.key)).toMatchObject({ bytes: 20_000 });

    const res = await complete({ key: p.key, uploadToken: p.uploadToken, meta: { direction: 'inbound', rep: { name: 'Priya', nickname: 'P' } }, filename: 'call.mp3' });
    expect(res.statusCode, res.body).toBe(202);
    const { id, duplicate, status, warnings } = res.json() as { id: string; duplicate: boolean; status: string; warnings?: string[] };
    expect([duplicate, status]).toEqual([false, 'received']);
    // A key that is not a CallMeta field is ignored, and the answer says so.
    expect(warnings).toEqual(['meta key `rep.nickname` is not a CallMeta field and was ignored (see CallMeta in /docs)']);
    expect(res.headers['cache-control']).toBe('no-store');
    const call = (await findCall(blobs, id))!;
    expect(call.meta).toEqual({ direction: 'inbound', rep: { name: 'Priya', email: 'priya@example.com' } });
    expect(call.uploadedBy).toBe('priya@example.com');
    expect(call.recording).toMatchObject({ key: `calls/${id}/original.mp3`, bytes: 20_000 });
    expect(Buffer.compare(Buffer.from((await blobs.getBuffer(`calls/${id}/original.mp3`))!), Buffer.from(bytes))).toBe(0);
    expect(await blobs.head(p.key)).toBeNull();
    expect(queued).toEqual([['prepare', id]]);

    // Completed once: the key holds nothing any more.
    const again = await complete({ key: p.key, uploadToken: p.uploadToken });
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'UPLOAD_NOT_FOUND']);

    const second = await presign();
    await postToS3(second, bytes);
    const dup = await complete({ key: second.key, uploadToken: second.uploadToken });
    expect([dup.statusCode, dup.json()]).toEqual([200, { id, status: 'received', duplicate: true }]);
    expect(await blobs.head(second.key)).toBeNull();
  });

  it('completes a token once: another recording posted to the same key is refused, also by another API process', async () => {
    const redis = await startEmbeddedRedis();
    const ledger = redisDeliveryLedger(redis.connection, { prefix: `test-${randomUUID()}:` });
    const apiProcess = () => buildApp({
      ...review, blobs, deliveries: ledger, enqueue: async (step, callId) => void queued.push([step, callId]), apiKeys: [PRIYA],
      session: { secret: 'test-session-secret-0123456789abcdef' }, maxUploadBytes: MAX, clock: () => now, logger: silentLogger,
    });
    const [first, second] = [await apiProcess(), await apiProcess()];
    const completeAt = (api: FastifyInstance, body: Record<string, unknown>) => api.inject({ method: 'POST', url: '/v1/calls/complete', headers: bearer(PRIYA), payload: body });
    try {
      const p = await presign();
      // Nothing posted yet: refused, and the token stays good.
      expect((await completeAt(first, { key: p.key, uploadToken: p.uploadToken })).statusCode).toBe(404);
      await postToS3(p, audio(5_000, 29));
      expect((await completeAt(first, { key: p.key, uploadToken: p.uploadToken })).statusCode).toBe(202);

      // The presigned POST is still open for a while: another recording under the key, the same token.
      expect((await postToS3(p, audio(5_000, 31))).status).toBe(204);
      for (const api of [second, first]) {
        const again = await completeAt(api, { key: p.key, uploadToken: p.uploadToken });
        expect([again.statusCode, again.json().error.code]).toEqual([404, 'UPLOAD_NOT_FOUND']);
      }
      expect(queued).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
      await ledger.close();
      await redis.stop();
    }
  });

  it('several completes of one recording at once make one call', async () => {
    const bytes = audio(9_000, 13);
    const presigned = await Promise.all(Array.from({ length: 6 }, () => presign()));
    for (const p of presigned) await postToS3(p, bytes);
    const answers = await Promise.all(presigned.map((p) => complete({ key: p.key, uploadToken: p.uploadToken })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 202]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
  });

  it('completes only with the token given to the caller for that key, before it expires', async () => {
    const p = await presign();
    await postToS3(p, audio(3_000, 17));
    const refused = [
      await complete({ key: p.key, uploadToken: p.uploadToken }, SAM),
      await complete({ key: p.key, uploadToken: `${p.uploadToken.slice(0, -2)}AA` }),
      await complete({ key: (await presign()).key, uploadToken: p.uploadToken }),
    ];
    now = new Date(Date.parse(p.expiresAt) + 6 * 3600 * 1000 + 1000);
    refused.push(await complete({ key: p.key, uploadToken: p.uploadToken }));
    for (const res of refused) expect([res.statusCode, res.json().error.code]).toEqual([403, 'UPLOAD_TOKEN_INVALID']);
    // A key of our own making only; the body is checked before anything else.
    const foreign = await complete({ key: 'calls/c_000000000000000000000000/call.json', uploadToken: p.uploadToken });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([400, 'BODY_INVALID']);
    // Within the grace after the POST policy expired, the token still completes.
    now = new Date(Date.parse(p.expiresAt) + 3600 * 1000);
    expect((await complete({ key: p.key, uploadToken: p.uploadToken })).statusCode).toBe(202);
  });

  it('refuses what the store let through over the limit, or empty, or before anything was posted, and removes it', async () => {
    const big = await presign();
    await postToS3(big, audio(MAX + 1, 19));
    const tooBig = await complete({ key: big.key, uploadToken: big.uploadToken });
    expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
    expect(await blobs.head(big.key)).toBeNull();

    const nothing = await presign();
    const missing = await complete({ key: nothing.key, uploadToken: nothing.uploadToken });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'UPLOAD_NOT_FOUND']);
    expect(missing.json().error.message).toContain('presigned URL');

    const badMeta = await presign();
    await postToS3(badMeta, audio(100, 23));
    const meta = await complete({ key: badMeta.key, uploadToken: badMeta.uploadToken, meta: { direction: 'sideways' } });
    expect([meta.statusCode, meta.json().error.code]).toEqual([400, 'BODY_INVALID']);
    expect(meta.json().error.message).toContain('meta.direction');
    expect(queued).toEqual([]);
  });

  it('refuses a rep’s complete naming another rep’s e-mail with 403 REP_NOT_YOURS; the same token completes with a fixed meta', async () => {
    const p = await presign();
    await postToS3(p, audio(100, 29));
    const refused = await complete({ key: p.key, uploadToken: p.uploadToken, meta: { rep: { email: 'sam@example.com' } } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'REP_NOT_YOURS']);
    expect(queued).toEqual([]);
    const fixed = await complete({ key: p.key, uploadToken: p.uploadToken, meta: { rep: { name: 'Priya' } } });
    expect(fixed.statusCode, fixed.body).toBe(202);
    const call = await app.inject({ method: 'GET', url: `/v1/calls/${(fixed.json() as { id: string }).id}`, headers: bearer(PRIYA) });
    expect(call.json().call.meta.rep).toEqual({ name: 'Priya', email: 'priya@example.com' });
  });

  it('answers 501 PRESIGN_UNSUPPORTED where recordings are kept in a directory', async () => {
    const dir = await makeTempDir();
    const fsBlobs = createFsBlobStore(dir.dir);
    const fsReview = await reviewDeps(fsBlobs);
    const fsApp = await buildApp({ ...fsReview, blobs: fsBlobs, enqueue: async () => {}, apiKeys: [PRIYA], maxUploadBytes: MAX, clock: () => now, logger: silentLogger });
    try {
      const res = await fsApp.inject({ method: 'POST', url: '/v1/calls/presign', headers: bearer(PRIYA) });
      expect([res.statusCode, res.json().error.code]).toEqual([501, 'PRESIGN_UNSUPPORTED']);
      expect(res.json().error.message).toContain('POST /v1/calls');
    } finally {
      await fsApp.close();
      await fsReview.close();
      await dir.cleanup();
    }
  });
});
