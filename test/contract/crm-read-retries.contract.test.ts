import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadRetry } from '../../src/adapters/crm/http/retry-read.ts';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { crmReadRetryHook, instrumentCrm } from '../../src/observability/instrument-ports.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';

/**
 * The CRM clients retry a read (GET, and HubSpot's search and batch reads) after a 429 or 5xx that asks for a short
 * wait, at most three tries in all; a longer wait, a refusal and any write go to the queue as they are. Each against
 * the CRM's local fake, over real HTTP on loopback; the waits are recorded instead of slept.
 */

let waits: number[];
let retried: ReadRetry[];
const retrying = () => ({ sleep: async (ms: number) => void waits.push(ms), onReadRetry: (r: ReadRetry) => void retried.push(r) });
beforeEach(() => {
  waits = [];
  retried = [];
});

describe('HubSpot client: reads are retried, writes are not', () => {
  let fake: HubSpotFake;
  let contactId: string;
  let dealId: string;
  const search = { method: 'POST', path: '/crm/v3/objects/contacts/search' };
  const crm = (extra: Partial<Parameters<typeof createHubSpotCrm>[0]> = {}) =>
    createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchSettleMs: 0, searchPerSecond: 5, timeoutMs: 2000, ...retrying(), ...extra });
  const seen = (method: string, path: string) => fake.requests.filter((r) => r.method === method && r.path === path).map((r) => r.status);

  beforeEach(async () => {
    fake = await startHubSpotFake({ limits: false });
    [contactId] = fake.seed({ contacts: [{ firstname: 'Elena', email: 'elena@brightline.example', phone: '+44 20 7946 0321' }] }).contacts as [string];
    [dealId] = fake.seed({ deals: [{ dealname: 'Pilot', dealstage: 'presentationscheduled', contactIds: [contactId] }] }).deals as [string];
  });
  afterEach(() => fake.close());

  it('a search answered 503 and then 200 finds the contact in one call, after a short jittered backoff', async () => {
    fake.failNext(1, { status: 503, match: search });
    expect(await crm().findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: contactId } });
    expect(seen('POST', search.path)).toEqual([503, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(125);
    expect(waits[0]).toBeLessThanOrEqual(250);
    expect(retried).toMatchObject([{ tried: 1, waitMs: waits[0], error: { code: 'HUBSPOT_UNAVAILABLE', kind: 'unavailable', status: 503 } }]);
  });

  it('a batch read (a POST that only reads) is retried like a GET', async () => {
    fake.failNext(1, { status: 502, match: { method: 'POST', path: '/crm/v3/objects/deals/batch/read' } });
    expect((await crm().findOpenDeals(contactId)).map((d) => d.id)).toEqual([dealId]);
    expect(seen('POST', '/crm/v3/objects/deals/batch/read')).toEqual([502, 200]);
  });

  it('a 429 whose Retry-After is short is retried after exactly that wait', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '1' }, match: { method: 'GET' } });
    expect(await crm().getDeal(dealId)).toMatchObject({ id: dealId });
    expect(waits).toEqual([1000]);
    expect(retried).toMatchObject([{ error: { code: 'HUBSPOT_RATE_LIMITED', kind: 'rate_limit' } }]);
  });

  it('a 429 asking for longer than the client waits goes to the queue at once, with its retryAfterMs', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' }, match: search });
    expect(await failure(crm().findContact({ email: 'elena@brightline.example' }))).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', retryable: true, retryAfterMs: 7000 });
    expect(seen('POST', search.path)).toEqual([429]);
    expect(waits).toEqual([]);
  });

  it('gives up after three tries in all, with the last failure', async () => {
    fake.failNext(3, { status: 503, match: { method: 'GET' } });
    expect(await failure(crm().getDeal(dealId))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, status: 503 });
    expect(seen('GET', `/crm/v3/objects/deals/${dealId}`)).toEqual([503, 503, 503]);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThanOrEqual(250); // doubled for the second retry
    expect(waits[1]).toBeLessThanOrEqual(500);
  });

  it('never retries a 401, a 403 or a 400', async () => {
    expect(await failure(crm({ accessToken: 'pat-na1-revoked' }).getDeal(dealId))).toMatchObject({ code: 'HUBSPOT_AUTH', retryable: false });
    fake.failNext(1, { status: 403, match: { method: 'GET' } });
    expect(await failure(crm().getDeal(dealId))).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', retryable: false });
    fake.failNext(1, { status: 400, match: search });
    expect(await failure(crm().findContact({ email: 'elena@brightline.example' }))).toMatchObject({ code: 'HUBSPOT_REJECTED', retryable: false });
    expect(fake.requests.map((r) => r.status)).toEqual([401, 403, 400]);
    expect(waits).toEqual([]);
  });

  it('does not retry a create answered 503: the fake sees one POST, and the error goes to the queue', async () => {
    const adapter = crm();
    await adapter.logCall(callLogInput(contactId, dealId, { idempotencyKey: 'warm-up' })); // the key property exists from here on
    fake.failNext(1, { status: 503, match: { method: 'POST', path: '/crm/v3/objects/calls' } });
    expect(await failure(adapter.logCall(callLogInput(contactId, dealId)))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, status: 503 });
    expect(seen('POST', '/crm/v3/objects/calls')).toEqual([201, 503]);
    expect(waits).toEqual([]);
  });

  it('does not retry a PATCH answered 503', async () => {
    fake.failNext(1, { status: 503, match: { method: 'PATCH' } });
    expect(await failure(crm().updateDealStage(dealId, 'contractsent', 'k'))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true });
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('readTries: 1 turns the retries off', async () => {
    fake.failNext(1, { status: 503, match: search });
    expect(await failure(crm({ readTries: 1 }).findContact({ email: 'elena@brightline.example' }))).toMatchObject({ status: 503 });
    expect(waits).toEqual([]);
  });
});

