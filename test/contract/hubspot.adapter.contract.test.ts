import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { ConfigError } from '../../src/config/env.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, CrmAdapter, TaskInput } from '../../src/ports/crm.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { DEFAULT_PIPELINE } from '../helpers/fakes/hubspot-schema.ts';
import { callLogInput, failure, taskInputFor } from '../helpers/crm-inputs.ts';

/** The HubSpot adapter against the local HubSpot fake, over real HTTP on loopback. */

let fake: HubSpotFake;
let crm: CrmAdapter;
let ids: { contacts: string[]; deals: string[] };
const adapter = (extra: Partial<Parameters<typeof createHubSpotCrm>[0]> = {}) =>
  createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', searchSettleMs: 50, timeoutMs: 2000, ...extra });

const renewals = {
  id: '7001',
  label: 'Renewals',
  displayOrder: 1,
  stages: [
    { id: '1001', label: 'Negotiation', displayOrder: 0, metadata: { isClosed: 'false', probability: '0.5' } },
    { id: '1002', label: 'Contract sent', displayOrder: 1, metadata: { isClosed: 'false', probability: '0.9' } },
    { id: '1003', label: 'Renewed', displayOrder: 2, metadata: { isClosed: 'true', probability: '1.0' } },
  ],
};

beforeEach(async () => {
  fake = await startHubSpotFake();
  ids = fake.seed({
    pipelines: [DEFAULT_PIPELINE, renewals],
    owners: [{ id: '9001', email: 'priya@example.com', firstName: 'Priya', lastName: 'Raman' }],
    contacts: [
      { firstname: 'Elena', lastname: 'Novak', email: 'elena@brightline.example', phone: '+44 20 7946 0321', company: 'Brightline Foods' },
      { firstname: 'Sam', lastname: 'Ortiz', mobilephone: '(415) 555-2671' }, // typed without country code; the account is in the US
      { firstname: 'Ana', email: 'ana@twin.example', phone: '+1 212 555 0100' },
      { firstname: 'Bo', email: 'bo@twin.example', phone: '212-555-0100' },
      { firstname: 'Noah', email: 'noah@example.com' },
      { firstname: 'Maine', phone: '+1 207 946 0321' }, // same national digits as Elena's London number
    ],
  });
  const [elena, , ana] = ids.contacts;
  ids.deals = fake.seed({
    deals: [
      { dealname: 'Pilot', dealstage: 'decisionmakerboughtin', createdate: '2026-01-10T00:00:00Z', contactIds: [elena!, ana!] },
      { dealname: 'Expansion', dealstage: 'contractsent', createdate: '2026-03-01T00:00:00Z', contactIds: [elena!] },
      { dealname: 'Old win', dealstage: 'closedwon', createdate: '2025-05-01T00:00:00Z', contactIds: [elena!] },
      { dealname: 'Renewal', pipeline: '7001', dealstage: '1002', createdate: '2026-02-01T00:00:00Z' },
    ],
  }).deals;
  crm = adapter();
});
afterEach(() => fake.close());

/** Chaos seeds whose runs include creates that happened but answered 5xx (checked by the test). */
const CHAOS_SEEDS = [1, 2];

const callInput = (over: Partial<CallLogInput> = {}) => callLogInput(ids.contacts[0]!, ids.deals[1]!, over);
const taskInput = (over: Partial<TaskInput> = {}) => taskInputFor(ids.contacts[0]!, ids.deals[1]!, over);

