import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createLocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, CrmAdapter, TaskInput } from '../../src/ports/crm.ts';
import { startHubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startPipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { failure } from '../helpers/crm-inputs.ts';
import { syncCall } from '../helpers/sync-harness.ts';

/**
 * One scenario in every CRM: Elena (a unique phone and e-mail) with an open deal at
 * `decisionmakerboughtin`; two contacts sharing one phone number; the rep as a user.
 */
interface World {
  crm: () => CrmAdapter;
  dealId: string;
  /** The call logs as the CRM stores them (its own title and body fields, the body in its own format). */
  callLogs(): Promise<{ id: string; title: string; body: string }[]>;
  /** An id of the CRM's kind that names no call log, and the error code the adapter gives for it. */
  missingCallLog: { id: string; code: string };
  /** The tasks as the CRM stores them: subject, due date (YYYY-MM-DD), and the text saying whom the item is for. */
  tasks(): Promise<{ id: string; subject: string; dueDate: string | null; forWhom: string }[]>;
  /** An id of the CRM's kind that names no task. */
  missingTaskId: string;
  /** The owner the CRM stores on a call log or task (its own user id; the e-mail in the local CRM), null for none. */
  ownerOf(id: string): Promise<string | null>;
  /** The owner of the rep's records: the rep's user id in the CRM. */
  repOwner: string;
  /** The owner of records whose rep is no CRM user: the integration user (null: the CRM leaves the owner empty). */
  integrationOwner: string | null;
  /** An id of the CRM's kind that names no contact. */
  missingContactId: string;
  /** An id of the CRM's kind that names no deal, and the error code the adapter gives for it. */
  missingDeal: { id: string; code: string };
  /** The currency the CRM gives for the deal (null: the CRM does not say). */
  dealCurrency: string | null;
  /** A directory for the sync step's artifacts. */
  dir: string;
  close(): Promise<void>;
}
const ELENA = { phone: '+44 20 7946 0321', email: 'elena@brightline.example' };
const SHARED_PHONE = '+1 212 555 0100';
const REP = 'priya@example.com';

const worlds: Record<string, () => Promise<World>> = {
  local: async () => {
    const temp = await makeTempDir();
    const seed = {
      contacts: [
        { id: 'contact-1', name: 'Elena Novak', email: ELENA.email, phone: ELENA.phone, company: 'Brightline' },
        { id: 'contact-2', name: 'Ana Twin', email: 'ana@twin.example', phone: SHARED_PHONE, company: null },
        { id: 'contact-3', name: 'Bo Twin', email: 'bo@twin.example', phone: SHARED_PHONE, company: null },
      ],
      deals: [{ id: 'deal-1', name: 'Pilot', stage: 'decisionmakerboughtin' as const, contactIds: ['contact-1'], open: true, updatedAt: '2026-10-01T09:00:00.000Z', amount: 40000, currency: 'USD', closeDate: '2026-12-31' }],
    };
    const crm = () => createLocalCrm({ dataDir: temp.dir, seed });
    return {
      crm,
      dealId: 'deal-1',
      callLogs: async () => (await crm().snapshot()).callLogs,
      missingCallLog: { id: 'call-0404', code: 'CRM_LOCAL_CALL_LOG_NOT_FOUND' },
      tasks: async () => (await crm().snapshot()).tasks.map((t) => ({ id: t.id, subject: t.subject, dueDate: t.dueDate, forWhom: t.owner })),
      missingTaskId: 'task-0404',
      ownerOf: async (id) => {
        const data = await crm().snapshot();
        return [...data.callLogs, ...data.tasks].find((r) => r.id === id)?.ownerEmail ?? null;
      },
      repOwner: REP,
      integrationOwner: null,
      missingContactId: 'contact-0404',
      missingDeal: { id: 'deal-0404', code: 'CRM_LOCAL_DEAL_NOT_FOUND' },
      dealCurrency: 'USD',
      dir: temp.dir,
      close: temp.cleanup,
    };
  },
  hubspot: async () => {
    // Rate limits are tested on their own; here two adapter instances (two workers) share one second.
    const temp = await makeTempDir();
    const fake = await startHubSpotFake({ limits: false });
    fake.seed({ owners: [{ id: '9001', email: REP, firstName: 'Priya', lastName: 'Raman' }] });
    const { contacts } = fake.seed({
      contacts: [
        { firstname: 'Elena', lastname: 'Novak', ...ELENA },
        { firstname: 'Ana', email: 'ana@twin.example', phone: SHARED_PHONE },
        { firstname: 'Bo', email: 'bo@twin.example', phone: SHARED_PHONE },
      ],
    });
    const { deals } = fake.seed({
      deals: [{ dealname: 'Pilot', dealstage: 'decisionmakerboughtin', amount: '40000', deal_currency_code: 'USD', closedate: '2026-12-31T00:00:00Z', contactIds: [contacts[0]!] }],
    });
    return {
      crm: () => createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchPerSecond: 5 }),
      dealId: deals[0]!,
      callLogs: async () => fake.objects('calls').map((c) => ({ id: c.id, title: c.properties.hs_call_title ?? '', body: c.properties.hs_call_body ?? '' })),
      missingCallLog: { id: '404404404', code: 'HUBSPOT_CALL_LOG_NOT_FOUND' },
      tasks: async () =>
        fake.objects('tasks').map((t) => ({ id: t.id, subject: t.properties.hs_task_subject ?? '', dueDate: t.properties.hs_timestamp?.slice(0, 10) ?? null, forWhom: t.properties.hs_task_body ?? '' })),
      missingTaskId: '404404404',
      ownerOf: async (id) => [...fake.objects('calls'), ...fake.objects('tasks')].find((o) => o.id === id)?.properties.hubspot_owner_id ?? null,
      repOwner: '9001',
      // A record created by a private app without hubspot_owner_id has no owner.
      integrationOwner: null,
      missingContactId: '404404404',
      missingDeal: { id: '404404404', code: 'HUBSPOT_DEAL_NOT_FOUND' },
      dealCurrency: 'USD',
      dir: temp.dir,
      close: async () => {
        await fake.close();
        await temp.cleanup();
      },
    };
  },
  salesforce: async () => {
    const temp = await makeTempDir();
    const fake = await startSalesforceFake();
    const { users } = fake.seed({ users: [{ LastName: 'Raman', Email: REP, Username: 'priya@example.com.acme' }] });
    const { contacts } = fake.seed({
      contacts: [
        { FirstName: 'Elena', LastName: 'Novak', Phone: ELENA.phone, Email: ELENA.email },
        { FirstName: 'Ana', LastName: 'Twin', Phone: SHARED_PHONE, Email: 'ana@twin.example' },
        { FirstName: 'Bo', LastName: 'Twin', Phone: SHARED_PHONE, Email: 'bo@twin.example' },
      ],
    });
    const { opportunities } = fake.seed({
      opportunities: [{ Name: 'Pilot', StageName: 'Id. Decision Makers', CreatedDate: '2026-10-01T00:00:00.000+0000', Amount: 40000, CloseDate: '2026-12-31', contactIds: [contacts[0]!] }],
    });
    return {
      crm: () => createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken }),
      dealId: opportunities[0]!,
      callLogs: async () => fake.objects('Task').filter((t) => t.TaskSubtype === 'Call').map((t) => ({ id: t.Id, title: String(t.Subject), body: String(t.Description) })),
      missingCallLog: { id: '00T000000000404AAA', code: 'SALESFORCE_CALL_LOG_NOT_FOUND' },
      tasks: async () =>
        fake
          .objects('Task')
          .filter((t) => t.TaskSubtype === 'Task')
          .map((t) => ({ id: t.Id, subject: String(t.Subject), dueDate: (t.ActivityDate as string | null | undefined) ?? null, forWhom: String(t.Description) })),
      missingTaskId: '00T000000000404AAA',
      ownerOf: async (id) => (fake.objects('Task').find((t) => t.Id === id)?.OwnerId as string | undefined) ?? null,
      repOwner: users[0]!,
      integrationOwner: fake.integrationUserId,
      missingContactId: '003000000000404AAA',
      missingDeal: { id: '006000000000404AAA', code: 'SALESFORCE_DEAL_NOT_FOUND' },
      // Single-currency orgs have no CurrencyIsoCode on records.
      dealCurrency: null,
      dir: temp.dir,
      close: async () => {
        await fake.close();
        await temp.cleanup();
      },
    };
  },
  pipedrive: async () => {
    const temp = await makeTempDir();
    const fake = await startPipedriveFake();
    fake.seed({ users: [{ id: 7, name: 'Priya Raman', email: REP }] });
    const { persons } = fake.seed({
      persons: [
        { name: 'Elena Novak', emails: [ELENA.email], phones: [ELENA.phone] },
        { name: 'Ana Twin', emails: ['ana@twin.example'], phones: [SHARED_PHONE] },
        { name: 'Bo Twin', emails: ['bo@twin.example'], phones: [SHARED_PHONE] },
      ],
    });
    const { deals } = fake.seed({ deals: [{ title: 'Pilot', stage_id: 4, person_id: Number(persons[0]!), add_time: '2026-10-01T00:00:00Z', value: 40000, currency: 'USD', expected_close_date: '2026-12-31' }] });
    return {
      crm: () => createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl }),
      dealId: deals[0]!,
      callLogs: async () => fake.objects('activities').filter((a) => a.type === 'call' && !a.is_deleted).map((a) => ({ id: String(a.id), title: String(a.subject), body: String(a.note) })),
      missingCallLog: { id: '404404', code: 'PIPEDRIVE_CALL_LOG_NOT_FOUND' },
      tasks: async () =>
        fake
          .objects('activities')
          .filter((a) => a.type === 'task' && !a.is_deleted)
          .map((a) => ({ id: String(a.id), subject: String(a.subject), dueDate: (a.due_date as string | null | undefined) ?? null, forWhom: String(a.note) })),
      missingTaskId: '404404',
      ownerOf: async (id) => {
        const owner = fake.objects('activities').find((a) => String(a.id) === id)?.owner_id;
        return owner === undefined || owner === null ? null : String(owner);
      },
      repOwner: '7',
      // Pipedrive makes the token's user (id 1 in the fake) the owner of an activity created without owner_id.
      integrationOwner: '1',
      missingContactId: '404404',
      missingDeal: { id: '404404', code: 'PIPEDRIVE_DEAL_NOT_FOUND' },
      dealCurrency: 'USD',
      dir: temp.dir,
      close: async () => {
        await fake.close();
        await temp.cleanup();
      },
    };
  },
};

