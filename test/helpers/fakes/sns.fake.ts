import { execFileSync } from 'node:child_process';
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';

/**
 * A fake Amazon SNS publisher: an RSA key with a self-signed certificate (made with the `openssl` CLI),
 * served at an `sns.<region>.amazonaws.com` URL by `fetchCertificate`, and envelopes signed the way SNS
 * signs them (SignatureVersion 1 = SHA1withRSA, 2 = SHA256withRSA over `name\nvalue\n` pairs).
 */

export type SnsEnvelope = Record<string, string>;

const SIGNED: Record<string, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/** An RSA key and a self-signed certificate for it, valid from now for `days`. */
export function makeSigningKey(days = 2): { privateKey: KeyObject; certificatePem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dir = mkdtempSync(join(tmpdir(), 'sns-fake-'));
  try {
    const keyFile = join(dir, 'key.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const certificatePem = execFileSync('openssl', ['req', '-new', '-x509', '-key', keyFile, '-subj', '/CN=sns.amazonaws.com', '-days', String(days)], {
      encoding: 'utf8',
    });
    return { privateKey, certificatePem };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Signs an envelope's fields as SNS does for its Type, using `fieldsOf` (default: the envelope's own Type). */
export function signEnvelope(fields: SnsEnvelope, privateKey: KeyObject, version: '1' | '2' = '1', fieldsOf = fields.Type ?? 'Notification'): SnsEnvelope {
  const names = SIGNED[fieldsOf] ?? SIGNED.Notification!;
  const text = names.filter((n) => n in fields).map((n) => `${n}\n${fields[n]}\n`).join('');
  const signature = createSign(version === '1' ? 'RSA-SHA1' : 'RSA-SHA256').update(text, 'utf8').sign(privateKey, 'base64');
  return { ...fields, SignatureVersion: version, Signature: signature };
}

export interface FakeSnsOptions {
  region?: string;
  topicArn?: string;
  /** Days the certificate stays valid (default 2). */
  days?: number;
}

export interface FakeSns {
  readonly topicArn: string;
  readonly certUrl: string;
  readonly certificatePem: string;
  readonly privateKey: KeyObject;
  /** Certificate URLs fetched, in order (the cache tests count them). */
  readonly fetched: string[];
  /** Serves this publisher's certificate at `certUrl` (and any added with `serve`); anything else throws. */
  fetchCertificate(url: string): Promise<string>;
  serve(url: string, pem: string): void;
  notification(message: string | object, opts?: { subject?: string; timestamp?: Date; version?: '1' | '2' }): SnsEnvelope;
  subscriptionConfirmation(opts?: { timestamp?: Date; version?: '1' | '2'; subscribeUrl?: string }): SnsEnvelope;
  unsubscribeConfirmation(opts?: { timestamp?: Date; version?: '1' | '2' }): SnsEnvelope;
  /** The envelope as SNS POSTs it: text/plain JSON with the x-amz-sns-* headers. */
  request(envelope: SnsEnvelope, url?: string): WebhookRequest;
}

