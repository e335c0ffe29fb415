import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { ConfigError } from '../../src/config/env.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, CrmAdapter, TaskInput } from '../../src/ports/crm.ts';
import { startSalesforceFake, type SalesforceFake, type SeededIds } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure, taskInputFor } from '../helpers/crm-inputs.ts';

/** The Salesforce adapter against the local Salesforce fake, over real HTTP on loopback. */

let fake: SalesforceFake;
let crm: CrmAdapter;
let ids: SeededIds;
const adapter = (extra: Partial<Parameters<typeof createSalesforceCrm>[0]> = {}, at: SalesforceFake = fake) =>
  createSalesforceCrm({ instanceUrl: at.instanceUrl, accessToken: at.accessToken, defaultPhoneRegion: 'GB', timeoutMs: 2000, ...extra });

beforeEach(async () => {
  fake = await startSalesforceFake();
  const base = fake.seed({
    users: [{ LastName: 'Raman', Email: 'priya@example.com', Username: 'priya@example.com.acme' }],
    accounts: [{ Name: 'Brightline Foods' }],
  });
  const people = fake.seed({
    contacts: [
      { FirstName: 'Elena', LastName: 'Novak', Email: 'elena@brightline.example', Phone: '+44 20 7946 0321', AccountId: base.accounts[0] },
      { FirstName: 'Sam', LastName: 'Ortiz', MobilePhone: '(415) 555-2671' },
      { FirstName: 'Ana', LastName: 'Twin', Email: 'ana@twin.example', Phone: '+1 212 555 0100' },
      { FirstName: 'Bo', LastName: 'Twin', Email: 'bo@twin.example', Phone: '212-555-0100' },
      { FirstName: 'Noah', LastName: 'Park', Email: 'noah@example.com' },
      { FirstName: 'Maine', LastName: 'Caller', Phone: '+1 207 946 0321' }, // same national digits as Elena's London number
    ],
    leads: [
      { FirstName: 'Lia', LastName: 'Lead', Company: 'Prospect Ltd', Phone: '+49 30 901820', Email: 'lia@prospect.example' },
      { LastName: 'Converted', Company: 'Old Co', Email: 'noah@example.com', IsConverted: true },
    ],
  });
  const [elena, , ana] = people.contacts;
  const deals = fake.seed({
    opportunities: [
      { Name: 'Pilot', StageName: 'Id. Decision Makers', CreatedDate: '2026-01-10T00:00:00.000+0000', contactIds: [elena!, ana!] },
      { Name: 'Expansion', StageName: 'Negotiation/Review', CreatedDate: '2026-03-01T00:00:00.000+0000', contactIds: [elena!] },
      { Name: 'Old win', StageName: 'Closed Won', CreatedDate: '2025-05-01T00:00:00.000+0000', contactIds: [elena!] },
      { Name: 'Pitch', StageName: 'Value Proposition', CreatedDate: '2026-02-01T00:00:00.000+0000' },
    ],
  });
  ids = { ...deals, users: base.users, accounts: base.accounts, contacts: people.contacts, leads: people.leads };
  crm = adapter();
});
afterEach(() => fake.close());

const callInput = (over: Partial<CallLogInput> = {}) => callLogInput(ids.contacts[0]!, ids.opportunities[1]!, { durationSec: 35.4, body: 'Elena wants the contract today.', ...over });
const taskInput = (over: Partial<TaskInput> = {}) => taskInputFor(ids.contacts[0]!, ids.opportunities[1]!, over);

