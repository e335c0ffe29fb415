import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';

/**
 * The fake's token endpoint judges JWT bearer assertions as Salesforce does (api-contracts.md §2). Assertions here are
 * signed by the test itself with node:crypto, not by the adapter's code, and node:crypto's `verify` is the oracle for
 * which signatures are good.
 */

const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

let fake: SalesforceFake;
beforeEach(async () => {
  // The connected app's key as PEM text, as an admin would hand it over.
  fake = await startSalesforceFake({ jwtCertificate: String(app.publicKey.export({ type: 'spki', format: 'pem' })) });
});
afterEach(() => fake.close());

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const nowSec = () => Math.floor(Date.now() / 1000);

function assertion(key: KeyObject, claims: Record<string, unknown>, header: object = { alg: 'RS256' }): string {
  const signed = `${b64(header)}.${b64(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}
const goodClaims = () => ({ iss: fake.clientId, sub: fake.integrationUsername, aud: fake.instanceUrl, exp: nowSec() + 120 });

async function token(jwt: string, form: Record<string, string> = {}) {
  const res = await fetch(`${fake.instanceUrl}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt, ...form }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const refusal = (error: string, error_description: string) => ({ status: 400, body: { error, error_description } });

describe('Salesforce fake: JWT bearer flow', () => {
  it('issues a session for an assertion signed with the key of the connected app certificate, answering without a refresh token', async () => {
    const issued = await token(assertion(app.privateKey, goodClaims()));
    expect(issued).toEqual({
      status: 200,
      body: { access_token: fake.issuedTokens[0], scope: 'api', instance_url: fake.instanceUrl, id: expect.stringContaining(`/id/00DFAKE000000000AAA/${fake.integrationUserId}`), token_type: 'Bearer' },
    });
    const limits = await fetch(`${fake.instanceUrl}/services/data/${fake.apiVersion}/limits`, { headers: { authorization: `Bearer ${issued.body.access_token as string}` } });
    expect(limits.status).toBe(200);
  });

  it('accepts exactly the signatures node:crypto verifies against the certificate key: another key, a changed claim or a cut signature is invalid assertion', async () => {
    const good = assertion(app.privateKey, goodClaims());
    const [h, c, s] = good.split('.') as [string, string, string];
    const candidates = {
      good,
      'signed by another key': assertion(stranger.privateKey, goodClaims()),
      'claims changed after signing': `${h}.${b64({ ...goodClaims(), sub: 'admin@callscribe.example.acme' })}.${s}`,
      'signature cut short': `${h}.${c}.${s.slice(0, -8)}`,
      'no signature': `${h}.${c}.`,
    };
    for (const [name, jwt] of Object.entries(candidates)) {
      const [eh, ec, es] = jwt.split('.') as [string, string, string];
      const oracle = verify('sha256', Buffer.from(`${eh}.${ec}`), app.publicKey, Buffer.from(es, 'base64url'));
      const answer = await token(jwt);
      expect([name, answer.status], name).toEqual([name, oracle ? 200 : 400]);
      if (!oracle) expect(answer, name).toEqual(refusal('invalid_grant', 'invalid assertion'));
    }
    expect(fake.issuedTokens).toHaveLength(1);
  });

  it('refuses an unsigned or HMAC assertion and garbage as invalid assertion', async () => {
    const claims = goodClaims();
    for (const jwt of [`${b64({ alg: 'none' })}.${b64(claims)}.`, assertion(app.privateKey, claims, { alg: 'HS256' }), 'not-a-jwt', `${b64({ alg: 'RS256' })}.e30`]) {
      expect(await token(jwt), jwt).toEqual(refusal('invalid_grant', 'invalid assertion'));
    }
  });

  it('checks iss, aud, exp (seconds, in the future, at most 3 minutes ahead) and that sub is pre-authorized', async () => {
    const withClaims = (over: Record<string, unknown>) => token(assertion(app.privateKey, { ...goodClaims(), ...over }));
    expect(await withClaims({ iss: '3MVG9FAKE.another-app' })).toEqual(refusal('invalid_client_id', 'client identifier invalid'));
    expect(await withClaims({ aud: 'https://login.salesforce.com' })).toEqual(refusal('invalid_grant', 'audience is invalid'));
    expect(await withClaims({ exp: nowSec() - 5 })).toEqual(refusal('invalid_grant', 'expired authorization code'));
    expect(await withClaims({ exp: Date.now() + 120_000 })).toEqual(refusal('invalid_grant', 'expired authorization code')); // milliseconds
    expect(await withClaims({ exp: nowSec() + 600 })).toEqual(refusal('invalid_grant', 'expired authorization code'));
    expect(await withClaims({ exp: String(nowSec() + 60) })).toEqual(refusal('invalid_grant', 'expired authorization code'));
    expect(await withClaims({ sub: 'someone@callscribe.example.acme' })).toEqual(refusal('invalid_grant', "user hasn't approved this consumer"));
    fake.jwtApprovedUsers.delete(fake.integrationUsername);
    expect(await withClaims({})).toEqual(refusal('invalid_grant', "user hasn't approved this consumer"));
    expect(fake.issuedTokens).toHaveLength(0);
  });

  it('refuses the flow when the connected app has no certificate', async () => {
    const plain = await startSalesforceFake();
    try {
      const res = await fetch(`${plain.instanceUrl}/services/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: assertion(app.privateKey, { iss: plain.clientId, sub: plain.integrationUsername, aud: plain.instanceUrl, exp: nowSec() + 60 }),
        }).toString(),
      });
      expect({ status: res.status, body: await res.json() }).toEqual(refusal('invalid_grant', 'invalid assertion'));
    } finally {
      await plain.close();
    }
  });
});
