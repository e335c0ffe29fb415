import { generateKeyPairSync, verify } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { ConfigError } from '../../src/config/env.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startSalesforceFake, type SalesforceFake, type SeededIds } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';

/** The Salesforce adapter's JWT bearer flow against the fake's token endpoint, over real HTTP on loopback. */

const pem = (key: { export(o: { type: 'pkcs8'; format: 'pem' }): string | Buffer }) => String(key.export({ type: 'pkcs8', format: 'pem' }));
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const appKey = pem(app.privateKey);
const otherKey = pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

let fake: SalesforceFake;
let ids: SeededIds;
const adapter = (extra: Partial<Parameters<typeof createSalesforceCrm>[0]> = {}): CrmAdapter =>
  createSalesforceCrm({
    instanceUrl: fake.instanceUrl,
    loginUrl: fake.instanceUrl,
    clientId: fake.clientId,
    username: fake.integrationUsername,
    privateKey: appKey,
    defaultPhoneRegion: 'GB',
    timeoutMs: 2000,
    ...extra,
  });

const tokenRequests = () => fake.requests.filter((r) => r.path === '/services/oauth2/token');
const dataRequests = () => fake.requests.filter((r) => r.path.startsWith('/services/data/'));
const taskPatches = () => fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/sobjects/Task/'));
const formOf = (r: { body?: unknown }) => r.body as Record<string, string>;

/** The assertion's header and claims, and whether node:crypto verifies its signature with the certificate's public key. */
function decode(assertion: string) {
  const [h, c, s] = assertion.split('.') as [string, string, string];
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: json(h), claims: json(c), verified: verify('sha256', Buffer.from(`${h}.${c}`), app.publicKey, Buffer.from(s, 'base64url')) };
}

beforeEach(async () => {
  fake = await startSalesforceFake({ jwtCertificate: app.publicKey });
  const people = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Email: 'elena@brightline.example' }] });
  ids = { ...fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Qualification', contactIds: [people.contacts[0]!] }] }), contacts: people.contacts };
});
afterEach(() => fake.close());

describe('Salesforce adapter: JWT bearer flow', () => {
  it('posts an RS256 assertion (iss, sub, aud, exp within 3 minutes) to the login URL and sends every request with the token it gets', async () => {
    const crm = adapter();
    const before = Math.floor(Date.now() / 1000);
    expect(await crm.findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[0] } });
    expect(await crm.getDeal(ids.opportunities[0]!)).toMatchObject({ name: 'Pilot' });
    expect(tokenRequests()).toHaveLength(1);
    const [request] = tokenRequests();
    expect(request).toMatchObject({ method: 'POST', status: 200 });
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.keys(formOf(request!)).sort()).toEqual(['assertion', 'grant_type']);
    expect(formOf(request!).grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const { header, claims, verified } = decode(formOf(request!).assertion!);
    expect(verified).toBe(true);
    expect(header).toEqual({ alg: 'RS256' });
    expect(claims).toEqual({ iss: fake.clientId, sub: fake.integrationUsername, aud: fake.instanceUrl, exp: expect.any(Number) });
    expect(claims.exp as number).toBeGreaterThan(before);
    expect(claims.exp as number).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 180);
    for (const r of dataRequests()) expect(r.headers.authorization).toBe(`Bearer ${fake.issuedTokens[0]}`);
  });

  it('signs a new assertion for a new token when the session expires, and writes the Task exactly once', async () => {
    const crm = adapter();
    await crm.ping!();
    fake.expireSessions({ method: 'PATCH', path: /\/sobjects\/Task\// }); // the session times out as the upsert arrives
    const logged = await crm.logCall(callLogInput(ids.contacts[0]!, ids.opportunities[0]!));
    expect(logged.created).toBe(true);
    expect(taskPatches().map((r) => r.status)).toEqual([401, 201]);
    expect(taskPatches()[1]!.headers.authorization).toBe(`Bearer ${fake.issuedTokens[1]}`);
    expect(tokenRequests().map((r) => r.status)).toEqual([200, 200]);
    for (const r of tokenRequests()) expect(decode(formOf(r).assertion!).verified).toBe(true);
    expect(fake.objects('Task')).toHaveLength(1);
  });

  it('a refused renewed token is SALESFORCE_AUTH naming what to check, after exactly one renewal and no write', async () => {
    fake.failNext(2, { status: 401, match: { method: 'PATCH' } });
    const err = await failure(adapter().logCall(callLogInput(ids.contacts[0]!, ids.opportunities[0]!)));
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect(err.message).toMatch(/JWT bearer flow.*SALESFORCE_USERNAME.*INVALID_SESSION_ID/);
    expect(tokenRequests()).toHaveLength(2);
    expect(fake.objects('Task')).toHaveLength(0);
  });

  it('a user the connected app is not pre-authorized for is SALESFORCE_AUTH saying how to approve it; no API request is sent', async () => {
    fake.jwtApprovedUsers.delete(fake.integrationUsername);
    const err = await failure(adapter().findContact({ email: 'elena@brightline.example' }));
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false, status: 400 });
    expect(err.message).toMatch(/Admin approved users are pre-authorized.*profile or a permission set.*SALESFORCE_USERNAME/);
    expect(err.message).toContain("Salesforce said (400 on POST /services/oauth2/token): invalid_grant: user hasn't approved this consumer");
    expect(dataRequests()).toHaveLength(0);
  });

  it("a key that is not the certificate's is SALESFORCE_AUTH naming SALESFORCE_PRIVATE_KEY, without the key; a wrong Consumer Key names SALESFORCE_CLIENT_ID", async () => {
    const err = await failure(adapter({ privateKey: otherKey }).ping!());
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', status: 400 });
    expect(err.message).toMatch(/SALESFORCE_PRIVATE_KEY must be the private key of the certificate uploaded under "Use digital signatures".*invalid_grant: invalid assertion/);
    for (const key of [otherKey, appKey]) expect(err.message).not.toContain(key.split('\n')[1]);
    const id = await failure(adapter({ clientId: '3MVG9FAKE.unknown-app' }).ping!());
    expect(id.message).toMatch(/SALESFORCE_CLIENT_ID.*Consumer Key.*invalid_client_id/);
    expect(dataRequests()).toHaveLength(0);
  });

  it('a login URL other than the audience Salesforce expects, or a clock far behind, says which to fix', async () => {
    const aud = await failure(adapter({ loginUrl: fake.instanceUrl.replace('127.0.0.1', 'localhost') }).ping!());
    expect(aud.message).toMatch(/set SALESFORCE_LOGIN_URL to https:\/\/login\.salesforce\.com.*audience is invalid/);
    const late = await failure(adapter({ clock: () => new Date(Date.now() - 10 * 60_000) }).ping!());
    expect(late.message).toMatch(/clock of this host is off.*expired authorization code/);
    expect(tokenRequests().map((r) => r.status)).toEqual([400, 400]);
  });

  it('refuses at start half of the JWT settings, a secret beside them, a fixed token beside them, and a login URL in clear', () => {
    const base = { instanceUrl: 'https://acme.my.salesforce.com' };
    const jwt = { clientId: '3MVGid', username: 'integration@acme.example', privateKey: appKey };
    expect(() => createSalesforceCrm({ ...base, ...jwt })).not.toThrow();
    expect(() => createSalesforceCrm({ ...base, clientId: '3MVGid', privateKey: appKey })).toThrow(/SALESFORCE_USERNAME is missing/);
    expect(() => createSalesforceCrm({ ...base, username: 'integration@acme.example' })).toThrow(/SALESFORCE_CLIENT_ID and SALESFORCE_PRIVATE_KEY \(or SALESFORCE_PRIVATE_KEY_FILE\) are missing/);
    expect(() => createSalesforceCrm({ ...base, ...jwt, clientSecret: 'cs-value' })).toThrow(/both SALESFORCE_CLIENT_SECRET .* and SALESFORCE_USERNAME \/ SALESFORCE_PRIVATE_KEY/);
    expect(() => createSalesforceCrm({ ...base, ...jwt, accessToken: '00Dx' })).toThrow(/both SALESFORCE_ACCESS_TOKEN and SALESFORCE_USERNAME \/ SALESFORCE_PRIVATE_KEY/);
    expect(() => createSalesforceCrm({ ...base, ...jwt, loginUrl: 'http://login.salesforce.com' })).toThrow(/SALESFORCE_LOGIN_URL must be https:\/\//);
    expect(() => createSalesforceCrm({ ...base, accessToken: '00Dx', loginUrl: 'https://test.salesforce.com' })).toThrow(ConfigError);
    expect(() => createSalesforceCrm({ ...base, ...jwt, privateKey: 'not a key' })).toThrow(/SALESFORCE_PRIVATE_KEY is not a PEM private key/);
  });
});