describe('HubSpot adapter: contacts and deals', () => {
  it('finds a contact by phone however it was typed, and ignores the same digits in another country', async () => {
    for (const phone of ['+442079460321', '+44 20 7946 0321', '020 7946 0321', '+44 (0)20 7946 0321']) {
      expect(await crm.findContact({ phone }), phone).toMatchObject({
        kind: 'found',
        contact: { id: ids.contacts[0], name: 'Elena Novak', email: 'elena@brightline.example', phone: '+44 20 7946 0321', company: 'Brightline Foods' },
      });
    }
    expect(await crm.findContact({ phone: '+1 415-555-2671' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[1], phone: '(415) 555-2671' } });
    const search = fake.requests.find((r) => r.path === '/crm/v3/objects/contacts/search');
    expect(search?.headers.authorization).toBe(`Bearer ${fake.accessToken}`);
  });

  it('reports several contacts with the number as ambiguous, unless the email picks one', async () => {
    const match = await crm.findContact({ phone: '+12125550100' });
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([ids.contacts[2], ids.contacts[3]].sort());
    expect(await crm.findContact({ phone: '+12125550100', email: 'BO@twin.example' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[3] } });
  });

  it('falls back to the email, and says not_found when nothing matches', async () => {
    expect(await crm.findContact({ phone: '+49 30 901820', email: 'Noah@Example.com' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[4], name: 'Noah' } });
    expect(await crm.findContact({ email: 'nobody@nowhere.example' })).toEqual({ kind: 'not_found' });
    expect(await crm.findContact({ phone: '+49 30 901820' })).toEqual({ kind: 'not_found' });
    expect(await crm.findContact({ name: 'No details' })).toEqual({ kind: 'not_found' });
  });

  const domainSearches = () =>
    fake.requests.filter((r) => r.path === '/crm/v3/objects/contacts/search' && JSON.stringify(r.body).includes('"propertyName":"hs_email_domain"'));

  it('falls back to the company domain of the e-mail when one contact is at it', async () => {
    expect(await crm.findContact({ phone: '+49 30 901820', email: 'Marco@Brightline.example' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[0], name: 'Elena Novak' } });
    expect(domainSearches()).toHaveLength(1);
    expect(domainSearches()[0]!.body).toMatchObject({ filterGroups: [{ filters: [{ propertyName: 'hs_email_domain', operator: 'EQ', value: 'brightline.example' }] }] });
    expect(await crm.findContact({ email: 'someone@nowhere.example' })).toEqual({ kind: 'not_found' });
  });

  it('reports several contacts at the domain as ambiguous', async () => {
    const match = await crm.findContact({ email: 'cleo@twin.example' });
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([ids.contacts[2], ids.contacts[3]].sort());
  });

  it('never matches by a free-mail domain', async () => {
    fake.seed({ contacts: [{ firstname: 'Gina', email: 'gina@gmail.com' }] });
    expect(await crm.findContact({ email: 'someone.else@Gmail.com' })).toEqual({ kind: 'not_found' });
    expect(domainSearches()).toHaveLength(0);
    expect(await crm.findContact({ email: 'gina@gmail.com' })).toMatchObject({ kind: 'found', contact: { name: 'Gina' } }); // the exact e-mail still matches
  });

  it('reads a deal with its contacts and canonical stage; missing or foreign ids are null', async () => {
    expect(await crm.getDeal(ids.deals[0]!)).toEqual({ id: ids.deals[0], name: 'Pilot', stage: 'decisionmakerboughtin', contactIds: [ids.contacts[0], ids.contacts[2]], open: true, updatedAt: expect.any(String), amount: null, currency: null, closeDate: null });
    expect(await crm.getDeal(ids.deals[2]!)).toMatchObject({ stage: 'closedwon', open: false });
    expect(await crm.getDeal(ids.deals[3]!)).toMatchObject({ name: 'Renewal', stage: 'contractsent' }); // by label, in another pipeline
    expect(await crm.getDeal('404404404')).toBeNull();
    expect(await crm.getDeal('D-1')).toBeNull();
  });

  it('lists the contact\'s open deals, newest first', async () => {
    const deals = await crm.findOpenDeals(ids.contacts[0]!);
    expect(deals.map((d) => [d.name, d.stage])).toEqual([
      ['Expansion', 'contractsent'],
      ['Pilot', 'decisionmakerboughtin'],
    ]);
    expect(deals[1]!.contactIds.sort()).toEqual([ids.contacts[0], ids.contacts[2]].sort());
    expect(await crm.findOpenDeals(ids.contacts[4]!)).toEqual([]);
  });

  it('lists an open deal at a stage that maps to none, or in a pipeline HubSpot no longer lists, with the others, not failing the lookup', async () => {
    const noah = ids.contacts[4]!;
    const gone = { id: '8888', label: 'Old', displayOrder: 3, stages: [{ id: '5005', label: 'Waiting', displayOrder: 0, metadata: { isClosed: 'false', probability: '0.5' } }] };
    fake.seed({ pipelines: [DEFAULT_PIPELINE, renewals, gone] });
    fake.seed({
      deals: [
        { dealname: 'Haggling', pipeline: '7001', dealstage: '1001', createdate: '2026-04-01T00:00:00Z', contactIds: [noah] },
        { dealname: 'Gone pipeline', pipeline: '8888', dealstage: '5005', createdate: '2026-03-01T00:00:00Z', contactIds: [noah] },
        { dealname: 'Plain', dealstage: 'qualifiedtobuy', createdate: '2026-02-01T00:00:00Z', contactIds: [noah] },
      ],
    });
    fake.seed({ pipelines: [DEFAULT_PIPELINE, renewals] }); // the old pipeline deleted since
    expect((await crm.findOpenDeals(noah)).map((d) => [d.name, d.stage, d.unmappedStage])).toEqual([
      ['Haggling', null, '"Negotiation" (1001) of pipeline "Renewals"'],
      ['Gone pipeline', null, 'stage 5005 of pipeline 8888, which HubSpot no longer lists'],
      ['Plain', 'qualifiedtobuy', undefined],
    ]);
  });
});

