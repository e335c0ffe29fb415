import { createHash } from 'node:crypto';
import { permanent } from '../../errors/app-error.ts';
import { looksLikeSns, subscriptionToConfirm } from './sns-message.ts';
import type { StorageEventsConfig } from './storage-events.config.ts';

/** A new object in the inbox, ready for ingest. */
export interface StoredObject {
  bucket: string;
  /** The object's key, decoded (as S3's API takes it). */
  key: string;
  size: number | null;
  sequencer: string | null;
  eTag: string | null;
  /**
   * Same object, same version → same value, whichever path (S3 → SNS, MinIO, EventBridge) and however
   * often it was delivered: a hash of bucket, key and sequencer (else eTag). Safe as a queue job id.
   */
  dedupeKey: string;
}

export type StorageEvent =
  /** S3's `s3:TestEvent`, sent when a notification is configured: acknowledge it. */
  | { kind: 'test' }
  | { kind: 'objects'; objects: StoredObject[] }
  /** A verified SNS SubscriptionConfirmation: GET `url` (never log it) to start receiving notifications. */
  | { kind: 'confirm'; url: string }
  /** Nothing for callscribe (other events, other buckets, keys outside the inbox, sidecars): acknowledge it. */
  | { kind: 'ignored'; reason: string };

const invalid = (detail: string) => permanent('WEBHOOK_PAYLOAD_INVALID', `The storage event cannot be read: ${detail}`);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Reads a verified storage-event body: an S3 notification (`{Records}`), the same inside an SNS
 * envelope's `Message`, a MinIO webhook body, an EventBridge `Object Created` event, or S3's test event.
 * Keeps only `ObjectCreated:*` events in the configured bucket under the inbox prefix, skipping
 * `.meta.json` sidecars and folder markers. Throws AppError `WEBHOOK_PAYLOAD_INVALID` for a body it
 * cannot read.
 */
export function parseStorageEvent(body: Buffer | string, config: StorageEventsConfig): StorageEvent {
  let value: unknown;
  try {
    value = JSON.parse(body.toString());
  } catch {
    throw invalid('the body is not JSON.');
  }
  if (looksLikeSns(value)) return fromSns(value, config);
  return fromStorage(value, config);
}

function fromSns(envelope: Record<string, unknown>, config: StorageEventsConfig): StorageEvent {
  switch (envelope.Type) {
    case 'SubscriptionConfirmation': {
      const url = subscriptionToConfirm(envelope);
      if (!url) throw invalid('the SNS SubscribeURL is not an SNS ConfirmSubscription URL.');
      return { kind: 'confirm', url };
    }
    case 'UnsubscribeConfirmation':
      return { kind: 'ignored', reason: 'SNS unsubscribe confirmation (the subscription was removed).' };
    case 'Notification': {
      if (typeof envelope.Message !== 'string') throw invalid('the SNS Message is not text.');
      let inner: unknown;
      try {
        inner = JSON.parse(envelope.Message);
      } catch {
        throw invalid('the SNS Message is not JSON (is the topic fed by S3?).');
      }
      return fromStorage(inner, config);
    }
    default:
      throw invalid(`SNS message type "${String(envelope.Type).slice(0, 40)}" is unknown.`);
  }
}

function fromStorage(value: unknown, config: StorageEventsConfig): StorageEvent {
  if (!isRecord(value)) throw invalid('the event is not a JSON object.');
  if (value.Event === 's3:TestEvent') return { kind: 'test' };
  if (value.source === 'aws.s3' && typeof value['detail-type'] === 'string') return fromEventBridge(value, config);
  if (Array.isArray(value.Records)) return fromRecords(value.Records, config);
  throw invalid('it is neither an S3 notification (Records), an EventBridge S3 event nor an S3 test event.');
}

