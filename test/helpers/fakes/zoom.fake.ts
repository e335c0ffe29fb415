import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { closeServer, failureQueue, startRawFakeServer, type InjectedFailure, type RecordedRequest } from './fake-server.ts';
import { serveMedia } from './serve-media.ts';

export { postDelivery } from './post-delivery.ts';

export type { RecordedRequest, RequestMatch } from './fake-server.ts';

/**
 * A local Zoom (zoom.us + api.zoom.us/v2 on one loopback port), following api-contracts.md §4/4b:
 * Server-to-Server OAuth (`POST /oauth/token?grant_type=account_credentials&account_id=…`, Basic
 * client_id:client_secret, tokens that expire), `GET /v2/phone/users/{id}`, and recordings at
 * `/v2/phone/recording/download/{id}` served to a bearer token with Range support. Plus a sender
 * that signs deliveries as Zoom does.
 */

export interface ZoomFakeOptions {
  accountId?: string;
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds (Zoom: 3599). Tokens really expire after it. */
  tokenTtlSec?: number;
  /** The fake's clock (ms), for expiry; defaults to Date.now. */
  now?: () => number;
  /**
   * The scopes the app was granted, carried by its tokens (default `phone:read:admin`). A request whose token
   * lacks the scope it needs is answered as Zoom does: 401, code 104, the missing scopes named.
   */
  scopes?: string[];
}

export type ZoomFailure = InjectedFailure;

export interface ZoomFake {
  baseUrl: string;
  /** ZOOM_API_BASE_URL for the adapter. */
  apiBaseUrl: string;
  /** ZOOM_OAUTH_BASE_URL for the adapter. */
  oauthBaseUrl: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  requests: RecordedRequest[];
  /** Token requests answered with a token. */
  tokensIssued(): number;
  addUser(user: { id: string; email: string; name?: string }): void;
  /** Stores a recording; returns the download_url Zoom would put in the event. */
  addRecording(rec: { id: string; audio: Buffer; contentType?: string }): string;
  /** Invalidates every token issued so far (as a rotated client secret does). */
  revokeTokens(): void;
  /** The next `n` requests matching `spec.match` (token requests included) fail with `spec.status`. */
  failNext(n: number, spec: ZoomFailure): void;
  close(): Promise<void>;
}