describe('HubSpot adapter: writes happen exactly once', () => {
  it('logs a call with HubSpot call properties and associations, creating callscribe_key once', async () => {
    const first = await crm.logCall(callInput());
    expect(first.created).toBe(true);
    const [call] = fake.objects('calls');
    expect(call?.id).toBe(first.id);
    expect(call?.properties).toMatchObject({
      callscribe_key: 'call-abc:call',
      hs_timestamp: '2026-11-17T15:00:00.000Z',
      hs_call_title: 'Call with Elena Novak (Brightline Foods)',
      hs_call_duration: '35100',
      hs_call_direction: 'OUTBOUND',
      hs_call_disposition: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
      hs_call_status: 'COMPLETED',
      hs_call_body: '<p>Elena wants the contract today.</p><p>Key points:</p><ul><li>Budget approved</li><li>Legal &lt;review&gt; done</li></ul>',
    });
    expect(call?.associations).toEqual({ contacts: [ids.contacts[0]], deals: [ids.deals[1]] });
    expect(fake.property('calls', 'callscribe_key')).toMatchObject({ type: 'string', fieldType: 'text', groupName: 'callscribe' });
  });

  it('returns the same call for the same key, also from a new adapter instance (the key lives in HubSpot)', async () => {
    const first = await crm.logCall(callInput());
    expect(await crm.logCall(callInput({ title: 'changed' }))).toEqual({ id: first.id, created: false });
    expect(await adapter().logCall(callInput())).toEqual({ id: first.id, created: false });
    expect(fake.objects('calls')).toHaveLength(1);
    const other = await adapter().logCall(callInput({ idempotencyKey: 'call-def:call', disposition: 'left_voicemail', direction: 'inbound', recordingUrl: 'https://rec.example/a.mp3' }));
    expect(other.created).toBe(true);
    expect(fake.objects('calls').find((c) => c.id === other.id)?.properties).toMatchObject({
      hs_call_disposition: 'b2cf5968-551e-4856-9783-52b3da59a7d0',
      hs_call_direction: 'INBOUND',
      hs_call_recording_url: 'https://rec.example/a.mp3',
    });
    // HubSpot plays only HTTPS .mp3/.wav links inline; any other link goes in the body.
    const linked = await crm.logCall(callInput({ idempotencyKey: 'call-ghi:call', recordingUrl: 'http://rec.example/b.ogg' }));
    const props = fake.objects('calls').find((c) => c.id === linked.id)?.properties;
    expect(props).not.toHaveProperty('hs_call_recording_url');
    expect(props?.hs_call_body).toContain('Recording: http://rec.example/b.ogg');
  });

  it('creates a task owned by the rep (owner id from their email, looked up once) with a due date, exactly once', async () => {
    const task = await crm.createTask(taskInput());
    expect(task.created).toBe(true);
    expect(await crm.createTask(taskInput())).toEqual({ id: task.id, created: false });
    await crm.createTask(taskInput({ idempotencyKey: 'call-abc:task:2', subject: 'Book the kickoff' }));
    const created = fake.objects('tasks');
    expect(created).toHaveLength(2);
    expect(created.find((t) => t.id === task.id)).toMatchObject({
      properties: {
        callscribe_key: 'call-abc:task:1',
        hs_task_subject: 'Send the contract for signature',
        hs_task_status: 'NOT_STARTED',
        hubspot_owner_id: '9001',
        hs_timestamp: '2026-11-20T12:00:00.000Z',
      },
      associations: { contacts: [ids.contacts[0]], deals: [ids.deals[1]] },
    });
    expect(fake.requests.filter((r) => r.path === '/crm/v3/owners')).toHaveLength(1);

    const unowned = await crm.createTask(taskInput({ idempotencyKey: 'call-abc:task:3', owner: 'customer', ownerEmail: 'someone@else.example', dealId: null }));
    const unownedTask = fake.objects('tasks').find((t) => t.id === unowned.id);
    expect(unownedTask?.properties).not.toHaveProperty('hubspot_owner_id');
    expect(unownedTask?.associations).toEqual({ contacts: [ids.contacts[0]] });
  });

  it('finds the call after a lost answer to its create, and asks the retry to wait for search', async () => {
    fake.failNext(1, { status: 502, commit: true, match: { method: 'POST', path: '/crm/v3/objects/calls' } });
    const err = await failure(crm.logCall(callInput()));
    expect(err).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, retryAfterMs: 50 });
    expect(fake.objects('calls')).toHaveLength(1);
    expect(await crm.logCall(callInput())).toEqual({ id: fake.objects('calls')[0]!.id, created: false });
  });

  it('treats a timeout as retryable, and the retry does not duplicate the slow create', async () => {
    await crm.logCall(callInput({ idempotencyKey: 'warm-up' }));
    fake.delayNext(1, 400, { method: 'POST', path: '/crm/v3/objects/calls' });
    const err = await failure(adapter({ timeoutMs: 150 }).logCall(callInput()));
    expect(err).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, retryAfterMs: 50 });
    expect(err.message).toContain('no answer within 150 ms');
    await new Promise((r) => setTimeout(r, 400));
    expect(await crm.logCall(callInput())).toMatchObject({ created: false });
    expect(fake.objects('calls')).toHaveLength(2);
  });

  it('keeps exactly one record per key through random 429/502/503s, some of them after the write', async () => {
    let lostCreates = 0;
    for (const seed of CHAOS_SEEDS) {
      const chaotic = await startHubSpotFake({ limits: false });
      try {
        const [contact] = chaotic.seed({ contacts: [{ firstname: 'Elena', phone: '+44 20 7946 0321' }] }).contacts;
        chaotic.chaos({ rate: 0.3, statuses: [429, 502, 503], seed, commit: 0.5 });
        const crmUnderChaos = createHubSpotCrm({ accessToken: chaotic.accessToken, baseUrl: chaotic.baseUrl, searchSettleMs: 0, searchPerSecond: 5 });
        const retrying = async <T>(op: () => Promise<T>): Promise<T> => {
          for (let attempt = 1; ; attempt++) {
            try {
              return await op();
            } catch (err) {
              if (!(err instanceof AppError) || !err.retryable || attempt >= 30) throw err;
            }
          }
        };
        for (const key of ['call', 'task:1', 'task:2', 'task:3']) {
          const input = { idempotencyKey: `chaos:${key}`, contactId: contact!, dealId: null };
          if (key === 'call') await retrying(() => crmUnderChaos.logCall(callInput(input)));
          else await retrying(() => crmUnderChaos.createTask(taskInput({ ...input, ownerEmail: null })));
        }
        chaotic.chaos(null);
        expect(chaotic.objects('calls').map((c) => c.properties.callscribe_key), `seed ${seed}`).toEqual(['chaos:call']);
        expect(chaotic.objects('tasks').map((t) => t.properties.callscribe_key).sort(), `seed ${seed}`).toEqual(['chaos:task:1', 'chaos:task:2', 'chaos:task:3']);
        lostCreates += chaotic.requests.filter((r) => r.committed && /^\/crm\/v3\/objects\/(calls|tasks)$/.test(r.path)).length;
      } finally {
        await chaotic.close();
      }
    }
    expect(lostCreates, 'the seeds must include a create whose answer was lost').toBeGreaterThan(0);
  });

  const marco = { name: 'Marco de Luca', phone: '020 7946 0999', email: 'Marco@Newco.example', company: 'Newco Ltd' };

  it('creates a contact once per key, found again by phone or e-mail from a new adapter instance too', async () => {
    const first = await crm.createContact!(marco, 'call-xyz:contact');
    expect(first.created).toBe(true);
    expect(fake.objects('contacts').find((c) => c.id === first.id)?.properties).toMatchObject({
      firstname: 'Marco',
      lastname: 'de Luca',
      phone: '+442079460999',
      email: 'marco@newco.example',
      company: 'Newco Ltd',
    });
    expect(await crm.createContact!(marco, 'call-xyz:contact')).toEqual({ id: first.id, created: false });
    expect(await adapter().createContact!({ ...marco, phone: null }, 'call-xyz:contact')).toEqual({ id: first.id, created: false }); // by e-mail
    expect(fake.objects('contacts')).toHaveLength(7);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/contacts')).toHaveLength(1);
    expect(await crm.findContact({ phone: '+44 20 7946 0999' })).toMatchObject({ kind: 'found', contact: { id: first.id, name: 'Marco de Luca' } });
  });

  it('finds the contact after a lost answer to its create; refuses a customer with neither phone nor e-mail', async () => {
    fake.failNext(1, { status: 502, commit: true, match: { method: 'POST', path: '/crm/v3/objects/contacts' } });
    expect(await failure(crm.createContact!({ name: 'Ivo', email: 'ivo@newco.example' }, 'call-lost:contact'))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, retryAfterMs: 50 });
    const made = fake.objects('contacts').filter((c) => c.properties.email === 'ivo@newco.example');
    expect(made).toHaveLength(1);
    expect(made[0]!.properties).toMatchObject({ firstname: 'Ivo' });
    expect(made[0]!.properties).not.toHaveProperty('lastname');
    expect(await crm.createContact!({ name: 'Ivo', email: 'ivo@newco.example' }, 'call-lost:contact')).toEqual({ id: made[0]!.id, created: false });
    expect(await failure(crm.createContact!({ name: 'Nameonly', company: 'Acme' }, 'call-anon:contact'))).toMatchObject({ code: 'HUBSPOT_CONTACT_UNIDENTIFIABLE', retryable: false });
    expect(fake.objects('contacts')).toHaveLength(7);
  });

  it("takes HubSpot's 409 for a taken e-mail as the contact found, before search has it and for an additional e-mail too", async () => {
    const lagging = await startHubSpotFake({ searchLagMs: 60_000 });
    try {
      const [noah] = lagging.seed({ contacts: [{ firstname: 'Noah', email: 'noah@example.com', hs_additional_emails: 'noah@home.example' }] }).contacts;
      const on = () => adapter({ baseUrl: lagging.baseUrl, accessToken: lagging.accessToken });
      expect(await on().createContact!({ name: 'Noah', email: 'Noah@Home.example' }, 'call-home:contact')).toEqual({ id: noah, created: false });
      const first = await on().createContact!(marco, 'call-xyz:contact');
      expect(first.created).toBe(true);
      // Another worker, before the search index has the new contact: no phone match yet, and the e-mail is taken.
      expect(await on().createContact!({ ...marco, phone: '020 7946 0998' }, 'call-xyz:contact')).toEqual({ id: first.id, created: false });
      expect(lagging.objects('contacts').map((c) => c.id)).toEqual([noah, first.id]);
    } finally {
      await lagging.close();
    }
  });

  it('refuses for good to give a contact an e-mail another contact has, naming that contact', async () => {
    const [noah, elena] = [ids.contacts[4]!, ids.contacts[0]!];
    const err = await failure(crm.updateContactField(elena, 'email', 'noah@example.com', 'call-abc:field:email'));
    expect(err).toMatchObject({ code: 'HUBSPOT_EMAIL_TAKEN', retryable: false });
    expect(err.message).toContain(`HubSpot contact ${noah} already has the e-mail noah@example.com`);
    expect(fake.objects('contacts').find((c) => c.id === elena)?.properties.email).toBe('elena@brightline.example');
  });

  it('a retry in another process before search has the first create finds it, told an earlier attempt may have sent it', async () => {
    // The job's create succeeds, the job fails after it (say crm.json's save) and another worker retries it before HubSpot's
    // search index has the record: the adapter must look again once the lag has passed instead of creating a second.
    const lagging = await startHubSpotFake({ searchLagMs: 3000, limits: false });
    try {
      lagging.seed({ owners: [{ id: '9001', email: 'priya@example.com' }] });
      const [contact] = lagging.seed({ contacts: [{ firstname: 'Elena', phone: '+44 20 7946 0321' }] }).contacts;
      const worker = () => adapter({ baseUrl: lagging.baseUrl, accessToken: lagging.accessToken, searchSettleMs: 3000 });
      const call = callLogInput(contact!, null);
      const task = taskInputFor(contact!, null);
      const ivo = { name: 'Ivo', phone: '020 7946 0888' }; // phone only: no e-mail conflict to tell
      const [firstCall, firstTask, firstContact] = await Promise.all([worker().logCall(call), worker().createTask(task), worker().createContact!(ivo, 'call-ivo:contact')]);
      expect([firstCall.created, firstTask.created, firstContact.created]).toEqual([true, true, true]);

      const retried = await Promise.all([
        worker().logCall({ ...call, attemptedBefore: true }),
        worker().createTask({ ...task, attemptedBefore: true }),
        worker().createContact!(ivo, 'call-ivo:contact', { attemptedBefore: true }),
      ]);
      expect(retried).toEqual([
        { id: firstCall.id, created: false },
        { id: firstTask.id, created: false },
        { id: firstContact.id, created: false },
      ]);
      expect([lagging.objects('calls').length, lagging.objects('tasks').length, lagging.objects('contacts').length]).toEqual([1, 1, 2]);
    } finally {
      await lagging.close();
    }
  });

  it('a retry in the same process returns what it created without waiting for search', async () => {
    const lagging = await startHubSpotFake({ searchLagMs: 60_000, limits: false });
    try {
      const [contact] = lagging.seed({ contacts: [{ firstname: 'Elena', phone: '+44 20 7946 0321' }] }).contacts;
      // No wait at all: asking search again at once would find nothing either.
      const worker = adapter({ baseUrl: lagging.baseUrl, accessToken: lagging.accessToken, searchSettleMs: 0 });
      const call = callLogInput(contact!, null);
      const first = await worker.logCall(call);
      const searches = () => lagging.requests.filter((r) => r.path === '/crm/v3/objects/calls/search').length;
      const before = searches();
      expect(await worker.logCall({ ...call, attemptedBefore: true })).toEqual({ id: first.id, created: false });
      expect(lagging.objects('calls')).toHaveLength(1);
      expect(searches()).toBe(before);
    } finally {
      await lagging.close();
    }
  });

  it('without permission to create properties, says how to create callscribe_key', async () => {
    const err = await failure(adapter({ createKeyProperty: false }).logCall(callInput()));
    expect(err).toMatchObject({ code: 'HUBSPOT_SETUP_REQUIRED', retryable: false });
    expect(err.message).toContain('callscribe_key');
    expect(fake.objects('calls')).toHaveLength(0);
  });
});

