import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { closeServer, failureQueue, startRawFakeServer, type RecordedRequest } from './fake-server.ts';
import { serveMedia } from './serve-media.ts';

export { byteRange } from './serve-media.ts';

/**
 * A plain host of recording files on loopback, as a sender's storage or S3 serves them: GET and HEAD,
 * `Range` (206 + Content-Range, 416 when unsatisfiable), S3-style XML errors, and failure injection.
 * Objects put as private are served only through a presigned URL (`presign`): an `X-Amz-*` query
 * signed by the host with an expiry; after it, 403 "Request has expired" as S3 answers.
 */

export interface HostedObject {
  bytes: Buffer;
  contentType: string;
  private: boolean;
}

export interface HostFailure {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface RecordingHostFake {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Stores a file at `path` (starting with `/`). */
  put(path: string, bytes: Buffer, opts?: { contentType?: string; private?: boolean }): void;
  /** The file's plain URL (works for public objects only). */
  url(path: string): string;
  /** A URL that serves a private object until `ttlSec` after the host's clock now. */
  presign(path: string, ttlSec: number): string;
  /** The next `n` requests answer with `failure` instead. */
  failNext(n: number, failure: HostFailure): void;
  close(): Promise<void>;
}

const SIGNING_KEY = 'fake-recording-host-key';

function amzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseAmzDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

const signatureOf = (path: string, date: string, expires: string) =>
  createHmac('sha256', SIGNING_KEY).update(`${path}\n${date}\n${expires}`).digest('hex');

const s3Error = (code: string, message: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>FAKE</RequestId></Error>`;

export async function startRecordingHostFake(opts: { clock?: () => Date } = {}): Promise<RecordingHostFake> {
  const clock = opts.clock ?? (() => new Date());
  const objects = new Map<string, HostedObject>();
  const requests: RecordedRequest[] = [];
  const failures = failureQueue<HostFailure>();

  const refuse = (res: ServerResponse, status: number, code: string, message: string, extra = '') => {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(s3Error(code, message, extra));
  };

  const serve = (req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): void => {
    const failure = failures.take(record);
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/xml', ...failure.headers });
      res.end(failure.body ?? s3Error('InternalError', 'We encountered an internal error. Please try again.'));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    const path = decodeURIComponent(url.pathname);
    const object = objects.get(path);
    const q = url.searchParams;
    if (q.has('X-Amz-Signature')) {
      const date = q.get('X-Amz-Date') ?? '';
      const expires = q.get('X-Amz-Expires') ?? '';
      const given = Buffer.from(q.get('X-Amz-Signature') ?? '');
      const wanted = Buffer.from(signatureOf(path, date, expires));
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        return refuse(res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
      }
      const expiresAt = parseAmzDate(date) + Number(expires) * 1000;
      if (clock().getTime() > expiresAt) {
        return refuse(res, 403, 'AccessDenied', 'Request has expired', `<X-Amz-Expires>${expires}</X-Amz-Expires><Expires>${new Date(expiresAt).toISOString()}</Expires>`);
      }
    } else if (object?.private) {
      return refuse(res, 403, 'AccessDenied', 'Access Denied');
    }
    if (!object) return refuse(res, 404, 'NoSuchKey', 'The specified key does not exist.');

    serveMedia(req, res, object.bytes, { 'content-type': object.contentType, etag: `"${object.bytes.length}"` }, {
      contentType: 'application/xml',
      body: s3Error('InvalidRange', 'The requested range is not satisfiable'),
    });
  };

  const { server, baseUrl } = await startRawFakeServer({ requests, handle: serve });

  return {
    baseUrl,
    requests,
    put(path, bytes, o = {}) {
      objects.set(path, { bytes, contentType: o.contentType ?? 'application/octet-stream', private: o.private ?? false });
    },
    url: (path) => baseUrl + path,
    presign(path, ttlSec) {
      const date = amzDate(clock());
      const q = new URLSearchParams({
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Date': date,
        'X-Amz-Expires': String(ttlSec),
        'X-Amz-SignedHeaders': 'host',
        'X-Amz-Signature': signatureOf(path, date, String(ttlSec)),
      });
      return `${baseUrl}${path}?${q}`;
    },
    failNext: (n, failure) => failures.push(n, failure),
    close: () => closeServer(server),
  };
}

/**
 * A generic sender's delivery, signed as Standard Webhooks senders sign it (with the `standardwebhooks`
 * library, independent of our own signer): the request our route hands the adapter.
 */
export function standardWebhookDelivery(
  secret: string,
  url: string,
  body: unknown,
  opts: { id?: string; timestamp?: Date } = {},
): WebhookRequest {
  const id = opts.id ?? `msg_${Math.random().toString(36).slice(2, 14)}`;
  const timestamp = opts.timestamp ?? new Date();
  const rawBody = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return {
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, timestamp, rawBody),
    },
    rawBody,
  };
}
