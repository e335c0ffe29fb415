import { EventEmitter } from 'node:events';
import https from 'node:https';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyStorageEvent } from '../../../../src/adapters/storage-events/verify-storage-event.ts';
import type { StorageEventsConfig } from '../../../../src/adapters/storage-events/storage-events.config.ts';
import { createFakeSns, signEnvelope, type FakeSns, type SnsEnvelope } from '../../../helpers/fakes/sns.fake.ts';

/**
 * sns-validator (AWS's own validator) is the oracle: it fetches the certificate with `https.get`, which
 * is stubbed here to serve the fakes' certificates from memory, so both verifiers see the same cert.
 */
type Validator = { validate(message: object, cb: (err: Error | null) => void): void };
const MessageValidator = createRequire(import.meta.url)('sns-validator') as new () => Validator;

const served = new Map<string, string>();
const oracleFetches: string[] = [];

beforeAll(() => {
  vi.spyOn(https, 'get').mockImplementation(((url: string, onResponse: (res: unknown) => void) => {
    oracleFetches.push(String(url));
    const pem = served.get(String(url));
    const res = Object.assign(Readable.from(pem === undefined ? [] : [pem]), { statusCode: pem === undefined ? 404 : 200 });
    process.nextTick(() => onResponse(res));
    return new EventEmitter();
  }) as never);
});
afterAll(() => vi.restoreAllMocks());

let a: FakeSns;
let b: FakeSns;
beforeAll(() => {
  a = createFakeSns({ region: 'eu-west-1' });
  b = createFakeSns({ region: 'us-east-1' });
  for (const f of [a, b]) served.set(f.certUrl, f.certificatePem);
});

const config = (): StorageEventsConfig => ({ inboxPrefix: 'inbox/', bucket: 'callscribe', webhookToken: null, snsTopicArns: [a.topicArn, b.topicArn] });

async function oracle(envelope: SnsEnvelope): Promise<boolean> {
  return new Promise((resolve) => new MessageValidator().validate({ ...envelope }, (err) => resolve(err === null)));
}

async function ours(envelope: SnsEnvelope): Promise<boolean> {
  const verdict = await verifyStorageEvent(a.request(envelope), new Date(), {
    config: config(),
    fetchCertificate: async (url) => {
      const pem = served.get(url);
      if (pem === undefined) throw new Error('no certificate there');
      return pem;
    },
  });
  return verdict.ok;
}

async function expectAgreement(envelope: SnsEnvelope, expected: boolean) {
  const [o, v] = await Promise.all([oracle(envelope), ours(envelope)]);
  expect({ oracle: o, ours: v }).toEqual({ oracle: expected, ours: expected });
}

const S3_EVENT = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'callscribe' }, object: { key: 'inbox/a.mp3' } } }] });

describe.each(['1', '2'] as const)('SNS SignatureVersion %s: our verifier agrees with sns-validator', (version) => {
  const notification = () => a.notification(S3_EVENT, { version, subject: 'Amazon S3 Notification' });
  const confirmation = () => a.subscriptionConfirmation({ version });

  it('accepts valid Notification and SubscriptionConfirmation messages', async () => {
    await expectAgreement(notification(), true);
    await expectAgreement(a.notification(S3_EVENT, { version }), true);
    await expectAgreement(confirmation(), true);
    expect(oracleFetches).toContain(a.certUrl);
  });

  it('refuses a message whose signed fields were changed', async () => {
    for (const field of ['Message', 'MessageId', 'Subject', 'Timestamp'] as const) {
      const m = notification();
      await expectAgreement({ ...m, [field]: field === 'Timestamp' ? new Date(Date.now() - 1000).toISOString() : m[field] + 'x' }, false);
    }
    const c = confirmation();
    await expectAgreement({ ...c, Token: c.Token + '0' }, false);
    await expectAgreement({ ...c, SubscribeURL: c.SubscribeURL!.replace('Token=', 'Token=0') }, false);
  });

  it('refuses a Subject added after signing, and a forged signature', async () => {
    await expectAgreement({ ...a.notification(S3_EVENT, { version }), Subject: 'added' }, false);
    const m = notification();
    const sig = Buffer.from(m.Signature!, 'base64');
    sig[10] = sig[10]! ^ 1;
    await expectAgreement({ ...m, Signature: sig.toString('base64') }, false);
  });

  it('refuses a message signed with another key than its certificate’s', async () => {
    await expectAgreement({ ...notification(), SigningCertURL: b.certUrl }, false);
    const forged = signEnvelope({ ...confirmation(), SigningCertURL: a.certUrl }, b.privateKey, version);
    await expectAgreement(forged, false);
  });

  it('refuses a message whose Type changed, or that was signed with the other type’s fields', async () => {
    const c = confirmation();
    await expectAgreement({ ...c, Type: 'Notification' }, false);
    const unsigned = { ...c };
    delete unsigned.Signature;
    await expectAgreement(signEnvelope(unsigned, a.privateKey, version, 'Notification'), false);
    const n = notification();
    const plain = { ...n };
    delete plain.Signature;
    await expectAgreement(signEnvelope(plain, a.privateKey, version, 'SubscriptionConfirmation'), false);
  });

  it('refuses certificate URLs off the SNS hosts', async () => {
    const m = notification();
    for (const url of [
      a.certUrl.replace('https:', 'http:'),
      a.certUrl.replace('amazonaws.com', 'amazonaws.com.evil.example'),
      a.certUrl.replace('sns.eu-west-1.amazonaws.com', 'evil.example'),
      a.certUrl.replace('.pem', '.pem.txt'),
    ]) {
      served.set(url, a.certificatePem);
      await expectAgreement(signEnvelope({ ...m, SigningCertURL: url }, a.privateKey, version), false);
    }
  });
});

describe('SNS signature versions: our verifier agrees with sns-validator', () => {
  it('refuses a SHA1 signature labelled version 2, and an unknown version', async () => {
    await expectAgreement({ ...a.notification(S3_EVENT, { version: '1' }), SignatureVersion: '2' }, false);
    await expectAgreement({ ...a.notification(S3_EVENT, { version: '2' }), SignatureVersion: '1' }, false);
    await expectAgreement({ ...a.notification(S3_EVENT, { version: '2' }), SignatureVersion: '3' }, false);
  });

  it('agrees on random messages and on one-character changes to them', async () => {
    const alphabet = 'aZ09 {}":,\\\n\té通話🙂+%/';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 12; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const version = next() < 0.5 ? '1' : '2';
      const m = a.notification(text, { version, ...(next() < 0.5 ? { subject: text.slice(0, 10) } : {}) });
      await expectAgreement(m, true);
      const at = Math.floor(next() * text.length);
      const changed = text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
      await expectAgreement({ ...m, Message: changed }, false);
    }
  });
});