describe('HubSpot adapter: deal stages', () => {
  it('moves a deal, and reports no change when it is already there', async () => {
    expect(await crm.updateDealStage(ids.deals[0]!, 'contractsent', 'call-abc:stage:contractsent')).toEqual({ changed: true });
    expect(fake.objects('deals').find((d) => d.id === ids.deals[0])?.properties.dealstage).toBe('contractsent');
    const patches = () => fake.requests.filter((r) => r.method === 'PATCH').length;
    expect(patches()).toBe(1);
    expect(await crm.updateDealStage(ids.deals[0]!, 'contractsent', 'call-abc:stage:contractsent')).toEqual({ changed: false });
    expect(patches()).toBe(1);
    expect(fake.requests.filter((r) => r.path === '/crm/v3/pipelines/deals')).toHaveLength(1); // cached
  });

  it('maps keys to the stages of other pipelines by label, closed-won probability or stageMap, and names the stages when none fits', async () => {
    expect(await crm.updateDealStage(ids.deals[3]!, 'contractsent', 'k1')).toEqual({ changed: false }); // "Contract sent" is stage 1002
    const err = await failure(crm.updateDealStage(ids.deals[3]!, 'qualifiedtobuy', 'k2'));
    expect(err).toMatchObject({ code: 'HUBSPOT_STAGE_UNKNOWN', retryable: false });
    expect(err.message).toContain('1001 ("Negotiation"), 1002 ("Contract sent"), 1003 ("Renewed")');
    expect(await adapter({ stageMap: { '1001': 'qualifiedtobuy' } }).updateDealStage(ids.deals[3]!, 'qualifiedtobuy', 'k3')).toEqual({ changed: true });
    expect(await crm.updateDealStage(ids.deals[3]!, 'closedwon', 'k4')).toEqual({ changed: true }); // the only won stage: "Renewed"
    expect(fake.objects('deals').find((d) => d.id === ids.deals[3])?.properties).toMatchObject({ dealstage: '1003', hs_is_closed: 'true' });
    expect(await failure(crm.updateDealStage('404404404', 'closedwon', 'k5'))).toMatchObject({ code: 'HUBSPOT_DEAL_NOT_FOUND', retryable: false });
  });

  it('gives no key to a deal whose stage maps to none (naming the stage instead), until stageMap names it', async () => {
    const [negotiating] = fake.seed({ deals: [{ dealname: 'Haggling', pipeline: '7001', dealstage: '1001' }] }).deals;
    expect(await crm.getDeal(negotiating!)).toMatchObject({ stage: null, unmappedStage: expect.stringContaining('"Negotiation" (1001)'), open: true });
    expect(await adapter({ stageMap: { '1001': 'presentationscheduled' } }).getDeal(negotiating!)).toMatchObject({ stage: 'presentationscheduled', open: true });
  });
});