export function createFakeSns(opts: FakeSnsOptions = {}): FakeSns {
  const region = opts.region ?? 'eu-west-1';
  const topicArn = opts.topicArn ?? `arn:aws:sns:${region}:123456789012:callscribe-inbox`;
  const certUrl = `https://sns.${region}.amazonaws.com/SimpleNotificationService-${randomUUID().replace(/-/g, '')}.pem`;
  const { privateKey, certificatePem } = makeSigningKey(opts.days);
  const served = new Map([[certUrl, certificatePem]]);
  const fetched: string[] = [];
  const base = (type: string, timestamp = new Date()) => ({
    Type: type,
    MessageId: randomUUID(),
    TopicArn: topicArn,
    Timestamp: timestamp.toISOString(),
    SigningCertURL: certUrl,
  });
  const token = () => randomUUID().replace(/-/g, '').repeat(4);
  const subscribeUrl = (t: string) => `https://sns.${region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topicArn)}&Token=${t}`;

  return {
    topicArn,
    certUrl,
    certificatePem,
    privateKey,
    fetched,
    async fetchCertificate(url) {
      fetched.push(url);
      const pem = served.get(url);
      if (pem === undefined) throw new Error(`fake SNS: no certificate at ${url}`);
      return pem;
    },
    serve(url, pem) {
      served.set(url, pem);
    },
    notification(message, o = {}) {
      const fields: SnsEnvelope = { ...base('Notification', o.timestamp), Message: typeof message === 'string' ? message : JSON.stringify(message) };
      if (o.subject !== undefined) fields.Subject = o.subject;
      fields.UnsubscribeURL = `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:${randomUUID()}`;
      return signEnvelope(fields, privateKey, o.version);
    },
    subscriptionConfirmation(o = {}) {
      const t = token();
      const fields: SnsEnvelope = {
        ...base('SubscriptionConfirmation', o.timestamp),
        Token: t,
        Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
        SubscribeURL: o.subscribeUrl ?? subscribeUrl(t),
      };
      return signEnvelope(fields, privateKey, o.version);
    },
    unsubscribeConfirmation(o = {}) {
      const t = token();
      const fields: SnsEnvelope = {
        ...base('UnsubscribeConfirmation', o.timestamp),
        Token: t,
        Message: `You have chosen to deactivate subscription to ${topicArn}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.`,
        SubscribeURL: subscribeUrl(t),
      };
      return signEnvelope(fields, privateKey, o.version);
    },
    request(envelope, url = 'https://callscribe.example.com/v1/events/s3') {
      return {
        method: 'POST',
        url,
        headers: {
          'content-type': 'text/plain; charset=UTF-8',
          'x-amz-sns-message-type': envelope.Type,
          'x-amz-sns-message-id': envelope.MessageId,
          'x-amz-sns-topic-arn': envelope.TopicArn,
          'user-agent': 'Amazon Simple Notification Service Agent',
        },
        rawBody: Buffer.from(JSON.stringify(envelope)),
      };
    },
  };
}

/** Encodes an object key as S3 event notifications do (form encoding: space → `+`, `/` kept). */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
    .replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export interface ObjectSpec {
  bucket?: string;
  key: string;
  size?: number;
  eTag?: string;
  sequencer?: string;
  eventName?: string;
}

/** An S3 notification `{Records}` for created objects, as S3 (`aws:s3`) or MinIO (`minio:s3`, with its `EventName`/`Key`) sends it. */
export function s3Notification(objects: ObjectSpec[], source: 'aws:s3' | 'minio:s3' = 'aws:s3'): Record<string, unknown> {
  const records = objects.map((o, i) => {
    const bucket = o.bucket ?? 'callscribe';
    const name = o.eventName ?? 'ObjectCreated:Put';
    return {
      eventVersion: '2.1',
      eventSource: source,
      awsRegion: source === 'aws:s3' ? 'eu-west-1' : '',
      eventTime: new Date().toISOString(),
      eventName: source === 'minio:s3' ? `s3:${name.replace(/^s3:/, '')}` : name,
      userIdentity: { principalId: 'AWS:EXAMPLE' },
      requestParameters: { sourceIPAddress: '192.0.2.1' },
      responseElements: { 'x-amz-request-id': `REQ${i}` },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'callscribe-inbox',
        bucket: { name: bucket, ownerIdentity: { principalId: 'EXAMPLE' }, arn: `arn:aws:s3:::${bucket}` },
        object: {
          key: encodeEventKey(o.key),
          size: o.size ?? 1024,
          eTag: o.eTag ?? 'd41d8cd98f00b204e9800998ecf8427e',
          sequencer: o.sequencer ?? `00${(1000 + i).toString(16).toUpperCase()}ABCDEF`,
        },
      },
    };
  });
  if (source === 'aws:s3') return { Records: records };
  const first = objects[0];
  return { EventName: records[0]?.eventName, Key: first ? `${first.bucket ?? 'callscribe'}/${first.key}` : '', Records: records };
}