// The same promises of the CrmAdapter port, checked against every adapter (the SaaS ones through their fakes).
describe.each(Object.keys(worlds))('CrmAdapter contract: %s', (name) => {
  let world: World;
  let crm: CrmAdapter;
  beforeEach(async () => {
    world = await worlds[name]!();
    crm = world.crm();
  });
  afterEach(() => world.close());

  const log = (contactId: string, dealId: string | null): CallLogInput => ({
    idempotencyKey: 'c_contract:call',
    contactId,
    dealId,
    direction: 'outbound',
    startedAt: '2026-11-17T15:00:00Z',
    timezone: null,
    durationSec: 300,
    disposition: 'connected',
    title: 'Call with Elena Novak',
    body: 'Elena approved the proposal.',
    recordingUrl: null,
    ownerEmail: REP,
  });
  const task = (contactId: string, dealId: string | null): TaskInput => ({
    idempotencyKey: 'c_contract:task:1',
    contactId,
    dealId,
    subject: 'Send the contract',
    dueDate: '2026-11-20',
    owner: 'rep',
    ownerEmail: REP,
  });

  it('finds a contact by phone in another format and by e-mail; never guesses between two; says when there is none', async () => {
    const byPhone = await crm.findContact({ phone: '+442079460321' });
    expect(byPhone.kind).toBe('found');
    const byEmail = await crm.findContact({ email: ELENA.email.toUpperCase() });
    expect(byEmail).toMatchObject({ kind: 'found', contact: { id: byPhone.kind === 'found' ? byPhone.contact.id : '' } });
    const twins = await crm.findContact({ phone: '+12125550100' });
    expect(twins.kind).toBe('ambiguous');
    expect(twins.kind === 'ambiguous' && twins.candidates).toHaveLength(2);
    expect(await crm.findContact({ phone: '+15555550199', email: 'nobody@nowhere.example' })).toEqual({ kind: 'not_found' });
  });

  it('falls back to the company domain of the e-mail: one contact there is a match, two are not, free-mail never', async () => {
    const elena = await crm.findContact({ phone: ELENA.phone });
    expect(await crm.findContact({ email: 'accounts@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: elena.kind === 'found' ? elena.contact.id : '' } });
    expect((await crm.findContact({ email: 'office@twin.example' })).kind).toBe('ambiguous');
    expect(await crm.findContact({ email: 'elena.private@gmail.com' })).toEqual({ kind: 'not_found' });
  });

  it('creates a contact for an unknown customer once', async () => {
    const dana = { name: 'Dana Reyes', phone: '+1 415 555 0188', email: 'dana@quarry.example', company: 'Quarry Inc' };
    const first = await crm.createContact!(dana, 'c_contract:contact');
    expect(first.created).toBe(true);
    expect(await crm.createContact!(dana, 'c_contract:contact')).toEqual({ id: first.id, created: false });
    expect(await world.crm().createContact!(dana, 'c_contract:contact')).toEqual({ id: first.id, created: false });
    expect(await crm.findContact({ phone: '+14155550188' })).toMatchObject({ kind: 'found', contact: { id: first.id } });
  });

  it("reads the contact's open deal at its canonical stage", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    expect(await crm.getDeal(world.dealId)).toMatchObject({ id: world.dealId, stage: 'decisionmakerboughtin', open: true });
    expect((await crm.findOpenDeals(contactId)).map((d) => d.id)).toEqual([world.dealId]);
  });

  it('writes a call log and a task exactly once per idempotency key, also from a fresh adapter', async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const first = await crm.logCall(log(contactId, world.dealId));
    expect(first.created).toBe(true);
    expect(await crm.logCall(log(contactId, world.dealId))).toEqual({ id: first.id, created: false });
    const t = await crm.createTask(task(contactId, world.dealId));
    expect(t.created).toBe(true);
    const fresh = world.crm();
    expect(await fresh.logCall(log(contactId, world.dealId))).toEqual({ id: first.id, created: false });
    expect(await fresh.createTask(task(contactId, world.dealId))).toEqual({ id: t.id, created: false });
  });

  it('corrects a call log in place: the same log, its new title and body; replays, a fresh adapter and a later logCall change nothing', async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const { id } = await crm.logCall(log(contactId, world.dealId));
    const fix = { title: 'Call with Elena Novak (corrected)', body: 'Elena approved the proposal at a 5 percent discount; legal review next week.' };
    await crm.updateCallLog(id, fix);
    const once = await world.callLogs();
    await crm.updateCallLog(id, fix);
    await world.crm().updateCallLog(id, fix);
    const logs = await world.callLogs();
    expect(logs).toEqual(once);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id, title: fix.title });
    expect(logs[0]!.body).toContain(fix.body);
    expect(logs[0]!.body).not.toContain('Elena approved the proposal.');
    // The log keeps its idempotency key: syncing the call again finds it instead of logging it twice.
    expect(await world.crm().logCall(log(contactId, world.dealId))).toEqual({ id, created: false });
    expect(await world.callLogs()).toHaveLength(1);
  });

  it('refuses to correct a call log that does not exist, permanently, with its not-found code', async () => {
    const err = await failure(crm.updateCallLog(world.missingCallLog.id, { title: 'Call', body: 'Summary.' }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: world.missingCallLog.code, retryable: false });
    expect(err.message).toContain(world.missingCallLog.id);
  });

  it("owns the call log and the tasks by the rep's CRM user; a rep who is no CRM user falls back to the integration user", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const call = await crm.logCall(log(contactId, world.dealId));
    const todo = await crm.createTask(task(contactId, world.dealId));
    expect(await world.ownerOf(call.id)).toBe(world.repOwner);
    expect(await world.ownerOf(todo.id)).toBe(world.repOwner);
    const stranger = 'stranger@example.com';
    const strangers = await crm.logCall({ ...log(contactId, world.dealId), idempotencyKey: 'c_contract_2:call', ownerEmail: stranger });
    const strangersTask = await crm.createTask({ ...task(contactId, world.dealId), idempotencyKey: 'c_contract_2:task:1', ownerEmail: stranger });
    if (crm.findOwner) {
      expect(await crm.findOwner(REP.toUpperCase())).toEqual({ id: world.repOwner });
      expect(await crm.findOwner(stranger)).toBeNull();
      expect(await world.ownerOf(strangers.id)).toBe(world.integrationOwner);
      expect(await world.ownerOf(strangersTask.id)).toBe(world.integrationOwner);
    } else {
      // A CRM without users keeps the e-mail as the owner.
      expect(await world.ownerOf(strangers.id)).toBe(stranger);
    }
  });

  it('sync: a rep who is a CRM user owns everything and nothing waits; otherwise the call says so (rep_not_in_crm) and the records fall back', async () => {
    const customer = { name: 'Elena Novak', phone: ELENA.phone };
    const mine = await syncCall(world.dir, crm, { rep: { email: REP }, customer }, { callId: 'c_00000000000000000000mine' });
    expect(mine.finalStatus).toBe('done');
    // The customer's item came without a due date: a hygiene finding asks for one, and does not hold the call.
    expect(mine.output!.review.decisions).toMatchObject([{ kind: 'crm_hygiene', state: 'pending', finding: { type: 'due_date_missing' } }]);
    for (const id of [mine.output!.callLog!.id, ...mine.output!.tasks.map((t) => t.id)]) expect(await world.ownerOf(id)).toBe(world.repOwner);

    const theirs = await syncCall(world.dir, crm, { rep: { email: 'temp.rep@example.com' }, customer }, { callId: 'c_0000000000000000000theirs' });
    const nobody = await syncCall(world.dir, crm, { customer }, { callId: 'c_000000000000000000nobody' });
    if (!crm.findOwner) {
      expect([theirs.finalStatus, nobody.finalStatus]).toEqual(['done', 'done']);
      return;
    }
    for (const [result, why] of [[theirs, /temp\.rep@example\.com/], [nobody, /no rep e-mail came with the call/]] as const) {
      expect(result.finalStatus).toBe('needs_review');
      expect(result.output!.review.decisions.filter((d) => d.kind !== 'crm_hygiene')).toMatchObject([{ id: 'owner', kind: 'rep_not_in_crm', state: 'pending', proposed: 'noted' }]);
      expect(result.reviewReason).toMatch(/^REP_NOT_IN_CRM: /);
      expect(result.reviewReason).toMatch(why);
      for (const id of [result.output!.callLog!.id, ...result.output!.tasks.map((t) => t.id)]) expect(await world.ownerOf(id)).toBe(world.integrationOwner);
    }
  });

  it("reads a contact's fields, and the deal's last change", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    expect(await crm.getContact(contactId)).toMatchObject({ id: contactId, name: 'Elena Novak', email: ELENA.email });
    expect(await crm.getContact(world.missingContactId)).toBeNull();
    const deal = await crm.getDeal(world.dealId);
    expect(deal?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it("changes a contact's e-mail, phone and title once each: replays and a fresh adapter write nothing; a missing contact is a permanent error", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const email = 'elena.novak@brightline-foods.example';
    expect(await crm.updateContactField(contactId, 'email', email, 'c_contract:field:email')).toEqual({ changed: true });
    expect(await crm.updateContactField(contactId, 'email', email, 'c_contract:field:email')).toEqual({ changed: false });
    expect(await world.crm().updateContactField(contactId, 'email', email, 'c_contract:field:email')).toEqual({ changed: false });
    expect(await crm.updateContactField(contactId, 'phone', '+442079460999', 'c_contract:field:phone')).toEqual({ changed: true });
    expect(await crm.updateContactField(contactId, 'title', 'Head of Procurement', 'c_contract:field:title')).toEqual({ changed: true });
    expect(await crm.getContact(contactId)).toMatchObject({ email, phone: '+442079460999', title: 'Head of Procurement' });
    const err = await failure(crm.updateContactField(world.missingContactId, 'email', email, 'c_contract:field:missing'));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ retryable: false });
  });

  it("reads the deal's amount and close date, and changes each once: replays and a fresh adapter write nothing; a missing deal is a permanent error", async () => {
    expect(await crm.getDeal(world.dealId)).toMatchObject({ amount: 40000, currency: world.dealCurrency, closeDate: '2026-12-31' });
    expect(await crm.updateDealField(world.dealId, 'amount', '48000', 'c_contract:deal:amount')).toEqual({ changed: true });
    expect(await crm.updateDealField(world.dealId, 'amount', '48000', 'c_contract:deal:amount')).toEqual({ changed: false });
    expect(await world.crm().updateDealField(world.dealId, 'amount', '48000.00', 'c_contract:deal:amount:again')).toEqual({ changed: false });
    expect(await crm.updateDealField(world.dealId, 'closeDate', '2027-03-31', 'c_contract:deal:closeDate')).toEqual({ changed: true });
    expect(await world.crm().updateDealField(world.dealId, 'closeDate', '2027-03-31', 'c_contract:deal:closeDate')).toEqual({ changed: false });
    expect(await crm.getDeal(world.dealId)).toMatchObject({ amount: 48000, closeDate: '2027-03-31', stage: 'decisionmakerboughtin' });
    const missing = await failure(crm.updateDealField(world.missingDeal.id, 'amount', '48000', 'c_contract:deal:missing'));
    expect(missing).toBeInstanceOf(AppError);
    expect(missing).toMatchObject({ code: world.missingDeal.code, retryable: false });
    expect(await failure(crm.updateDealField(world.dealId, 'closeDate', 'soon', 'c_contract:deal:bad'))).toMatchObject({ code: 'CRM_DEAL_FIELD_INVALID', retryable: false });
  });

  it("sets a task's due date once: replays and a fresh adapter write nothing", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const t = await crm.createTask({ ...task(contactId, world.dealId), dueDate: null });
    expect(await crm.updateTask(t.id, { dueDate: '2026-11-24' }, 'c_contract:due:1')).toEqual({ changed: true });
    expect(await crm.updateTask(t.id, { dueDate: '2026-11-24' }, 'c_contract:due:1')).toEqual({ changed: false });
    expect(await world.crm().updateTask(t.id, { dueDate: '2026-11-24' }, 'c_contract:due:1')).toEqual({ changed: false });
    expect(await world.tasks()).toMatchObject([{ id: t.id, subject: 'Send the contract', dueDate: '2026-11-24' }]);
  });

  it('brings a task in line with its corrected item, in place: subject, due date, whom it is for; replays, a fresh adapter and createTask with the first key change nothing', async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const t = await crm.createTask(task(contactId, world.dealId));
    expect((await world.tasks())[0]!.forWhom).not.toMatch(/customer/);
    const change = { subject: 'Send the signed contract to legal', owner: 'customer' as const, dueDate: '2026-11-27', ownerEmail: REP };
    expect(await crm.updateTask(t.id, change, 'c_contract:task-update:1')).toEqual({ changed: true });
    const once = await world.tasks();
    expect(once).toMatchObject([{ id: t.id, subject: change.subject, dueDate: '2026-11-27' }]);
    expect(once[0]!.forWhom).toMatch(/customer/);
    expect(await world.ownerOf(t.id)).toBe(world.repOwner);
    expect(await crm.updateTask(t.id, change, 'c_contract:task-update:1')).toEqual({ changed: false });
    expect(await world.crm().updateTask(t.id, change, 'c_contract:task-update:1')).toEqual({ changed: false });
    expect(await world.crm().createTask(task(contactId, world.dealId))).toEqual({ id: t.id, created: false });
    expect(await world.tasks()).toEqual(once);
    // Fields left out stay: a subject alone keeps the due date and whom the item is for.
    expect(await crm.updateTask(t.id, { subject: 'Send the contract to legal' }, 'c_contract:task-update:2')).toEqual({ changed: true });
    expect(await world.tasks()).toMatchObject([{ subject: 'Send the contract to legal', dueDate: '2026-11-27', forWhom: once[0]!.forWhom }]);
  });

  it("keeps a task's owner when the e-mail given is no CRM user's; a task that is not there is null, with nothing written", async () => {
    const found = await crm.findContact({ phone: ELENA.phone });
    const contactId = found.kind === 'found' ? found.contact.id : '';
    const t = await crm.createTask(task(contactId, world.dealId));
    await crm.updateTask(t.id, { subject: 'Send the contract today', ownerEmail: 'stranger@example.com' }, 'c_contract:task-update:3');
    // A CRM without users keeps the e-mail itself as the owner.
    expect(await world.ownerOf(t.id)).toBe(crm.findOwner ? world.repOwner : 'stranger@example.com');
    expect(await crm.updateTask(world.missingTaskId, { subject: 'Anything', dueDate: '2026-11-27' }, 'c_contract:task-update:4')).toBeNull();
    expect(await world.tasks()).toHaveLength(1);
  });

  it('moves a deal to a stage once', async () => {
    expect(await crm.updateDealStage(world.dealId, 'contractsent', 'c_contract:stage')).toEqual({ changed: true });
    expect(await crm.updateDealStage(world.dealId, 'contractsent', 'c_contract:stage')).toEqual({ changed: false });
    expect(await crm.getDeal(world.dealId)).toMatchObject({ stage: 'contractsent' });
  });
});