const DEFAULT_BODIES: Record<number, unknown> = {
  429: { code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." },
  500: { code: 500, message: 'Internal server error.' },
  503: { code: 503, message: 'Service unavailable.' },
};

export async function startZoomFake(opts: ZoomFakeOptions = {}): Promise<ZoomFake> {
  const accountId = opts.accountId ?? 'fake-account-id';
  const clientId = opts.clientId ?? 'fake-client-id';
  const clientSecret = opts.clientSecret ?? 'fake-client-secret';
  const ttl = opts.tokenTtlSec ?? 3599;
  const now = opts.now ?? Date.now;
  const requests: RecordedRequest[] = [];
  const tokens = new Map<string, number>();
  const scopes = opts.scopes ?? ['phone:read:admin'];
  /** 401 code 104 unless the app holds one of `anyOf`. */
  const lacking = (res: ServerResponse, anyOf: string[]) =>
    anyOf.some((scope) => scopes.includes(scope)) ? false : (json(res, 401, { code: 104, message: `Invalid access token, does not contain scopes:[${anyOf.join(', ')}].` }), true);
  const users = new Map<string, { id: string; email: string; name?: string }>();
  const recordings = new Map<string, { audio: Buffer; contentType: string }>();
  const failures = failureQueue<ZoomFailure>();
  let issued = 0;

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): void => {
    const spec = failures.take(record);
    if (spec) {
      return json(res, spec.status, spec.body ?? DEFAULT_BODIES[spec.status] ?? { code: spec.status, message: 'Injected failure.' }, spec.headers);
    }

    if (url.pathname === '/oauth/token') {
      if (req.method !== 'POST') return json(res, 405, { code: 405, message: 'Method not allowed.' });
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return json(res, 400, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
      if (url.searchParams.get('grant_type') !== 'account_credentials') return json(res, 400, { reason: 'Unsupported grant type', error: 'unsupported_grant_type' });
      if (url.searchParams.get('account_id') !== accountId) return json(res, 400, { reason: 'Invalid request : Invalid account_id', error: 'invalid_request' });
      const token = `zt-${randomBytes(12).toString('hex')}`;
      tokens.set(token, now() + ttl * 1000);
      issued++;
      return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: ttl, scope: scopes.join(' '), api_url: 'https://api.zoom.us' });
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const expiresAt = bearer ? tokens.get(bearer) : undefined;
    if (expiresAt === undefined) return json(res, 401, { code: 124, message: 'Invalid access token.' });
    if (now() >= expiresAt) return json(res, 401, { code: 124, message: 'Access token is expired.' });

    const user = /^\/v2\/phone\/users\/([^/]+)$/.exec(url.pathname);
    if (user && req.method === 'GET') {
      if (lacking(res, ['phone:read:admin'])) return;
      const found = users.get(decodeURIComponent(user[1]!));
      if (!found) return json(res, 404, { code: 1001, message: 'User does not exist.' });
      return json(res, 200, { id: found.id, email: found.email, name: found.name ?? found.email, status: 'activate' });
    }
    const file = /^\/v2\/phone\/recording\/download\/([^/]+)$/.exec(url.pathname);
    if (file && req.method === 'GET') {
      if (lacking(res, ['phone:read:admin', 'phone_recording:read:admin'])) return;
      const rec = recordings.get(decodeURIComponent(file[1]!));
      if (!rec) return json(res, 404, { code: 3301, message: 'File does not exist.' });
      return void serveMedia(req, res, rec.audio, { 'content-type': rec.contentType });
    }
    return json(res, 404, { code: 404, message: 'Not found.' });
  };

  const { server, baseUrl } = await startRawFakeServer({ requests, handle });

  return {
    baseUrl,
    apiBaseUrl: `${baseUrl}/v2`,
    oauthBaseUrl: baseUrl,
    accountId,
    clientId,
    clientSecret,
    requests,
    tokensIssued: () => issued,
    addUser: (u) => void users.set(u.id, u),
    addRecording(rec) {
      recordings.set(rec.id, { audio: rec.audio, contentType: rec.contentType ?? 'audio/mpeg' });
      return `${baseUrl}/v2/phone/recording/download/${encodeURIComponent(rec.id)}`;
    },
    revokeTokens: () => tokens.clear(),
    failNext: (n, spec) => failures.push(n, spec),
    close: () => closeServer(server),
  };
}

// ── The sender: deliveries as Zoom signs them ─────────────────────────────────────────────

export interface ZoomRecordingFields {
  id: string;
  download_url: string;
  call_id?: string;
  caller_number?: string;
  callee_number?: string;
  caller_name?: string;
  callee_name?: string;
  direction?: 'inbound' | 'outbound';
  date_time?: string;
  duration?: number;
  user_id?: string;
  owner?: { id: string; name?: string; type?: string };
}

/** A `phone.recording_completed` body (rivet's PhoneRecordingCompletedEvent shape). */
export function zoomRecordingCompleted(recordings: ZoomRecordingFields[], opts: { accountId?: string; event?: string; eventTs?: number } = {}) {
  return {
    event: opts.event ?? 'phone.recording_completed',
    event_ts: opts.eventTs ?? Date.now(),
    payload: {
      account_id: opts.accountId ?? 'fake-account-id',
      object: {
        recordings: recordings.map((r) => ({
          call_log_id: `log-${r.id}`,
          recording_type: 'Automatic',
          end_time: r.date_time,
          ...r,
        })),
      },
    },
  };
}

export const zoomUrlValidation = (plainToken: string) => ({ event: 'endpoint.url_validation', event_ts: Date.now(), payload: { plainToken } });

/**
 * A delivery as Zoom sends it: the body serialised once, `x-zm-request-timestamp` in Unix seconds,
 * `x-zm-signature` = v0= hex HMAC-SHA256(secret, `v0:{ts}:{body}`). `body` as a string is sent as is.
 */
export function zoomDelivery(opts: { secret: string; url: string; body: unknown; timestampSec?: number; trackingId?: string }): WebhookRequest {
  const raw = Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body), 'utf8');
  const ts = String(opts.timestampSec ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', opts.secret).update(`v0:${ts}:${raw.toString('utf8')}`).digest('hex')}`;
  return {
    method: 'POST',
    url: opts.url,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zoom Marketplace/1.0a',
      'x-zm-request-timestamp': ts,
      'x-zm-signature': signature,
      'x-zm-trackingid': opts.trackingId ?? `v=2.0;clid=us;rid=${randomBytes(8).toString('hex')}`,
      'content-length': String(raw.length),
    },
    rawBody: raw,
  };
}
