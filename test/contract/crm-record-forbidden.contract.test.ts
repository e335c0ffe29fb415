import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure, taskInputFor } from '../helpers/crm-inputs.ts';

/**
 * A CRM refusing one record (kind `forbidden`: the call stops, other calls sync on) against a CRM refusing the
 * credentials (kind `credentials`: sync pauses until the credential check passes). Each adapter against its local
 * fake, over real HTTP on loopback.
 */

const checks = (requests: { method: string; path: string }[], path: string) => requests.filter((r) => r.method === 'GET' && r.path === path).length;

describe('Pipedrive: a 403 names no reason, so the credential check decides', () => {
  let fake: PipedriveFake;
  let person: string;
  let deal: string;
  const crm = () => createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', timeoutMs: 2000, readTries: 1 });

  beforeEach(async () => {
    fake = await startPipedriveFake();
    [person] = fake.seed({ users: [{ id: 7, name: 'Priya Raman', email: 'priya@example.com' }], persons: [{ name: 'Elena Novak', phones: ['+44 20 7946 0321'] }] }).persons as [string];
    [deal] = fake.seed({ deals: [{ title: 'Pilot', stage_id: 3, person_id: Number(person) }] }).deals as [string];
  });
  afterEach(() => fake.close());

  it('a deal a visibility group keeps from the token’s user is PIPEDRIVE_RECORD_FORBIDDEN, naming the deal and what an admin does', async () => {
    fake.restrict('deals', deal, 'read');
    expect(await crm().getDeal(deal)).toMatchObject({ id: deal });
    const err = await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'));
    expect(err).toMatchObject({ code: 'PIPEDRIVE_RECORD_FORBIDDEN', kind: 'forbidden', retryable: false, status: 403 });
    expect(err.message).toContain(`deal ${deal}`);
    expect(err.message).toMatch(/visible to the API token's user/);
    expect(checks(fake.requests, '/v1/users/me')).toBe(1);

    fake.restrict('deals', deal, 'none');
    expect(await failure(crm().logCall(callLogInput(person, deal)))).toMatchObject({ code: 'PIPEDRIVE_RECORD_FORBIDDEN', kind: 'forbidden' });
    expect(fake.objects('activities')).toEqual([]);
  });

  it('an activity the token’s user may not edit (reassigned) is PIPEDRIVE_RECORD_FORBIDDEN on updateTask, naming the activity', async () => {
    const task = await crm().createTask(taskInputFor(person, deal));
    fake.restrict('activities', task.id, 'read');
    const err = await failure(crm().updateTask(task.id, { subject: 'Send the signed contract' }, 'call-1:task-update'));
    expect(err).toMatchObject({ code: 'PIPEDRIVE_RECORD_FORBIDDEN', kind: 'forbidden', message: expect.stringContaining(`activity ${task.id}`) });
  });

  it('a token refused everything, the credential check included, stays PIPEDRIVE_AUTH; so does a 403 on the check itself', async () => {
    fake.chaos({ rate: 1, statuses: [403], seed: 1 });
    expect(await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'PIPEDRIVE_AUTH', kind: 'credentials', status: 403 });
    const before = fake.requests.length;
    expect(await failure(crm().ping!())).toMatchObject({ code: 'PIPEDRIVE_AUTH', kind: 'credentials', status: 403 });
    expect(fake.requests.length - before).toBe(1); // the check is not checked again
  });

  it('when the check itself cannot answer (503), the 403 is tried again later: retryable, never a pause nor a failed call', async () => {
    fake.restrict('deals', deal, 'read');
    fake.failNext(1, { status: 503, match: { method: 'GET', path: '/v1/users/me' } });
    expect(await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', kind: 'unavailable', retryable: true });
  });
});

describe('HubSpot: a missing scope is the token’s, another 403 the record’s once the check passes', () => {
  let fake: HubSpotFake;
  let deal: string;
  const crm = () => createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', searchSettleMs: 0, timeoutMs: 2000, readTries: 1 });

  beforeEach(async () => {
    fake = await startHubSpotFake({ limits: false });
    [deal] = fake.seed({ deals: [{ dealname: 'Pilot', dealstage: 'presentationscheduled' }] }).deals as [string];
  });
  afterEach(() => fake.close());

  it('a deal out of the token’s reach is HUBSPOT_RECORD_FORBIDDEN, naming the deal', async () => {
    fake.restrict('deals', deal);
    const err = await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'));
    expect(err).toMatchObject({ code: 'HUBSPOT_RECORD_FORBIDDEN', kind: 'forbidden', retryable: false, status: 403 });
    expect(err.message).toContain(`deal ${deal}`);
    expect(err.message).toMatch(/give the private app .* access to the record/);
  });

  it('MISSING_SCOPES is HUBSPOT_MISSING_SCOPES without asking the check; a non-scope 403 the check also gets is HUBSPOT_AUTH', async () => {
    fake.failNext(1, { status: 403, match: { method: 'PATCH' } }); // the fake's default 403: MISSING_SCOPES
    const before = fake.requests.length;
    expect(await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', kind: 'credentials', status: 403 });
    expect(checks(fake.requests.slice(before), '/crm/v3/owners')).toBe(0);

    const plain = { status: 'error', message: 'This account may not use this API.' };
    fake.failNext(1, { status: 403, body: plain, match: { method: 'PATCH' } });
    fake.failNext(1, { status: 403, body: plain, match: { method: 'GET', path: '/crm/v3/owners' } });
    expect(await failure(crm().updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'HUBSPOT_AUTH', kind: 'credentials', status: 403 });
  });

  it('after a missing scope the credential check (ping) fails, naming the scope, until the private app holds it', async () => {
    fake.setScopes(['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.deals.read', 'crm.objects.owners.read']);
    const hs = crm();
    await expect(hs.ping!()).resolves.toBeUndefined(); // reading an owner needs no deal scope
    const err = await failure(hs.updateDealStage(deal, 'contractsent', 'call-1:stage'));
    expect(err).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', kind: 'credentials', retryable: false, status: 403 });
    expect(err.message).toMatch(/lacks scope crm\.objects\.deals\.write\. A super admin adds it in HubSpot .*Scopes.*sync resumes by itself/);

    // The owners read still passes, so the check asks HubSpot which scopes the token holds.
    expect(await failure(hs.ping!())).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', kind: 'credentials', message: expect.stringContaining('crm.objects.deals.write') });
    expect(await failure(hs.ping!())).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES' });
    const infos = fake.requests.filter((r) => r.path === '/oauth/v2/private-apps/get/access-token-info');
    expect(infos.map((r) => [r.method, r.body])).toEqual([
      ['POST', { tokenKey: fake.accessToken }],
      ['POST', { tokenKey: fake.accessToken }],
    ]);

    fake.setScopes(['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.deals.read', 'crm.objects.deals.write', 'crm.objects.owners.read']);
    await expect(hs.ping!()).resolves.toBeUndefined();
    await expect(hs.ping!()).resolves.toBeUndefined();
    expect(fake.requests.filter((r) => r.path === '/oauth/v2/private-apps/get/access-token-info')).toHaveLength(3); // asked no more once held
    expect(await hs.updateDealStage(deal, 'contractsent', 'call-1:stage')).toEqual({ changed: true });
  });

  it('a missing scope elsewhere does not make a record’s 403 the token’s', async () => {
    fake.setScopes(['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.deals.read', 'crm.objects.owners.read']);
    const hs = crm();
    expect(await failure(hs.updateDealStage(deal, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES' });
    fake.restrict('deals', deal);
    expect(await failure(hs.getDeal(deal))).toMatchObject({ code: 'HUBSPOT_RECORD_FORBIDDEN', kind: 'forbidden' });
  });
});

describe('Salesforce: the error code says whose refusal it is', () => {
  let fake: SalesforceFake;
  let contact: string;
  let opportunity: string;
  const crm = () => createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, defaultPhoneRegion: 'GB', timeoutMs: 2000, readTries: 1 });

  beforeEach(async () => {
    fake = await startSalesforceFake();
    [contact] = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Phone: '+44 20 7946 0321' }] }).contacts as [string];
    [opportunity] = fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Id. Decision Makers', contactIds: [contact] }] }).opportunities as [string];
  });
  afterEach(() => fake.close());

  it('a read-only or locked Opportunity, or a Task linked to one not shared, is SALESFORCE_RECORD_FORBIDDEN, naming it and the fix', async () => {
    fake.restrict(opportunity, 'read');
    const readOnly = await failure(crm().updateDealStage(opportunity, 'contractsent', 'call-1:stage'));
    expect(readOnly).toMatchObject({ code: 'SALESFORCE_RECORD_FORBIDDEN', kind: 'forbidden', retryable: false, status: 403 });
    expect(readOnly.message).toContain(`Opportunity ${opportunity}`);
    expect(readOnly.message).toMatch(/share the record with the integration user/);
    expect(readOnly.message).toContain('INSUFFICIENT_ACCESS_OR_READONLY');

    fake.restrict(opportunity, 'locked');
    expect(await failure(crm().updateDealStage(opportunity, 'contractsent', 'call-1:stage'))).toMatchObject({ code: 'SALESFORCE_RECORD_FORBIDDEN', kind: 'forbidden', status: 400 });

    fake.restrict(opportunity, 'none');
    const linked = await failure(crm().logCall(callLogInput(contact, opportunity)));
    expect(linked).toMatchObject({ code: 'SALESFORCE_RECORD_FORBIDDEN', kind: 'forbidden' });
    expect(linked.message).toContain('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
    expect(fake.objects('Task')).toEqual([]);
  });

  it('API access refused, a 403 the check also gets, and a 403 on the check stay SALESFORCE_AUTH; a spent allowance stays a rate limit', async () => {
    fake.failNext(1, { status: 403, body: [{ message: 'API is disabled for this User', errorCode: 'API_CURRENTLY_DISABLED' }] });
    expect(await failure(crm().updateDealStage(opportunity, 'contractsent', 'k'))).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', status: 403 });
    const unexplained = [{ message: 'Forbidden', errorCode: 'FORBIDDEN' }];
    fake.failNext(2, { status: 403, body: unexplained });
    expect(await failure(crm().getDeal(opportunity))).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', status: 403 });
    fake.failNext(1, { status: 403, body: unexplained, match: { path: /\/v62\.0\/$/ } });
    expect(await failure(crm().ping!())).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', status: 403 });
    fake.failNext(1, { status: 403 }); // REQUEST_LIMIT_EXCEEDED
    expect(await failure(crm().getDeal(opportunity))).toMatchObject({ code: 'SALESFORCE_RATE_LIMITED', kind: 'rate_limit', retryable: true });
  });
});

