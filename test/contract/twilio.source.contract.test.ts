import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { twilioTelephony, type TwilioConfig } from '../../src/adapters/telephony/twilio/twilio.source.ts';
import { channelRoles } from '../../src/domain/call-meta.ts';
import type { TelephonyEvent, TelephonySource } from '../../src/ports/telephony-source.ts';
import { rejectedAppError } from '../helpers/app-errors.ts';
import { newSid, recordingStatusFields, startTwilioFake, twilioDelivery, type TwilioFake } from '../helpers/fakes/twilio.fake.ts';
import { plainGuardedFetch } from '../helpers/plain-guarded-fetch.ts';

const REP_NUMBER = '+14155550100';
const CUSTOMER = '+442079460321';
const HOOK = 'https://callscribe.example.com/v1/webhooks/twilio';
const now = new Date('2025-03-04T15:02:00Z');

/** Two tracks that differ sample by sample, so the channel order can be checked in the bytes. */
const parentTrack = Int16Array.from({ length: 800 }, (_, i) => (i % 50) * 100);
const childTrack = Int16Array.from({ length: 800 }, (_, i) => -(i % 40) * 100);

describe('twilio download against the Twilio fake', () => {
  let fake: TwilioFake;
  let config: TwilioConfig;
  let source: TelephonySource;
  const apiKey = { sid: newSid('SK'), secret: 'fake-api-key-secret' };

  beforeEach(async () => {
    fake = await startTwilioFake({ apiKey });
    config = twilioTelephony.configFromEnv({
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.baseUrl,
      TWILIO_REP_NUMBERS: `${REP_NUMBER}=priya@example.com`,
    })!;
    source = twilioTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock: () => now });
  });
  afterEach(() => fake.close());

  /** A call with its recording, announced by a signed status callback that passed verify and parse. */
  function announced(call: { from: string; to: string; direction: string }, form: 'form' | 'query' | 'json' = 'form', opts: { channels?: 1 | 2 } = {}): TelephonyEvent {
    const c = fake.addCall(call);
    const r = fake.addRecording({ callSid: c.sid, tracks: opts.channels === 1 ? [parentTrack] : [parentTrack, childTrack] });
    const fields = recordingStatusFields({ accountSid: fake.accountSid, callSid: c.sid, recordingSid: r.sid, recordingUrl: fake.recordingUrl(r.sid), channels: opts.channels ?? 2 });
    const request = twilioDelivery({ authToken: fake.authToken, url: HOOK, fields, form });
    expect(source.verify(request, now)).toEqual({ ok: true });
    const outcome = source.parse(request);
    if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
    return structuredClone(outcome.event);
  }

  it('an inbound call: looks up the call, downloads both channels, customer on 0 and rep on 1', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
    const download = await source.download(event, plainGuardedFetch(seen));

    expect(await buffer(download.body)).toEqual(fake.wavOf(event.recordingId, 2));
    expect(download).toMatchObject({ contentType: 'audio/x-wav', filename: `${event.recordingId}.wav` });
    expect(download.meta).toEqual({
      direction: 'inbound',
      startedAt: '2025-03-04T15:00:05.000Z',
      rep: { email: 'priya@example.com', phone: REP_NUMBER, channel: 1 },
      customer: { phone: CUSTOMER, channel: 0 },
      source: { kind: 'twilio', recordingId: event.recordingId },
    });
    expect(seen.map((s) => s.url)).toEqual([
      `${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Calls/${event.download['callSid']}.json`,
      `${fake.recordingUrl(event.recordingId)}.wav?RequestedChannels=2`,
    ]);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(fake.requests[1]!.headers['authorization']).toBe(`Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}`);
  });

  it('the downloaded WAV holds the parent leg on the left channel, as the mapping assumes', async () => {
    const event = announced({ from: REP_NUMBER, to: CUSTOMER, direction: 'outbound-api' }, 'query');
    const download = await source.download(event, plainGuardedFetch());
    const wav = await buffer(download.body);
    expect(wav.readUInt16LE(22)).toBe(2);
    const left = Array.from({ length: 800 }, (_, i) => wav.readInt16LE(44 + i * 4));
    expect(left).toEqual(Array.from(parentTrack));
    expect(download.meta).toMatchObject({ direction: 'outbound', customer: { phone: CUSTOMER, channel: 0 }, rep: { phone: REP_NUMBER, channel: 1 } });
  });

  it('a mono recording gets parties but no channels', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' }, 'json', { channels: 1 });
    const download = await source.download(event, plainGuardedFetch());
    expect((await buffer(download.body)).readUInt16LE(22)).toBe(1);
    expect(download.meta).toMatchObject({ rep: { email: 'priya@example.com', channel: null }, customer: { phone: CUSTOMER, channel: null } });
  });

  it('downloads with the API key when one is configured', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    const withKey = twilioTelephony.create(
      twilioTelephony.configFromEnv({ TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: 'not-the-download-credential', TWILIO_API_KEY_SID: apiKey.sid, TWILIO_API_KEY_SECRET: apiKey.secret, TWILIO_API_BASE_URL: fake.baseUrl })!,
      { publicBaseUrl: null, clock: () => now },
    );
    await buffer((await withKey.download(event, plainGuardedFetch())).body);
    expect(fake.requests.every((r) => r.headers['authorization'] === `Basic ${Buffer.from(`${apiKey.sid}:${apiKey.secret}`).toString('base64')}` && r.status === 200)).toBe(true);
  });

  it('wrong credentials: a permanent TELEPHONY_AUTH_FAILED naming the variables, without the token', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    const wrong = twilioTelephony.create({ ...config, apiPassword: 'wrong-token-value' }, { publicBaseUrl: null, clock: () => now });
    const err = await rejectedAppError(wrong.download(event, plainGuardedFetch()));
    expect(err).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', retryable: false, status: 401 });
    expect(err.message).toMatch(/TWILIO_AUTH_TOKEN/);
    expect(err.message).not.toMatch(/wrong-token-value|127\.0\.0\.1/);
  });

  it('429 with Retry-After: retryable TELEPHONY_UNAVAILABLE waiting that long', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' }, match: { path: /\.wav$/ } });
    const err = await rejectedAppError(source.download(event, plainGuardedFetch()));
    expect(err).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: 7000 });
  });

  it('503 on the call lookup: retryable, and the next attempt succeeds', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    fake.failNext(1, { status: 503, match: { path: /\/Calls\// } });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: null });
    const download = await source.download(event, plainGuardedFetch());
    expect((await buffer(download.body)).length).toBeGreaterThan(44);
  });

  it('a deleted recording: permanent RECORDING_NOT_FOUND', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    const gone = { ...event, recordingId: newSid('RE'), download: { ...event.download } };
    gone.download['recordingUrl'] = fake.recordingUrl(gone.recordingId);
    expect(await rejectedAppError(source.download(gone, plainGuardedFetch()))).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false, status: 404 });
  });

  it('a mono recording of a call Twilio no longer has: it still downloads, without parties or channels', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' }, 'form', { channels: 1 });
    event.download['callSid'] = newSid('CA');
    const download = await source.download(event, plainGuardedFetch());
    expect(download.meta).toEqual({ startedAt: '2025-03-04T15:00:05.000Z', source: { kind: 'twilio', recordingId: event.recordingId } });
    expect(fake.requests.map((r) => r.status)).toEqual([404, 200]);
  });

  it('a dual-channel recording whose call Twilio no longer has: customer on 0 and rep on 1, as Twilio lays them out, marked assumed', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    event.download['callSid'] = newSid('CA');
    const download = await source.download(event, plainGuardedFetch());
    const wav = await buffer(download.body);
    expect(wav.readUInt16LE(22)).toBe(2);
    expect(Array.from({ length: 800 }, (_, i) => wav.readInt16LE(44 + i * 4))).toEqual(Array.from(parentTrack));
    expect(channelRoles(download.meta!)).toEqual({ customer: 0, rep: 1 });
    expect(download.meta).toEqual({
      startedAt: '2025-03-04T15:00:05.000Z',
      rep: { channel: 1 },
      customer: { channel: 0 },
      channelsAssumed: expect.stringMatching(/404/),
      source: { kind: 'twilio', recordingId: event.recordingId },
    });
  });

  it('a <Conference> recording (no CallSid, mono): downloaded as the mono WAV it is, no two channels asked, no parties', async () => {
    const r = fake.addRecording({ callSid: null, tracks: [parentTrack] });
    const fields = recordingStatusFields({ accountSid: fake.accountSid, conferenceSid: newSid('CF'), recordingSid: r.sid, recordingUrl: fake.recordingUrl(r.sid), channels: 1 });
    const outcome = source.parse(twilioDelivery({ authToken: fake.authToken, url: HOOK, fields }));
    if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
    const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
    const download = await source.download(outcome.event, plainGuardedFetch(seen));
    expect((await buffer(download.body)).readUInt16LE(22)).toBe(1);
    expect(seen.map((s) => s.url)).toEqual([`${fake.recordingUrl(r.sid)}.wav`]);
    expect(fake.debuggerWarnings).toEqual([]);
    expect(download.meta).toEqual({ startedAt: '2025-03-04T15:00:05.000Z', source: { kind: 'twilio', recordingId: r.sid } });
  });

  describe('a rep dialling out through our number (<Dial> connects the customer on a child leg)', () => {
    const OUR_NUMBER = '+14155550999';
    const at = (seconds: number) => new Date(Date.UTC(2025, 2, 4, 15, 0, seconds));

    /** The parent leg (rep → our number, inbound), its recording announced with the given start. */
    function dialOut(recordingStart: Date): { parentSid: string; event: TelephonyEvent } {
      const parent = fake.addCall({ from: REP_NUMBER, to: OUR_NUMBER, direction: 'inbound', startTime: at(0) });
      const r = fake.addRecording({ callSid: parent.sid, tracks: [parentTrack, childTrack], startTime: recordingStart });
      const fields = recordingStatusFields({ accountSid: fake.accountSid, callSid: parent.sid, recordingSid: r.sid, recordingUrl: fake.recordingUrl(r.sid), startTime: recordingStart });
      const outcome = source.parse(twilioDelivery({ authToken: fake.authToken, url: HOOK, fields }));
      if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
      return { parentSid: parent.sid, event: structuredClone(outcome.event) };
    }
    const leg = (parentSid: string, to: string, start: number, status = 'completed') =>
      fake.addCall({ from: OUR_NUMBER, to, direction: 'outbound-dial', parentCallSid: parentSid, startTime: at(start), status });

    it('takes the customer and the direction from the child leg, not our own number from the parent leg', async () => {
      const { parentSid, event } = dialOut(at(5));
      leg(parentSid, CUSTOMER, 3);
      const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
      const download = await source.download(event, plainGuardedFetch(seen));
      await buffer(download.body);
      expect(download.meta).toMatchObject({
        direction: 'outbound',
        rep: { email: 'priya@example.com', phone: REP_NUMBER, channel: 0 },
        customer: { phone: CUSTOMER, channel: 1 },
      });
      expect(seen[1]!.url).toBe(`${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Calls.json?ParentCallSid=${parentSid}&PageSize=50`);
    });

    it('several legs: the answered one whose time holds the recording\'s start, with no warning', async () => {
      const watched = twilioTelephony.create(config, { publicBaseUrl: null, clock: () => now });
      // The fake's legs last 60 s: the first answered leg is over when the recording starts, in the second one.
      const { parentSid, event } = dialOut(at(80));
      leg(parentSid, '+442079460999', 1, 'no-answer');
      leg(parentSid, '+442079460111', 2);
      leg(parentSid, CUSTOMER, 70);
      const download = await watched.download(event, plainGuardedFetch());
      await buffer(download.body);
      expect(download.meta).toMatchObject({ customer: { phone: CUSTOMER } });
      expect(download.warnings).toBeUndefined();
    });

    it('several answered legs and nothing to tell them apart: the first answered one, and a warning that says so', async () => {
      const watched = twilioTelephony.create(config, { publicBaseUrl: null, clock: () => now });
      const { parentSid, event } = dialOut(at(30));
      leg(parentSid, '+442079460999', 1, 'busy');
      leg(parentSid, CUSTOMER, 2);
      leg(parentSid, '+442079460111', 3);
      const download = await watched.download(event, plainGuardedFetch());
      await buffer(download.body);
      expect(download.meta).toMatchObject({ direction: 'outbound', customer: { phone: CUSTOMER, channel: 1 } });
      expect(download.warnings).toEqual([expect.objectContaining({ provider: 'twilio', recordingId: event.recordingId, code: 'CUSTOMER_LEG_GUESSED', message: expect.stringMatching(/first answered/) })]);
    });

    it('no answered leg: outbound from the rep, the customer\'s number unknown rather than our own', async () => {
      const { parentSid, event } = dialOut(at(5));
      leg(parentSid, CUSTOMER, 1, 'no-answer');
      const download = await source.download(event, plainGuardedFetch());
      await buffer(download.body);
      expect(download.meta).toMatchObject({ direction: 'outbound', rep: { phone: REP_NUMBER, channel: 0 }, customer: { phone: null, channel: 1 } });
    });
  });

  it('a stored URL off the configured origin is never fetched', async () => {
    const event = announced({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    event.download['recordingUrl'] = `https://elsewhere.example.com/2010-04-01/Accounts/${fake.accountSid}/Recordings/${event.recordingId}`;
    const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
    expect(await rejectedAppError(source.download(event, plainGuardedFetch(seen)))).toMatchObject({ retryable: false });
    expect(seen).toEqual([]);
  });
});

