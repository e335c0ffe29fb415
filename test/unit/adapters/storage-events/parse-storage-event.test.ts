import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEventKey, parseStorageEvent, type StoredObject } from '../../../../src/adapters/storage-events/parse-storage-event.ts';
import { subscriptionToConfirm } from '../../../../src/adapters/storage-events/sns-message.ts';
import type { StorageEventsConfig } from '../../../../src/adapters/storage-events/storage-events.config.ts';
import { createFakeSns, encodeEventKey, s3Notification, type FakeSns } from '../../../helpers/fakes/sns.fake.ts';

const config: StorageEventsConfig = { inboxPrefix: 'inbox/', bucket: 'callscribe', webhookToken: 'x'.repeat(16), snsTopicArns: [] };
const parse = (body: unknown) => parseStorageEvent(typeof body === 'string' ? body : JSON.stringify(body), config);
const objectsOf = (body: unknown): StoredObject[] => {
  const event = parse(body);
  if (event.kind !== 'objects') throw new Error(`expected objects, got ${JSON.stringify(event)}`);
  return event.objects;
};

const eventBridge = (detailType: string, key: string, bucket = 'callscribe') => ({
  version: '0',
  id: '17793124-05d4-b198-2fde-7ededc63b103',
  'detail-type': detailType,
  source: 'aws.s3',
  account: '111122223333',
  time: '2026-11-12T00:00:00Z',
  region: 'eu-west-1',
  resources: [`arn:aws:s3:::${bucket}`],
  detail: {
    version: '0',
    bucket: { name: bucket },
    object: { key: encodeEventKey(key), size: 5, etag: 'b1946ac92492d2347c6235b4d2611184', sequencer: '617f08299329d189' },
    'request-id': 'N4N7GDK58NMKJ12R',
    requester: '123456789012',
    reason: 'PutObject',
  },
});

describe('object keys in events', () => {
  it('decodes form encoding: + is a space, %2B a plus, UTF-8 percent escapes', () => {
    expect(decodeEventKey('red+flower.jpg')).toBe('red flower.jpg');
    expect(decodeEventKey('inbox/a%2Bb+c.mp3')).toBe('inbox/a+b c.mp3');
    expect(decodeEventKey('inbox%2Fcall%3A1.wav')).toBe('inbox/call:1.wav');
    expect(decodeEventKey('inbox/%E9%80%9A%E8%A9%B1+%C3%A9.wav')).toBe('inbox/通話 é.wav');
    expect(decodeEventKey('inbox/100%25%2B.mp3')).toBe('inbox/100%+.mp3');
  });

  it('round-trips keys with spaces, pluses, percent signs and unicode as S3 encodes them', () => {
    for (const key of ['inbox/a b+c.mp3', 'inbox/%2B literal.wav', 'inbox/Ünïcødé 通話 🙂.m4a', "inbox/(1) it's ~50%!.mp3", 'inbox/ a  b .wav']) {
      expect(objectsOf(s3Notification([{ key }]))[0]!.key).toBe(key);
    }
  });

  it('refuses a key that is not valid percent encoding', () => {
    expect(() => decodeEventKey('inbox/%E9%80.mp3')).toThrow(expect.objectContaining({ code: 'WEBHOOK_PAYLOAD_INVALID' }));
    expect(() => parse({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'callscribe' }, object: { key: 'inbox/%zz' } } }] })).toThrow(
      expect.objectContaining({ code: 'WEBHOOK_PAYLOAD_INVALID' }),
    );
  });
});

describe('keys that are not plain paths', () => {
  /** One S3 record carrying `rawKey` exactly as written (the helper would encode it). */
  const withRawKey = (rawKey: string) => ({
    Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'callscribe' }, object: { key: rawKey, size: 1, sequencer: '01' } } }],
  });

  it('refuses ".", ".." and empty segments and backslashes under the inbox, never normalising them into another prefix', () => {
    for (const key of ['inbox/../calls/c_1/original.wav', 'inbox/a/../../calls/c_1/original.wav', 'inbox/./a.wav', 'inbox//a.wav', 'inbox/..', 'inbox/a\\..\\..\\calls\\c_1\\original.wav']) {
      expect(parse(s3Notification([{ key }]))).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('refused') });
    }
  });

  it('refuses percent-encoded dots, slashes and backslashes, once or twice encoded', () => {
    for (const raw of ['inbox/%2E%2E/calls/c_1/original.wav', 'inbox/%252e%252e/calls/c_1/original.wav', 'inbox/..%252Fcalls/c_1/original.wav', 'inbox/a%255C..%255Cb.wav', 'inbox/%2e/a.wav']) {
      expect(parse(withRawKey(raw))).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('refused') });
    }
  });

  it('keeps the plain keys of an event and drops only the others', () => {
    const objects = objectsOf(s3Notification([{ key: 'inbox/../calls/c_1/original.wav' }, { key: 'inbox/team/call..1.wav' }, { key: 'inbox/.hidden/a.wav' }]));
    expect(objects.map((o) => o.key)).toEqual(['inbox/team/call..1.wav', 'inbox/.hidden/a.wav']);
  });
});

