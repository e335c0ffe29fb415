import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aircallTelephony } from '../../src/adapters/telephony/aircall/aircall.source.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { TelephonyEvent, TelephonySource } from '../../src/ports/telephony-source.ts';
import { aircallDelivery, startAircallFake, type AircallFake, type AircallFakeOptions } from '../helpers/fakes/aircall.fake.ts';
import { plainGuardedFetch } from '../helpers/plain-guarded-fetch.ts';

/** The Aircall source against the Aircall fake: a call.ended delivery in, the recording's bytes out. */

const audio = randomBytes(8192);
let now = Date.now();
const clock = () => new Date(now);
let fake: AircallFake;
let source: TelephonySource;

async function start(opts: AircallFakeOptions = {}, envExtra: Record<string, string> = {}) {
  fake = await startAircallFake({ clock, ...opts });
  const config = aircallTelephony.configFromEnv({
    AIRCALL_WEBHOOK_TOKEN: fake.webhookToken,
    AIRCALL_API_ID: fake.apiId,
    AIRCALL_API_TOKEN: fake.apiToken,
    AIRCALL_API_BASE_URL: fake.apiBaseUrl,
    AIRCALL_RECORDING_ORIGINS: fake.recordingOrigin,
    ...envExtra,
  })!;
  source = aircallTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock });
}
beforeEach(() => {
  now = Date.now();
});
afterEach(() => fake.close());

function eventFor(id: number): TelephonyEvent {
  const delivery = aircallDelivery('https://callscribe.example.com/v1/webhooks/aircall', fake.webhookToken, 'call.ended', fake.callObject(id), clock());
  expect(source.verify(delivery, clock())).toEqual({ ok: true });
  const outcome = source.parse(delivery);
  if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
  return JSON.parse(JSON.stringify(outcome.event)) as TelephonyEvent;
}

