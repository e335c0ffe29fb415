import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zoomTelephony } from '../../../../src/adapters/telephony/zoom/zoom.source.ts';
import { ConfigError } from '../../../../src/config/env.ts';
import { AppError } from '../../../../src/errors/app-error.ts';
import type { WebhookRequest } from '../../../../src/ports/telephony-source.ts';
import { zoomDelivery, zoomRecordingCompleted, zoomUrlValidation } from '../../../helpers/fakes/zoom.fake.ts';

const SECRET = 'unit-zoom-secret';
const URL_ = 'https://callscribe.example/v1/webhooks/zoom';
const env = {
  ZOOM_WEBHOOK_SECRET_TOKEN: SECRET,
  // The account zoomRecordingCompleted names unless told otherwise.
  ZOOM_ACCOUNT_ID: 'fake-account-id',
  ZOOM_CLIENT_ID: 'client-1',
  ZOOM_CLIENT_SECRET: 'client-secret-1',
};
const NOW = new Date('2026-03-02T10:00:00Z');
const nowSec = NOW.getTime() / 1000;

const source = (extra: Record<string, string> = {}) =>
  zoomTelephony.create(zoomTelephony.configFromEnv({ ...env, ...extra })!, { publicBaseUrl: 'https://callscribe.example', clock: () => NOW });

/** zoom/webhook-sample's check, verbatim in logic: HMAC over `v0:{ts}:{JSON.stringify(parsed body)}`. */
const sampleSignature = (secret: string, ts: string, parsedBody: unknown) =>
  `v0=${createHmac('sha256', secret).update(`v0:${ts}:${JSON.stringify(parsedBody)}`).digest('hex')}`;

const recording = {
  id: 'rec-1',
  download_url: 'https://zoom.us/v2/phone/recording/download/file-1',
  call_id: 'call-1',
  caller_number: '+14155550111',
  callee_number: '+14155550100',
  caller_name: 'Dana Buyer',
  callee_name: 'Priya Rep',
  direction: 'inbound' as const,
  date_time: '2026-03-02T09:50:00Z',
  owner: { id: 'user-priya', name: 'Priya Rep', type: 'user' },
};

