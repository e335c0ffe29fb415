import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { closeServer, failureQueue, startFakeServer, type FakeReply, type RecordedRequest } from './fake-server.ts';
import { postDelivery } from './post-delivery.ts';
import { startRecordingHostFake, type RecordingHostFake } from './recording-host.fake.ts';

/**
 * A local Aircall on loopback, following api-contracts.md §4/§4b: `GET /v1/calls/{id}` behind Basic
 * `api_id:api_token` (401 otherwise), `X-AircallApi-Limit/-Remaining/-Reset` on every answer and a
 * per-minute limit enforced with 429s, failure injection; recordings on a separate S3-like host whose
 * links are presigned and expire (403 "Request has expired" after `recordingTtlSec`), with Range.
 * Error bodies follow Aircall's `{error, troubleshoot}` shape ⚠️ (not captured from the live API).
 */

export interface AircallUser {
  id: number;
  name: string;
  email: string | null;
}

export interface AircallFakeCall {
  id: number;
  direction: 'inbound' | 'outbound';
  status: 'initial' | 'answered' | 'done';
  started_at: number;
  answered_at: number | null;
  ended_at: number | null;
  duration: number;
  raw_digits: string;
  user: AircallUser | null;
  contact: { id: number; first_name: string | null; last_name: string | null; company_name: string | null } | null;
  number: { id: number; name: string; digits: string; country: string; time_zone: string } | null;
  /** The recording's bytes (mp3), or null while there is none. */
  audio: Buffer | null;
}

export interface AircallFailure {
  status: number;
  /** Which side fails: the REST API (default) or the recording host. */
  on?: 'api' | 'recording';
  headers?: Record<string, string>;
  body?: unknown;
}

export interface AircallFake {
  /** `AIRCALL_API_BASE_URL` for the adapter. */
  apiBaseUrl: string;
  /** `AIRCALL_RECORDING_ORIGINS` for the adapter. */
  recordingOrigin: string;
  apiId: string;
  apiToken: string;
  webhookToken: string;
  /** Requests the REST API saw. */
  requests: RecordedRequest[];
  recordings: RecordingHostFake;
  addCall(call?: Partial<AircallFakeCall>): AircallFakeCall;
  /** Sets (or removes) a call's recording, as Aircall does once it is processed. */
  setRecording(id: number, audio: Buffer | null): void;
  /** The Call object as the API and webhooks show it, with a freshly presigned `recording` link. */
  callObject(id: number): Record<string, unknown>;
  failNext(n: number, failure: AircallFailure): void;
  close(): Promise<void>;
}

export interface AircallFakeOptions {
  apiId?: string;
  apiToken?: string;
  webhookToken?: string;
  /** Requests per minute before 429s; `false` turns the limit off. Default 60. */
  rateLimit?: number | false;
  /** Lifetime of recording links. Default 600 s (as in captured deliveries; Aircall documents up to 1 h). */
  recordingTtlSec?: number;
  clock?: () => Date;
}

const error = (status: number, error: string, troubleshoot: string): FakeReply => ({ status, body: { error, troubleshoot } });