describe('the assertion’s audience when SALESFORCE_LOGIN_URL is a My Domain URL', () => {
  /** The claims of the assertion posted to each token URL; every token request is refused, nothing else is sent. */
  async function audienceFor(loginUrl: string): Promise<{ url: string; aud: unknown }> {
    const posted: { url: string; aud: unknown }[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      const assertion = new URLSearchParams(String(init?.body)).get('assertion') ?? '';
      posted.push({ url: String(url), aud: decode(assertion).claims.aud });
      return new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'audience is invalid' }), { status: 400, headers: { 'content-type': 'application/json' } });
    };
    const crm = createSalesforceCrm({
      instanceUrl: 'https://acme.my.salesforce.com',
      loginUrl,
      clientId: '3MVG9FAKE.consumer-key',
      username: 'integration@acme.example',
      privateKey: appKey,
      defaultPhoneRegion: 'GB',
      timeoutMs: 2000,
      fetch: fetch as typeof globalThis.fetch,
    });
    await failure(crm.ping!());
    expect(posted).toHaveLength(1);
    return posted[0]!;
  }

  it('is posted to the My Domain but names the login host Salesforce accepts as audience: production’s, or test’s for a sandbox', async () => {
    expect(await audienceFor('https://acme.my.salesforce.com')).toEqual({ url: 'https://acme.my.salesforce.com/services/oauth2/token', aud: 'https://login.salesforce.com' });
    expect(await audienceFor('https://acme--uat.sandbox.my.salesforce.com')).toEqual({
      url: 'https://acme--uat.sandbox.my.salesforce.com/services/oauth2/token',
      aud: 'https://test.salesforce.com',
    });
    expect(await audienceFor('https://acme--uat.my.salesforce.com')).toMatchObject({ aud: 'https://test.salesforce.com' }); // a sandbox before enhanced domains
    expect(await audienceFor('https://login.salesforce.com')).toMatchObject({ aud: 'https://login.salesforce.com' });
    expect(await audienceFor('https://test.salesforce.com')).toMatchObject({ aud: 'https://test.salesforce.com' });
  });
});