describe('Salesforce adapter: contacts and deals', () => {
  it('finds a contact by phone however it was typed, and ignores the same digits in another country', async () => {
    for (const phone of ['+442079460321', '+44 20 7946 0321', '020 7946 0321', '+44 (0)20 7946 0321']) {
      expect(await crm.findContact({ phone }), phone).toEqual({
        kind: 'found',
        contact: { id: ids.contacts[0], name: 'Elena Novak', email: 'elena@brightline.example', phone: '+44 20 7946 0321', company: 'Brightline Foods' },
      });
    }
    expect(await crm.findContact({ phone: '+1 415-555-2671' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[1], phone: '(415) 555-2671' } });
    const query = fake.requests.find((r) => r.path.endsWith('/query'));
    expect(query?.headers.authorization).toBe(`Bearer ${fake.accessToken}`);
    expect(query?.path).toBe('/services/data/v62.0/query');
  });

  it('reports several contacts with the number as ambiguous, unless the email picks one', async () => {
    const match = await crm.findContact({ phone: '+12125550100' });
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([ids.contacts[2], ids.contacts[3]].sort());
    expect(await crm.findContact({ phone: '+12125550100', email: 'BO@twin.example' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[3] } });
  });

  it('falls back to the email, then to unconverted leads, and says not_found when nothing matches', async () => {
    expect(await crm.findContact({ phone: '+33 1 23 45 67 89', email: 'Noah@Example.com' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[4], name: 'Noah Park' } });
    expect(await crm.findContact({ phone: '+49 30 901820' })).toEqual({
      kind: 'found',
      contact: { id: ids.leads[0], name: 'Lia Lead', email: 'lia@prospect.example', phone: '+49 30 901820', company: 'Prospect Ltd' },
    });
    expect(ids.leads[0]!.startsWith('00Q')).toBe(true);
    expect(await crm.findContact({ email: 'LIA@prospect.example' })).toMatchObject({ kind: 'found', contact: { id: ids.leads[0] } });
    expect(await crm.findContact({ email: 'nobody@nowhere.example' })).toEqual({ kind: 'not_found' }); // example.com would now match Noah by domain
    expect(await crm.findContact({ name: 'No details' })).toEqual({ kind: 'not_found' });
  });

  it("matches the e-mail's company domain when phone and e-mail find nobody: one is found, several are ambiguous, free-mail never", async () => {
    expect(await crm.findContact({ email: 'cfo@brightline.example', phone: '+44 20 0000 0000' })).toMatchObject({ kind: 'found', contact: { id: ids.contacts[0], name: 'Elena Novak' } });
    expect(await crm.findContact({ email: 'New@Prospect.example' })).toMatchObject({ kind: 'found', contact: { id: ids.leads[0] } }); // then leads
    const twins = await crm.findContact({ email: 'cy@twin.example' });
    expect(twins.kind === 'ambiguous' && twins.candidates.map((c) => c.id).sort()).toEqual([ids.contacts[2], ids.contacts[3]].sort());
    fake.seed({ contacts: [{ LastName: 'Gmail', Email: 'only.one@gmail.com' }] });
    expect(await crm.findContact({ email: 'someone.else@gmail.com' })).toEqual({ kind: 'not_found' });
    expect(fake.requests.filter((r) => r.query.q?.includes('gmail.com') && r.query.q.includes('LIKE'))).toHaveLength(0);
    expect(await crm.findContact({ email: "o'brien@nowhere.example" })).toEqual({ kind: 'not_found' }); // quote escaped, query accepted
    const like = fake.requests.find((r) => r.query.q?.includes("LIKE '%@nowhere.example'"));
    expect(like?.status).toBe(200);
    for (const where of ["Email LIKE '%brightline.example'", "Email LIKE '%@%'", "Email LIKE '%@a_b.example'", "Email LIKE 'elena@%'"]) {
      const q = `SELECT Id, FirstName, LastName, Email, Phone, MobilePhone, HomePhone, OtherPhone, AssistantPhone, Account.Name FROM Contact WHERE ${where} LIMIT 200`;
      const res = await fetch(`${fake.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${fake.accessToken}` } });
      expect(res.status, where).toBe(400); // the fake accepts only the adapter's own LIKE shape
    }
  });

  it('reads an opportunity with its contact roles and canonical stage; missing or foreign ids are null', async () => {
    expect(await crm.getDeal(ids.opportunities[0]!)).toEqual({ id: ids.opportunities[0], name: 'Pilot', stage: 'decisionmakerboughtin', contactIds: [ids.contacts[0], ids.contacts[2]], open: true, updatedAt: expect.any(String), amount: null, currency: null, closeDate: '2026-12-31' });
    expect(await crm.getDeal(ids.opportunities[2]!)).toMatchObject({ stage: 'closedwon', open: false });
    expect(await crm.getDeal(ids.opportunities[3]!)).toMatchObject({ stage: 'presentationscheduled', contactIds: [] }); // "Value Proposition" reads back too
    expect(await crm.getDeal('006000000000000AAA')).toBeNull();
    expect(await crm.getDeal('D-1')).toBeNull();
    expect(await crm.getDeal(ids.contacts[0]!)).toBeNull();
  });

  it("lists the contact's open opportunities, newest first; leads have none", async () => {
    const deals = await crm.findOpenDeals(ids.contacts[0]!);
    expect(deals.map((d) => [d.name, d.stage])).toEqual([
      ['Expansion', 'contractsent'],
      ['Pilot', 'decisionmakerboughtin'],
    ]);
    expect(deals[1]!.contactIds.sort()).toEqual([ids.contacts[0], ids.contacts[2]].sort());
    expect(await crm.findOpenDeals(ids.contacts[4]!)).toEqual([]);
    expect(await crm.findOpenDeals(ids.leads[0]!)).toEqual([]);
  });

  it("falls back to the open opportunities of the contact's Account when it has no contact role: one, several, none", async () => {
    const { accounts } = fake.seed({ accounts: [{ Name: 'Acme' }, { Name: 'Globex' }, { Name: 'Initech' }] });
    const [acme, globex, initech] = accounts;
    const { contacts } = fake.seed({
      contacts: [
        { FirstName: 'Al', LastName: 'Acme', Email: 'al@acme.example', AccountId: acme },
        { FirstName: 'Gil', LastName: 'Globex', Email: 'gil@globex.example', AccountId: globex },
        { FirstName: 'Ines', LastName: 'Initech', Email: 'ines@initech.example', AccountId: initech },
      ],
    });
    const { opportunities } = fake.seed({
      opportunities: [
        { Name: 'Acme renewal', StageName: 'Proposal/Price Quote', AccountId: acme, CreatedDate: '2026-04-01T00:00:00.000+0000' },
        { Name: 'Acme lost', StageName: 'Closed Lost', AccountId: acme, CreatedDate: '2026-05-01T00:00:00.000+0000' },
        { Name: 'Globex east', StageName: 'Qualification', AccountId: globex, CreatedDate: '2026-04-01T00:00:00.000+0000' },
        { Name: 'Globex west', StageName: 'Needs Analysis', AccountId: globex, CreatedDate: '2026-06-01T00:00:00.000+0000' },
        { Name: 'Initech won', StageName: 'Closed Won', AccountId: initech },
        // Brightline's account deal: Elena's contact roles come first, so this one is not offered for her.
        { Name: 'Brightline account deal', StageName: 'Prospecting', AccountId: ids.accounts[0] },
      ],
    });
    expect(await crm.findOpenDeals(contacts[0]!)).toEqual([
      { id: opportunities[0], name: 'Acme renewal', stage: 'contractsent', contactIds: [], open: true, via: 'account', updatedAt: expect.any(String), amount: null, currency: null, closeDate: '2026-12-31' },
    ]);
    expect((await crm.findOpenDeals(contacts[1]!)).map((d) => [d.name, d.via])).toEqual([
      ['Globex west', 'account'],
      ['Globex east', 'account'],
    ]);
    expect(await crm.findOpenDeals(contacts[2]!)).toEqual([]);
    expect((await crm.findOpenDeals(ids.contacts[0]!)).map((d) => [d.name, d.via])).toEqual([
      ['Expansion', undefined],
      ['Pilot', undefined],
    ]);
    // A contact with no account and no role: nothing, and no opportunity query without an AccountId.
    const before = fake.requests.length;
    expect(await crm.findOpenDeals(ids.contacts[1]!)).toEqual([]);
    expect(fake.requests.slice(before).filter((r) => r.query.q?.includes('AccountId ='))).toHaveLength(0);
  });

  it('gives no key to a StageName the stage map does not name (naming it instead), until stageMap names it', async () => {
    const [custom] = fake.seed({ opportunities: [{ Name: 'Odd', StageName: 'Perception Analysis' }] }).opportunities;
    const narrow = adapter({ stageMap: { decisionmakerboughtin: 'Id. Decision Makers' } });
    expect(await narrow.getDeal(custom!)).toMatchObject({ stage: null, unmappedStage: '"Perception Analysis"' });
    expect(await crm.getDeal(custom!)).toMatchObject({ stage: 'decisionmakerboughtin' });
  });
});

