import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import twilio from 'twilio';
import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';
import { wavBytes } from '../tone-audio.ts';
import { closeServer, failureQueue, startRawFakeServer, type InjectedFailure, type RecordedRequest } from './fake-server.ts';
import { serveMedia } from './serve-media.ts';

export type { RecordedRequest, RequestMatch } from './fake-server.ts';

/**
 * A local Twilio REST API (api-contracts.md §4, 4b) on loopback: the Call resource, the Calls list
 * (filtered by `ParentCallSid`, newest first, one page of `PageSize`, as Twilio lists), the Recording
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
  /** `completed` unless set: `busy`, `no-answer`, `canceled`, `failed` for a `<Dial>` leg that never connected. */
  status?: string;
}

export interface FakeTwilioRecording {
  sid: string;
  callSid: string | null;
  /** One track (mono) or two: the parent leg, then the child leg (8 kHz samples). */
  tracks: Int16Array[];
  startTime: Date;
}

export interface FailureSpec extends InjectedFailure {
  delayMs?: number;
}

export interface TwilioFake {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  requests: RecordedRequest[];
  /** What Twilio's Debugger would show: warning 16113 for two channels asked of a mono recording. */
  debuggerWarnings: { code: number; recordingSid: string }[];
  addCall(call: Partial<FakeTwilioCall> & Pick<FakeTwilioCall, 'from' | 'to' | 'direction'>): FakeTwilioCall;
  addRecording(recording: Partial<FakeTwilioRecording> & Pick<FakeTwilioRecording, 'tracks'>): FakeTwilioRecording;
  /** The RecordingUrl Twilio sends for a recording (no extension). */
  recordingUrl(recordingSid: string): string;
  /** The bytes the fake serves for `.wav`, mono or with the tracks as channels. */
  wavOf(recordingSid: string, channels: 1 | 2): Buffer;
  failNext(n: number, spec: FailureSpec): void;
  close(): Promise<void>;
}

