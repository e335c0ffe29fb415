import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { closeServer, failureQueue, startRawFakeServer, type InjectedFailure, type RecordedRequest } from './fake-server.ts';
import { serveMedia } from './serve-media.ts';

export type { RecordedRequest, RequestMatch } from './fake-server.ts';

/**
 * A local RingCentral platform (API and media host on one loopback port), following
 * api-contracts.md §4/4b: the JWT flow (`POST /restapi/oauth/token`, Basic client_id:secret,
 * grant_type jwt-bearer), tokens that expire, the account call log filtered by telephonySessionId
 * (and by dateFrom, whose default is the last 24 hours), extensions, and recordings at
 * `/restapi/v1.0/account/{id}/recording/{id}/content` served to a bearer token (header or
 * `access_token` query) with Range support. Plus a sender that delivers as RingCentral does.
 */

export interface RingCentralFakeOptions {
  clientId?: string;
  clientSecret?: string;
  jwt?: string;
  /** `expires_in` of issued access tokens, in seconds (RingCentral: 3600). */
  tokenTtlSec?: number;
  /** The fake's clock (ms), for expiry and the call log's default window; defaults to Date.now. */
  now?: () => number;
}

export type RingCentralFailure = InjectedFailure;

export interface FakeCall {
  telephonySessionId: string;
  sessionId?: string;
  direction: 'Inbound' | 'Outbound';
  from: { phoneNumber?: string; name?: string; extensionId?: string };
  to: { phoneNumber?: string; name?: string; extensionId?: string };
  startTime: string;
  duration?: number;
  /** The extension whose call log holds the record (the rep). */
  extensionId?: string;
}

export interface RingCentralFake {
  baseUrl: string;
  /** RINGCENTRAL_API_BASE_URL and RINGCENTRAL_MEDIA_BASE_URL for the adapter. */
  apiBaseUrl: string;
  mediaBaseUrl: string;
  clientId: string;
  clientSecret: string;
  jwt: string;
  accountId: string;
  requests: RecordedRequest[];
  tokensIssued(): number;
  addExtension(ext: { id: string; email: string; name?: string }): void;
  /** A call in the call log, without a recording until `attachRecording`. */
  addCall(call: FakeCall): void;
  /** The recording finishes processing: the call-log record gets `recording.contentUri`. */
  /** `contentUriBase` puts the contentUri on another host (a media host the adapter was not told of). */
  attachRecording(telephonySessionId: string, rec: { id: string; audio: Buffer; contentType?: string; contentUriBase?: string }): string;
  revokeTokens(): void;
  failNext(n: number, spec: RingCentralFailure): void;
  close(): Promise<void>;
}

const error = (errorCode: string, message: string) => ({ errorCode, message, errors: [{ errorCode, message }] });
const DEFAULT_BODIES: Record<number, unknown> = {
  429: error('CMN-301', 'Request rate exceeded'),
  500: error('CMN-101', 'Internal Server Error'),
  503: error('CMN-211', 'Service Temporary Unavailable'),
};