describe('Salesforce adapter: a phone shared by many', () => {
  it('reads every page of the last-four-digits search, so the customer behind hundreds of others is found and no duplicate Lead is made', async () => {
    const big = await startSalesforceFake({ queryBatchSize: 100 });
    try {
      const others = Array.from({ length: 250 }, (_, i) => ({ LastName: `Other ${i}`, Phone: `+1 415 ${String(100 + i).padStart(3, '0')} 0321` }));
      const { contacts } = big.seed({ contacts: [...others, { FirstName: 'Elena', LastName: 'Novak', Phone: '+44 20 7946 0321' }] });
      const sfCrm = adapter({}, big);
      expect(await sfCrm.findContact({ phone: '+442079460321' })).toMatchObject({ kind: 'found', contact: { id: contacts[250], name: 'Elena Novak' } });
      expect(big.requests.filter((r) => /\/query\/01g/.test(r.path))).toHaveLength(2); // 251 rows: three batches of 100
      expect(await sfCrm.createContact!({ phone: '+442079460321', name: 'Elena Novak' }, 'call:contact')).toEqual({ id: contacts[250], created: false });
      expect(big.objects('Lead')).toHaveLength(0);
    } finally {
      await big.close();
    }
  });
});

describe('Salesforce adapter: writes happen exactly once', () => {
  it('logs a call as a completed Call task on the contact and opportunity', async () => {
    const first = await crm.logCall(callInput());
    expect(first.created).toBe(true);
    const [task] = fake.objects('Task');
    expect(task).toMatchObject({
      Id: first.id,
      CallScribe_Key__c: 'call-abc:call',
      TaskSubtype: 'Call',
      Subject: 'Call with Elena Novak (Brightline Foods)',
      Description: 'Elena wants the contract today.',
      Status: 'Completed',
      ActivityDate: '2026-11-17',
      CallDurationInSeconds: 35,
      CallType: 'Outbound',
      CallDisposition: 'Connected',
      WhoId: ids.contacts[0],
      WhatId: ids.opportunities[1],
    });
    const upsert = fake.requests.find((r) => r.method === 'PATCH');
    expect(upsert?.path).toBe('/services/data/v62.0/sobjects/Task/CallScribe_Key__c/call-abc%3Acall');
  });

  it("dates the call log by the call's own day: in its time zone, else as written in startedAt, never the UTC day", async () => {
    await crm.logCall(callInput({ idempotencyKey: 'ny:call', startedAt: '2026-11-18T01:30:00Z', timezone: 'America/New_York' }));
    await crm.logCall(callInput({ idempotencyKey: 'offset:call', startedAt: '2026-11-17T20:30:00-05:00', timezone: null }));
    expect(fake.objects('Task').map((t) => [t.CallScribe_Key__c, t.ActivityDate])).toEqual([
      ['ny:call', '2026-11-17'],
      ['offset:call', '2026-11-17'],
    ]);
  });

  it('returns the same task for the same key, also from a new adapter instance, and leaves it untouched', async () => {
    const first = await crm.logCall(callInput());
    expect(await crm.logCall(callInput({ title: 'changed' }))).toEqual({ id: first.id, created: false });
    expect(await adapter().logCall(callInput())).toEqual({ id: first.id, created: false });
    expect(fake.objects('Task')).toHaveLength(1);
    expect(fake.objects('Task')[0]!.Subject).toBe('Call with Elena Novak (Brightline Foods)');
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('links a call with a lead by WhoId only (Salesforce forbids a lead plus a related-to record)', async () => {
    const other = await crm.logCall(callInput({ idempotencyKey: 'call-def:call', contactId: ids.leads[0]!, direction: 'inbound', disposition: 'left_voicemail', recordingUrl: 'https://rec.example/a.mp3' }));
    const task = fake.objects('Task').find((t) => t.Id === other.id);
    expect(task).toMatchObject({ WhoId: ids.leads[0], CallType: 'Inbound', CallDisposition: 'Left voicemail' });
    expect(task?.WhatId).toBeUndefined();
    expect(task?.Description).toContain('Recording: https://rec.example/a.mp3');
  });

  it("creates a to-do owned by the rep (OwnerId from the rep's email, looked up once), exactly once", async () => {
    const task = await crm.createTask(taskInput());
    expect(task.created).toBe(true);
    expect(await crm.createTask(taskInput())).toEqual({ id: task.id, created: false });
    await crm.createTask(taskInput({ idempotencyKey: 'call-abc:task:2', subject: 'Book the kickoff' }));
    expect(fake.objects('Task')).toHaveLength(2);
    expect(fake.objects('Task').find((t) => t.Id === task.id)).toMatchObject({
      CallScribe_Key__c: 'call-abc:task:1',
      TaskSubtype: 'Task',
      Subject: 'Send the contract for signature',
      Status: 'Not Started',
      ActivityDate: '2026-11-20',
      OwnerId: ids.users[0],
      WhoId: ids.contacts[0],
      WhatId: ids.opportunities[1],
    });
    expect(fake.requests.filter((r) => r.query.q?.includes('FROM User'))).toHaveLength(1);
    const unowned = await crm.createTask(taskInput({ idempotencyKey: 'call-abc:task:3', ownerEmail: 'someone@else.example', dueDate: null, dealId: null }));
    const created = fake.objects('Task').find((t) => t.Id === unowned.id);
    expect(created).toMatchObject({ Status: 'Not Started', WhoId: ids.contacts[0] });
    expect(created?.WhatId).toBeUndefined();
    expect(created?.ActivityDate).toBeUndefined();
  });

  it('without the External ID field, says how to create it; duplicate keys are a permanent SALESFORCE_DUPLICATE_KEY', async () => {
    const bare = await startSalesforceFake({ keyField: null });
    try {
      const err = await failure(adapter({}, bare).logCall(callInput({ contactId: null, dealId: null })));
      expect(err).toMatchObject({ code: 'SALESFORCE_SETUP_REQUIRED', retryable: false });
      expect(err.message).toMatch(/Object Manager → Task.*CallScribe_Key.*External ID/);
      expect(bare.objects('Task')).toHaveLength(0);
    } finally {
      await bare.close();
    }
    const loose = await startSalesforceFake({ keyUnique: false });
    try {
      loose.seed({ tasks: [{ Subject: 'a', CallScribe_Key__c: 'dup' }, { Subject: 'b', CallScribe_Key__c: 'dup' }] });
      const err = await failure(adapter({}, loose).logCall(callInput({ idempotencyKey: 'dup', contactId: null, dealId: null })));
      expect(err).toMatchObject({ code: 'SALESFORCE_DUPLICATE_KEY', retryable: false });
    } finally {
      await loose.close();
    }
  });

  it('survives the upsert race: a Task created between lookup and upsert is found on the update path, without its create-only TaskSubtype', async () => {
    // Another worker's write lands between this write's lookup (which answers "not found") and its upsert.
    const theirs = await adapter().logCall(callInput());
    fake.missNextTaskLookups(1);
    expect(await crm.logCall(callInput())).toEqual({ id: theirs.id, created: false });
    const upserts = fake.requests.filter((r) => r.method === 'PATCH');
    // Theirs (create), ours with TaskSubtype (refused: the update path), ours again without it, update-only.
    expect(upserts.map((r) => [r.status, 'TaskSubtype' in (r.body as object), r.query.updateOnly ?? null])).toEqual([
      [201, true, null],
      [400, true, null],
      [200, false, 'true'],
    ]);
    expect(fake.objects('Task')).toEqual([expect.objectContaining({ Id: theirs.id, TaskSubtype: 'Call', CallScribe_Key__c: 'call-abc:call' })]);

    const task = await adapter().createTask(taskInput());
    fake.missNextTaskLookups(1);
    expect(await crm.createTask(taskInput())).toEqual({ id: task.id, created: false });
    expect(fake.objects('Task')).toHaveLength(2);
  });

  it('on an API version before updateOnly (v61.0), the race still takes the plain update path without create-only fields', async () => {
    const old = await startSalesforceFake({ apiVersion: 'v58.0' });
    try {
      const crm58 = () => adapter({ apiVersion: 'v58.0' }, old);
      const theirs = await crm58().logCall(callInput({ contactId: null, dealId: null }));
      old.missNextTaskLookups(1);
      expect(await crm58().logCall(callInput({ contactId: null, dealId: null }))).toEqual({ id: theirs.id, created: false });
      const last = old.requests.filter((r) => r.method === 'PATCH').at(-1)!;
      expect(last.query.updateOnly).toBeUndefined();
      expect(last.body).not.toHaveProperty('TaskSubtype');
      expect(old.objects('Task')).toEqual([expect.objectContaining({ TaskSubtype: 'Call' })]);
    } finally {
      await old.close();
    }
  });

  it('keeps exactly one task per key through random 403 limits and 503s', async () => {
    fake.chaos({ rate: 0.3, statuses: [403, 500, 503], seed: 7 });
    let failures = 0;
    const retrying = async <T>(op: () => Promise<T>): Promise<T> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await op();
        } catch (err) {
          if (!(err instanceof AppError) || !err.retryable || attempt >= 30) throw err;
          failures++;
        }
      }
    };
    await retrying(() => crm.logCall(callInput({ idempotencyKey: 'chaos:call' })));
    for (const n of [1, 2, 3]) await retrying(() => crm.createTask(taskInput({ idempotencyKey: `chaos:task:${n}` })));
    await retrying(() => crm.logCall(callInput({ idempotencyKey: 'chaos:call' })));
    fake.chaos(null);
    expect(failures).toBeGreaterThan(0);
    expect(fake.objects('Task').map((t) => t.CallScribe_Key__c).sort()).toEqual(['chaos:call', 'chaos:task:1', 'chaos:task:2', 'chaos:task:3']);
  });
});

