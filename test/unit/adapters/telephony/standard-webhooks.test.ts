import { randomBytes, randomInt } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { verifyStandardWebhook } from '../../../../src/adapters/telephony/standard-webhooks.ts';
import { signStandardWebhook, standardWebhookHeaders, standardWebhookSecretProblem } from '../../../../src/http-client/standard-webhooks.ts';

/** The official vector from the Standard Webhooks libraries' tests (api-contracts.md §4b). */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const vectorHeaders = (signature = VECTOR.signature) => ({
  'webhook-id': VECTOR.id,
  'webhook-timestamp': String(VECTOR.timestamp),
  'webhook-signature': signature,
});
const atVector = new Date(VECTOR.timestamp * 1000);

const randomSecret = () => `whsec_${randomBytes(randomInt(24, 65)).toString('base64')}`;
const randomBody = () => {
  const kinds = [
    () => JSON.stringify({ recordingUrl: `https://r.example.com/${randomBytes(6).toString('hex')}.mp3`, n: randomInt(1e9) }),
    () => randomBytes(randomInt(0, 300)).toString('latin1'),
    () => 'ünïcödé ✓ ' + randomBytes(20).toString('base64'),
  ];
  return kinds[randomInt(kinds.length)]!();
};

describe('signStandardWebhook', () => {
  it('reproduces the official vector', () => {
    expect(signStandardWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(signStandardWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, Buffer.from(VECTOR.body))).toBe(VECTOR.signature);
  });

  it('agrees with the standardwebhooks library on random secrets, ids, timestamps and bodies', () => {
    for (let i = 0; i < 200; i++) {
      const secret = randomSecret();
      const id = `msg_${randomBytes(randomInt(1, 20)).toString('hex')}`;
      const ts = randomInt(1_000_000_000, 2_000_000_000);
      const body = Buffer.from(randomBody(), 'utf8');
      expect(signStandardWebhook(secret, id, ts, body)).toBe(new Webhook(secret).sign(id, new Date(ts * 1000), body));
    }
  });
});

describe('standardWebhookHeaders', () => {
  it('produces headers the standardwebhooks library and our verify accept, and both refuse them for another body', () => {
    const secret = randomSecret();
    const body = JSON.stringify({ type: 'call.done' });
    const now = new Date();
    const headers = standardWebhookHeaders(secret, 'msg_abc', body, now);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'call.done' });
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
    expect(verifyStandardWebhook(secret, headers, Buffer.from(body), now)).toEqual({ ok: true });
    expect(verifyStandardWebhook(secret, headers, Buffer.from(`${body} `), now)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });
});

describe('verifyStandardWebhook', () => {
  it('accepts the official vector with the clock at its timestamp, and refuses it as stale with the real clock', () => {
    expect(verifyStandardWebhook(VECTOR.secret, vectorHeaders(), Buffer.from(VECTOR.body), atVector)).toEqual({ ok: true });
    const real = verifyStandardWebhook(VECTOR.secret, vectorHeaders(), Buffer.from(VECTOR.body), new Date());
    expect(real).toMatchObject({ ok: false, code: 'WEBHOOK_STALE' });
  });

  it('agrees with the library both ways: what it signs we accept, what we sign it accepts', () => {
    for (let i = 0; i < 200; i++) {
      const secret = randomSecret();
      const id = `msg_${randomBytes(8).toString('hex')}`;
      const now = new Date();
      const ts = Math.floor(now.getTime() / 1000) - randomInt(0, 290);
      const body = Buffer.from(randomBody(), 'utf8');
      const theirs = new Webhook(secret).sign(id, new Date(ts * 1000), body);
      const headers = { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': theirs };
      expect(verifyStandardWebhook(secret, headers, body, now)).toEqual({ ok: true });
      const ours = signStandardWebhook(secret, id, ts, body);
      expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-signature': ours }, { jsonParse: false })).not.toThrow();
    }
  });

  it('accepts any matching entry among several, ignoring unknown versions', () => {
    const other = signStandardWebhook(randomSecret(), VECTOR.id, VECTOR.timestamp, VECTOR.body);
    const headers = vectorHeaders(`v1a,c2lnbmF0dXJl ${other} ${VECTOR.signature}`);
    expect(verifyStandardWebhook(VECTOR.secret, headers, Buffer.from(VECTOR.body), atVector)).toEqual({ ok: true });
    const onlyV2 = vectorHeaders(VECTOR.signature.replace('v1,', 'v2,'));
    expect(verifyStandardWebhook(VECTOR.secret, onlyV2, Buffer.from(VECTOR.body), atVector)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a tampered body, a changed id or timestamp, and the wrong secret as invalid', () => {
    const body = Buffer.from(VECTOR.body);
    expect(verifyStandardWebhook(VECTOR.secret, vectorHeaders(), Buffer.from('{"test": 2432232315}'), atVector)).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(verifyStandardWebhook(VECTOR.secret, { ...vectorHeaders(), 'webhook-id': 'msg_other' }, body, atVector)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(verifyStandardWebhook(VECTOR.secret, { ...vectorHeaders(), 'webhook-timestamp': String(VECTOR.timestamp + 1) }, body, atVector)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(verifyStandardWebhook(randomSecret(), vectorHeaders(), body, atVector)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(verifyStandardWebhook(VECTOR.secret, { ...vectorHeaders(), 'webhook-timestamp': '1614265330.5' }, body, atVector)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses a forged delivery as invalid even when it is also old', () => {
    const old = verifyStandardWebhook(randomSecret(), vectorHeaders(), Buffer.from(VECTOR.body), new Date());
    expect(old).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('names each missing header', () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const headers: Record<string, string | undefined> = vectorHeaders();
      delete headers[name];
      const verdict = verifyStandardWebhook(VECTOR.secret, headers, Buffer.from(VECTOR.body), atVector);
      expect(verdict).toMatchObject({ ok: false, code: 'WEBHOOK_SIGNATURE_MISSING' });
      expect(verdict.ok === false && verdict.reason).toContain(name);
    }
  });

  it('allows 5 minutes either way by default, and a tolerance given', () => {
    const body = Buffer.from(VECTOR.body);
    const at = (offsetSec: number, tolerance?: number) =>
      verifyStandardWebhook(VECTOR.secret, vectorHeaders(), body, new Date((VECTOR.timestamp + offsetSec) * 1000), tolerance);
    expect(at(300)).toEqual({ ok: true });
    expect(at(-300)).toEqual({ ok: true });
    expect(at(301)).toMatchObject({ code: 'WEBHOOK_STALE' });
    expect(at(-301)).toMatchObject({ code: 'WEBHOOK_STALE' });
    expect(at(301, 600)).toEqual({ ok: true });
    expect(at(61, 60)).toMatchObject({ code: 'WEBHOOK_STALE' });
  });
});

describe('standardWebhookSecretProblem', () => {
  it('accepts whsec_ secrets of 24–64 bytes and says what is wrong with others', () => {
    expect(standardWebhookSecretProblem(VECTOR.secret)).toBeNull();
    expect(standardWebhookSecretProblem(randomSecret())).toBeNull();
    expect(standardWebhookSecretProblem('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toContain('whsec_');
    expect(standardWebhookSecretProblem('whsec_not base64!')).toContain('base64');
    expect(standardWebhookSecretProblem(`whsec_${randomBytes(8).toString('base64')}`)).toContain('24');
  });
});