export async function startRingCentralFake(opts: RingCentralFakeOptions = {}): Promise<RingCentralFake> {
  const clientId = opts.clientId ?? 'fake-rc-client-id';
  const clientSecret = opts.clientSecret ?? 'fake-rc-client-secret';
  const jwt = opts.jwt ?? 'fake.rc.jwt';
  const ttl = opts.tokenTtlSec ?? 3600;
  const now = opts.now ?? Date.now;
  const accountId = '400100100008';
  const requests: RecordedRequest[] = [];
  const tokens = new Map<string, number>();
  const extensions = new Map<string, { id: string; email: string; name?: string }>();
  const calls = new Map<string, FakeCall & { recording?: { id: string; audio: Buffer; contentType: string; contentUriBase?: string } }>();
  const failures = failureQueue<RingCentralFailure>();
  let issued = 0;
  let baseUrl = '';

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const contentUri = (recId: string, base = baseUrl) => `${base}/restapi/v1.0/account/${accountId}/recording/${recId}/content`;

  const record = (c: FakeCall & { recording?: { id: string; contentUriBase?: string } }) => ({
    uri: `${baseUrl}/restapi/v1.0/account/${accountId}/call-log/${c.telephonySessionId}-log`,
    id: `${c.telephonySessionId}-log`,
    sessionId: c.sessionId ?? '0',
    telephonySessionId: c.telephonySessionId,
    startTime: c.startTime,
    duration: c.duration ?? 60,
    type: 'Voice',
    direction: c.direction,
    action: c.direction === 'Inbound' ? 'Phone Call' : 'VoIP Call',
    result: 'Accepted',
    from: c.from,
    to: c.to,
    ...(c.extensionId && { extension: { uri: `${baseUrl}/restapi/v1.0/account/${accountId}/extension/${c.extensionId}`, id: Number(c.extensionId) || c.extensionId } }),
    ...(c.recording && {
      recording: { uri: `${baseUrl}/restapi/v1.0/account/${accountId}/recording/${c.recording.id}`, id: c.recording.id, type: 'Automatic', contentUri: contentUri(c.recording.id, c.recording.contentUriBase) },
    }),
    legs: [],
  });

  const handle = (req: IncomingMessage, res: ServerResponse, url: URL, rec: RecordedRequest, raw: string): void => {
    rec.body = raw || undefined;
    const spec = failures.take(rec);
    if (spec) {
      return json(res, spec.status, spec.body ?? DEFAULT_BODIES[spec.status] ?? error('CMN-000', 'Injected failure'), spec.headers);
    }

    if (url.pathname === '/restapi/oauth/token') {
      if (req.method !== 'POST') return json(res, 405, error('CMN-405', 'Method not allowed'));
      if (req.headers.authorization !== `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`) {
        return json(res, 401, { error: 'invalid_client', errors: [{ errorCode: 'OAU-123', message: 'Invalid client' }], error_description: 'Invalid client' });
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return json(res, 415, error('CMN-415', 'Unsupported Media Type'));
      const form = new URLSearchParams(raw);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || form.get('assertion') !== jwt) {
        return json(res, 400, { error: 'invalid_grant', errors: [{ errorCode: 'OAU-251', message: 'Invalid JWT token' }], error_description: 'Invalid JWT token' });
      }
      const token = `rt-${randomBytes(12).toString('hex')}`;
      tokens.set(token, now() + ttl * 1000);
      issued++;
      return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: ttl, refresh_token: `rr-${randomBytes(8).toString('hex')}`, refresh_token_expires_in: 604800, scope: 'ReadCallLog ReadCallRecording ReadAccounts', owner_id: '400100100009' });
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? url.searchParams.get('access_token');
    const expiresAt = bearer ? tokens.get(bearer) : undefined;
    if (expiresAt === undefined || now() >= expiresAt) return json(res, 401, error('AGW-401', expiresAt === undefined ? 'Authorization header is not specified or token is invalid' : 'Token expired'));

    if (url.pathname === '/restapi/v1.0/account/~/call-log' && req.method === 'GET') {
      const from = Date.parse(url.searchParams.get('dateFrom') ?? '') || now() - 24 * 3600_000;
      const tsid = url.searchParams.get('telephonySessionId');
      const records = [...calls.values()].filter((c) => (!tsid || c.telephonySessionId === tsid) && Date.parse(c.startTime) >= from).map(record);
      return json(res, 200, { uri: url.href, records, paging: { page: 1, perPage: 100, pageStart: 0, pageEnd: Math.max(0, records.length - 1) }, navigation: {} });
    }
    const ext = /^\/restapi\/v1\.0\/account\/~\/extension\/([^/]+)$/.exec(url.pathname);
    if (ext && req.method === 'GET') {
      const found = extensions.get(decodeURIComponent(ext[1]!));
      if (!found) return json(res, 404, error('CMN-102', 'Resource for parameter [extensionId] is not found'));
      return json(res, 200, { id: Number(found.id) || found.id, extensionNumber: '101', name: found.name ?? found.email, type: 'User', status: 'Enabled', contact: { email: found.email } });
    }
    const content = new RegExp(`^/restapi/v1\\.0/account/${accountId}/recording/([^/]+)/content$`).exec(url.pathname);
    if (content && req.method === 'GET') {
      const call = [...calls.values()].find((c) => c.recording?.id === content[1]);
      if (!call?.recording) return json(res, 404, error('CMN-102', 'Resource for parameter [recordingId] is not found'));
      return void serveMedia(req, res, call.recording.audio, { 'content-type': call.recording.contentType });
    }
    return json(res, 404, error('CMN-102', 'Resource not found'));
  };

  const started = await startRawFakeServer({ requests, handle });
  const { server } = started;
  baseUrl = started.baseUrl;

  return {
    baseUrl,
    apiBaseUrl: baseUrl,
    mediaBaseUrl: baseUrl,
    clientId,
    clientSecret,
    jwt,
    accountId,
    requests,
    tokensIssued: () => issued,
    addExtension: (e) => void extensions.set(e.id, e),
    addCall: (c) => void calls.set(c.telephonySessionId, { ...c }),
    attachRecording(tsid, r) {
      const call = calls.get(tsid);
      if (!call) throw new Error(`no call ${tsid} in the fake`);
      call.recording = { id: r.id, audio: r.audio, contentType: r.contentType ?? 'audio/mpeg', ...(r.contentUriBase && { contentUriBase: r.contentUriBase }) };
      return contentUri(r.id, r.contentUriBase);
    },
    revokeTokens: () => tokens.clear(),
    failNext: (n, spec) => failures.push(n, spec),
    close: () => closeServer(server),
  };
}