describe("Salesforce adapter: the rep's user when several share the e-mail", () => {
  it('prefers a standard user to a Chatter or portal one, then the oldest, the same on every lookup, and says when it had to choose', async () => {
    const email = 'sam@example.com';
    const warnings: unknown[] = [];
    const logged = adapter({ logger: { warn: (obj: unknown) => void warnings.push(obj) } });
    const { users } = fake.seed({
      users: [
        { LastName: 'Chatter', Email: email, Username: 'sam.chatter.acme', UserType: 'CsnOnly', CreatedDate: '2025-01-01T00:00:00.000+0000' },
        { LastName: 'Second', Email: email, Username: 'sam.second.acme', CreatedDate: '2025-06-01T00:00:00.000+0000' },
        { LastName: 'First', Email: email, Username: 'sam.first.acme', CreatedDate: '2025-03-01T00:00:00.000+0000' },
        { LastName: 'Gone', Email: email, Username: 'sam.gone.acme', IsActive: false, CreatedDate: '2024-01-01T00:00:00.000+0000' },
      ],
    });
    const [, second, first] = users;
    expect(await logged.findOwner!(email.toUpperCase())).toEqual({ id: first });
    expect(await adapter().findOwner!(email)).toEqual({ id: first });
    expect(warnings).toEqual([{ adapter: 'salesforce', chosen: first, passedOver: [second] }]);
    // One user of the rep's e-mail is no choice, and nothing is said.
    expect(await logged.findOwner!('priya@example.com')).toEqual({ id: ids.users[0] });
    expect(warnings).toHaveLength(1);
  });

  it('takes a user of another kind when the e-mail has no standard user', async () => {
    const { users } = fake.seed({ users: [{ LastName: 'Partner', Email: 'pat@partner.example', Username: 'pat.acme', UserType: 'PowerPartner' }] });
    expect(await crm.findOwner!('pat@partner.example')).toEqual({ id: users[0] });
  });
});