describe('the Twilio fake', () => {
  let fake: TwilioFake;
  beforeEach(async () => {
    fake = await startTwilioFake();
  });
  afterEach(() => fake.close());

  const auth = () => ({ authorization: `Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}` });

  it('answers 401 without the right Basic credentials', async () => {
    const r = fake.addRecording({ tracks: [parentTrack] });
    expect((await fetch(`${fake.recordingUrl(r.sid)}.wav`)).status).toBe(401);
    const wrong = await fetch(`${fake.recordingUrl(r.sid)}.wav`, { headers: { authorization: `Basic ${Buffer.from(`${fake.accountSid}:nope`).toString('base64')}` } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 20003 });
  });

  it('serves a dual-channel recording mixed to mono unless RequestedChannels=2', async () => {
    const r = fake.addRecording({ tracks: [parentTrack, childTrack] });
    const mono = await fetch(`${fake.recordingUrl(r.sid)}.wav`, { headers: auth() });
    expect(mono.headers.get('x-fake-twilio-channels')).toBe('1');
    expect(Buffer.from(await mono.arrayBuffer()).readUInt16LE(22)).toBe(1);
    const dual = await fetch(`${fake.recordingUrl(r.sid)}.wav?RequestedChannels=2`, { headers: auth() });
    expect(dual.headers.get('x-fake-twilio-channels')).toBe('2');
    expect(fake.requests.at(-1)!.query).toEqual({ RequestedChannels: '2' });
  });

  it('honours Range with 206 and Content-Range, and 416 past the end', async () => {
    const r = fake.addRecording({ tracks: [parentTrack] });
    const whole = fake.wavOf(r.sid, 1);
    const part = await fetch(`${fake.recordingUrl(r.sid)}.wav`, { headers: { ...auth(), range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(10, 20));
    const tail = await fetch(`${fake.recordingUrl(r.sid)}.mp3`, { headers: { ...auth(), range: 'bytes=-4' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-type')).toBe('audio/mpeg');
    const past = await fetch(`${fake.recordingUrl(r.sid)}.wav`, { headers: { ...auth(), range: `bytes=${whole.length}-` } });
    expect(past.status).toBe(416);
  });

  it('lists a call\'s child legs by ParentCallSid, newest first, in Twilio\'s page shape', async () => {
    const parent = fake.addCall({ from: REP_NUMBER, to: '+14155550999', direction: 'inbound' });
    const first = fake.addCall({ from: '+14155550999', to: CUSTOMER, direction: 'outbound-dial', parentCallSid: parent.sid, startTime: new Date('2025-03-04T15:00:01Z'), status: 'no-answer' });
    const second = fake.addCall({ from: '+14155550999', to: CUSTOMER, direction: 'outbound-dial', parentCallSid: parent.sid, startTime: new Date('2025-03-04T15:00:09Z') });
    const res = await fetch(`${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Calls.json?ParentCallSid=${parent.sid}`, { headers: auth() });
    const page = (await res.json()) as { calls: { sid: string; parent_call_sid: string; status: string }[]; next_page_uri: string | null; page_size: number };
    expect(page.calls.map((c) => [c.sid, c.parent_call_sid, c.status])).toEqual([[second.sid, parent.sid, 'completed'], [first.sid, parent.sid, 'no-answer']]);
    expect(page).toMatchObject({ next_page_uri: null, page: 0, page_size: 50 });
  });

  it('serves the Call resource with RFC 2822 times, and 404 for an unknown call', async () => {
    const c = fake.addCall({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' });
    const res = await fetch(`${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Calls/${c.sid}.json`, { headers: auth() });
    expect(await res.json()).toMatchObject({ sid: c.sid, from: CUSTOMER, to: REP_NUMBER, direction: 'inbound', start_time: 'Tue, 04 Mar 2025 15:00:00 +0000' });
    const missing = await fetch(`${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Calls/${newSid('CA')}.json`, { headers: auth() });
    expect(missing.status).toBe(404);
  });
});
