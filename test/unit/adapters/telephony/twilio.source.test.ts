import { describe, expect, it } from 'vitest';
import { twilioTelephony } from '../../../../src/adapters/telephony/twilio/twilio.source.ts';
import { ConfigError } from '../../../../src/config/env.ts';
import type { WebhookRequest } from '../../../../src/ports/telephony-source.ts';
import { thrownAppError } from '../../../helpers/app-errors.ts';
import { newSid, recordingStatusFields, twilioDelivery } from '../../../helpers/fakes/twilio.fake.ts';

const ACCOUNT = newSid('AC');
const TOKEN = 'test-auth-token-not-real';
const HOOK = 'https://callscribe.example.com/v1/webhooks/twilio';
const API = 'https://api.twilio.com';

const config = twilioTelephony.configFromEnv({ TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_REP_NUMBERS: '+14155550100=priya@example.com' })!;
const source = twilioTelephony.create(config, { publicBaseUrl: 'https://callscribe.example.com', clock: () => new Date() });
const now = new Date('2025-03-04T15:02:00Z');

const recordingSid = newSid('RE');
const callSid = newSid('CA');
const fields = (over: Partial<Parameters<typeof recordingStatusFields>[0]> = {}) =>
  recordingStatusFields({ accountSid: ACCOUNT, recordingSid, callSid, recordingUrl: `${API}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${recordingSid}`, ...over });
const deliver = (form: 'form' | 'query' | 'json', f: Record<string, string> = fields(), token = TOKEN, url = HOOK) => twilioDelivery({ authToken: token, url, fields: f, form });