describe('Salesforce adapter: creating a contact for an unknown caller', () => {
  const caller = { name: 'Jo Ann Meyer', phone: '+44 161 496 0555', email: 'jo@newco.example', company: 'NewCo' };

  it('creates a Lead once per key: a second call and a new adapter instance get the same id', async () => {
    const first = await crm.createContact!(caller, 'call-new:contact');
    expect(first.created).toBe(true);
    expect(first.id.startsWith('00Q')).toBe(true);
    expect(fake.objects('Lead').find((l) => l.Id === first.id)).toMatchObject({
      FirstName: 'Jo Ann',
      LastName: 'Meyer',
      Company: 'NewCo',
      Phone: '+441614960555',
      Email: 'jo@newco.example',
      LeadSource: 'Phone Inquiry',
    });
    expect(await crm.createContact!(caller, 'call-new:contact')).toEqual({ id: first.id, created: false });
    expect(await adapter().createContact!(caller, 'call-new:contact')).toEqual({ id: first.id, created: false });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await crm.findContact({ phone: '0161 496 0555' })).toMatchObject({ kind: 'found', contact: { id: first.id, name: 'Jo Ann Meyer', company: 'NewCo' } });
  });

  it('returns an existing contact instead of creating; fills the required fields when name and company are unknown', async () => {
    expect(await crm.createContact!({ email: 'Noah@example.com' }, 'k1')).toEqual({ id: ids.contacts[4], created: false });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    const bare = await crm.createContact!({ email: 'x@acme-corp.example' }, 'k2');
    expect(fake.objects('Lead').find((l) => l.Id === bare.id)).toMatchObject({ LastName: 'Unknown', Company: 'acme-corp.example', Email: 'x@acme-corp.example' });
    const free = await crm.createContact!({ name: 'Pat', phone: '+1 303 555 0199' }, 'k3');
    expect(fake.objects('Lead').find((l) => l.Id === free.id)).toMatchObject({ LastName: 'Pat', Company: 'Unknown', Phone: '+13035550199' });
    expect(await failure(crm.createContact!({ name: 'Nobody' }, 'k4'))).toMatchObject({ code: 'SALESFORCE_CONTACT_UNIDENTIFIABLE', retryable: false });
  });
});

