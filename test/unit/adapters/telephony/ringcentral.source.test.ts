import { describe, expect, it } from 'vitest';
import { ringcentralTelephony } from '../../../../src/adapters/telephony/ringcentral/ringcentral.source.ts';
import { ConfigError } from '../../../../src/config/env.ts';
import { AppError } from '../../../../src/errors/app-error.ts';
import { ringcentralDelivery, ringcentralSessionEvent, ringcentralValidation, type FakeParty } from '../../../helpers/fakes/ringcentral.fake.ts';

const TOKEN = 'unit-rc-verification-token';
const URL_ = 'https://callscribe.example/v1/webhooks/ringcentral';
const env = {
  RINGCENTRAL_VERIFICATION_TOKEN: TOKEN,
  RINGCENTRAL_CLIENT_ID: 'rc-client',
  RINGCENTRAL_CLIENT_SECRET: 'rc-client-secret',
  RINGCENTRAL_JWT: 'header.payload.signature',
};
const NOW = new Date('2026-03-02T10:00:00Z');
const source = (extra: Record<string, string> = {}) =>
  ringcentralTelephony.create(ringcentralTelephony.configFromEnv({ ...env, ...extra })!, { publicBaseUrl: null, clock: () => NOW });

const repParty = (over: Partial<FakeParty> = {}): FakeParty => ({
  extensionId: '400144455008',
  direction: 'Inbound',
  from: { phoneNumber: '+14155550111', name: 'Dana Buyer' },
  to: { phoneNumber: '+14155550100', name: 'Priya Rep', extensionId: '400144455008' },
  status: { code: 'Disconnected', reason: 'CallFinished' },
  ...over,
});
const ended = (parties: FakeParty[]) => ringcentralSessionEvent({ telephonySessionId: 's-abc123', sessionId: '425008160016', eventTime: '2026-03-02T09:59:30.000Z', parties });
const deliver = (body: unknown, token: string | null = TOKEN) => ringcentralDelivery({ url: URL_, body, verificationToken: token });

describe('ringcentral config', () => {
  it('is off when unset, refuses half a configuration, and derives the media host from the API host', () => {
    expect(ringcentralTelephony.configFromEnv({})).toBeNull();
    expect(() => ringcentralTelephony.configFromEnv({ RINGCENTRAL_CLIENT_ID: 'x' })).toThrow(ConfigError);
    expect(source().allowedOrigins).toEqual(['https://platform.ringcentral.com', 'https://media.ringcentral.com']);
    expect(source({ RINGCENTRAL_API_BASE_URL: 'https://platform.devtest.ringcentral.com/' }).allowedOrigins).toEqual([
      'https://platform.devtest.ringcentral.com',
      'https://media.devtest.ringcentral.com',
    ]);
    expect(source({ RINGCENTRAL_API_BASE_URL: 'http://127.0.0.1:9999' }).allowedOrigins).toEqual(['http://127.0.0.1:9999']);
  });
});

