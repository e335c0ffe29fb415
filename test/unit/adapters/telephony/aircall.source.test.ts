import { describe, expect, it } from 'vitest';
import { AIRCALL_DEFAULT_RECORDING_ORIGINS } from '../../../../src/adapters/telephony/aircall/aircall.config.ts';
import { aircallTelephony } from '../../../../src/adapters/telephony/aircall/aircall.source.ts';
import { AppError } from '../../../../src/errors/app-error.ts';
import type { WebhookRequest } from '../../../../src/ports/telephony-source.ts';
import { aircallDelivery } from '../../../helpers/fakes/aircall.fake.ts';

const env = { AIRCALL_WEBHOOK_TOKEN: 'wh-token-1', AIRCALL_API_ID: 'id-1', AIRCALL_API_TOKEN: 'api-token-1', AIRCALL_REP_EMAILS: '731417=sam@example.com' };
const config = aircallTelephony.configFromEnv(env)!;
const source = aircallTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock: () => new Date() });
const URL_ = 'https://callscribe.example.com/v1/webhooks/aircall';

/** A call.ended `data` shaped like captured Aircall deliveries. */
const ended = (extra: Record<string, unknown> = {}) => ({
  id: 780836754,
  direct_link: 'https://api.aircall.io/v1/calls/780836754',
  direction: 'inbound',
  status: 'done',
  started_at: 1646389739,
  answered_at: 1646389745,
  ended_at: 1646389956,
  duration: 217,
  raw_digits: '+44 330 818 6690',
  recording: 'https://production-pdx-555773567328-web.s3.us-west-2.amazonaws.com/companies/1/recordings/call-780836754-recording.mp3?X-Amz-Expires=600&X-Amz-Signature=abc',
  asset: 'https://assets.aircall.io/calls/780836754/recording',
  user: { id: 731416, name: 'Koen Verduijn', email: 'koen@example.com', available: true },
  contact: { id: 9, first_name: 'Dana', last_name: 'Whitfield', company_name: 'Brightline' },
  number: { id: 397375, digits: '+43 720 880079', time_zone: 'Europe/Vienna' },
  ...extra,
});

const deliver = (data: Record<string, unknown>, event = 'call.ended', token = env.AIRCALL_WEBHOOK_TOKEN) => aircallDelivery(URL_, token, event, data);
const raw = (text: string): WebhookRequest => ({ method: 'POST', url: URL_, headers: { 'content-type': 'application/json' }, rawBody: Buffer.from(text) });

describe('aircall configFromEnv', () => {
  it('is off when unset, defaults the API and recording origins, and refuses half a configuration', () => {
    expect(aircallTelephony.configFromEnv({})).toBeNull();
    expect(config.apiBaseUrl).toBe('https://api.aircall.io');
    expect(config.recordingOrigins).toEqual(AIRCALL_DEFAULT_RECORDING_ORIGINS);
    expect(source.allowedOrigins).toEqual(['https://api.aircall.io', ...AIRCALL_DEFAULT_RECORDING_ORIGINS]);
    expect(() => aircallTelephony.configFromEnv({ AIRCALL_WEBHOOK_TOKEN: 'x' })).toThrow(/AIRCALL_API_ID, AIRCALL_API_TOKEN missing/);
    expect(() => aircallTelephony.configFromEnv({ ...env, AIRCALL_API_BASE_URL: 'https://api.aircall.io/v1' })).toThrow(/not an origin/);
    expect(() => aircallTelephony.configFromEnv({ ...env, AIRCALL_REP_EMAILS: '731416' })).toThrow(/AIRCALL_REP_EMAILS/);
  });
});

describe('aircall verify', () => {
  it('accepts the right token and refuses a wrong one as invalid', () => {
    expect(source.verify(deliver(ended()), new Date())).toEqual({ ok: true });
    expect(source.verify(deliver(ended(), 'call.ended', 'wh-token-2'), new Date())).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(source.verify(deliver(ended(), 'call.ended', 'wh-token-1 '), new Date())).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a body without a token or with a non-string token as missing', () => {
    for (const body of ['{"event":"call.ended","data":{}}', '{"token":12345}', '{"token":""}']) {
      expect(source.verify(raw(body), new Date())).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
    }
  });

  it('refuses a body that is not a JSON object as unreadable (400), saying the token cannot be checked in it', () => {
    for (const body of ['token=wh-token-1', '', '{"token":"wh-token-1"', 'null', '["wh-token-1"]']) {
      expect(source.verify(raw(body), new Date())).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID', reason: expect.stringMatching(/token/) });
    }
  });

  it('does not refuse an old delivery: Aircall retries for hours and its timestamp is unsigned', () => {
    const old = aircallDelivery(URL_, env.AIRCALL_WEBHOOK_TOKEN, 'call.ended', ended(), new Date(Date.now() - 6 * 3600_000));
    expect(source.verify(old, new Date())).toEqual({ ok: true });
  });
});

describe('aircall parse', () => {
  it('reads call.ended with a recording: the call id, and meta from the user, contact and number, but never the link', () => {
    const outcome = source.parse(deliver(ended()));
    expect(outcome).toEqual({
      kind: 'recording',
      event: {
        provider: 'aircall',
        deliveryId: '780836754',
        recordingId: '780836754',
        download: { aircallCallId: '780836754' },
        meta: {
          direction: 'inbound',
          startedAt: '2022-03-04T10:28:59.000Z',
          timezone: 'Europe/Vienna',
          rep: { email: 'koen@example.com', name: 'Koen Verduijn', phone: '+43720880079' },
          customer: { phone: '+443308186690', name: 'Dana Whitfield', company: 'Brightline' },
          source: { kind: 'aircall', recordingId: '780836754' },
        },
      },
    });
    expect(JSON.stringify(outcome)).not.toContain('amazonaws');
  });

  it('takes the rep email from AIRCALL_REP_EMAILS when the user has none; an anonymous caller has no phone', () => {
    const outcome = source.parse(deliver(ended({ user: { id: 731417, name: 'Sam Ortiz', email: null }, raw_digits: 'anonymous', contact: null })));
    expect(outcome.kind === 'recording' && outcome.event.meta.rep).toEqual({ email: 'sam@example.com', name: 'Sam Ortiz', phone: '+43720880079' });
    expect(outcome.kind === 'recording' && outcome.event.meta.customer).toBeUndefined();
  });

  it('reads call.comm_assets_generated the same way (the same call id, so the same call)', () => {
    const a = source.parse(deliver(ended(), 'call.ended'));
    const b = source.parse(deliver(ended(), 'call.comm_assets_generated'));
    expect(b).toEqual(a);
  });

  it('ignores other events and calls without a recording', () => {
    expect(source.parse(deliver(ended(), 'call.created'))).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('call.created') });
    expect(source.parse(deliver(ended({ recording: null }), 'call.ended'))).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('780836754') });
    expect(source.parse(deliver({ id: 5, user: {} }, 'call.commented'))).toMatchObject({ kind: 'ignored' });
  });

  it('refuses a call.ended whose data has no usable id, saying what is wrong', () => {
    let err: unknown;
    try {
      source.parse(deliver({ ...ended(), id: 'abc' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID', message: expect.stringContaining('id') });
    expect(() => source.parse(raw('{"token":"wh-token-1"}'))).toThrow(/event/);
  });
});
