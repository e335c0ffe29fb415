import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ringcentralTelephony, RECORDING_WAIT_MS } from '../../src/adapters/telephony/ringcentral/ringcentral.source.ts';
import type { TelephonyEvent, TelephonySource } from '../../src/ports/telephony-source.ts';
import { rejectedAppError } from '../helpers/app-errors.ts';
import { ringcentralDelivery, ringcentralSessionEvent, startRingCentralFake, type RingCentralFake } from '../helpers/fakes/ringcentral.fake.ts';
import { plainGuardedFetch } from '../helpers/plain-guarded-fetch.ts';

const TOKEN = 'contract-rc-verification';
const REP_EXT = '400144455008';
const audio = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));

describe('ringcentral download against the fake', () => {
  let fake: RingCentralFake;
  let clockMs: number;
  let source: TelephonySource;

  const make = (extra: Record<string, string> = {}) =>
    ringcentralTelephony.create(
      ringcentralTelephony.configFromEnv({
        RINGCENTRAL_VERIFICATION_TOKEN: TOKEN,
        RINGCENTRAL_CLIENT_ID: fake.clientId,
        RINGCENTRAL_CLIENT_SECRET: fake.clientSecret,
        RINGCENTRAL_JWT: fake.jwt,
        RINGCENTRAL_API_BASE_URL: fake.apiBaseUrl,
        RINGCENTRAL_MEDIA_BASE_URL: fake.mediaBaseUrl,
        ...extra,
      })!,
      { publicBaseUrl: null, clock: () => new Date(clockMs) },
    );

  /** A call that just ended: in the fake's call log (optionally recorded), and the event parse reads for it. */
  const endedCall = (s: TelephonySource, tsid: string, opts: { recorded?: boolean; direction?: 'Inbound' | 'Outbound' } = {}): TelephonyEvent => {
    const direction = opts.direction ?? 'Inbound';
    const rep = { phoneNumber: '+14155550100', name: 'Priya Rep', extensionId: REP_EXT };
    const customer = { phoneNumber: '+14155550111', name: 'Dana Buyer' };
    const [from, to] = direction === 'Inbound' ? [customer, rep] : [rep, customer];
    fake.addCall({ telephonySessionId: tsid, direction, from, to, startTime: new Date(clockMs - 120_000).toISOString(), duration: 110, extensionId: REP_EXT });
    if (opts.recorded ?? true) fake.attachRecording(tsid, { id: `rec-${tsid}`, audio });
    const body = ringcentralSessionEvent({
      telephonySessionId: tsid,
      eventTime: new Date(clockMs).toISOString(),
      parties: [{ extensionId: REP_EXT, direction, from, to, status: { code: 'Disconnected', reason: 'CallFinished' } }],
    });
    const delivery = ringcentralDelivery({ url: 'https://callscribe.example/v1/webhooks/ringcentral', body, verificationToken: TOKEN });
    expect(s.verify(delivery, new Date(clockMs))).toEqual({ ok: true });
    const outcome = s.parse(delivery);
    if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
    return outcome.event;
  };

  beforeEach(async () => {
    clockMs = Date.parse('2026-03-02T10:00:00Z');
    fake = await startRingCentralFake({ now: () => clockMs });
    fake.addExtension({ id: REP_EXT, email: 'priya@example.com', name: 'Priya Rep' });
    source = make();
  });
  afterEach(() => fake.close());

  it('finds the session in the call log and downloads its contentUri, with one JWT-flow token for many calls', async () => {
    const fetch = plainGuardedFetch();
    for (const tsid of ['s-1', 's-2', 's-3']) {
      const got = await source.download(endedCall(source, tsid), fetch);
      expect(await buffer(got.body)).toEqual(audio);
      expect(got.contentType).toBe('audio/mpeg');
      expect(got.filename).toBe(`ringcentral-rec-${tsid}.mp3`);
      expect(got.meta).toEqual({
        direction: 'inbound',
        startedAt: new Date(clockMs - 120_000).toISOString(),
        rep: { email: 'priya@example.com', name: 'Priya Rep', phone: '+14155550100' },
        customer: { phone: '+14155550111' },
      });
    }
    expect(fake.tokensIssued()).toBe(1);
    const token = fake.requests.find((r) => r.path === '/restapi/oauth/token')!;
    expect(new URLSearchParams(token.body as string).get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const log = fake.requests.find((r) => r.path === '/restapi/v1.0/account/~/call-log')!;
    expect(log.query).toMatchObject({ telephonySessionId: 's-1', view: 'Detailed' });
  });

  it('a recording not yet in the call log is retryable RECORDING_NOT_READY, then downloads once it appears', async () => {
    const event = endedCall(source, 's-late', { recorded: false });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'RECORDING_NOT_READY', retryable: true, kind: 'not_ready' });
    clockMs += 5 * 60_000;
    fake.attachRecording('s-late', { id: 'rec-late', audio, contentType: 'audio/wav' });
    const got = await source.download(event, plainGuardedFetch());
    expect(await buffer(got.body)).toEqual(audio);
    expect(got.filename).toBe('ringcentral-rec-late.wav');
  });

  it('still finds the call on a retry more than a day later (the call log defaults to the last 24 hours)', async () => {
    const event = endedCall(source, 's-old');
    clockMs += 30 * 3600_000;
    const got = await source.download(event, plainGuardedFetch());
    expect(await buffer(got.body)).toEqual(audio);
  });

  it('a call still without a recording an hour after it ended is a permanent RECORDING_NOT_FOUND', async () => {
    const event = endedCall(source, 's-unrecorded', { recorded: false });
    clockMs += RECORDING_WAIT_MS + 1000;
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
  });

  it('a 401 on download drops the token and retries once; tokens are renewed before they expire', async () => {
    const fetch = plainGuardedFetch();
    await buffer((await source.download(endedCall(source, 's-1'), fetch)).body);
    fake.revokeTokens();
    await buffer((await source.download(endedCall(source, 's-2'), fetch)).body);
    expect(fake.tokensIssued()).toBe(2);
    clockMs += 3600_000 - 10_000;
    await buffer((await source.download(endedCall(source, 's-3'), fetch)).body);
    expect(fake.tokensIssued()).toBe(3);
  });

  it('the directory wins over the extension lookup; a refused lookup still downloads', async () => {
    const withDirectory = make({ RINGCENTRAL_REP_EMAILS: `${REP_EXT}=rep@example.com` });
    const got = await withDirectory.download(endedCall(withDirectory, 's-1'), plainGuardedFetch());
    await buffer(got.body);
    expect(got.meta?.rep?.email).toBe('rep@example.com');
    expect(fake.requests.some((r) => r.path.includes('/extension/'))).toBe(false);

    const watched = make();
    fake.failNext(1, { status: 403, match: { path: /\/extension\// }, body: { errorCode: 'CMN-408', message: 'In order to call this API endpoint, application needs to have [ReadAccounts] permission' } });
    const noPermission = await watched.download(endedCall(watched, 's-2'), plainGuardedFetch());
    expect(await buffer(noPermission.body)).toEqual(audio);
    expect(noPermission.meta?.rep?.email).toBeNull();
    // Refused, not absent: a person is told, with the permission to add and the directory to fill instead.
    expect(noPermission.warnings).toEqual([expect.objectContaining({ provider: 'ringcentral', recordingId: 's-2', code: 'REP_LOOKUP_REFUSED', status: 403, message: expect.stringMatching(/lacks ReadAccounts.*RINGCENTRAL_REP_EMAILS/) })]);
  });

  it('a wrong JWT or client secret is a permanent TELEPHONY_AUTH_FAILED naming the variables, never their values', async () => {
    for (const extra of [{ RINGCENTRAL_JWT: 'wrong.jwt.value' }, { RINGCENTRAL_CLIENT_SECRET: 'wrong-secret-value' }] as Record<string, string>[]) {
      const wrong = make(extra);
      const err = await rejectedAppError(wrong.download(endedCall(wrong, `s-${Object.keys(extra)[0]}`), plainGuardedFetch()));
      expect(err).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', retryable: false });
      expect(err.message).toContain('RINGCENTRAL_JWT');
      expect(err.message).not.toContain(Object.values(extra)[0]!);
    }
  });

  it('429 on the call log is retryable with Retry-After; 404 on the content is permanent', async () => {
    const event = endedCall(source, 's-1');
    fake.failNext(1, { status: 429, match: { path: '/restapi/v1.0/account/~/call-log' }, headers: { 'retry-after': '60' } });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: 60_000 });
    fake.failNext(1, { status: 404, match: { path: /\/recording\/.*\/content$/ } });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
    fake.failNext(1, { status: 503, match: { path: /\/recording\/.*\/content$/ } });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });

  it('never fetches a contentUri off the configured origins', async () => {
    const event = endedCall(source, 's-1', { recorded: false });
    fake.attachRecording('s-1', { id: 'rec-elsewhere', audio, contentUriBase: 'http://127.0.0.2:9' });
    const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
    const err = await rejectedAppError(source.download(event, plainGuardedFetch(seen)));
    expect(err).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
    expect(err.message).not.toContain('127.0.0.2');
    expect(seen.some((r) => r.url.includes('127.0.0.2'))).toBe(false);
  });
});

describe('the ringcentral fake', () => {
  let fake: RingCentralFake;
  beforeEach(async () => {
    fake = await startRingCentralFake();
  });
  afterEach(() => fake.close());

  it('serves recording content to a bearer token (header or access_token query) with Range', async () => {
    fake.addCall({ telephonySessionId: 's', direction: 'Inbound', from: {}, to: {}, startTime: new Date().toISOString() });
    const uri = fake.attachRecording('s', { id: 'r', audio: Buffer.from('0123456789') });
    expect((await fetch(uri)).status).toBe(401);
    const res = await fetch(`${fake.apiBaseUrl}/restapi/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${fake.clientId}:${fake.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: fake.jwt }).toString(),
    });
    const { access_token: token } = (await res.json()) as { access_token: string };
    const part = await fetch(uri, { headers: { authorization: `Bearer ${token}`, range: 'bytes=7-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 7-9/10');
    expect(await part.text()).toBe('789');
    expect(await (await fetch(`${uri}?access_token=${token}`)).text()).toBe('0123456789');
  });
});
