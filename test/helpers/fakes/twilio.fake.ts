import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import twilio from 'twilio';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { wavBytes } from '../tone-audio.ts';
import { closeServer, type RecordedRequest, type RequestMatch } from './fake-server.ts';

export type { RecordedRequest, RequestMatch } from './fake-server.ts';

/**
 * A local Twilio REST API (api-contracts.md §4, 4b) on loopback: the Call resource, the Recording
 * resource and its media (`.wav`, `.mp3`) behind Basic auth (account SID + auth token, or an API key),
 * `Range` requests, and injected failures. Plus `twilioDelivery`, which builds a recording status
 * callback signed the way Twilio signs it (with the `twilio` package, so tests check our verify
 * against Twilio's own code).
 */

export interface TwilioFakeOptions {
  accountSid?: string;
  authToken?: string;
  /** An API key accepted as Basic credentials besides the account SID and auth token. */
  apiKey?: { sid: string; secret: string };
}

export interface FakeTwilioCall {
  sid: string;
  from: string;
  to: string;
  /** `inbound`, `outbound-api`, `outbound-dial`, … */
  direction: string;
  startTime: Date;
  parentCallSid?: string | null;
}

export interface FakeTwilioRecording {
  sid: string;
  callSid: string | null;
  /** One track (mono) or two: the parent leg, then the child leg (8 kHz samples). */
  tracks: Int16Array[];
  startTime: Date;
}

