import { beforeAll, describe, expect, it } from 'vitest';
import { cachedCertificateFetcher } from '../../../../src/adapters/storage-events/sns-certificates.ts';
import type { StorageEventsConfig } from '../../../../src/adapters/storage-events/storage-events.config.ts';
import { verifyStorageEvent } from '../../../../src/adapters/storage-events/verify-storage-event.ts';
import { AppError, permanent } from '../../../../src/errors/app-error.ts';
import type { WebhookRequest } from '../../../../src/ports/telephony-source.ts';
import { createFakeSns, type FakeSns } from '../../../helpers/fakes/sns.fake.ts';

const TOKEN = 'tok_0123456789abcdef0123';

const config = (over: Partial<StorageEventsConfig> = {}): StorageEventsConfig => ({
  inboxPrefix: 'inbox/',
  bucket: 'callscribe',
  webhookToken: TOKEN,
  snsTopicArns: [],
  ...over,
});

const minioRequest = (authorization?: string, method: WebhookRequest['method'] = 'POST'): WebhookRequest => ({
  method,
  url: 'https://callscribe.example.com/v1/events/s3',
  headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
  rawBody: Buffer.from('{"EventName":"s3:ObjectCreated:Put","Key":"callscribe/inbox/a.mp3","Records":[]}'),
});

const noCertificates = async () => {
  throw new Error('no certificate expected');
};

describe('MinIO webhook token', () => {
  const verify = (req: WebhookRequest, c = config()) => verifyStorageEvent(req, new Date(), { config: c, fetchCertificate: noCertificates });

  it('accepts a one-word token sent as "Bearer <token>" (MinIO’s way) or verbatim', async () => {
    expect(await verify(minioRequest(`Bearer ${TOKEN}`))).toEqual({ ok: true });
    expect(await verify(minioRequest(TOKEN))).toEqual({ ok: true });
  });

  it('accepts a two-word token sent verbatim', async () => {
    const two = `Basic ${TOKEN}`;
    expect(await verify(minioRequest(two), config({ webhookToken: two }))).toEqual({ ok: true });
    expect((await verify(minioRequest(`Bearer ${two}`), config({ webhookToken: two }))).ok).toBe(true);
  });

  it('refuses a wrong, truncated or differently cased token, and says when it is missing', async () => {
    for (const auth of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `bearer ${TOKEN}`, `Bearer  ${TOKEN}`, TOKEN.toUpperCase(), '']) {
      expect(await verify(minioRequest(auth))).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    }
    expect(await verify(minioRequest())).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
  });

  it('refuses token deliveries when only SNS is configured, without naming the token', async () => {
    const v = await verify(minioRequest(`Bearer ${TOKEN}`), config({ webhookToken: null, snsTopicArns: ['arn:aws:sns:eu-west-1:123456789012:t'] }));
    expect(v).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(JSON.stringify(v)).not.toContain(TOKEN);
  });
});

describe('SNS deliveries (checks beyond the signature)', () => {
  let sns: FakeSns;
  beforeAll(() => {
    sns = createFakeSns();
  });
  const snsConfig = () => config({ webhookToken: null, snsTopicArns: [sns.topicArn] });
  const verify = (req: WebhookRequest, now = new Date(), fetchCertificate = sns.fetchCertificate, c = snsConfig()) =>
    verifyStorageEvent(req, now, { config: c, fetchCertificate });

  it('accepts a fresh signed notification, subscription and unsubscribe confirmation', async () => {
    expect(await verify(sns.request(sns.notification({ Records: [] })))).toEqual({ ok: true });
    expect(await verify(sns.request(sns.subscriptionConfirmation({ version: '2' })))).toEqual({ ok: true });
    expect(await verify(sns.request(sns.unsubscribeConfirmation()))).toEqual({ ok: true });
  });

  it('refuses a message older than an hour or dated in the future, once its signature checks out', async () => {
    const now = new Date();
    const at = (ms: number) => sns.request(sns.notification({ Records: [] }, { timestamp: new Date(now.getTime() + ms) }));
    expect(await verify(at(-59 * 60_000), now)).toEqual({ ok: true });
    expect(await verify(at(-61 * 60_000), now)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(await verify(at(10 * 60_000), now)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    const forgedOld = sns.request({ ...sns.notification('x', { timestamp: new Date(now.getTime() - 2 * 3600_000) }), Message: 'y' });
    expect(await verify(forgedOld, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a topic that is not configured, before fetching any certificate', async () => {
    const other = sns.request(sns.notification('x'));
    const fetched = sns.fetched.length;
    const v = await verify(other, new Date(), sns.fetchCertificate, config({ webhookToken: null, snsTopicArns: ['arn:aws:sns:eu-west-1:123456789012:other'] }));
    expect(v).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringContaining('S3_EVENTS_SNS_TOPIC_ARNS') });
    expect(sns.fetched.length).toBe(fetched);
  });

  it('refuses SNS deliveries when SNS is not configured, even with the token', async () => {
    const req = sns.request(sns.notification('x'));
    req.headers.authorization = `Bearer ${TOKEN}`;
    expect(await verify(req, new Date(), sns.fetchCertificate, config())).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses raw message delivery, a header that disagrees with the Type, a missing signature and a body that is not SNS', async () => {
    const raw = sns.request(sns.notification('x'));
    raw.headers['x-amz-sns-rawdelivery'] = 'true';
    expect(await verify(raw)).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID', reason: expect.stringContaining('raw message delivery') });
    const mislabelled = sns.request(sns.notification('x'));
    mislabelled.headers['x-amz-sns-message-type'] = 'SubscriptionConfirmation';
    expect(await verify(mislabelled)).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID' });
    const unsigned = sns.notification('x');
    delete unsigned.Signature;
    expect(await verify(sns.request(unsigned))).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
    const notJson = { ...sns.request(sns.notification('x')), rawBody: Buffer.from('Type=Notification') };
    expect(await verify(notJson)).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID' });
    expect(await verify(sns.request({ ...sns.notification('x'), Type: 'Bogus' }))).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID' });
  });

  it('fetches each certificate once through the cache', async () => {
    const fetchCertificate = cachedCertificateFetcher(sns.fetchCertificate);
    const before = sns.fetched.length;
    await Promise.all([1, 2, 3].map(() => verify(sns.request(sns.notification('x')), new Date(), fetchCertificate)));
    expect(await verify(sns.request(sns.notification('y')), new Date(), fetchCertificate)).toEqual({ ok: true });
    expect(sns.fetched.length - before).toBe(1);
  });

  it('throws a retryable error when the certificate is unavailable for now, and refuses when it is gone for good', async () => {
    const req = sns.request(sns.notification('x'));
    const down = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    };
    await expect(verify(req, new Date(), down)).rejects.toMatchObject({ code: 'SNS_CERTIFICATE_UNAVAILABLE', retryable: true });
    await expect(verify(req, new Date(), down)).rejects.toBeInstanceOf(AppError);
    const gone = async () => {
      throw permanent('SNS_CERTIFICATE_NOT_FOUND', 'gone');
    };
    expect(await verify(req, new Date(), gone)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(await verify(req, new Date(), async () => 'not a certificate')).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a certificate that has expired', async () => {
    const later = new Date(Date.now() + 3 * 86_400_000);
    const req = sns.request(sns.notification('x', { timestamp: later }));
    expect(await verify(req, later)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringContaining('not valid at this time') });
  });
});