describe("Salesforce adapter: a Contact's other phones", () => {
  it('finds a contact whose number is only its home, other or assistant phone, and creates no Lead for it', async () => {
    const { contacts } = fake.seed({
      contacts: [
        { FirstName: 'Hana', LastName: 'Home', HomePhone: '020 7946 0777' },
        { FirstName: 'Otto', LastName: 'Other', OtherPhone: '+44 (0)20 7946 0778' },
        { FirstName: 'Asa', LastName: 'Boss', AssistantPhone: '+44 20 7946 0779' },
      ],
    });
    const numbers = ['+442079460777', '+442079460778', '+442079460779'];
    for (const [i, phone] of numbers.entries()) {
      expect(await crm.findContact({ phone }), phone).toMatchObject({ kind: 'found', contact: { id: contacts[i] } });
      expect(await crm.createContact!({ name: 'Caller', phone }, `call-${i}:contact`)).toEqual({ id: contacts[i], created: false });
    }
    expect(fake.objects('Lead')).toHaveLength(2); // the seeded ones
    // The contact's own phone is a number it answers; the assistant's is not shown as the contact's.
    expect(await crm.findContact({ phone: numbers[0]! })).toMatchObject({ contact: { phone: '020 7946 0777' } });
    expect(await crm.findContact({ phone: numbers[2]! })).toMatchObject({ contact: { phone: null } });
  });

  it('is ambiguous when the number is one contact\'s phone and another\'s home phone', async () => {
    const { contacts } = fake.seed({ contacts: [{ FirstName: 'Kim', LastName: 'Work', Phone: '+44 20 7946 0780' }, { FirstName: 'Kim', LastName: 'Partner', HomePhone: '020 7946 0780' }] });
    const match = await crm.findContact({ phone: '+442079460780' });
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([...contacts].sort());
  });
});