describe('ringcentral verify', () => {
  it('accepts an event with the matching Verification-Token', () => {
    expect(source().verify(deliver(ended([repParty()])), NOW)).toEqual({ ok: true });
  });

  it('refuses a missing token as WEBHOOK_SIGNATURE_MISSING, a wrong one as WEBHOOK_SIGNATURE_INVALID', () => {
    expect(source().verify(deliver(ended([repParty()]), null), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
    for (const wrong of ['', `${TOKEN}x`, TOKEN.slice(1), TOKEN.toUpperCase()]) {
      expect(source().verify(deliver(ended([repParty()]), wrong), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    }
    const otherToken = ringcentralTelephony.create(ringcentralTelephony.configFromEnv({ ...env, RINGCENTRAL_VERIFICATION_TOKEN: 'another' })!, { publicBaseUrl: null, clock: () => NOW });
    expect(otherToken.verify(deliver(ended([repParty()])), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('answers the handshake with or without a Verification-Token, but not with a wrong one or an oversized token', () => {
    expect(source().verify(ringcentralValidation({ url: URL_ }), NOW)).toEqual({ ok: true });
    expect(source().verify(ringcentralValidation({ url: URL_, verificationToken: TOKEN }), NOW)).toEqual({ ok: true });
    expect(source().verify(ringcentralValidation({ url: URL_, verificationToken: 'wrong' }), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(source().verify(ringcentralValidation({ url: URL_, validationToken: 'x'.repeat(300) }), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID' });
  });

  it('refuses an event sent more than a day from our clock (its body timestamp) as WEBHOOK_STALE', () => {
    const sentAt = (timestamp: string | undefined) => deliver({ ...ended([repParty()]), timestamp });
    expect(source().verify(sentAt('2020-01-01T00:00:00.000Z'), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(source().verify(sentAt('2026-03-01T09:59:00.000Z'), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(source().verify(sentAt('2026-03-03T10:01:00.000Z'), NOW)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
    expect(source().verify(sentAt('2026-03-01T10:01:00.000Z'), NOW)).toEqual({ ok: true });
    // Without one (RingCentral always sends it), the token alone decides, as before.
    expect(source().verify(sentAt(undefined), NOW)).toEqual({ ok: true });
  });
});

describe('ringcentral parse', () => {
  it('echoes the Validation-Token in a header with no body', () => {
    const outcome = source().parse(ringcentralValidation({ url: URL_, validationToken: 'b5b2c1a0-validation' }));
    expect(outcome).toEqual({ kind: 'reply', status: 200, headers: { 'Validation-Token': 'b5b2c1a0-validation' } });
  });

  it('reads an ended inbound call: the session id is the recording id, the caller the customer', () => {
    const outcome = source().parse(deliver(ended([repParty()])));
    expect(outcome).toEqual({
      kind: 'recording',
      event: {
        provider: 'ringcentral',
        deliveryId: expect.any(String),
        recordingId: 's-abc123',
        download: { telephonySessionId: 's-abc123', sessionId: '425008160016', endedAt: '2026-03-02T09:59:30.000Z', extensionId: '400144455008' },
        meta: {
          direction: 'inbound',
          rep: { email: null, name: 'Priya Rep', phone: '+14155550100' },
          customer: { phone: '+14155550111' },
          source: { kind: 'ringcentral', recordingId: 's-abc123' },
        },
      },
    });
  });

  it('reads an outbound call the other way round, and maps the rep through RINGCENTRAL_REP_EMAILS', () => {
    const outbound = repParty({ direction: 'Outbound', from: { phoneNumber: '+14155550100', name: 'Priya Rep', extensionId: '400144455008' }, to: { phoneNumber: '+14155550111' } });
    const outcome = source({ RINGCENTRAL_REP_EMAILS: '400144455008=priya@example.com' }).parse(deliver(ended([outbound])));
    expect(outcome).toMatchObject({
      kind: 'recording',
      event: { meta: { direction: 'outbound', rep: { email: 'priya@example.com', phone: '+14155550100' }, customer: { phone: '+14155550111' } } },
    });
  });

  it('the same session ending for a second party is the same recording id', () => {
    const first = source().parse(deliver(ended([repParty()])));
    const second = source().parse(deliver(ended([repParty({ status: { code: 'Answered' } }), repParty({ extensionId: '400144455009' })])));
    expect(first).toMatchObject({ event: { recordingId: 's-abc123' } });
    expect(second).toMatchObject({ event: { recordingId: 's-abc123', download: { extensionId: '400144455009' } } });
  });

  it('ignores calls still going, parties that are not ours, missed or unrecorded calls, and other events', () => {
    const ignored = (body: unknown) => source().parse(deliver(body)).kind;
    expect(ignored(ended([repParty({ status: { code: 'Answered' } })]))).toBe('ignored');
    expect(ignored(ended([{ ...repParty(), extensionId: undefined }]))).toBe('ignored');
    expect(ignored(ended([repParty({ missedCall: true })]))).toBe('ignored');
    expect(ignored(ended([repParty({ recordings: [] })]))).toBe('ignored');
    expect(ignored(ended([repParty({ recordings: [{ id: 'r1', active: false }] })]))).toBe('recording');
    expect(ignored({ uuid: '1', event: '/restapi/v1.0/subscription/~?threshold=86400&interval=3600', body: { expiresIn: 3600 } })).toBe('ignored');
  });

  it('throws WEBHOOK_PAYLOAD_INVALID for a body it cannot read', () => {
    const code = (body: unknown) => {
      try {
        source().parse(deliver(body));
      } catch (err) {
        return err instanceof AppError ? err.code : 'not an AppError';
      }
      return 'no error';
    };
    expect(code('not json')).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(code({ body: {} })).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(code({ event: '/restapi/v1.0/account/1/telephony/sessions', body: { parties: [] } })).toBe('WEBHOOK_PAYLOAD_INVALID');
  });
});
