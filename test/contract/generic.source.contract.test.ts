import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericTelephony } from '../../src/adapters/telephony/generic/generic.source.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { TelephonySource } from '../../src/ports/telephony-source.ts';
import { startRecordingHostFake, standardWebhookDelivery, type RecordingHostFake } from '../helpers/fakes/recording-host.fake.ts';
import { plainGuardedFetch } from '../helpers/plain-guarded-fetch.ts';

/** The generic source end to end against a plain recording host: a signed delivery in, the recording's bytes out. */

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const audio = randomBytes(4096);
let host: RecordingHostFake;
let source: TelephonySource;

beforeEach(async () => {
  host = await startRecordingHostFake();
  const config = genericTelephony.configFromEnv({ GENERIC_WEBHOOK_SECRET: secret, GENERIC_RECORDING_ORIGINS: host.baseUrl })!;
  source = genericTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock: () => new Date() });
});
afterEach(() => host.close());

function eventFor(path: string, recordingId = 'rec-1') {
  const delivery = standardWebhookDelivery(secret, 'https://callscribe.example.com/v1/webhooks/generic', { recordingUrl: host.url(path), recordingId, meta: {} });
  expect(source.verify(delivery, new Date())).toEqual({ ok: true });
  const outcome = source.parse(delivery);
  if (outcome.kind !== 'recording') throw new Error(`expected a recording, got ${outcome.kind}`);
  return outcome.event;
}

async function downloadError(path: string): Promise<AppError> {
  const err = await source.download(eventFor(path), plainGuardedFetch()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('generic download', () => {
  it('fetches the recording without credentials and names it by the URL extension', async () => {
    host.put('/calls/rec-1.wav', audio, { contentType: 'audio/wav' });
    const seen: NonNullable<Parameters<typeof plainGuardedFetch>[0]> = [];
    const got = await source.download(eventFor('/calls/rec-1.wav'), plainGuardedFetch(seen));
    expect(await buffer(got.body)).toEqual(audio);
    expect(got).toMatchObject({ contentType: 'audio/wav', filename: 'rec-1.wav' });
    expect(seen[0]!.headers).not.toHaveProperty('authorization');
    expect(host.requests.at(-1)!.headers).not.toHaveProperty('authorization');
  });

  it('takes the extension from the content type when the path has none', async () => {
    host.put('/download/7', audio, { contentType: 'audio/mpeg' });
    const got = await source.download(eventFor('/download/7', 'call 7'), plainGuardedFetch());
    await buffer(got.body);
    expect(got.filename).toBe('call_7.mp3');
  });

  it('maps 404 to a permanent RECORDING_NOT_FOUND and a private object (403) to TELEPHONY_AUTH_FAILED', async () => {
    expect(await downloadError('/missing.wav')).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false });
    host.put('/private.wav', audio, { contentType: 'audio/wav', private: true });
    const denied = await downloadError('/private.wav');
    expect(denied).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', kind: 'credentials', retryable: false });
    expect(denied.message).toContain('no credentials');
  });

  it('maps 429 and 503 to a retryable TELEPHONY_UNAVAILABLE carrying Retry-After', async () => {
    host.put('/calls/rec-1.wav', audio, { contentType: 'audio/wav' });
    host.failNext(1, { status: 429, headers: { 'retry-after': '7' } });
    expect(await downloadError('/calls/rec-1.wav')).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: 7000 });
    host.failNext(1, { status: 503 });
    expect(await downloadError('/calls/rec-1.wav')).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: null });
  });

  it('refuses a stored URL whose origin is no longer allowed, without fetching it', async () => {
    const event = eventFor('/calls/rec-1.wav');
    const narrowed = genericTelephony.create(
      genericTelephony.configFromEnv({ GENERIC_WEBHOOK_SECRET: secret, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' })!,
      { publicBaseUrl: null, clock: () => new Date() },
    );
    const before = host.requests.length;
    await expect(narrowed.download(event, plainGuardedFetch())).rejects.toMatchObject({ code: 'TELEPHONY_ORIGIN_NOT_ALLOWED', retryable: false });
    expect(host.requests.length).toBe(before);
  });
});

describe('recording host fake fidelity', () => {
  it('serves Range requests with 206 and Content-Range, and 416 past the end', async () => {
    host.put('/a.wav', audio, { contentType: 'audio/wav' });
    const part = await fetch(host.url('/a.wav'), { headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${audio.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(audio.subarray(10, 20));
    const tail = await fetch(host.url('/a.wav'), { headers: { range: 'bytes=-5' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(audio.subarray(-5));
    const past = await fetch(host.url('/a.wav'), { headers: { range: `bytes=${audio.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${audio.length}`);
  });

  it('serves a private object only through an unexpired presigned URL', async () => {
    let now = Date.now();
    const clocked = await startRecordingHostFake({ clock: () => new Date(now) });
    try {
      clocked.put('/p.mp3', audio, { contentType: 'audio/mpeg', private: true });
      expect((await fetch(clocked.url('/p.mp3'))).status).toBe(403);
      const signed = clocked.presign('/p.mp3', 600);
      expect((await fetch(signed)).status).toBe(200);
      expect((await fetch(signed.replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=z'))).status).toBe(403);
      now += 601_000;
      const expired = await fetch(signed);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain('Request has expired');
    } finally {
      await clocked.close();
    }
  });
});

describe('the README’s example of signing a generic delivery by hand', () => {
  /** The shell block after the README's `generic-webhook-signing` marker, run with `curl` standing in to print what it would send. */
  function runReadmeExample(env: { GENERIC_WEBHOOK_SECRET: string; PUBLIC_BASE_URL: string }): { url: string; headers: Record<string, string>; body: string } {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- generic-webhook-signing -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'the README has the signing example').toBeTruthy();
    const script = `curl() { printf '%s\\0' "$@"; }\n${block}`;
    const args = execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }).split('\0').slice(0, -1);
    const headers: Record<string, string> = {};
    let body = '';
    let url = '';
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-H') {
        const [name, ...value] = args[++i]!.split(':');
        headers[name!.trim().toLowerCase()] = value.join(':').trim();
      } else if (args[i] === '--data-binary') body = args[++i]!;
      else if (args[i] === '-X') i++;
      else url = args[i]!;
    }
    return { url, headers, body };
  }

  it('makes a delivery the generic source accepts, for a secret whose bytes are not text', () => {
    const bytes = Buffer.from([0x00, 0xff, 0x80, 0x7f, ...randomBytes(28)]);
    const env = { GENERIC_WEBHOOK_SECRET: `whsec_${bytes.toString('base64')}`, PUBLIC_BASE_URL: 'https://calls.example.com' };
    const sent = runReadmeExample(env);
    expect(sent.url).toBe('https://calls.example.com/v1/webhooks/generic');
    const verifier = genericTelephony.create(genericTelephony.configFromEnv({ GENERIC_WEBHOOK_SECRET: env.GENERIC_WEBHOOK_SECRET, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' })!, { publicBaseUrl: env.PUBLIC_BASE_URL, clock: () => new Date() });
    const delivery = { method: 'POST' as const, url: sent.url, headers: sent.headers, rawBody: Buffer.from(sent.body) };
    expect(verifier.verify(delivery, new Date())).toEqual({ ok: true });
    expect(verifier.parse(delivery)).toMatchObject({ kind: 'recording', event: { recordingId: '42' } });
  });
});