async function downloadError(event: TelephonyEvent): Promise<AppError> {
  const err = await source.download(event, plainGuardedFetch()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('aircall download', () => {
  it('looks the call up with Basic auth, then fetches the fresh presigned link without credentials', async () => {
    await start();
    const call = fake.addCall({ audio });
    const event = eventFor(call.id);
    expect(JSON.stringify(event)).not.toContain(fake.recordingOrigin);
    const seen: NonNullable<Parameters<typeof plainGuardedFetch>[0]> = [];
    const got = await source.download(event, plainGuardedFetch(seen));
    expect(await buffer(got.body)).toEqual(audio);
    expect(got).toMatchObject({ contentType: 'audio/mpeg', filename: `aircall-${call.id}.mp3` });
    expect(got.meta).toMatchObject({ rep: { email: 'priya@example.com' }, customer: { phone: '+14155550123', name: 'Dana Whitfield' } });
    expect(seen.map((s) => new URL(s.url).origin)).toEqual([fake.apiBaseUrl, fake.recordingOrigin]);
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${fake.apiId}:${fake.apiToken}`).toString('base64')}`);
    expect(seen[1]!.headers).not.toHaveProperty('authorization');
  });

  it('still downloads long after the delivery’s link expired, because it asks for a fresh one', async () => {
    await start({ recordingTtlSec: 600 });
    const call = fake.addCall({ audio });
    const stale = fake.callObject(call.id).recording as string;
    const event = eventFor(call.id);
    now += 3 * 3600_000;
    expect((await fetch(stale)).status).toBe(403);
    const got = await source.download(event, plainGuardedFetch());
    expect(await buffer(got.body)).toEqual(audio);
  });

  it('maps wrong credentials to a permanent TELEPHONY_AUTH_FAILED naming the variables', async () => {
    await start({ apiToken: 'the-real-token' });
    const call = fake.addCall({ audio });
    const event = eventFor(call.id);
    const wrong = aircallTelephony.create(
      aircallTelephony.configFromEnv({
        AIRCALL_WEBHOOK_TOKEN: fake.webhookToken,
        AIRCALL_API_ID: fake.apiId,
        AIRCALL_API_TOKEN: 'an-old-token',
        AIRCALL_API_BASE_URL: fake.apiBaseUrl,
        AIRCALL_RECORDING_ORIGINS: fake.recordingOrigin,
      })!,
      { publicBaseUrl: null, clock },
    );
    const err = (await wrong.download(event, plainGuardedFetch()).catch((e: unknown) => e)) as AppError;
    expect(err).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', retryable: false });
    expect(err.message).toContain('AIRCALL_API_TOKEN');
    expect(err.message).not.toContain('an-old-token');
  });

  it('maps an unknown call to RECORDING_NOT_FOUND and a call whose recording is gone to a retryable RECORDING_NOT_READY', async () => {
    await start();
    const call = fake.addCall({ audio });
    const event = eventFor(call.id);
    expect(await downloadError({ ...event, download: { aircallCallId: '999' } })).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
    fake.setRecording(call.id, null);
    expect(await downloadError(event)).toMatchObject({ code: 'RECORDING_NOT_READY', retryable: true, kind: 'not_ready' });
  });

  it('maps the API’s 429 to a retryable TELEPHONY_UNAVAILABLE waiting per Retry-After, else until X-AircallApi-Reset, and 503 likewise', async () => {
    await start({ rateLimit: 2 });
    const call = fake.addCall({ audio });
    const event = eventFor(call.id);
    await buffer((await source.download(event, plainGuardedFetch())).body);
    await buffer((await source.download(event, plainGuardedFetch())).body);
    const limited = await downloadError(event);
    expect(limited).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(60_000);
    const last = fake.requests.at(-1)!;
    expect(last.status).toBe(429);
    await fake.close();

    await start({ rateLimit: 100 });
    const again = fake.addCall({ audio });
    fake.failNext(1, { status: 429 });
    const byReset = await downloadError(eventFor(again.id));
    expect(fake.requests.at(-1)!.status).toBe(429);
    const reset = (Math.floor(now / 60_000) + 1) * 60_000;
    expect(byReset).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: reset - now });
    fake.failNext(1, { status: 503 });
    expect(await downloadError(eventFor(again.id))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });

  it('retries a refused recording link (403) and maps the recording host’s 5xx to retryable', async () => {
    await start();
    const call = fake.addCall({ audio });
    const event = eventFor(call.id);
    fake.failNext(1, { status: 403, on: 'recording' });
    expect(await downloadError(event)).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
    fake.failNext(1, { status: 500, on: 'recording' });
    expect(await downloadError(event)).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });

  it('refuses a recording link on an origin AIRCALL_RECORDING_ORIGINS does not list, naming the origin and never the link', async () => {
    await start({}, { AIRCALL_RECORDING_ORIGINS: 'https://recordings.aircall.example' });
    const call = fake.addCall({ audio });
    const err = await downloadError(eventFor(call.id));
    expect(err).toMatchObject({ code: 'TELEPHONY_ORIGIN_NOT_ALLOWED', retryable: false });
    expect(err.message).toContain(fake.recordingOrigin);
    expect(err.message).not.toContain('X-Amz');
    expect(fake.recordings.requests).toHaveLength(0);
  });
});

describe('Aircall fake fidelity', () => {
  it('answers 401 without Basic auth and sends the rate-limit headers on every answer', async () => {
    await start({ rateLimit: 60 });
    const call = fake.addCall({ audio });
    const anonymous = await fetch(`${fake.apiBaseUrl}/v1/calls/${call.id}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'Unauthorized' });
    const auth = `Basic ${Buffer.from(`${fake.apiId}:${fake.apiToken}`).toString('base64')}`;
    const ok = await fetch(`${fake.apiBaseUrl}/v1/calls/${call.id}`, { headers: { authorization: auth } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-aircallapi-limit')).toBe('60');
    expect(ok.headers.get('x-aircallapi-remaining')).toBe('59');
    expect(Number(ok.headers.get('x-aircallapi-reset'))).toBeGreaterThan(now / 1000);
    const body = (await ok.json()) as { call: { id: number; recording: string } };
    expect(body.call.id).toBe(call.id);
    const part = await fetch(body.call.recording, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${audio.length}`);
  });
});