export interface FailureSpec {
  status: number;
  match?: RequestMatch;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

export interface TwilioFake {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  requests: RecordedRequest[];
  addCall(call: Partial<FakeTwilioCall> & Pick<FakeTwilioCall, 'from' | 'to' | 'direction'>): FakeTwilioCall;
  addRecording(recording: Partial<FakeTwilioRecording> & Pick<FakeTwilioRecording, 'tracks'>): FakeTwilioRecording;
  /** The RecordingUrl Twilio sends for a recording (no extension). */
  recordingUrl(recordingSid: string): string;
  /** The bytes the fake serves for `.wav`, mono or with the tracks as channels. */
  wavOf(recordingSid: string, channels: 1 | 2): Buffer;
  failNext(n: number, spec: FailureSpec): void;
  close(): Promise<void>;
}

export const newSid = (prefix: 'AC' | 'CA' | 'RE' | 'SK') => prefix + randomBytes(16).toString('hex');

/** Twilio's dates: RFC 2822 (`Tue, 21 May 2024 20:00:00 +0000`). */
export const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');

const twilioError = (status: number, code: number, message: string) => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export async function startTwilioFake(opts: TwilioFakeOptions = {}): Promise<TwilioFake> {
  const accountSid = opts.accountSid ?? newSid('AC');
  const authToken = opts.authToken ?? randomBytes(16).toString('hex');
  const credentials = new Set([`${accountSid}:${authToken}`, ...(opts.apiKey ? [`${opts.apiKey.sid}:${opts.apiKey.secret}`] : [])]);
  const calls = new Map<string, FakeTwilioCall>();
  const recordings = new Map<string, FakeTwilioRecording>();
  const failures: { left: number; spec: FailureSpec }[] = [];
  const requests: RecordedRequest[] = [];
  const accountPath = `/2010-04-01/Accounts/${accountSid}`;

  const matches = (m: RequestMatch | undefined, r: RecordedRequest) =>
    !m || ((!m.method || m.method === r.method) && (!m.path || (typeof m.path === 'string' ? m.path === r.path : m.path.test(r.path))));

  const wavOf = (sid: string, channels: 1 | 2) => {
    const { tracks } = recordings.get(sid)!;
    if (channels === 2 && tracks.length === 2) return wavBytes(tracks, 8000);
    const mono = Int16Array.from(tracks[0]!, (_, i) => Math.round(tracks.reduce((sum, t) => sum + t[i]!, 0) / tracks.length));
    return wavBytes([mono], 8000);
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  /** Serves bytes whole or, for a `Range: bytes=…` request, the part asked for (206) or 416. */
  const sendMedia = (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, bytes: Buffer, headers: Record<string, string>): void => {
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    const base = { ...headers, 'accept-ranges': 'bytes' };
    if (!range || (range[1] === '' && range[2] === '')) {
      record.status = 200;
      res.writeHead(200, { ...base, 'content-length': String(bytes.length) });
      res.end(bytes);
      return;
    }
    const [first, last] = range[1] === '' ? [Math.max(0, bytes.length - Number(range[2])), bytes.length - 1] : [Number(range[1]), range[2] === '' ? bytes.length - 1 : Math.min(Number(range[2]), bytes.length - 1)];
    if (first >= bytes.length || first > last) {
      record.status = 416;
      res.writeHead(416, { ...base, 'content-range': `bytes */${bytes.length}` });
      res.end();
      return;
    }
    record.status = 206;
    res.writeHead(206, { ...base, 'content-range': `bytes ${first}-${last}/${bytes.length}`, 'content-length': String(last - first + 1) });
    res.end(bytes.subarray(first, last + 1));
  };

  const callJson = (c: FakeTwilioCall) => ({
    sid: c.sid,
    account_sid: accountSid,
    parent_call_sid: c.parentCallSid ?? null,
    from: c.from,
    to: c.to,
    direction: c.direction,
    status: 'completed',
    start_time: rfc2822(c.startTime),
    end_time: rfc2822(new Date(c.startTime.getTime() + 60_000)),
    duration: '60',
    api_version: '2010-04-01',
    uri: `${accountPath}/Calls/${c.sid}.json`,
  });

  const recordingJson = (r: FakeTwilioRecording) => ({
    sid: r.sid,
    account_sid: accountSid,
    call_sid: r.callSid,
    status: 'completed',
    channels: r.tracks.length,
    start_time: rfc2822(r.startTime),
    duration: String(Math.round(r.tracks[0]!.length / 8000)),
    uri: `${accountPath}/Recordings/${r.sid}.json`,
  });

  async function handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, url: URL): Promise<void> {
    const auth = /^Basic (.+)$/.exec(String(req.headers.authorization ?? ''));
    if (!auth || !credentials.has(Buffer.from(auth[1]!, 'base64').toString('utf8'))) {
      record.status = 401;
      return sendJson(res, 401, twilioError(401, 20003, 'Authenticate').body, { 'www-authenticate': 'Basic realm="Twilio API"' });
    }
    const i = failures.findIndex((f) => matches(f.spec.match, record));
    const failure = failures[i]?.spec;
    if (failure) {
      if (--failures[i]!.left <= 0) failures.splice(i, 1);
      if (failure.delayMs) await sleep(failure.delayMs);
      record.status = failure.status;
      const body = failure.body ?? twilioError(failure.status, failure.status === 429 ? 20429 : failure.status >= 500 ? 20500 : 20001, 'Injected failure').body;
      return sendJson(res, failure.status, body, failure.headers);
    }
    const notFound = () => {
      record.status = 404;
      sendJson(res, 404, twilioError(404, 20404, `The requested resource ${url.pathname} was not found`).body);
    };
    if (req.method !== 'GET') return notFound();
    const call = new RegExp(`^${accountPath}/Calls/(CA[0-9a-f]{32})\\.json$`).exec(url.pathname);
    if (call) {
      const found = calls.get(call[1]!);
      if (!found) return notFound();
      record.status = 200;
      return sendJson(res, 200, callJson(found));
    }
    const media = new RegExp(`^${accountPath}/Recordings/(RE[0-9a-f]{32})(\\.wav|\\.mp3|\\.json)?$`).exec(url.pathname);
    const recording = media && recordings.get(media[1]!);
    if (!media || !recording) return notFound();
    if (media[2] === '.json') {
      record.status = 200;
      return sendJson(res, 200, recordingJson(recording));
    }
    // Twilio serves dual-channel recordings mixed to mono unless RequestedChannels=2 asks for both.
    const channels = url.searchParams.get('RequestedChannels') === '2' && recording.tracks.length === 2 ? 2 : 1;
    const wav = wavOf(recording.sid, channels);
    const served = { 'x-fake-twilio-channels': String(channels) };
    // No MP3 encoder here: `.mp3` serves the same samples behind an ID3 tag, labelled as Twilio labels MP3.
    if (media[2] === '.mp3') return sendMedia(req, res, record, Buffer.concat([Buffer.from('ID3'), wav]), { ...served, 'content-type': 'audio/mpeg' });
    return sendMedia(req, res, record, wav, { ...served, 'content-type': 'audio/x-wav' });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v ?? ''].flat().join(', ')])),
      body: undefined,
    };
    requests.push(record);
    req.resume();
    req.on('end', () => {
      handle(req, res, record, url).catch((err: unknown) => {
        record.status = 500;
        sendJson(res, 500, twilioError(500, 20500, `fake crashed: ${err instanceof Error ? err.stack : String(err)}`).body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    accountSid,
    authToken,
    requests,
    addCall(c) {
      const call: FakeTwilioCall = { sid: newSid('CA'), startTime: new Date('2025-03-04T15:00:00Z'), ...c };
      calls.set(call.sid, call);
      return call;
    },
    addRecording(r) {
      const recording: FakeTwilioRecording = { sid: newSid('RE'), callSid: null, startTime: new Date('2025-03-04T15:00:05Z'), ...r };
      recordings.set(recording.sid, recording);
      return recording;
    },
    recordingUrl: (sid) => `${baseUrl}${accountPath}/Recordings/${sid}`,
    wavOf,
    failNext: (n, spec) => void failures.push({ left: n, spec }),
    close: () => closeServer(server),
  };
}

/** The fields of a recording status callback, as Twilio posts them (api-contracts.md §4). */
export function recordingStatusFields(input: {
  accountSid: string;
  recordingUrl: string;
  recordingSid: string;
  callSid?: string | null;
  status?: 'completed' | 'in-progress' | 'absent' | 'failed';
  channels?: 1 | 2;
  startTime?: Date;
  errorCode?: string;
}): Record<string, string> {
  const fields: Record<string, string> = {
    AccountSid: input.accountSid,
    ...(input.callSid && { CallSid: input.callSid }),
    RecordingSid: input.recordingSid,
    RecordingUrl: input.recordingUrl,
    RecordingStatus: input.status ?? 'completed',
    RecordingDuration: '60',
    RecordingChannels: String(input.channels ?? 2),
    RecordingStartTime: rfc2822(input.startTime ?? new Date('2025-03-04T15:00:05Z')),
    RecordingSource: 'DialVerb',
    RecordingTrack: 'both',
  };
  if (input.errorCode) fields['ErrorCode'] = input.errorCode;
  return fields;
}

/**
 * A delivery signed the way Twilio signs it, in one of its three forms: a form-encoded POST, a GET
 * with the fields in the query, or a JSON body whose hash rides in the URL as `bodySHA256`. `url` is
 * the webhook URL as configured in Twilio (it may carry a query of its own).
 */
export function twilioDelivery(input: {
  authToken: string;
  url: string;
  fields: Record<string, string | string[]>;
  form?: 'form' | 'query' | 'json';
}): WebhookRequest {
  const form = input.form ?? 'form';
  const common = { 'user-agent': 'TwilioProxy/1.1', 'i-twilio-idempotency-token': randomUUID() };
  const join = (url: string, query: string) => url + (url.includes('?') ? '&' : '?') + query;
  const pairs = Object.entries(input.fields).flatMap(([k, v]) => [v].flat().map((one) => [k, one] as [string, string]));
  if (form === 'form') {
    const rawBody = Buffer.from(new URLSearchParams(pairs).toString());
    const signature = twilio.getExpectedTwilioSignature(input.authToken, input.url, input.fields);
    return { method: 'POST', url: input.url, rawBody, headers: { ...common, 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
  }
  if (form === 'query') {
    const url = join(input.url, new URLSearchParams(pairs).toString());
    return { method: 'GET', url, rawBody: Buffer.alloc(0), headers: { ...common, 'x-twilio-signature': twilio.getExpectedTwilioSignature(input.authToken, url, {}) } };
  }
  const body = JSON.stringify(input.fields);
  const url = join(input.url, `bodySHA256=${twilio.getExpectedBodyHash(body)}`);
  const signature = twilio.getExpectedTwilioSignature(input.authToken, url, {});
  return { method: 'POST', url, rawBody: Buffer.from(body), headers: { ...common, 'content-type': 'application/json', 'x-twilio-signature': signature } };
}