describe('Salesforce adapter: opportunity stages', () => {
  it('moves an opportunity, and reports no change when it is already there', async () => {
    expect(await crm.updateDealStage(ids.opportunities[0]!, 'contractsent', 'call-abc:stage')).toEqual({ changed: true });
    expect(fake.objects('Opportunity').find((o) => o.Id === ids.opportunities[0])).toMatchObject({ StageName: 'Negotiation/Review', IsClosed: false });
    const patches = () => fake.requests.filter((r) => r.method === 'PATCH').length;
    expect(patches()).toBe(1);
    expect(await crm.updateDealStage(ids.opportunities[0]!, 'contractsent', 'call-abc:stage')).toEqual({ changed: false });
    expect(await crm.updateDealStage(ids.opportunities[3]!, 'presentationscheduled', 'k')).toEqual({ changed: false }); // "Value Proposition" already counts
    expect(patches()).toBe(1);
    expect(await crm.updateDealStage(ids.opportunities[0]!, 'closedwon', 'k2')).toEqual({ changed: true });
    expect(fake.objects('Opportunity').find((o) => o.Id === ids.opportunities[0])).toMatchObject({ StageName: 'Closed Won', IsClosed: true });
  });

  it('names a missing opportunity, and a StageName the org does not have', async () => {
    expect(await failure(crm.updateDealStage('006000000000000AAA', 'closedwon', 'k'))).toMatchObject({ code: 'SALESFORCE_DEAL_NOT_FOUND', retryable: false });
    const err = await failure(adapter({ stageMap: { contractsent: 'Contract Sent' } }).updateDealStage(ids.opportunities[0]!, 'contractsent', 'k'));
    expect(err).toMatchObject({ code: 'SALESFORCE_STAGE_UNKNOWN', retryable: false });
    expect(err.message).toContain('"Contract Sent"');
  });
});

describe('Salesforce adapter: several sales processes', () => {
  // Two record types, each with its sales process: contractsent is "Negotiation/Review" in one, "Proposal/Price Quote" in
  // the other (both mapped to contractsent by default); a third process has neither.
  const recordTypes = [
    { id: '012Fk0000000001AAA', name: 'New Business', stages: ['Prospecting', 'Qualification', 'Id. Decision Makers', 'Negotiation/Review', 'Closed Won', 'Closed Lost'] },
    { id: '012Fk0000000002AAA', name: 'Renewal', stages: ['Qualification', 'Perception Analysis', 'Proposal/Price Quote', 'Closed Won', 'Closed Lost'] },
    { id: '012Fk0000000003AAA', name: 'Partner', stages: ['Prospecting', 'Closed Won', 'Closed Lost'] },
  ];

  it("writes the StageName mapped to the key that the opportunity's own sales process has, and refuses when it has none", async () => {
    const org = await startSalesforceFake({ recordTypes });
    try {
      const { opportunities } = org.seed({
        opportunities: [
          { Name: 'New', StageName: 'Id. Decision Makers', RecordTypeId: recordTypes[0]!.id },
          { Name: 'Renewal', StageName: 'Perception Analysis', RecordTypeId: recordTypes[1]!.id },
          { Name: 'Partner', StageName: 'Prospecting', RecordTypeId: recordTypes[2]!.id },
        ],
      });
      const sf = adapter({}, org);
      const stageOf = (id: string) => org.objects('Opportunity').find((o) => o.Id === id)?.StageName;
      expect(await sf.updateDealStage(opportunities[0]!, 'contractsent', 'k1')).toEqual({ changed: true });
      expect(stageOf(opportunities[0]!)).toBe('Negotiation/Review');
      expect(await sf.updateDealStage(opportunities[1]!, 'contractsent', 'k2')).toEqual({ changed: true });
      expect(stageOf(opportunities[1]!)).toBe('Proposal/Price Quote');
      expect(await sf.updateDealStage(opportunities[1]!, 'contractsent', 'k2')).toEqual({ changed: false });
      const err = await failure(sf.updateDealStage(opportunities[2]!, 'contractsent', 'k3'));
      expect(err).toMatchObject({ code: 'SALESFORCE_STAGE_UNKNOWN', retryable: false });
      expect(err.message).toContain('Negotiation/Review, Proposal/Price Quote');
      expect(err.message).toContain('Prospecting, Closed Won, Closed Lost');
      expect(stageOf(opportunities[2]!)).toBe('Prospecting');
    } finally {
      await org.close();
    }
  });
});