describe('S3 notifications', () => {
  it('reads created objects with size, sequencer and eTag', () => {
    const [o] = objectsOf(s3Notification([{ key: 'inbox/a/call-1.mp3', size: 4242, eTag: 'abc123', sequencer: '0055AED6DCD90281E5' }]));
    expect(o).toMatchObject({ bucket: 'callscribe', key: 'inbox/a/call-1.mp3', size: 4242, sequencer: '0055AED6DCD90281E5', eTag: 'abc123' });
    expect(o!.dedupeKey).toMatch(/^s3-[0-9a-f]{64}$/);
  });

  it('keeps every ObjectCreated kind and drops other events', () => {
    const names = ['ObjectCreated:Put', 'ObjectCreated:Post', 'ObjectCreated:Copy', 'ObjectCreated:CompleteMultipartUpload', 'ObjectRemoved:Delete', 'ObjectRestore:Completed'];
    const objects = objectsOf(s3Notification(names.map((eventName, i) => ({ key: `inbox/${i}.wav`, eventName }))));
    expect(objects.map((o) => o.key)).toEqual(['inbox/0.wav', 'inbox/1.wav', 'inbox/2.wav', 'inbox/3.wav']);
  });

  it('ignores other buckets, keys outside the inbox, sidecars and folder markers', () => {
    const event = parse(
      s3Notification([
        { key: 'inbox/a.mp3', bucket: 'other-bucket' },
        { key: 'calls/c_1/call.json' },
        { key: 'inboxes/a.mp3' },
        { key: 'inbox/a.meta.json' },
        { key: 'inbox/' },
        { key: 'inbox/team/' },
      ]),
    );
    expect(event).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('inbox/') });
    expect(parse(s3Notification([{ key: 'inbox/a.mp3', eventName: 'ObjectRemoved:Delete' }])).kind).toBe('ignored');
  });

  it('answers S3’s test event', () => {
    expect(parse({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-12T00:00:00.000Z', Bucket: 'callscribe', RequestId: 'R', HostId: 'H' })).toEqual({ kind: 'test' });
  });

  it('leaves size null when absent and strips quotes from an eTag', () => {
    const body = s3Notification([{ key: 'inbox/a.mp3' }]) as { Records: { s3: { object: Record<string, unknown> } }[] };
    const object = body.Records[0]!.s3.object;
    delete object.size;
    delete object.sequencer;
    object.eTag = '"abc"';
    expect(objectsOf(body)[0]).toMatchObject({ size: null, sequencer: null, eTag: 'abc' });
  });

  it('refuses bodies that are not storage events', () => {
    for (const body of ['not json', '[]', '{"hello":"world"}', '{"Records":[{"eventSource":"aws:s3"}]}']) {
      expect(() => parse(body)).toThrow(expect.objectContaining({ code: 'WEBHOOK_PAYLOAD_INVALID' }));
    }
  });
});

describe('dedupe keys', () => {
  const keyOf = (spec: Parameters<typeof s3Notification>[0][number], source: 'aws:s3' | 'minio:s3' = 'aws:s3') => objectsOf(s3Notification([spec], source))[0]!.dedupeKey;

  it('is the same for the same object version whatever the path, and differs per version, key and bucket', () => {
    const base = { key: 'inbox/a b.mp3', sequencer: '0A1B', eTag: 'e1' };
    expect(keyOf(base)).toBe(keyOf(base, 'minio:s3'));
    expect(keyOf(base)).toBe(keyOf({ ...base, eTag: 'e2' }));
    expect(keyOf(base)).not.toBe(keyOf({ ...base, sequencer: '0A1C' }));
    expect(keyOf(base)).not.toBe(keyOf({ ...base, key: 'inbox/a+b.mp3' }));
    expect(objectsOf(eventBridge('Object Created', 'inbox/x.mp3'))[0]!.dedupeKey).toBe(keyOf({ key: 'inbox/x.mp3', sequencer: '617f08299329d189' }));
    const otherBucket = { ...config, bucket: 'other-bucket' };
    const elsewhere = parseStorageEvent(JSON.stringify(s3Notification([{ ...base, bucket: 'other-bucket' }])), otherBucket);
    if (elsewhere.kind !== 'objects') throw new Error('expected the other bucket’s object');
    expect(elsewhere.objects[0]!.dedupeKey).not.toBe(keyOf(base));
  });

  it('falls back to the eTag without a sequencer, and collapses repeated records', () => {
    const noSeq = (eTag: string) => {
      const body = s3Notification([{ key: 'inbox/a.mp3', eTag }]) as { Records: { s3: { object: Record<string, unknown> } }[] };
      delete body.Records[0]!.s3.object.sequencer;
      return objectsOf(body)[0]!.dedupeKey;
    };
    expect(noSeq('e1')).toBe(noSeq('e1'));
    expect(noSeq('e1')).not.toBe(noSeq('e2'));
    expect(objectsOf(s3Notification([{ key: 'inbox/a.mp3', sequencer: '01' }, { key: 'inbox/a.mp3', sequencer: '01' }, { key: 'inbox/a.mp3', sequencer: '02' }]))).toHaveLength(2);
  });
});

describe('MinIO and EventBridge', () => {
  it('reads a MinIO webhook body (s3:-prefixed event names)', () => {
    const body = s3Notification([{ key: 'inbox/rep one/call 1.wav', size: 10 }], 'minio:s3');
    expect(body).toMatchObject({ EventName: 's3:ObjectCreated:Put', Key: 'callscribe/inbox/rep one/call 1.wav' });
    expect(objectsOf(body)).toMatchObject([{ bucket: 'callscribe', key: 'inbox/rep one/call 1.wav', size: 10 }]);
    expect(parse(s3Notification([{ key: 'inbox/a.wav', eventName: 's3:ObjectRemoved:Delete' }], 'minio:s3')).kind).toBe('ignored');
  });

  it('reads an EventBridge Object Created event and ignores the others', () => {
    expect(objectsOf(eventBridge('Object Created', 'inbox/a b+c.mp3'))).toMatchObject([
      { bucket: 'callscribe', key: 'inbox/a b+c.mp3', size: 5, eTag: 'b1946ac92492d2347c6235b4d2611184', sequencer: '617f08299329d189' },
    ]);
    expect(parse(eventBridge('Object Deleted', 'inbox/a.mp3')).kind).toBe('ignored');
    expect(parse(eventBridge('Object Created', 'inbox/a.mp3', 'other-bucket')).kind).toBe('ignored');
  });
});

describe('SNS envelopes', () => {
  let sns: FakeSns;
  beforeAll(() => {
    sns = createFakeSns({ region: 'ap-southeast-2' });
  });

  it('unwraps a Notification whose Message is the S3 event as a JSON string', () => {
    expect(objectsOf(sns.notification(s3Notification([{ key: 'inbox/a+b.mp3' }]))).map((o) => o.key)).toEqual(['inbox/a+b.mp3']);
    expect(parse(sns.notification({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual({ kind: 'test' });
    expect(() => parse(sns.notification('hello'))).toThrow(expect.objectContaining({ code: 'WEBHOOK_PAYLOAD_INVALID' }));
  });

  it('asks to confirm a SubscriptionConfirmation at its SNS SubscribeURL, and ignores an UnsubscribeConfirmation', () => {
    const confirmation = sns.subscriptionConfirmation();
    expect(parse(confirmation)).toEqual({ kind: 'confirm', url: confirmation.SubscribeURL });
    expect(subscriptionToConfirm(confirmation)).toBe(confirmation.SubscribeURL);
    expect(parse(sns.unsubscribeConfirmation()).kind).toBe('ignored');
  });

  it('never offers a SubscribeURL off the SNS hosts or that is not a ConfirmSubscription call', () => {
    const good = new URL(sns.subscriptionConfirmation().SubscribeURL!);
    const bad = [
      good.href.replace('https:', 'http:'),
      good.href.replace('amazonaws.com', 'amazonaws.com.evil.example'),
      good.href.replace('sns.ap-southeast-2.amazonaws.com', 'sns.ap-southeast-2.amazonaws.com:8443'),
      good.href.replace('https://', 'https://user@'),
      good.href.replace('ConfirmSubscription', 'Unsubscribe'),
      'https://169.254.169.254/latest/meta-data/',
    ];
    for (const url of bad) {
      const message = sns.subscriptionConfirmation({ subscribeUrl: url });
      expect(subscriptionToConfirm(message)).toBeNull();
      expect(() => parse(message)).toThrow(expect.objectContaining({ code: 'WEBHOOK_PAYLOAD_INVALID' }));
    }
    expect(subscriptionToConfirm(sns.notification('x'))).toBeNull();
    expect(subscriptionToConfirm({ Type: 'SubscriptionConfirmation' })).toBeNull();
    expect(subscriptionToConfirm(sns.subscriptionConfirmation({ subscribeUrl: good.href.replace('ap-southeast-2', 'cn-north-1').replace('amazonaws.com', 'amazonaws.com.cn') }))).not.toBeNull();
  });
});