function fromEventBridge(event: Record<string, unknown>, config: StorageEventsConfig): StorageEvent {
  if (event['detail-type'] !== 'Object Created') return { kind: 'ignored', reason: `EventBridge "${String(event['detail-type']).slice(0, 60)}" event.` };
  const detail = isRecord(event.detail) ? event.detail : {};
  const bucket = isRecord(detail.bucket) ? detail.bucket.name : undefined;
  const object = isRecord(detail.object) ? detail.object : undefined;
  if (typeof bucket !== 'string' || !object || typeof object.key !== 'string') throw invalid('the EventBridge event has no detail.bucket.name or detail.object.key.');
  return keep([toObject(bucket, object.key, object.size, object.sequencer, object.etag)], config, 1);
}

function fromRecords(records: unknown[], config: StorageEventsConfig): StorageEvent {
  const created: StoredObject[] = [];
  for (const record of records) {
    if (!isRecord(record) || !isRecord(record.s3)) throw invalid('a record has no s3 section.');
    const source = typeof record.eventSource === 'string' ? record.eventSource : '';
    const name = typeof record.eventName === 'string' ? record.eventName.replace(/^s3:/, '') : '';
    if (!source.endsWith(':s3') || !name.startsWith('ObjectCreated:')) continue;
    const bucket = isRecord(record.s3.bucket) ? record.s3.bucket.name : undefined;
    const object = isRecord(record.s3.object) ? record.s3.object : undefined;
    if (typeof bucket !== 'string' || !object || typeof object.key !== 'string') throw invalid('a record has no s3.bucket.name or s3.object.key.');
    created.push(toObject(bucket, object.key, object.size, object.sequencer, object.eTag));
  }
  return keep(created, config, records.length);
}

function toObject(bucket: string, encodedKey: string, size: unknown, sequencer: unknown, eTag: unknown): StoredObject {
  const key = decodeEventKey(encodedKey);
  const seq = textOrNull(sequencer);
  const tag = textOrNull(eTag)?.replace(/^"|"$/g, '') ?? null;
  const version = seq ?? tag ?? '';
  const dedupeKey = 's3-' + createHash('sha256').update(`${bucket}\u0000${key}\u0000${version}`).digest('hex');
  return { bucket, key, size: typeof size === 'number' && Number.isFinite(size) ? size : null, sequencer: seq, eTag: tag, dedupeKey };
}

/**
 * An object key as S3 event notifications carry it (form-encoded: `+` is a space, `%2B` a plus) back
 * to the key itself.
 */
export function decodeEventKey(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    throw invalid('an object key is not URL-encoded text.');
  }
}

/**
 * Whether a decoded key is a plain path: no `.` or `..` segment, no empty segment (`a//b`), no
 * backslash, no percent-encoded dot, slash or backslash, and no control character. Stores and HTTP clients may resolve such
 * segments (or decode once more) and reach an object outside the prefix the key seemed to start with,
 * so a key that is not plain is never under the inbox: it is refused, never normalised.
 */
export function isPlainKey(key: string): boolean {
  if (key.includes('\\') || /%(2e|2f|5c)/i.test(key) || /[\u0000-\u001f\u007f]/.test(key)) return false;
  return key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function keep(objects: StoredObject[], config: StorageEventsConfig, seen: number): StorageEvent {
  const wanted = new Map<string, StoredObject>();
  let notPlain = 0;
  for (const o of objects) {
    const inInbox = o.bucket === config.bucket && o.key.startsWith(config.inboxPrefix) && o.key.length > config.inboxPrefix.length;
    if (!inInbox || o.key.endsWith('/') || o.key.endsWith('.meta.json')) continue;
    if (isPlainKey(o.key)) wanted.set(o.dedupeKey, o);
    else notPlain += 1;
  }
  if (wanted.size > 0) return { kind: 'objects', objects: [...wanted.values()] };
  const refused = notPlain > 0 ? `; ${notPlain} key${notPlain === 1 ? '' : 's'} with ".", ".." or empty segments, backslashes or percent-encoded ones refused` : '';
  return {
    kind: 'ignored',
    reason: `No new object under ${config.inboxPrefix} in bucket ${config.bucket} (${seen} event${seen === 1 ? '' : 's'}: other events, buckets, prefixes or sidecars${refused}).`,
  };
}
