import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genericTelephony } from '../../../../src/adapters/telephony/generic/generic.source.ts';
import { ConfigError } from '../../../../src/config/env.ts';
import { thrownAppError } from '../../../helpers/app-errors.ts';
import { standardWebhookDelivery } from '../../../helpers/fakes/recording-host.fake.ts';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const env = { GENERIC_WEBHOOK_SECRET: secret, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com, https://cdn.example.net:8443/' };
const config = genericTelephony.configFromEnv(env)!;
const source = genericTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock: () => new Date() });
const URL_ = 'https://callscribe.example.com/v1/webhooks/generic';

const meta = {
  direction: 'outbound',
  startedAt: '2026-11-17T15:04:05Z',
  rep: { email: 'priya@example.com', name: 'Priya Raman' },
  customer: { phone: '+14155550123', name: 'Dana Whitfield' },
};
const body = (extra: Record<string, unknown> = {}) => ({ recordingUrl: 'https://recordings.example.com/calls/rec-42.wav', meta, ...extra });

describe('generic configFromEnv', () => {
  it('is off when neither variable is set, and reads the origins as origins', () => {
    expect(genericTelephony.configFromEnv({})).toBeNull();
    expect(config.recordingOrigins).toEqual(['https://recordings.example.com', 'https://cdn.example.net:8443']);
  });

  it('refuses a half configuration, a secret without whsec_, and an origin with a path, hiding the secret', () => {
    expect(() => genericTelephony.configFromEnv({ GENERIC_WEBHOOK_SECRET: secret })).toThrow(/GENERIC_RECORDING_ORIGINS missing/);
    const noPrefix = () => genericTelephony.configFromEnv({ ...env, GENERIC_WEBHOOK_SECRET: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(noPrefix).toThrow(ConfigError);
    expect(noPrefix).toThrow(/GENERIC_WEBHOOK_SECRET=\(value hidden\): must start with whsec_/);
    expect(noPrefix).not.toThrow(/MfKQ9r8G/);
    expect(() => genericTelephony.configFromEnv({ ...env, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com/calls' })).toThrow(/is not an origin/);
    expect(() => genericTelephony.configFromEnv({ ...env, GENERIC_RECORDING_ORIGINS: 'ftp://files.example.com' })).toThrow(/is not an origin/);
  });
});

describe('generic verify', () => {
  it('accepts a delivery signed by the standardwebhooks library and refuses a tampered or unsigned one', () => {
    const now = new Date();
    const delivery = standardWebhookDelivery(secret, URL_, body(), { timestamp: now });
    expect(source.verify(delivery, now)).toEqual({ ok: true });
    const tampered = { ...delivery, rawBody: Buffer.from(delivery.rawBody.toString().replace('rec-42', 'rec-43')) };
    expect(source.verify(tampered, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    const other = standardWebhookDelivery(`whsec_${randomBytes(32).toString('base64')}`, URL_, body());
    expect(source.verify(other, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(source.verify({ ...delivery, headers: { 'content-type': 'application/json' } }, now)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_MISSING' });
  });

  it('refuses a delivery signed ten minutes ago as stale', () => {
    const now = new Date();
    const delivery = standardWebhookDelivery(secret, URL_, body(), { timestamp: new Date(now.getTime() - 600_000) });
    expect(source.verify(delivery, now)).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
  });
});

describe('generic parse', () => {
  it('reads the recording with its meta; the recording id is the body, then meta.source, then the webhook-id', () => {
    const outcome = source.parse(standardWebhookDelivery(secret, URL_, body({ recordingId: 'rec-42' }), { id: 'msg_1' }));
    expect(outcome).toEqual({
      kind: 'recording',
      event: {
        provider: 'generic',
        deliveryId: 'msg_1',
        recordingId: 'rec-42',
        download: { url: 'https://recordings.example.com/calls/rec-42.wav' },
        meta: { ...meta, source: { kind: 'generic', recordingId: 'rec-42' } },
      },
    });
    const fromMeta = source.parse(standardWebhookDelivery(secret, URL_, body({ meta: { ...meta, source: { kind: 'pbx', recordingId: 'pbx-7', uri: 'x' } } }), { id: 'msg_2' }));
    expect(fromMeta.kind === 'recording' && fromMeta.event.recordingId).toBe('pbx-7');
    expect(fromMeta.kind === 'recording' && fromMeta.event.meta.source).toEqual({ kind: 'generic', recordingId: 'pbx-7' });
    const fromId = source.parse(standardWebhookDelivery(secret, URL_, body(), { id: 'msg_3' }));
    expect(fromId.kind === 'recording' && fromId.event.recordingId).toBe('msg_3');
  });

  it('says what is wrong with a body that is not the documented shape', () => {
    const notJson = thrownAppError(() => source.parse({ ...standardWebhookDelivery(secret, URL_, 'not json') }));
    expect(notJson.code).toBe('WEBHOOK_PAYLOAD_INVALID');
    const noUrl = thrownAppError(() => source.parse(standardWebhookDelivery(secret, URL_, { meta })));
    expect(noUrl).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
    expect(noUrl.message).toContain('recordingUrl');
    const badMeta = thrownAppError(() => source.parse(standardWebhookDelivery(secret, URL_, body({ meta: { direction: 'sideways', startedAt: 'yesterday' } }))));
    expect(badMeta.message).toMatch(/meta\.direction/);
    expect(badMeta.message).toMatch(/meta\.startedAt/);
  });

  it('refuses a recording URL off the allowed origins, naming them, and one with credentials or another scheme', () => {
    const off = thrownAppError(() => source.parse(standardWebhookDelivery(secret, URL_, body({ recordingUrl: 'https://evil.example.org/a.wav' }))));
    expect(off.code).toBe('WEBHOOK_PAYLOAD_INVALID');
    expect(off.message).toContain('https://recordings.example.com, https://cdn.example.net:8443');
    for (const recordingUrl of ['https://u:p@recordings.example.com/a.wav', 'file:///etc/passwd', 'recordings.example.com/a.wav', 'http://recordings.example.com/a.wav']) {
      expect(thrownAppError(() => source.parse(standardWebhookDelivery(secret, URL_, body({ recordingUrl }))))).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
    }
  });
});