describe('zoom config', () => {
  it('is off when no Zoom variable is set, refuses a half configuration, defaults the hosts', () => {
    expect(zoomTelephony.configFromEnv({})).toBeNull();
    expect(() => zoomTelephony.configFromEnv({ ZOOM_WEBHOOK_SECRET_TOKEN: 's' })).toThrow(ConfigError);
    const config = zoomTelephony.configFromEnv(env)!;
    expect(config).toMatchObject({ apiBaseUrl: 'https://api.zoom.us/v2', oauthBaseUrl: 'https://zoom.us' });
    expect(source().allowedOrigins).toEqual(['https://api.zoom.us', 'https://zoom.us']);
  });

  it('names a bad rep directory entry without showing secrets', () => {
    let message = '';
    try {
      zoomTelephony.configFromEnv({ ...env, ZOOM_REP_EMAILS: 'user-1=not-an-email' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('ZOOM_REP_EMAILS');
    expect(message).not.toContain('client-secret-1');
  });
});

describe('zoom verify', () => {
  it('accepts a fixed vector computed with openssl', () => {
    const body = '{"event":"phone.recording_completed","payload":{"object":{"recordings":[{"id":"rec-vector"}]}}}';
    const request: WebhookRequest = {
      method: 'POST',
      url: URL_,
      headers: { 'x-zm-request-timestamp': '1700000000', 'x-zm-signature': 'v0=13b1cf9da5eeec40ae44907f33afb74c254081ceb84a8815a4bf4a53f371e726' },
      rawBody: Buffer.from(body),
    };
    const s = zoomTelephony.create({ ...zoomTelephony.configFromEnv(env)!, webhookSecret: 'vector-secret' }, { publicBaseUrl: null, clock: () => NOW });
    expect(s.verify(request, new Date(1700000000_000 + 60_000))).toEqual({ ok: true });
  });

  it('agrees with the official sample on a compactly serialised body', () => {
    const body = zoomRecordingCompleted([recording]);
    const delivery = zoomDelivery({ secret: SECRET, url: URL_, body, timestampSec: nowSec });
    expect(delivery.headers['x-zm-signature']).toBe(sampleSignature(SECRET, String(nowSec), body));
    expect(source().verify(delivery, NOW)).toEqual({ ok: true });
  });

  it('checks the raw bytes: a body the sample would re-serialise differently still verifies', () => {
    const raw = '{ "event": "phone.recording_completed",\n  "payload": {"object": {"recordings": []}} }';
    const delivery = zoomDelivery({ secret: SECRET, url: URL_, body: raw, timestampSec: nowSec });
    expect(source().verify(delivery, NOW)).toEqual({ ok: true });
    expect(delivery.headers['x-zm-signature']).not.toBe(sampleSignature(SECRET, String(nowSec), JSON.parse(raw)));
  });

  it('refuses a forged signature, a tampered body and another secret as WEBHOOK_SIGNATURE_INVALID', () => {
    const good = zoomDelivery({ secret: SECRET, url: URL_, body: zoomRecordingCompleted([recording]), timestampSec: nowSec });
    const forged = { ...good, headers: { ...good.headers, 'x-zm-signature': `v0=${'0'.repeat(64)}` } };
    const tampered = { ...good, rawBody: Buffer.from(good.rawBody.toString().replace('+14155550111', '+14155550999')) };
    const otherSecret = zoomDelivery({ secret: 'another-secret', url: URL_, body: zoomRecordingCompleted([recording]), timestampSec: nowSec });
    const retimed = { ...good, headers: { ...good.headers, 'x-zm-request-timestamp': String(nowSec + 1) } };
    for (const request of [forged, tampered, otherSecret, retimed]) {
      expect(source().verify(request, NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    }
  });

  it('refuses a delivery signed with our token for another Zoom account (payload.account_id) as WEBHOOK_SIGNATURE_INVALID', () => {
    const other = zoomDelivery({ secret: SECRET, url: URL_, body: zoomRecordingCompleted([recording], { accountId: 'someone-elses-account' }), timestampSec: nowSec });
    expect(source().verify(other, NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringContaining('ZOOM_ACCOUNT_ID') });
    const ours = zoomDelivery({ secret: SECRET, url: URL_, body: zoomRecordingCompleted([recording], { accountId: 'fake-account-id' }), timestampSec: nowSec });
    expect(source().verify(ours, NOW)).toEqual({ ok: true });
    // The handshake names no account.
    expect(source().verify(zoomDelivery({ secret: SECRET, url: URL_, body: zoomUrlValidation('abc'), timestampSec: nowSec }), NOW)).toEqual({ ok: true });
  });

  it('refuses a missing signature or timestamp as WEBHOOK_SIGNATURE_MISSING', () => {
    const good = zoomDelivery({ secret: SECRET, url: URL_, body: zoomUrlValidation('abc'), timestampSec: nowSec });
    const { 'x-zm-signature': _sig, ...noSignature } = good.headers;
    const { 'x-zm-request-timestamp': _ts, ...noTimestamp } = good.headers;
    expect(source().verify({ ...good, headers: noSignature }, NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
    expect(source().verify({ ...good, headers: noTimestamp }, NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
  });

  it('refuses timestamps more than 5 minutes old or ahead as WEBHOOK_STALE, and accepts the edges', () => {
    const at = (ts: number) => zoomDelivery({ secret: SECRET, url: URL_, body: zoomUrlValidation('abc'), timestampSec: ts });
    expect(source().verify(at(nowSec - 301), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(source().verify(at(nowSec + 301), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(source().verify(at(nowSec - 300), NOW)).toEqual({ ok: true });
    expect(source().verify(at(nowSec + 300), NOW)).toEqual({ ok: true });
    // A timestamp in milliseconds is not Zoom's format: far in the future, so stale.
    expect(source().verify(at(NOW.getTime()), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
  });
});

describe('zoom parse', () => {
  const parse = (body: unknown, extra?: Record<string, string>) => source(extra).parse(zoomDelivery({ secret: SECRET, url: URL_, body, timestampSec: nowSec }));

  it('answers endpoint.url_validation with the plain token and its HMAC', () => {
    const outcome = parse(zoomUrlValidation('qgg8vlvZRS6UYooatFL8Aw'));
    const expected = createHmac('sha256', SECRET).update('qgg8vlvZRS6UYooatFL8Aw').digest('hex');
    expect(outcome).toEqual({ kind: 'reply', status: 200, body: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw', encryptedToken: expected } });
    // And a fixed vector computed with openssl.
    const s = zoomTelephony.create({ ...zoomTelephony.configFromEnv(env)!, webhookSecret: 'vector-secret' }, { publicBaseUrl: null, clock: () => NOW });
    const reply = s.parse({ method: 'POST', url: URL_, headers: {}, rawBody: Buffer.from(JSON.stringify(zoomUrlValidation('plain-vector'))) });
    expect(reply).toMatchObject({ body: { encryptedToken: '55e506224351d54ac8192b90da39d7eed902d4e439c3d8eeb901f6233937e2fb' } });
  });

  it('reads an inbound recording: the caller is the customer, the owner the rep', () => {
    const outcome = parse(zoomRecordingCompleted([recording]));
    expect(outcome).toEqual({
      kind: 'recording',
      event: {
        provider: 'zoom',
        deliveryId: expect.any(String),
        recordingId: 'rec-1',
        download: { downloadUrl: recording.download_url, userId: 'user-priya', callId: 'call-1' },
        meta: {
          direction: 'inbound',
          startedAt: '2026-03-02T09:50:00.000Z',
          rep: { email: null, name: 'Priya Rep', phone: '+14155550100' },
          customer: { phone: '+14155550111' },
          source: { kind: 'zoom', recordingId: 'rec-1' },
        },
      },
    });
  });

  it('reads an outbound recording the other way round, and takes the rep e-mail from ZOOM_REP_EMAILS', () => {
    const outbound = { ...recording, direction: 'outbound' as const, caller_number: '+14155550100', callee_number: '+14155550111' };
    const outcome = parse(zoomRecordingCompleted([outbound]), { ZOOM_REP_EMAILS: 'USER-PRIYA=priya@example.com' });
    expect(outcome).toMatchObject({
      kind: 'recording',
      event: { meta: { direction: 'outbound', rep: { email: 'priya@example.com', phone: '+14155550100' }, customer: { phone: '+14155550111' } } },
    });
    // By the rep's number when the owner is not a user (a call queue).
    const queue = { ...recording, owner: { id: 'queue-1', name: 'Sales queue', type: 'callQueue' }, user_id: undefined };
    const byNumber = parse(zoomRecordingCompleted([queue]), { ZOOM_REP_EMAILS: '+1 415 555 0100=desk@example.com' });
    expect(byNumber).toMatchObject({ event: { download: { userId: null }, meta: { rep: { email: 'desk@example.com', name: 'Priya Rep' } } } });
  });

  it('makes an event of each of several recordings, and reads the access-member variant', () => {
    const second = { ...recording, id: 'rec-2', download_url: 'https://zoom.us/v2/phone/recording/download/file-2' };
    expect(parse(zoomRecordingCompleted([recording, second]))).toMatchObject({
      kind: 'recordings',
      events: [{ recordingId: 'rec-1', download: { downloadUrl: recording.download_url } }, { recordingId: 'rec-2', download: { downloadUrl: second.download_url } }],
    });
    const member = zoomRecordingCompleted([second], { event: 'phone.recording_completed_for_access_member' });
    expect(parse(member)).toMatchObject({ kind: 'recording', event: { recordingId: 'rec-2' } });
  });

  it('ignores other events and empty recording lists', () => {
    expect(parse({ event: 'phone.callee_ended', payload: { object: {} } })).toMatchObject({ kind: 'ignored' });
    expect(parse(zoomRecordingCompleted([]))).toMatchObject({ kind: 'ignored' });
  });

  it('throws WEBHOOK_PAYLOAD_INVALID for a body it cannot read or a download URL off Zoom', () => {
    const invalid = (body: unknown) => {
      try {
        parse(body);
      } catch (err) {
        return err instanceof AppError ? err.code : 'not an AppError';
      }
      return 'no error';
    };
    expect(invalid('not json')).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid({ payload: {} })).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid(zoomRecordingCompleted([{ ...recording, download_url: '' }]))).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid({ event: 'phone.recording_completed', payload: { object: {} } })).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid(zoomRecordingCompleted([{ ...recording, download_url: 'https://evil.example/steal' }]))).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid(zoomRecordingCompleted([{ ...recording, download_url: 'file:///etc/passwd' }]))).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(invalid({ event: 'endpoint.url_validation', payload: {} })).toBe('WEBHOOK_PAYLOAD_INVALID');
  });
});