describe('twilio verify', () => {
  it.each(['form', 'query', 'json'] as const)('accepts a %s delivery signed with the auth token', (form) => {
    expect(source.verify(deliver(form), now)).toEqual({ ok: true });
  });

  it('accepts a webhook URL that has a query of its own', () => {
    expect(source.verify(deliver('form', fields(), TOKEN, `${HOOK}?team=west`), now)).toEqual({ ok: true });
    expect(source.verify(deliver('query', fields(), TOKEN, `${HOOK}?team=west`), now)).toEqual({ ok: true });
  });

  it('says the header is missing when there is no X-Twilio-Signature', () => {
    const request = deliver('form');
    const { 'x-twilio-signature': _, ...headers } = request.headers;
    expect(source.verify({ ...request, headers }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
  });

  it.each(['form', 'query', 'json'] as const)('refuses a %s delivery signed with another token', (form) => {
    expect(source.verify(deliver(form, fields(), 'another-token'), now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a form body changed after signing', () => {
    const request = deliver('form');
    const rawBody = Buffer.from(request.rawBody.toString().replace('RecordingStatus=completed', 'RecordingStatus=in-progress'));
    expect(rawBody.equals(request.rawBody)).toBe(false);
    expect(source.verify({ ...request, rawBody }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a JSON body that no longer hashes to the signed bodySHA256', () => {
    const request = deliver('json');
    const rawBody = Buffer.from(request.rawBody.toString().replace(recordingSid, newSid('RE')));
    expect(source.verify({ ...request, rawBody }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringMatching(/bodySHA256/) });
  });

  it('refuses a GET whose query was changed, and a delivery addressed to another URL', () => {
    const request = deliver('query');
    expect(source.verify({ ...request, url: request.url.replace('RecordingStatus=completed', 'RecordingStatus=absent') }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    const elsewhere = deliver('form', fields(), TOKEN, 'https://other.example.com/v1/webhooks/twilio');
    expect(source.verify({ ...elsewhere, url: HOOK }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a callback signed correctly but for another account', () => {
    const verdict = source.verify(deliver('form', fields({ accountSid: newSid('AC') })), now);
    expect(verdict).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringMatching(/TWILIO_ACCOUNT_SID/) });
  });

  it('lets the official twilio-python request through the signature check, then refuses it for having no AccountSid', () => {
    const official = twilioTelephony.create(twilioTelephony.configFromEnv({ TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: '12345' })!, { publicBaseUrl: null, clock: () => now });
    const request: WebhookRequest = {
      method: 'POST',
      url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
      headers: { 'x-twilio-signature': 'RSOYDt4T1cUTdK1PDd93/VVr8B8=' },
      rawBody: Buffer.from('CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212'),
    };
    expect(official.verify(request, now)).toMatchObject({ ok: false, code: 'WEBHOOK_PAYLOAD_INVALID' });
    expect(official.verify({ ...request, headers: { 'x-twilio-signature': 'RSOYDt4T1cUTdK1PDd93/VVr8B8X' } }, now)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a SharedKey signature it has no key for, saying so', () => {
    const request = deliver('form');
    const headers = { ...request.headers, 'x-twilio-webhooks-signature-settings': 'key=webhooks_sharedkey_1,algorithm=HMAC_SHA256' };
    expect(source.verify({ ...request, headers }, now)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: expect.stringMatching(/SharedKey/) });
  });
});

describe('twilio parse', () => {
  it.each(['form', 'query', 'json'] as const)('reads a completed recording from a %s delivery', (form) => {
    const request = deliver(form, fields({ startTime: new Date('2025-03-04T15:00:05Z') }));
    const outcome = source.parse(request);
    expect(outcome).toEqual({
      kind: 'recording',
      event: {
        provider: 'twilio',
        deliveryId: request.headers['i-twilio-idempotency-token'],
        recordingId: recordingSid,
        download: { accountSid: ACCOUNT, callSid, recordingUrl: `${API}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${recordingSid}`, channels: 2 },
        meta: { startedAt: '2025-03-04T15:00:05.000Z', source: { kind: 'twilio', recordingId: recordingSid } },
      },
    });
  });

  it('gives the same recording id for a replayed delivery', () => {
    const first = source.parse(deliver('form'));
    const again = source.parse(deliver('form'));
    expect(first.kind === 'recording' && again.kind === 'recording' && first.event.recordingId === again.event.recordingId).toBe(true);
  });

  it('ignores a recording still in progress, and says why', () => {
    expect(source.parse(deliver('form', fields({ status: 'in-progress' })))).toEqual({ kind: 'ignored', reason: expect.stringMatching(/in progress/) });
  });

  it.each([
    ['16101', /too short/],
    ['16102', /silent/],
  ])('ignores an absent recording (ErrorCode %s) with the reason', (errorCode, reason) => {
    const outcome = source.parse(deliver('form', fields({ status: 'absent', errorCode })));
    expect(outcome).toEqual({ kind: 'ignored', reason: expect.stringMatching(reason) });
  });

  it('ignores a failed recording and a callback that is not about a recording', () => {
    expect(source.parse(deliver('form', fields({ status: 'failed' })))).toMatchObject({ kind: 'ignored' });
    const callStatus = deliver('form', { AccountSid: ACCOUNT, CallSid: callSid, CallStatus: 'completed' });
    expect(source.parse(callStatus)).toEqual({ kind: 'ignored', reason: expect.stringMatching(/recordingStatusCallback/) });
  });

  it('refuses a RecordingUrl that is not on the configured API origin', () => {
    const url = `https://evil.example.com/2010-04-01/Accounts/${ACCOUNT}/Recordings/${recordingSid}`;
    const err = thrownAppError(() => source.parse(deliver('form', fields({ recordingUrl: url }))));
    expect(err).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID', retryable: false });
    expect(err.message).toMatch(/TWILIO_API_BASE_URL/);
    expect(err.message).not.toContain('evil.example.com');
  });

  it('refuses a RecordingUrl naming another recording or account, and a RecordingSid that is not one', () => {
    for (const url of [`${API}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${newSid('RE')}`, `${API}/2010-04-01/Accounts/${newSid('AC')}/Recordings/${recordingSid}`, `${API}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${recordingSid}?x=1`]) {
      expect(thrownAppError(() => source.parse(deliver('form', fields({ recordingUrl: url }))))).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
    }
    expect(thrownAppError(() => source.parse(deliver('form', { ...fields(), RecordingSid: '../Calls' })))).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
  });

  it('accepts a conference recording without a CallSid', () => {
    const outcome = source.parse(deliver('form', fields({ callSid: null })));
    expect(outcome).toMatchObject({ kind: 'recording', event: { download: { callSid: null } } });
  });

  it('refuses a JSON delivery whose body is not JSON', () => {
    const request = deliver('json');
    expect(thrownAppError(() => source.parse({ ...request, rawBody: Buffer.from('not json') }))).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
  });
});

describe('twilio configFromEnv', () => {
  const base = { TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN };

  it('is off when neither the account SID nor the auth token is set', () => {
    expect(twilioTelephony.configFromEnv({})).toBeNull();
    expect(twilioTelephony.configFromEnv({ TWILIO_ACCOUNT_SID: ' ', TWILIO_REP_NUMBERS: '' })).toBeNull();
  });

  it('refuses half a configuration, naming what is missing', () => {
    expect(() => twilioTelephony.configFromEnv({ TWILIO_ACCOUNT_SID: ACCOUNT })).toThrow(/TWILIO_AUTH_TOKEN missing/);
    expect(() => twilioTelephony.configFromEnv({ TWILIO_AUTH_TOKEN: TOKEN })).toThrow(ConfigError);
    expect(() => twilioTelephony.configFromEnv({ ...base, TWILIO_API_KEY_SID: newSid('SK') })).toThrow(/TWILIO_API_KEY_SECRET missing/);
  });

  it('downloads with the account SID and auth token, or with the API key when one is set', () => {
    expect(twilioTelephony.configFromEnv(base)).toMatchObject({ apiUser: ACCOUNT, apiPassword: TOKEN, apiBaseUrl: API });
    const key = newSid('SK');
    expect(twilioTelephony.configFromEnv({ ...base, TWILIO_API_KEY_SID: key, TWILIO_API_KEY_SECRET: 'key-secret' })).toMatchObject({ apiUser: key, apiPassword: 'key-secret', authToken: TOKEN });
  });

  it('refuses a bad account SID, base URL or rep directory without printing the token', () => {
    const bad = (env: Record<string, string>) => {
      try {
        twilioTelephony.configFromEnv({ ...base, ...env });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(bad({ TWILIO_ACCOUNT_SID: 'AC123' })).toMatch(/TWILIO_ACCOUNT_SID="AC123"/);
    expect(bad({ TWILIO_API_BASE_URL: 'http://api.twilio.com' })).toMatch(/TWILIO_API_BASE_URL/);
    expect(bad({ TWILIO_API_BASE_URL: 'https://api.twilio.com/2010-04-01' })).toMatch(/no path/);
    expect(bad({ TWILIO_REP_NUMBERS: '+14155550100' })).toMatch(/TWILIO_REP_NUMBERS/);
    expect(bad({ TWILIO_ACCOUNT_SID: 'AC123' })).not.toContain(TOKEN);
  });

  it('allows plain http only to a loopback fake, and the fake is what allowedOrigins holds', () => {
    const local = twilioTelephony.configFromEnv({ ...base, TWILIO_API_BASE_URL: 'http://127.0.0.1:4010/' })!;
    expect(twilioTelephony.create(local, { publicBaseUrl: null, clock: () => now }).allowedOrigins).toEqual(['http://127.0.0.1:4010']);
    expect(source.allowedOrigins).toEqual([API]);
  });
});