describe('Salesforce adapter: failures are classified once', () => {
  it('401 INVALID_SESSION_ID is a permanent SALESFORCE_AUTH that says which variable to set', async () => {
    const err = await failure(adapter({ accessToken: '00DFAKE!expired' }).findContact({ email: 'noah@example.com' }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect(err.message).toMatch(/SALESFORCE_ACCESS_TOKEN.*INVALID_SESSION_ID: Session expired or invalid/);
  });

  it('403 REQUEST_LIMIT_EXCEEDED is a retryable SALESFORCE_RATE_LIMITED; API access refused is SALESFORCE_AUTH; a record refused is SALESFORCE_RECORD_FORBIDDEN', async () => {
    fake.failNext(1, { status: 403 });
    const err = await failure(crm.getDeal(ids.opportunities[0]!));
    expect(err).toMatchObject({ code: 'SALESFORCE_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: 60_000, status: 403 });
    expect(err.message).toContain('REQUEST_LIMIT_EXCEEDED');
    fake.failNext(1, { status: 403, body: [{ message: 'insufficient access rights on object id', errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }] });
    expect(await failure(adapter({ rateLimitWaitMs: 5 }).getDeal(ids.opportunities[0]!))).toMatchObject({ code: 'SALESFORCE_RECORD_FORBIDDEN', kind: 'forbidden', retryable: false });
    fake.failNext(1, { status: 403, body: [{ message: 'The REST API is not enabled for this Organization.', errorCode: 'API_DISABLED_FOR_ORG' }] });
    expect(await failure(adapter({ rateLimitWaitMs: 5 }).getDeal(ids.opportunities[0]!))).toMatchObject({ code: 'SALESFORCE_AUTH', kind: 'credentials', retryable: false });
  });

  it('5xx and a refused connection are retryable SALESFORCE_UNAVAILABLE; another 400 is permanent with its errorCode', async () => {
    // One try per read: how a single answer is classified (the client's retries of reads have tests of their own).
    const once = adapter({ readTries: 1 });
    fake.failNext(1, { status: 503 });
    expect(await failure(once.findOpenDeals(ids.contacts[0]!))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 500, match: { method: 'PATCH' } });
    expect(await failure(crm.logCall(callInput()))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true });
    fake.failNext(1, { status: 400, body: [{ message: 'bad', errorCode: 'INVALID_TYPE' }] });
    const rejected = await failure(crm.getDeal(ids.opportunities[0]!));
    expect(rejected).toMatchObject({ code: 'SALESFORCE_REJECTED', retryable: false, status: 400 });
    expect(rejected.message).toContain('INVALID_TYPE: bad');
    fake.failNext(1, { status: 503, delayMs: 300 });
    const slow = await failure(adapter({ timeoutMs: 100, readTries: 1 }).getDeal(ids.opportunities[0]!));
    expect(slow).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true });
    expect(slow.message).toContain('no answer within 100 ms');
    const closed = await startSalesforceFake();
    const gone = adapter({ readTries: 1 }, closed);
    await closed.close();
    expect(await failure(gone.getDeal(ids.opportunities[0]!))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true });
  });

  it('a row lock (400 UNABLE_TO_LOCK_ROW) and SERVER_UNAVAILABLE are retryable SALESFORCE_UNAVAILABLE; the retry logs the call once', async () => {
    fake.failNext(1, { status: 400, errorCode: 'UNABLE_TO_LOCK_ROW', match: { method: 'PATCH' } });
    const locked = await failure(crm.logCall(callInput()));
    expect(locked).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', kind: 'unavailable', retryable: true, status: 400 });
    expect(locked.message).toMatch(/held the record.*UNABLE_TO_LOCK_ROW/);
    expect(fake.objects('Task')).toHaveLength(0);
    fake.failNext(1, { status: 400, errorCode: 'SERVER_UNAVAILABLE', match: { method: 'PATCH' } });
    expect(await failure(crm.logCall(callInput()))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', kind: 'unavailable', retryable: true });
    const logged = await crm.logCall(callInput());
    expect(logged.created).toBe(true);
    expect(await crm.logCall(callInput())).toEqual({ id: logged.id, created: false });
    expect(fake.objects('Task')).toHaveLength(1);
  });

  it('rejects a configuration without a token or instance URL, saying which variable to set', () => {
    expect(() => createSalesforceCrm({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: ' ' })).toThrow(ConfigError);
    expect(() => createSalesforceCrm({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: ' ' })).toThrow(/SALESFORCE_ACCESS_TOKEN/);
    expect(() => createSalesforceCrm({ instanceUrl: 'acme', accessToken: 'x' })).toThrow(/SALESFORCE_INSTANCE_URL/);
    expect(() => createSalesforceCrm({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: 'x', stageMap: { closedwon: 'Prospecting' } })).toThrow(/both/);
  });
});
