import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zoomTelephony } from '../../src/adapters/telephony/zoom/zoom.source.ts';
import type { SourceWarning, TelephonyEvent, TelephonySource } from '../../src/ports/telephony-source.ts';
import { rejectedAppError } from '../helpers/app-errors.ts';
import { startZoomFake, zoomDelivery, zoomRecordingCompleted, type ZoomFake } from '../helpers/fakes/zoom.fake.ts';
import { plainGuardedFetch } from '../helpers/plain-guarded-fetch.ts';

const SECRET = 'contract-zoom-secret';
const audio = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));

describe('zoom download against the fake', () => {
  let fake: ZoomFake;
  let clockMs: number;
  let source: TelephonySource;

  const make = (extra: Record<string, string> = {}) => {
    const config = zoomTelephony.configFromEnv({
      ZOOM_WEBHOOK_SECRET_TOKEN: SECRET,
      ZOOM_ACCOUNT_ID: fake.accountId,
      ZOOM_CLIENT_ID: fake.clientId,
      ZOOM_CLIENT_SECRET: fake.clientSecret,
      ZOOM_API_BASE_URL: fake.apiBaseUrl,
      ZOOM_OAUTH_BASE_URL: fake.oauthBaseUrl,
      ...extra,
    })!;
    return zoomTelephony.create(config, { publicBaseUrl: null, clock: () => new Date(clockMs) });
  };

  /** An event as parse reads it from a signed delivery naming a recording stored in the fake. */
  const eventFor = (s: TelephonySource, id: string, owner = 'user-priya'): TelephonyEvent => {
    const downloadUrl = fake.addRecording({ id, audio });
    const body = zoomRecordingCompleted([
      { id, download_url: downloadUrl, direction: 'inbound', caller_number: '+14155550111', callee_number: '+14155550100', owner: { id: owner, name: 'Priya Rep', type: 'user' } },
    ]);
    const delivery = zoomDelivery({ secret: SECRET, url: 'https://callscribe.example/v1/webhooks/zoom', body, timestampSec: Math.floor(clockMs / 1000) });
    expect(s.verify(delivery, new Date(clockMs))).toEqual({ ok: true });
    const outcome = s.parse(delivery);
    if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
    return outcome.event;
  };

  beforeEach(async () => {
    clockMs = Date.parse('2026-03-02T10:00:00Z');
    fake = await startZoomFake({ now: () => clockMs, tokenTtlSec: 3599 });
    fake.addUser({ id: 'user-priya', email: 'priya@example.com' });
    source = make();
  });
  afterEach(() => fake.close());

  it('downloads with one token for many recordings, and learns the rep e-mail from /phone/users', async () => {
    const fetch = plainGuardedFetch();
    for (const id of ['rec-1', 'rec-2', 'rec-3']) {
      const got = await source.download(eventFor(source, id), fetch);
      expect(await buffer(got.body)).toEqual(audio);
      expect(got.contentType).toBe('audio/mpeg');
      expect(got.filename).toBe(`zoom-${id}.mp3`);
      expect(got.meta).toMatchObject({ rep: { email: 'priya@example.com', name: 'Priya Rep' } });
    }
    expect(fake.tokensIssued()).toBe(1);
    const tokenRequest = fake.requests.find((r) => r.path === '/oauth/token')!;
    expect(tokenRequest).toMatchObject({ method: 'POST', query: { grant_type: 'account_credentials', account_id: fake.accountId } });
    expect(fake.requests.filter((r) => r.path.startsWith('/v2/')).every((r) => /^Bearer zt-/.test(r.headers.authorization ?? ''))).toBe(true);
  });

  it('concurrent downloads share one token request', async () => {
    const fetch = plainGuardedFetch();
    const events = ['rec-1', 'rec-2', 'rec-3', 'rec-4'].map((id) => eventFor(source, id));
    const got = await Promise.all(events.map((e) => source.download(e, fetch)));
    for (const g of got) expect(await buffer(g.body)).toEqual(audio);
    expect(fake.tokensIssued()).toBe(1);
  });

  it('asks for a new token shortly before the old one expires', async () => {
    const fetch = plainGuardedFetch();
    await buffer((await source.download(eventFor(source, 'rec-1'), fetch)).body);
    clockMs += 3599_000 - 30_000; // inside the renewal margin
    await buffer((await source.download(eventFor(source, 'rec-2'), fetch)).body);
    expect(fake.tokensIssued()).toBe(2);
    expect(fake.requests.filter((r) => r.status === 401)).toHaveLength(0);
  });

  it('a 401 on download (token revoked) drops the token and retries once with a new one', async () => {
    const fetch = plainGuardedFetch();
    await buffer((await source.download(eventFor(source, 'rec-1'), fetch)).body);
    fake.revokeTokens();
    const got = await source.download(eventFor(source, 'rec-2'), fetch);
    expect(await buffer(got.body)).toEqual(audio);
    expect(fake.tokensIssued()).toBe(2);
  });

  it('a directory e-mail wins and skips the user lookup; a refused lookup still downloads', async () => {
    const withDirectory = make({ ZOOM_REP_EMAILS: 'user-priya=rep@example.com' });
    const got = await withDirectory.download(eventFor(withDirectory, 'rec-1'), plainGuardedFetch());
    await buffer(got.body);
    expect(got.meta).toBeUndefined();
    expect(fake.requests.some((r) => r.path.startsWith('/v2/phone/users/'))).toBe(false);

    fake.failNext(1, { status: 403, match: { path: /^\/v2\/phone\/users\// }, body: { code: 4711, message: 'Invalid access token, does not contain scopes.' } });
    const noScope = await source.download(eventFor(source, 'rec-2'), plainGuardedFetch());
    expect(await buffer(noScope.body)).toEqual(audio);
    expect(noScope.meta).toBeUndefined();
  });

  it('an app without phone:read:admin: the recording still comes, and a warning names the missing scope and the fix', async () => {
    await fake.close();
    fake = await startZoomFake({ now: () => clockMs, scopes: ['phone_recording:read:admin'] });
    const watched = make();
    const event = eventFor(watched, 'rec-1');
    const got = await watched.download(event, plainGuardedFetch());
    expect(await buffer(got.body)).toEqual(audio);
    expect(got.meta).toBeUndefined();
    expect(got.warnings).toEqual<SourceWarning[]>([{
      provider: 'zoom',
      recordingId: 'rec-1',
      code: 'REP_LOOKUP_REFUSED',
      status: 401,
      message: expect.stringMatching(/HTTP 401: the app lacks phone:read:admin.*ZOOM_REP_EMAILS/),
    }]);
  });

  it('no such user (404) stays quiet: no e-mail, no warning', async () => {
    const watched = make();
    const got = await watched.download(eventFor(watched, 'rec-1', 'user-gone'), plainGuardedFetch());
    await buffer(got.body);
    expect(got.meta).toBeUndefined();
    expect(got.warnings).toBeUndefined();
  });

  it('wrong client credentials are a permanent TELEPHONY_AUTH_FAILED naming the variables, never the secret', async () => {
    const wrong = make({ ZOOM_CLIENT_SECRET: 'not-the-secret' });
    const err = await rejectedAppError(wrong.download(eventFor(wrong, 'rec-1'), plainGuardedFetch()));
    expect(err).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', retryable: false });
    expect(err.message).toContain('ZOOM_CLIENT_SECRET');
    expect(err.message).not.toContain('not-the-secret');
    expect(err.message).not.toContain(fake.baseUrl);
  });

  it('429 with Retry-After is retryable TELEPHONY_UNAVAILABLE; 5xx on the token endpoint too', async () => {
    const event = eventFor(source, 'rec-1');
    fake.failNext(1, { status: 429, match: { path: /^\/v2\/phone\/recording\// }, headers: { 'retry-after': '7' } });
    expect(await rejectedAppError(source.download(event, plainGuardedFetch()))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: 7000 });

    const fresh = make();
    fake.failNext(1, { status: 503, match: { path: '/oauth/token' } });
    expect(await rejectedAppError(fresh.download(eventFor(fresh, 'rec-2'), plainGuardedFetch()))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });

  it('a recording Zoom no longer has is a permanent RECORDING_NOT_FOUND', async () => {
    const event = eventFor(source, 'rec-1');
    const gone = { ...event, download: { ...event.download, downloadUrl: `${fake.apiBaseUrl}/phone/recording/download/deleted` } };
    expect(await rejectedAppError(source.download(gone, plainGuardedFetch()))).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
  });

  it('never fetches a stored download URL off the configured origins', async () => {
    const event = eventFor(source, 'rec-1');
    const seen: { url: string }[] = [];
    const moved = { ...event, download: { ...event.download, downloadUrl: 'https://evil.example/rec-1' } };
    expect(await rejectedAppError(source.download(moved, plainGuardedFetch(seen as never)))).toMatchObject({ retryable: false });
    expect(seen).toHaveLength(0);
  });
});

describe('the zoom fake', () => {
  let fake: ZoomFake;
  beforeEach(async () => {
    fake = await startZoomFake();
  });
  afterEach(() => fake.close());

  const token = async () => {
    const basic = Buffer.from(`${fake.clientId}:${fake.clientSecret}`).toString('base64');
    const res = await fetch(`${fake.oauthBaseUrl}/oauth/token?grant_type=account_credentials&account_id=${fake.accountId}`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };

  it('serves a Range with 206 and Content-Range, and 416 past the end', async () => {
    const url = fake.addRecording({ id: 'r', audio: Buffer.from('0123456789') });
    const bearer = { authorization: `Bearer ${await token()}` };
    const part = await fetch(url, { headers: { ...bearer, range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const tail = await fetch(url, { headers: { ...bearer, range: 'bytes=-3' } });
    expect(await tail.text()).toBe('789');
    const past = await fetch(url, { headers: { ...bearer, range: 'bytes=10-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */10');
  });

  it('refuses downloads without a valid bearer token and token requests with wrong credentials', async () => {
    const url = fake.addRecording({ id: 'r', audio: Buffer.from('x') });
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer made-up' } })).status).toBe(401);
    const wrong = await fetch(`${fake.oauthBaseUrl}/oauth/token?grant_type=account_credentials&account_id=${fake.accountId}`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    expect(wrong.status).toBe(400);
    expect(fake.tokensIssued()).toBe(0);
  });
});