describe('Salesforce client: GETs are retried, writes are not', () => {
  let fake: SalesforceFake;
  let contactId: string;
  let opportunityId: string;
  const crm = (extra: Partial<Parameters<typeof createSalesforceCrm>[0]> = {}) =>
    createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, timeoutMs: 2000, ...retrying(), ...extra });

  beforeEach(async () => {
    fake = await startSalesforceFake();
    [contactId] = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Email: 'elena@brightline.example' }] }).contacts as [string];
    [opportunityId] = fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Needs Analysis', contactIds: [contactId] }] }).opportunities as [string];
  });
  afterEach(() => fake.close());

  it('a query answered 503 and then 200 finds the contact in one call', async () => {
    fake.failNext(1, { status: 503, match: { method: 'GET' } });
    expect(await crm().findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: contactId } });
    expect(fake.requests[0]?.status).toBe(503);
    expect(retried).toMatchObject([{ error: { code: 'SALESFORCE_UNAVAILABLE', status: 503 } }]);
  });

  it('a spent API allowance (403 REQUEST_LIMIT_EXCEEDED, a 60 s wait) goes to the queue at once; a 401 is not retried', async () => {
    fake.failNext(1, { status: 403 });
    expect(await failure(crm().getDeal(opportunityId))).toMatchObject({ code: 'SALESFORCE_RATE_LIMITED', retryAfterMs: 60_000 });
    expect(await failure(crm({ accessToken: '00DFAKE!expired' }).getDeal(opportunityId))).toMatchObject({ code: 'SALESFORCE_AUTH', retryable: false });
    expect(fake.requests.map((r) => r.status)).toEqual([403, 401]);
    expect(waits).toEqual([]);
  });

  it('does not retry the upsert (PATCH) of a call answered 503', async () => {
    fake.failNext(1, { status: 503, match: { method: 'PATCH' } });
    expect(await failure(crm().logCall(callLogInput(contactId, opportunityId)))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true });
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([503]);
    expect(waits).toEqual([]);
  });
});