export const newSid = (prefix: 'AC' | 'CA' | 'CF' | 'RE' | 'SK') => prefix + randomBytes(16).toString('hex');

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
  const failures = failureQueue<FailureSpec>();
  const requests: RecordedRequest[] = [];
  const debuggerWarnings: { code: number; recordingSid: string }[] = [];
  const accountPath = `/2010-04-01/Accounts/${accountSid}`;

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

  const callJson = (c: FakeTwilioCall) => ({
    sid: c.sid,
    account_sid: accountSid,
    parent_call_sid: c.parentCallSid ?? null,
    from: c.from,
    to: c.to,
    direction: c.direction,
    status: c.status ?? 'completed',
    start_time: rfc2822(c.startTime),
    end_time: rfc2822(new Date(c.startTime.getTime() + 60_000)),
    duration: '60',
    api_version: '2010-04-01',
    uri: `${accountPath}/Calls/${c.sid}.json`,
  });

  /** The Calls list: filtered by ParentCallSid when given, newest first, the first page only. */
  const callList = (url: URL) => {
    const parent = url.searchParams.get('ParentCallSid');
    const pageSize = Math.min(Number(url.searchParams.get('PageSize') ?? 50) || 50, 1000);
    const matching = [...calls.values()]
      .filter((c) => parent === null || c.parentCallSid === parent)
      .sort((a, b) => b.startTime.getTime() - a.startTime.getTime());
    const page = matching.slice(0, pageSize);
    const uri = `${accountPath}/Calls.json?${url.searchParams}`;
    return {
      calls: page.map(callJson),
      first_page_uri: uri,
      next_page_uri: matching.length > pageSize ? `${uri}&Page=1` : null,
      previous_page_uri: null,
      page: 0,
      page_size: pageSize,
      start: 0,
      end: Math.max(page.length - 1, 0),
      uri,
    };
  };

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

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const auth = /^Basic (.+)$/.exec(String(req.headers.authorization ?? ''));
    if (!auth || !credentials.has(Buffer.from(auth[1]!, 'base64').toString('utf8'))) {
      return sendJson(res, 401, twilioError(401, 20003, 'Authenticate').body, { 'www-authenticate': 'Basic realm="Twilio API"' });
    }
    const failure = failures.take(record);
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs);
      const body = failure.body ?? twilioError(failure.status, failure.status === 429 ? 20429 : failure.status >= 500 ? 20500 : 20001, 'Injected failure').body;
      return sendJson(res, failure.status, body, failure.headers);
    }
    const notFound = () => sendJson(res, 404, twilioError(404, 20404, `The requested resource ${url.pathname} was not found`).body);
    if (req.method !== 'GET') return notFound();
    const call = new RegExp(`^${accountPath}/Calls/(CA[0-9a-f]{32})\\.json$`).exec(url.pathname);
    if (call) {
      const found = calls.get(call[1]!);
      if (!found) return notFound();
      return sendJson(res, 200, callJson(found));
    }
    if (url.pathname === `${accountPath}/Calls.json`) return sendJson(res, 200, callList(url));
    const media = new RegExp(`^${accountPath}/Recordings/(RE[0-9a-f]{32})(\\.wav|\\.mp3|\\.json)?$`).exec(url.pathname);
    const recording = media && recordings.get(media[1]!);
    if (!media || !recording) return notFound();
    if (media[2] === '.json') return sendJson(res, 200, recordingJson(recording));
    // Twilio serves dual-channel recordings mixed to mono unless RequestedChannels=2 asks for both; asked
    // for two channels of a mono recording, it serves the mono one and logs warning 16113 in the Debugger.
    if (url.searchParams.get('RequestedChannels') === '2' && recording.tracks.length === 1) debuggerWarnings.push({ code: 16113, recordingSid: recording.sid });
    const channels = url.searchParams.get('RequestedChannels') === '2' && recording.tracks.length === 2 ? 2 : 1;
    const wav = wavOf(recording.sid, channels);
    const served = { 'x-fake-twilio-channels': String(channels) };
    // No MP3 encoder here: `.mp3` serves the same samples behind an ID3 tag, labelled as Twilio labels MP3.
    if (media[2] === '.mp3') return void serveMedia(req, res, Buffer.concat([Buffer.from('ID3'), wav]), { ...served, 'content-type': 'audio/mpeg' });
    serveMedia(req, res, wav, { ...served, 'content-type': 'audio/x-wav' });
  }

  const { server, baseUrl } = await startRawFakeServer({
    requests,
    handle,
    crashed: (detail) => twilioError(500, 20500, detail),
  });

  return {
    baseUrl,
    accountSid,
    authToken,
    requests,
    debuggerWarnings,
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
    failNext: (n, spec) => failures.push(n, spec),
    close: () => closeServer(server),
  };
}

/** The fields of a recording status callback, as Twilio posts them (api-contracts.md §4). */
export function recordingStatusFields(input: {
  accountSid: string;
  recordingUrl: string;
  recordingSid: string;
  callSid?: string | null;
  /** A `<Conference>` recording's conference (`CF…`); such a callback has no CallSid. */
  conferenceSid?: string;
  status?: 'completed' | 'in-progress' | 'absent' | 'failed';
  channels?: 1 | 2;
  startTime?: Date;
  errorCode?: string;
}): Record<string, string> {
  const fields: Record<string, string> = {
    AccountSid: input.accountSid,
    ...(input.callSid && { CallSid: input.callSid }),
    ...(input.conferenceSid && { ConferenceSid: input.conferenceSid }),
    RecordingSid: input.recordingSid,
    RecordingUrl: input.recordingUrl,
    RecordingStatus: input.status ?? 'completed',
    RecordingDuration: '60',
    RecordingChannels: String(input.channels ?? 2),
    RecordingStartTime: rfc2822(input.startTime ?? new Date('2025-03-04T15:00:05Z')),
    RecordingSource: input.conferenceSid ? 'Conference' : 'DialVerb',
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
