import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { ConfigError } from '../../src/config/env.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startSalesforceFake, type SalesforceFake, type SeededIds } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';

/** The Salesforce adapter's client-credentials flow against the fake's token endpoint, over real HTTP on loopback. */

let fake: SalesforceFake;
let ids: SeededIds;
const adapter = (extra: Partial<Parameters<typeof createSalesforceCrm>[0]> = {}): CrmAdapter =>
  createSalesforceCrm({ instanceUrl: fake.instanceUrl, clientId: fake.clientId, clientSecret: fake.clientSecret, defaultPhoneRegion: 'GB', timeoutMs: 2000, ...extra });

const tokenRequests = () => fake.requests.filter((r) => r.path === '/services/oauth2/token');
const dataRequests = () => fake.requests.filter((r) => r.path.startsWith('/services/data/'));
const taskPatches = () => fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/sobjects/Task/'));

beforeEach(async () => {
  fake = await startSalesforceFake();
  const people = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Email: 'elena@brightline.example' }] });
  ids = { ...fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Qualification', contactIds: [people.contacts[0]!] }] }), contacts: people.contacts };
});
afterEach(() => fake.close());

describe('Salesforce adapter: client-credentials flow', () => {
  it('gets a token from the token endpoint with a form body, and sends every request with it', async () => {
    const crm = adapter();
    expect(await crm.findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[0] } });
    expect(await crm.getDeal(ids.opportunities[0]!)).toMatchObject({ name: 'Pilot' });
    const [token] = tokenRequests();
    expect(tokenRequests()).toHaveLength(1);
    expect(token).toMatchObject({ method: 'POST', status: 200, body: { grant_type: 'client_credentials', client_id: fake.clientId, client_secret: fake.clientSecret } });
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fake.issuedTokens).toHaveLength(1);
    expect(dataRequests().length).toBeGreaterThan(1);
    for (const r of dataRequests()) expect(r.headers.authorization).toBe(`Bearer ${fake.issuedTokens[0]}`);
  });

  it('renews an expired session once and writes the Task exactly once', async () => {
    const crm = adapter();
    await crm.ping!();
    fake.expireSessions({ method: 'PATCH', path: /\/sobjects\/Task\// }); // the session times out as the upsert arrives
    const logged = await crm.logCall(callLogInput(ids.contacts[0]!, ids.opportunities[0]!));
    expect(logged.created).toBe(true);
    expect(taskPatches().map((r) => r.status)).toEqual([401, 201]);
    expect(taskPatches()[1]!.headers.authorization).toBe(`Bearer ${fake.issuedTokens[1]}`);
    expect(fake.issuedTokens).toHaveLength(2);
    expect(fake.objects('Task')).toHaveLength(1);
    expect(await crm.logCall(callLogInput(ids.contacts[0]!, ids.opportunities[0]!))).toEqual({ id: logged.id, created: false });
    expect(fake.objects('Task')).toHaveLength(1);
    expect(fake.issuedTokens).toHaveLength(2);
  });

  it('a refused renewed token is SALESFORCE_AUTH naming what to check, after exactly one renewal and no write', async () => {
    const crm = adapter();
    fake.failNext(2, { status: 401, match: { method: 'PATCH' } });
    const err = await failure(crm.logCall(callLogInput(ids.contacts[0]!, ids.opportunities[0]!)));
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect(err.message).toMatch(/Run As user.*SALESFORCE_CLIENT_ID.*INVALID_SESSION_ID/);
    expect(tokenRequests()).toHaveLength(2);
    expect(taskPatches().map((r) => r.status)).toEqual([401, 401]);
    expect(fake.objects('Task')).toHaveLength(0);
  });

  it('a wrong secret or client id is SALESFORCE_AUTH saying which setting to fix; no API request is sent', async () => {
    const secret = await failure(adapter({ clientSecret: 'not-the-secret' }).findContact({ email: 'elena@brightline.example' }));
    expect(secret).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false, status: 400 });
    expect(secret.message).toMatch(/SALESFORCE_CLIENT_SECRET.*Consumer Secret.*invalid_client: invalid client credentials/);
    expect(secret.message).not.toContain('not-the-secret');
    const id = await failure(adapter({ clientId: 'unknown-app' }).ping!());
    expect(id).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', status: 400 });
    expect(id.message).toMatch(/SALESFORCE_CLIENT_ID.*Consumer Key.*invalid_client_id/);
    expect(tokenRequests().map((r) => r.status)).toEqual([400, 400]);
    expect(dataRequests()).toHaveLength(0);
  });

  it('a token endpoint answering 200 without a token (a login page at a wrong URL) is a settings problem: SALESFORCE_AUTH, not a failed call', async () => {
    const loginPage: typeof fetch = async (input, init) =>
      new URL(String(input)).pathname === '/services/oauth2/token'
        ? new Response('<html><body>Login</body></html>', { status: 200, headers: { 'content-type': 'text/html' } })
        : fetch(input, init);
    const err = await failure(adapter({ fetch: loginPage }).findContact({ email: 'elena@brightline.example' }));
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false });
    expect(err.message).toMatch(/without an access_token.*SALESFORCE_INSTANCE_URL/);
    expect(dataRequests()).toHaveLength(0);
  });

  it('concurrent requests share one token request, and one renewal after the session expires', async () => {
    const crm = adapter();
    const reads = () => Promise.all(Array.from({ length: 6 }, () => crm.getDeal(ids.opportunities[0]!)));
    expect((await reads()).map((d) => d?.name)).toEqual(Array(6).fill('Pilot'));
    expect(tokenRequests()).toHaveLength(1);
    fake.expireSessions();
    expect((await reads()).map((d) => d?.name)).toEqual(Array(6).fill('Pilot'));
    expect(tokenRequests()).toHaveLength(2);
    expect(dataRequests().filter((r) => r.status === 401)).toHaveLength(6);
  });

  /**
   * A fetch whose token answers name `instanceUrl` as the instance; requests to any origin reach the fake,
   * and each request's origin is recorded.
   */
  const namingInstance = (instanceUrl: string) => {
    const origins: string[] = [];
    const fetchVia: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      origins.push(url.origin);
      const res = await fetch(fake.instanceUrl + url.pathname + url.search, init);
      if (url.pathname !== '/services/oauth2/token' || res.status !== 200) return res;
      return Response.json({ ...((await res.json()) as object), instance_url: instanceUrl });
    };
    return { origins, fetch: fetchVia };
  };

  it("sends the token only to the configured origin or a Salesforce host the token answer names; another host is warned of and not used", async () => {
    for (const foreign of ['https://evil.example', 'https://acme.my.salesforce.com.evil.example', 'https://evilsalesforce.com', 'http://acme.my.salesforce.com', 'https://acme.my.salesforce.com:8443']) {
      const { logger, lines } = capturedLogger();
      const via = namingInstance(foreign);
      expect(await adapter({ fetch: via.fetch, logger }).getDeal(ids.opportunities[0]!)).toMatchObject({ name: 'Pilot' });
      expect([foreign, [...new Set(via.origins)]]).toEqual([foreign, [fake.instanceUrl]]);
      expect(lines).toMatchObject([{ level: 40, instanceUrl: foreign, msg: expect.stringMatching(/instance_url.*SALESFORCE_INSTANCE_URL/) }]);
    }
    for (const salesforce of ['https://acme--uat.sandbox.my.salesforce.com', 'https://acme.my.salesforce.mil', 'https://acme.my.sfcrmproducts.cn', 'https://na42.salesforce.com', 'https://acme.lightning.force.com']) {
      const { logger, lines } = capturedLogger();
      const via = namingInstance(salesforce);
      expect(await adapter({ fetch: via.fetch, logger }).getDeal(ids.opportunities[0]!)).toMatchObject({ name: 'Pilot' });
      expect([salesforce, [...new Set(via.origins)]]).toEqual([salesforce, [fake.instanceUrl, salesforce]]);
      expect(lines).toEqual([]);
    }
  });

  it('refuses an http:// instance URL with client credentials unless it is loopback: the secret would go in clear', () => {
    const credentials = { clientId: 'id', clientSecret: 'cs-9f2k-value' };
    expect(() => createSalesforceCrm({ instanceUrl: 'http://acme.my.salesforce.com', ...credentials })).toThrow(/SALESFORCE_INSTANCE_URL.*https:\/\//);
    expect(() => createSalesforceCrm({ instanceUrl: 'http://acme.my.salesforce.com', ...credentials })).not.toThrow(/cs-9f2k-value/);
    for (const loopback of ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080', 'https://acme.my.salesforce.com']) {
      expect(() => createSalesforceCrm({ instanceUrl: loopback, ...credentials })).not.toThrow();
    }
    // A fixed token is sent to the instance either way; its URL is the operator's choice.
    expect(() => createSalesforceCrm({ instanceUrl: 'http://crm-proxy.internal', accessToken: '00Dx' })).not.toThrow();
  });

  it('refuses a fixed token together with client credentials, and half of the client credentials', () => {
    const base = { instanceUrl: 'https://acme.my.salesforce.com' };
    expect(() => createSalesforceCrm({ ...base, accessToken: '00Dx', clientId: 'id', clientSecret: 'secret' })).toThrow(ConfigError);
    expect(() => createSalesforceCrm({ ...base, accessToken: '00Dx', clientId: 'id', clientSecret: 'secret' })).toThrow(/both SALESFORCE_ACCESS_TOKEN and SALESFORCE_CLIENT_ID/);
    expect(() => createSalesforceCrm({ ...base, clientId: 'id' })).toThrow(/SALESFORCE_CLIENT_SECRET is missing/);
    expect(() => createSalesforceCrm(base)).toThrow(/SALESFORCE_ACCESS_TOKEN.*or SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET/);
  });
});