// The CRM adapters find a contact they created by its phone or e-mail (the local CRM keys it instead), so a create that
// finds several has to refuse: the same stable code in each, naming the contacts, and nothing created.
describe.each(['hubspot', 'salesforce', 'pipedrive'])('CrmAdapter contract, contacts found by their details: %s', (name) => {
  let world: World;
  beforeEach(async () => {
    world = await worlds[name]!();
  });
  afterEach(() => world.close());

  it('refuses to create a contact when several have the phone, naming them, and creates none', async () => {
    const crm = world.crm();
    const twins = await crm.findContact({ phone: SHARED_PHONE });
    const ids = twins.kind === 'ambiguous' ? twins.candidates.map((c) => c.id) : [];
    expect(ids).toHaveLength(2);
    const err = await failure(crm.createContact!({ name: 'A Twin', phone: SHARED_PHONE }, 'c_contract:contact'));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: `${name.toUpperCase()}_CONTACT_AMBIGUOUS`, retryable: false });
    for (const id of ids) expect(err.message).toContain(id);
    expect(err.message).toContain('Merge them');
    // The e-mail picks one of them: that one is the contact, nothing is created.
    expect(await crm.createContact!({ name: 'Bo Twin', phone: SHARED_PHONE, email: 'bo@twin.example' }, 'c_contract:contact:bo')).toMatchObject({ created: false });
    expect((await crm.findContact({ phone: SHARED_PHONE })).kind).toBe('ambiguous');
  });
});