describe('Salesforce: an integration user without "View Setup and Configuration"', () => {
  it('passes the credential check, so an unexplained 403 on a record is the record’s and sync is not paused for good', async () => {
    const fake = await startSalesforceFake({ viewSetup: false });
    try {
      const [opportunity] = fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Id. Decision Makers' }] }).opportunities as [string];
      const crm = createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, defaultPhoneRegion: 'GB', timeoutMs: 2000, readTries: 1 });
      await crm.ping!();
      fake.failNext(1, { status: 403, body: [{ message: 'Forbidden', errorCode: 'FORBIDDEN' }], match: { method: 'GET', path: /\/query$/ } });
      expect(await failure(crm.getDeal(opportunity))).toMatchObject({ code: 'SALESFORCE_RECORD_FORBIDDEN', kind: 'forbidden' });
    } finally {
      await fake.close();
    }
  });
});

describe('a read refused (403) while the credential check cannot answer is not sent again: the check’s own retries are the only ones', () => {
  const noSleep = async () => {};
  const sent = (requests: { method: string; path: string }[], path: string | RegExp) =>
    requests.filter((r) => r.method === 'GET' && (typeof path === 'string' ? r.path === path : path.test(r.path))).length;

  it('Pipedrive', async () => {
    const fake = await startPipedriveFake();
    try {
      const [deal] = fake.seed({ deals: [{ title: 'Pilot', stage_id: 3 }] }).deals as [string];
      fake.restrict('deals', deal, 'none');
      fake.failNext(9, { status: 503, match: { method: 'GET', path: '/v1/users/me' } });
      const crm = createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', timeoutMs: 2000, readTries: 3, sleep: noSleep });
      expect(await failure(crm.getDeal(deal))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', kind: 'unavailable', retryable: true });
      expect(sent(fake.requests, `/api/v2/deals/${deal}`)).toBe(1);
      expect(sent(fake.requests, '/v1/users/me')).toBe(3);
    } finally {
      await fake.close();
    }
  });

  it('HubSpot', async () => {
    const fake = await startHubSpotFake({ limits: false });
    try {
      const [deal] = fake.seed({ deals: [{ dealname: 'Pilot', dealstage: 'presentationscheduled' }] }).deals as [string];
      fake.restrict('deals', deal);
      fake.failNext(9, { status: 503, match: { method: 'GET', path: '/crm/v3/owners' } });
      const crm = createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', searchSettleMs: 0, timeoutMs: 2000, readTries: 3, sleep: noSleep });
      expect(await failure(crm.getDeal(deal))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', kind: 'unavailable', retryable: true });
      expect(sent(fake.requests, `/crm/v3/objects/deals/${deal}`)).toBe(1);
      expect(sent(fake.requests, '/crm/v3/owners')).toBe(3);
    } finally {
      await fake.close();
    }
  });

  it('Salesforce', async () => {
    const fake = await startSalesforceFake();
    try {
      const [opportunity] = fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Id. Decision Makers' }] }).opportunities as [string];
      const path = /\/query$/; // the Opportunity is read with SOQL
      fake.failNext(3, { status: 403, body: [{ message: 'Forbidden', errorCode: 'FORBIDDEN' }], match: { method: 'GET', path } });
      fake.failNext(9, { status: 503, match: { method: 'GET', path: /\/v62\.0\/$/ } });
      const crm = createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, defaultPhoneRegion: 'GB', timeoutMs: 2000, readTries: 3, sleep: noSleep });
      expect(await failure(crm.getDeal(opportunity))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', kind: 'unavailable', retryable: true });
      expect(sent(fake.requests, path)).toBe(1);
      expect(sent(fake.requests, /\/v62\.0\/$/)).toBe(3);
    } finally {
      await fake.close();
    }
  });
});