// ── The sender: deliveries as RingCentral sends them ──────────────────────────────────────

export interface FakeParty {
  extensionId?: string;
  direction: 'Inbound' | 'Outbound';
  from: { phoneNumber?: string; name?: string; extensionId?: string };
  to: { phoneNumber?: string; name?: string; extensionId?: string };
  status: { code: string; reason?: string };
  missedCall?: boolean;
  recordings?: { id: string; active: boolean }[];
}

/** An account-level telephony session notification (account-telephony-sessions event filter). */
export function ringcentralSessionEvent(opts: { telephonySessionId: string; sessionId?: string; eventTime: string; parties: FakeParty[]; accountId?: string; sequence?: number }) {
  const accountId = opts.accountId ?? '400100100008';
  return {
    uuid: String(BigInt(`0x${randomBytes(7).toString('hex')}`)),
    event: `/restapi/v1.0/account/${accountId}/telephony/sessions`,
    timestamp: opts.eventTime,
    subscriptionId: randomUUID(),
    ownerId: accountId,
    body: {
      sequence: opts.sequence ?? 7,
      sessionId: opts.sessionId ?? '425008160016',
      telephonySessionId: opts.telephonySessionId,
      serverId: '10.13.22.28.TAM',
      eventTime: opts.eventTime,
      parties: opts.parties.map((p, i) => ({
        accountId,
        id: `p-${opts.telephonySessionId}-${i + 1}`,
        park: {},
        missedCall: false,
        standAlone: false,
        muted: false,
        ...p,
      })),
      origin: { type: 'Call' },
    },
  };
}

const deliveryHeaders = (length: number): Record<string, string> => ({
  accept: 'application/json',
  'accept-encoding': 'UTF-8',
  'content-type': 'application/json; charset=UTF-8',
  'content-length': String(length),
  'user-agent': 'RingCentral-Webhook/8.3',
});

/** A notification as RingCentral POSTs it, with the subscription's Verification-Token (omitted when null). */
export function ringcentralDelivery(opts: { url: string; body: unknown; verificationToken: string | null }): WebhookRequest {
  const raw = Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body), 'utf8');
  return {
    method: 'POST',
    url: opts.url,
    headers: { ...deliveryHeaders(raw.length), ...(opts.verificationToken !== null && { 'verification-token': opts.verificationToken }) },
    rawBody: raw,
  };
}

/** The request RingCentral sends when a subscription is created: a Validation-Token to echo, no body. */
export function ringcentralValidation(opts: { url: string; validationToken?: string; verificationToken?: string | null }): WebhookRequest {
  return {
    method: 'POST',
    url: opts.url,
    headers: {
      ...deliveryHeaders(0),
      'validation-token': opts.validationToken ?? randomUUID(),
      ...(opts.verificationToken && { 'verification-token': opts.verificationToken }),
    },
    rawBody: Buffer.alloc(0),
  };
}