describe('Pipedrive client: GETs are retried, writes are not', () => {
  let fake: PipedriveFake;
  let personId: string;
  let dealId: string;
  const crm = (extra: Partial<Parameters<typeof createPipedriveCrm>[0]> = {}) =>
    createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, timeoutMs: 2000, ...retrying(), ...extra });

  beforeEach(async () => {
    fake = await startPipedriveFake();
    fake.seed({ users: [{ id: 7, name: 'Priya Raman', email: 'priya@example.com' }] });
    [personId] = fake.seed({ persons: [{ name: 'Elena Novak', emails: ['elena@brightline.example'] }] }).persons as [string];
    [dealId] = fake.seed({ deals: [{ title: 'Pilot', stage_id: 3, person_id: Number(personId) }] }).deals as [string];
  });
  afterEach(() => fake.close());

  it('a search answered 503 and then 200 finds the person in one call', async () => {
    fake.failNext(1, { status: 503, match: { method: 'GET', path: '/api/v2/persons/search' } });
    expect(await crm().findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: personId } });
    expect(fake.requests.filter((r) => r.path === '/api/v2/persons/search').map((r) => r.status)).toEqual([503, 200]);
  });

  it('a 429 waiting out the 2 s burst window is retried after it; a longer Retry-After goes to the queue', async () => {
    fake.failNext(1, { status: 429, headers: { 'x-ratelimit-reset': '2' }, match: { method: 'GET' } });
    expect(await crm().getDeal(dealId)).toMatchObject({ id: dealId });
    expect(waits).toEqual([2000]);
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' }, match: { method: 'GET' } });
    expect(await failure(crm().getDeal(dealId))).toMatchObject({ code: 'PIPEDRIVE_RATE_LIMITED', retryAfterMs: 7000 });
    expect(waits).toEqual([2000]);
  });

  it('never retries a 401', async () => {
    expect(await failure(crm({ apiToken: 'revoked-token' }).getDeal(dealId))).toMatchObject({ code: 'PIPEDRIVE_AUTH', retryable: false });
    expect(fake.requests.map((r) => r.status)).toEqual([401]);
  });

  it('does not retry a create answered 503: the fake sees one POST', async () => {
    fake.failNext(1, { status: 503, match: { method: 'POST', path: '/api/v2/activities' } });
    expect(await failure(crm().logCall(callLogInput(personId, dealId)))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true, status: 503 });
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([503]);
    expect(waits).toEqual([]);
  });
});

describe('metrics: a retried read shows its failed tries', () => {
  let fake: HubSpotFake;
  beforeEach(async () => {
    fake = await startHubSpotFake({ limits: false });
    fake.seed({ contacts: [{ firstname: 'Elena', email: 'elena@brightline.example' }] });
  });
  afterEach(() => fake.close());

  it('counts each retried try in crm_read_retries_total and the operation once, by how it ended', async () => {
    const metrics = createMetrics();
    const onReadRetry = crmReadRetryHook('hubspot', silentLogger, metrics);
    const crm = instrumentCrm(createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchPerSecond: 5, sleep: async () => {}, onReadRetry }), metrics);
    fake.failNext(1, { status: 503, match: { method: 'POST', path: '/crm/v3/objects/contacts/search' } });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '1' }, match: { method: 'POST', path: '/crm/v3/objects/contacts/search' } });
    expect(await crm.findContact({ email: 'elena@brightline.example' })).toMatchObject({ kind: 'found' });
    const retries = await metrics.registry.getSingleMetricAsString('callscribe_crm_read_retries_total');
    expect(retries).toContain('callscribe_crm_read_retries_total{crm="hubspot",kind="unavailable"} 1');
    expect(retries).toContain('callscribe_crm_read_retries_total{crm="hubspot",kind="rate_limit"} 1');
    const operations = await metrics.registry.getSingleMetricAsString('callscribe_crm_requests_total');
    expect(operations).toContain('callscribe_crm_requests_total{crm="hubspot",operation="findContact",outcome="ok"} 1');
    expect(operations).not.toContain('retryable_error');
  });
});