export async function startAircallFake(opts: AircallFakeOptions = {}): Promise<AircallFake> {
  const clock = opts.clock ?? (() => new Date());
  const apiId = opts.apiId ?? 'fake-api-id';
  const apiToken = opts.apiToken ?? 'fake-api-token';
  const limit = opts.rateLimit === false ? null : (opts.rateLimit ?? 60);
  const ttl = opts.recordingTtlSec ?? 600;
  const recordings = await startRecordingHostFake({ clock });
  const calls = new Map<number, AircallFakeCall>();
  const failures = failureQueue<AircallFailure>();
  const requests: RecordedRequest[] = [];
  let window = { start: 0, used: 0 };
  let nextId = 812_000_001;
  let apiBaseUrl = '';

  const recordingPath = (id: number) => `/companies/196488/recordings/call-${id}-recording.mp3`;
  const windowNow = () => {
    const minute = Math.floor(clock().getTime() / 60_000) * 60_000;
    if (window.start !== minute) window = { start: minute, used: 0 };
    return window;
  };
  const rateHeaders = (): Record<string, string> => {
    if (limit === null) return {};
    const w = windowNow();
    return {
      'x-aircallapi-limit': String(limit),
      'x-aircallapi-remaining': String(Math.max(0, limit - w.used)),
      'x-aircallapi-reset': String((w.start + 60_000) / 1000),
    };
  };

  const callObject = (id: number): Record<string, unknown> => {
    const call = calls.get(id);
    if (!call) throw new Error(`no fake Aircall call ${id}`);
    const { audio, user, ...rest } = call;
    return {
      ...rest,
      direct_link: `${apiBaseUrl}/v1/calls/${id}`,
      missed_call_reason: call.answered_at ? null : 'agents_did_not_answer',
      cost: '0.0',
      hangup_cause: null,
      voicemail: null,
      recording: audio ? recordings.presign(recordingPath(id), ttl) : null,
      asset: audio ? `https://assets.aircall.io/calls/${id}/recording` : null,
      user: user && { ...user, direct_link: `${apiBaseUrl}/v1/users/${user.id}`, available: true, availability_status: 'available', language: 'en-US' },
      archived: false,
      teams: [],
      comments: [],
      tags: [],
    };
  };

  const expectedAuth = `Basic ${Buffer.from(`${apiId}:${apiToken}`).toString('base64')}`;
  const api = await startFakeServer({
    requests,
    jsonContentType: 'application/json; charset=utf-8',
    headers: rateHeaders,
    crashed: (detail) => error(500, 'Internal Server Error', detail),
    async serve(req, record, url) {
      if (req.headers.authorization !== expectedAuth) return error(401, 'Unauthorized', 'Check your API ID and API token');
      if (limit !== null) {
        const w = windowNow();
        if (w.used >= limit) {
          return { ...error(429, 'Too Many Requests', 'Wait until X-AircallApi-Reset'), headers: { 'retry-after': String(Math.ceil((w.start + 60_000 - clock().getTime()) / 1000)) } };
        }
        w.used++;
      }
      const failure = failures.take(record);
      if (failure) return { status: failure.status, body: failure.body ?? { error: `Error ${failure.status}`, troubleshoot: 'injected' }, headers: failure.headers };
      const m = /^\/v1\/calls\/(\d+)$/.exec(url.pathname);
      if (req.method !== 'GET' || !m) return error(404, 'Not found', 'Check the URL');
      if (!calls.has(Number(m[1]))) return error(404, 'Not found', 'Check the call ID');
      return { status: 200, body: { call: callObject(Number(m[1])) } };
    },
  });
  apiBaseUrl = api.baseUrl;

  // Failures `on: 'recording'` are the recording host's own.
  const failNext = (n: number, failure: AircallFailure) => {
    if (failure.on === 'recording') {
      recordings.failNext(n, { status: failure.status, headers: failure.headers, body: typeof failure.body === 'string' ? failure.body : undefined });
    } else {
      failures.push(n, failure);
    }
  };

  return {
    apiBaseUrl,
    recordingOrigin: recordings.baseUrl,
    apiId,
    apiToken,
    webhookToken: opts.webhookToken ?? 'fake-webhook-token-45XXYYZZa08',
    requests,
    recordings,
    addCall(partial = {}) {
      const started = Math.floor(clock().getTime() / 1000) - 300;
      const call: AircallFakeCall = {
        id: nextId++,
        direction: 'outbound',
        status: 'done',
        started_at: started,
        answered_at: started + 5,
        ended_at: started + 245,
        duration: 245,
        raw_digits: '+1 415-555-0123',
        user: { id: 731416, name: 'Priya Raman', email: 'priya@example.com' },
        contact: { id: 456, first_name: 'Dana', last_name: 'Whitfield', company_name: 'Brightline' },
        number: { id: 397375, name: 'Sales line', digits: '+1 628-555-0100', country: 'US', time_zone: 'America/Los_Angeles' },
        audio: null,
        ...partial,
      };
      calls.set(call.id, call);
      if (call.audio) recordings.put(recordingPath(call.id), call.audio, { contentType: 'audio/mpeg', private: true });
      return call;
    },
    setRecording(id, audio) {
      const call = calls.get(id);
      if (!call) throw new Error(`no fake Aircall call ${id}`);
      call.audio = audio;
      if (audio) recordings.put(recordingPath(id), audio, { contentType: 'audio/mpeg', private: true });
    },
    callObject,
    failNext,
    async close() {
      await Promise.all([closeServer(api.server), recordings.close()]);
    },
  };
}

/**
 * A delivery as Aircall sends it: a JSON POST with the webhook's token in the body, no signature.
 * `data` is the call object (see `AircallFake.callObject`).
 */
export function aircallDelivery(
  url: string,
  token: string,
  event: string,
  data: Record<string, unknown>,
  timestamp = new Date(),
): WebhookRequest {
  const body = { resource: 'call', event, timestamp: Math.floor(timestamp.getTime() / 1000), token, data };
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', 'user-agent': 'axios/1.7.9', 'aircall-origin': 'webhooks' },
    rawBody: Buffer.from(JSON.stringify(body)),
  };
}

/** Posts a delivery to a listening callscribe (for the bench and end-to-end tests); resolves to its status. */
export async function sendAircallDelivery(delivery: WebhookRequest): Promise<number> {
  const res = await postDelivery(delivery);
  await res.arrayBuffer();
  return res.status;
}