describe('HubSpot adapter: failures are classified once', () => {
  it('401 is a permanent HUBSPOT_AUTH that says which token and scopes to set', async () => {
    const err = await failure(adapter({ accessToken: 'pat-na1-revoked' }).findContact({ email: 'noah@example.com' }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'HUBSPOT_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect(err.message).toMatch(/^HubSpot rejected the private-app token \(401\).*create a new token with scopes crm\.objects\.contacts\.read.*set HUBSPOT_ACCESS_TOKEN/);
  });

  it('403 for a missing scope names the scope', async () => {
    fake.failNext(1, {
      status: 403,
      body: { status: 'error', message: "This app hasn't been granted all required scopes to make this call.", category: 'MISSING_SCOPES', errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: ['crm.objects.deals.write'] } }] },
    });
    const err = await failure(crm.updateDealStage(ids.deals[0]!, 'contractsent', 'k'));
    expect(err).toMatchObject({ code: 'HUBSPOT_MISSING_SCOPES', kind: 'credentials', retryable: false, status: 403 });
    expect(err.message).toContain('lacks scope crm.objects.deals.write');
  });

  it('429 is a retryable HUBSPOT_RATE_LIMITED that waits as long as Retry-After says, else by policy', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' } });
    expect(await failure(crm.getDeal(ids.deals[0]!))).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: 7000, status: 429 });

    const quiet = await startHubSpotFake({ retryAfterHeader: false });
    try {
      // One try each: a 429 asking for 1 s would otherwise be waited out in the client (see the read retries' tests).
      const noHeader = adapter({ accessToken: quiet.accessToken, baseUrl: quiet.baseUrl, readTries: 1 });
      quiet.failNext(1, { status: 429 });
      expect(await failure(noHeader.getDeal('1'))).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', retryAfterMs: 10_000 }); // TEN_SECONDLY_ROLLING
      quiet.failNext(1, { status: 429 });
      expect(await failure(noHeader.findContact({ email: 'a@b.example' }))).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', retryAfterMs: 1000 }); // search: SECONDLY
    } finally {
      await quiet.close();
    }
  });

  it('5xx is a retryable HUBSPOT_UNAVAILABLE; a connection refused too; a 400 is permanent', async () => {
    // One try per read: how a single answer is classified (the client's retries of reads have tests of their own).
    const once = adapter({ readTries: 1 });
    fake.failNext(1, { status: 503 });
    expect(await failure(once.findOpenDeals(ids.contacts[0]!))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 502 });
    expect(await failure(once.getDeal(ids.deals[0]!))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true });
    fake.failNext(1, { status: 400, body: { status: 'error', message: 'Property values were not valid', category: 'VALIDATION_ERROR' } });
    expect(await failure(once.getDeal(ids.deals[0]!))).toMatchObject({ code: 'HUBSPOT_REJECTED', retryable: false });
    const closed = await startHubSpotFake();
    const gone = adapter({ baseUrl: closed.baseUrl, readTries: 1 });
    await closed.close();
    expect(await failure(gone.getDeal('1'))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true });
  });

  it('rejects a configuration without a token, saying which variable to set', () => {
    expect(() => createHubSpotCrm({ accessToken: ' ' })).toThrow(ConfigError);
    expect(() => createHubSpotCrm({ accessToken: ' ' })).toThrow(/HUBSPOT_ACCESS_TOKEN/);
    expect(() => createHubSpotCrm({ accessToken: 'x', baseUrl: 'not a url' })).toThrow(/baseUrl/);
  });
});
