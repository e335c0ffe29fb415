import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { ConfigError } from '../../src/config/env.ts';
import { StageKey } from '../../src/domain/insights.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, CrmAdapter, TaskInput } from '../../src/ports/crm.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { callLogInput, failure, taskInputFor } from '../helpers/crm-inputs.ts';

/** The Pipedrive adapter against the local Pipedrive fake, over real HTTP on loopback. */

let fake: PipedriveFake;
let crm: CrmAdapter;
let ids: { persons: string[]; deals: string[] };
const adapter = (extra: Partial<Parameters<typeof createPipedriveCrm>[0]> = {}) =>
  createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, defaultPhoneRegion: 'GB', timeoutMs: 2000, ...extra });

beforeEach(async () => {
  fake = await startPipedriveFake();
  const seeded = fake.seed({
    users: [{ id: 7, name: 'Priya Raman', email: 'priya@example.com' }],
    stages: [
      { id: 1, name: 'Qualified', pipeline_id: 1, order_nr: 1 },
      { id: 2, name: 'Contact Made', pipeline_id: 1, order_nr: 2 },
      { id: 3, name: 'Demo Scheduled', pipeline_id: 1, order_nr: 3 },
      { id: 4, name: 'Proposal Made', pipeline_id: 1, order_nr: 4 },
      { id: 5, name: 'Negotiations Started', pipeline_id: 1, order_nr: 5 },
      { id: 21, name: 'Onboarding', pipeline_id: 2, order_nr: 1 },
    ],
    persons: [
      { name: 'Elena Novak', emails: ['elena@brightline.example'], phones: ['+44 20 7946 0321'], org_name: 'Brightline Foods' },
      { name: 'Ana', emails: ['ana@twin.example'], phones: ['+1 212 555 0100'] },
      { name: 'Bo', emails: ['bo@twin.example'], phones: ['212-555-0100'] },
      { name: 'Noah', emails: ['noah@example.com'] },
      { name: 'Maine', phones: ['+1 207 946 0321'] }, // same national digits as Elena's London number
    ],
  });
  const [elena] = seeded.persons.map(Number);
  const deals = fake.seed({
    deals: [
      { title: 'Pilot', stage_id: 3, person_id: elena!, add_time: '2026-01-10T00:00:00Z' },
      { title: 'Expansion', stage_id: 5, person_id: elena!, add_time: '2026-03-01T00:00:00Z' },
      { title: 'Old win', stage_id: 4, status: 'won', person_id: elena!, add_time: '2025-05-01T00:00:00Z' },
      { title: 'Onboarding', stage_id: 21, add_time: '2026-02-01T00:00:00Z' },
    ],
  }).deals;
  ids = { persons: seeded.persons, deals };
  crm = adapter();
});
afterEach(() => fake.close());

const callInput = (over: Partial<CallLogInput> = {}) => callLogInput(ids.persons[0]!, ids.deals[1]!, { startedAt: '2026-11-17T15:04:00Z', durationSec: 125, disposition: 'left_voicemail', ...over });
const taskInput = (over: Partial<TaskInput> = {}) => taskInputFor(ids.persons[0]!, ids.deals[1]!, over);

describe('Pipedrive adapter: contacts and deals', () => {
  it('finds a person by phone however it was typed, and ignores the same digits in another country', async () => {
    for (const phone of ['+442079460321', '+44 20 7946 0321', '020 7946 0321', '+44 (0)20 7946 0321']) {
      expect(await crm.findContact({ phone }), phone).toEqual({
        kind: 'found',
        contact: { id: ids.persons[0], name: 'Elena Novak', email: 'elena@brightline.example', phone: '+44 20 7946 0321', company: 'Brightline Foods' },
      });
    }
    const search = fake.requests.find((r) => r.path === '/api/v2/persons/search');
    expect(search?.headers['x-api-token']).toBe(fake.apiToken);
    expect(search?.query).toMatchObject({ term: '2079460321', fields: 'phone' });
  });

  it('finds a number stored with its country code, spaces or dashes, or compact, by the forms it searches; a miss on phone still tries the e-mail', async () => {
    const stored = ['+1 415 555 0142', '415-555-0142', '(415) 555-0142', '4155550142', '+14155550142', '+1-415-555-0142', '001 415 555 0142'];
    const seeded = fake.seed({ persons: stored.map((phone, i) => ({ name: `Stored ${i}`, emails: [`stored${i}@example.org`], phones: [phone] })) }).persons;
    for (const [i, phone] of stored.entries()) {
      // Every form is found; the e-mail picks this one among the seven.
      const only = await adapter().findContact({ phone: '+1 415 555 0142', email: `stored${i}@example.org` });
      expect(only, phone).toMatchObject({ kind: 'found', contact: { id: seeded[i], phone } });
    }
    const all = await crm.findContact({ phone: '+1 (415) 555-0142' });
    expect(all.kind === 'ambiguous' && all.candidates.map((c) => c.id).sort()).toEqual([...seeded].sort());
    const terms = fake.requests.filter((r) => r.path === '/api/v2/persons/search' && r.query.fields === 'phone').map((r) => r.query.term);
    expect(new Set(terms)).toEqual(new Set(['4155550142', '415 555 0142', '415-555-0142', '(415) 555-0142']));
    // A number nobody has, then the e-mail: found by the e-mail.
    const before = fake.requests.length;
    expect(await crm.findContact({ phone: '+1 415 555 0199', email: 'noah@example.com' })).toMatchObject({ kind: 'found', contact: { id: ids.persons[3] } });
    expect(fake.requests.slice(before).map((r) => r.query.fields)).toEqual(['phone', 'phone', 'phone', 'phone', 'email']);
  });

  it('reports several persons with the number as ambiguous, unless the email picks one', async () => {
    const match = await crm.findContact({ phone: '+1 (212) 555-0100' });
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([ids.persons[1], ids.persons[2]].sort());
    expect(await crm.findContact({ phone: '+12125550100', email: 'BO@twin.example' })).toMatchObject({ kind: 'found', contact: { id: ids.persons[2] } });
  });

  it('falls back to the email, and says not_found when nothing matches', async () => {
    expect(await crm.findContact({ phone: '+49 30 901820', email: 'Noah@Example.com' })).toMatchObject({ kind: 'found', contact: { id: ids.persons[3], name: 'Noah' } });
    expect(await crm.findContact({ email: 'nobody@nowhere.example' })).toEqual({ kind: 'not_found' });
    expect(await crm.findContact({ phone: '+49 30 901820' })).toEqual({ kind: 'not_found' });
    expect(await crm.findContact({ name: 'No details' })).toEqual({ kind: 'not_found' });
  });

  it("matches the e-mail's company domain when it holds a single person, ignoring longer domains", async () => {
    fake.seed({ persons: [{ name: 'Decoy', emails: ['zed@brightline.example.org'] }] });
    expect(await crm.findContact({ email: 'Maria@Brightline.example' })).toMatchObject({ kind: 'found', contact: { id: ids.persons[0], name: 'Elena Novak' } });
    const domainSearch = fake.requests.filter((r) => r.path === '/api/v2/persons/search').at(-1);
    expect(domainSearch?.query).toMatchObject({ term: '@brightline.example', fields: 'email', exact_match: 'false' });
    expect(await crm.findContact({ phone: '+49 30 901820', email: 'maria@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: ids.persons[0] } });
  });

  it('reports several persons at the company domain as ambiguous', async () => {
    const match = await crm.findContact({ email: 'cy@twin.example' });
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([ids.persons[1], ids.persons[2]].sort());
  });

  it('never matches a free-mail domain, and does not search it', async () => {
    fake.seed({ persons: [{ name: 'Gia', emails: ['gia@gmail.com'] }] });
    expect(await crm.findContact({ email: 'someone.else@gmail.com' })).toEqual({ kind: 'not_found' });
    expect(fake.requests.filter((r) => r.path === '/api/v2/persons/search').map((r) => r.query.term)).toEqual(['someone.else@gmail.com']);
  });

  it('reads a deal with its person and canonical stage; won is a status; missing or foreign ids are null', async () => {
    expect(await crm.getDeal(ids.deals[0]!)).toEqual({ id: ids.deals[0], name: 'Pilot', stage: 'presentationscheduled', contactIds: [ids.persons[0]], open: true, updatedAt: expect.any(String), amount: null, currency: 'USD', closeDate: null });
    expect(await crm.getDeal(ids.deals[2]!)).toMatchObject({ stage: 'closedwon', open: false });
    expect(await crm.getDeal('404404')).toBeNull();
    expect(await crm.getDeal('D-1')).toBeNull();
  });

  it('reads a deal at a stage it cannot map with no stage key, naming the stage, unless stageMap names it', async () => {
    expect(await crm.getDeal(ids.deals[3]!)).toMatchObject({ stage: null, unmappedStage: expect.stringMatching(/Onboarding/), open: true });
    expect(await adapter({ stageMap: { appointmentscheduled: [2, 21] } }).getDeal(ids.deals[3]!)).toMatchObject({ stage: 'appointmentscheduled' });
  });

  it("lists the person's open deals, newest first", async () => {
    const deals = await crm.findOpenDeals(ids.persons[0]!);
    expect(deals.map((d) => [d.name, d.stage])).toEqual([
      ['Expansion', 'contractsent'],
      ['Pilot', 'presentationscheduled'],
    ]);
    expect(await crm.findOpenDeals(ids.persons[3]!)).toEqual([]);
    expect(await crm.findOpenDeals('not-an-id')).toEqual([]);
  });
});

describe('Pipedrive adapter: writes happen exactly once', () => {
  it('logs a done call activity linked to person and deal, with escaped HTML and the key marker', async () => {
    const first = await crm.logCall(callInput());
    expect(first.created).toBe(true);
    const [call] = fake.objects('activities');
    expect(String(call?.id)).toBe(first.id);
    expect(call).toMatchObject({
      type: 'call',
      subject: 'Call with Elena Novak (Brightline Foods)',
      done: true,
      due_date: '2026-11-17',
      due_time: '15:04',
      duration: '00:03',
      person_id: Number(ids.persons[0]),
      deal_id: Number(ids.deals[1]),
      participants: [{ person_id: Number(ids.persons[0]), primary: true }],
    });
    expect(call?.note).toBe(
      '<p>Elena wants the contract today.</p><p>Key points:</p><ul><li>Budget approved</li><li>Legal &lt;review&gt; done</li></ul>' +
        '<p>Direction: outbound<br>Outcome: Left voicemail</p><p>[callscribe:call-abc:call]</p>',
    );
  });

  it('returns the same id, created:false, for a second logCall with the key, also from a new adapter instance', async () => {
    const first = await crm.logCall(callInput());
    expect(await crm.logCall(callInput())).toEqual({ id: first.id, created: false });
    expect(await adapter().logCall(callInput({ title: 'retitled on replay' }))).toEqual({ id: first.id, created: false });
    expect(fake.objects('activities')).toHaveLength(1);
    const other = await crm.logCall(callInput({ idempotencyKey: 'call-def:call' }));
    expect(other.created).toBe(true);
    expect(fake.objects('activities')).toHaveLength(2);
  });

  it('finds the key of a call with neither person nor deal among the token owner\'s activities', async () => {
    const input = callInput({ contactId: null, dealId: null, idempotencyKey: 'call-orphan:call' });
    const first = await crm.logCall(input);
    expect(await adapter().logCall(input)).toEqual({ id: first.id, created: false });
    expect(fake.requests.some((r) => r.path === '/api/v2/activities' && r.query.owner_id === '1')).toBe(true);
  });

  it('writes a task with no due date said in the call without one (not due today), and it can be dated later', async () => {
    const { id } = await crm.createTask(taskInput({ dueDate: null }));
    const body = fake.requests.find((r) => r.method === 'POST' && r.path === '/api/v2/activities')!.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('due_date');
    expect(fake.objects('activities')[0]).toMatchObject({ type: 'task', due_date: null });
    expect(await crm.updateTask(id, { dueDate: '2026-11-27' }, 'k')).toEqual({ changed: true });
    expect(fake.objects('activities')[0]).toMatchObject({ due_date: '2026-11-27' });
  });

  it("creates a task owned by the rep's user, looked up by email once per instance", async () => {
    const first = await crm.createTask(taskInput());
    expect(first.created).toBe(true);
    expect(fake.objects('activities')[0]).toMatchObject({ type: 'task', subject: 'Send the contract for signature', done: false, due_date: '2026-11-20', owner_id: 7, deal_id: Number(ids.deals[1]) });
    expect(await crm.createTask(taskInput())).toEqual({ id: first.id, created: false });
    expect(fake.requests.filter((r) => r.path === '/v1/users/find')).toHaveLength(1);
    expect(fake.requests.find((r) => r.path === '/v1/users/find')?.query).toMatchObject({ term: 'priya@example.com', search_by_email: '1' });
    await crm.createTask(taskInput({ idempotencyKey: 'call-abc:task:2', ownerEmail: 'nobody@example.com' }));
    expect(fake.objects('activities')[1]?.owner_id).toBe(1); // unknown rep: Pipedrive makes the token's user the owner
  });

  it('maps the default pipeline in order: a move forward in callscribe is a move forward in Pipedrive', async () => {
    const order = StageKey.options.slice(0, 5);
    const stages = [1, 2, 3, 4, 5];
    const { deals } = fake.seed({ deals: stages.map((stage_id) => ({ title: `At ${stage_id}`, stage_id })) });
    const read = await Promise.all(deals.map(async (id) => (await crm.getDeal(id))!.stage));
    expect(read).toEqual(order); // Qualified → appointmentscheduled, Contact Made → qualifiedtobuy, …
    for (const [from, start] of stages.entries()) {
      for (const to of order.slice(from + 1)) {
        const { deals: [id] } = fake.seed({ deals: [{ title: 'Moving', stage_id: start }] });
        await crm.updateDealStage(id!, to, `k-${start}-${to}`);
        expect(fake.objects('deals').find((d) => String(d.id) === id)!.stage_id, `${order[from]} → ${to}`).toBe(stages[order.indexOf(to)]);
      }
    }
  });

  it('moves a deal to a stage, marks it won, and reports no change on replay', async () => {
    expect(await crm.updateDealStage(ids.deals[0]!, 'contractsent', 'k1')).toEqual({ changed: true });
    expect(fake.objects('deals').find((d) => String(d.id) === ids.deals[0])).toMatchObject({ stage_id: 5, status: 'open' });
    expect(await crm.updateDealStage(ids.deals[0]!, 'contractsent', 'k1')).toEqual({ changed: false });
    expect(await crm.updateDealStage(ids.deals[0]!, 'closedwon', 'k2')).toEqual({ changed: true });
    expect(fake.objects('deals').find((d) => String(d.id) === ids.deals[0])).toMatchObject({ stage_id: 5, status: 'won' });
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ stage_id: 5 }, { status: 'won' }]);
    expect(await crm.updateDealStage(ids.deals[0]!, 'closedwon', 'k2')).toEqual({ changed: false });
    expect(await crm.updateDealStage(ids.deals[1]!, 'closedlost', 'k3')).toEqual({ changed: true });
  });

  it('refuses stages it cannot place, closed deals and missing deals, permanently', async () => {
    await expect(crm.updateDealStage(ids.deals[3]!, 'contractsent', 'k')).rejects.toMatchObject({ code: 'PIPEDRIVE_STAGE_UNKNOWN', retryable: false });
    await expect(crm.updateDealStage(ids.deals[2]!, 'contractsent', 'k')).rejects.toMatchObject({ code: 'PIPEDRIVE_DEAL_CLOSED', retryable: false });
    await expect(crm.updateDealStage('404404', 'contractsent', 'k')).rejects.toMatchObject({ code: 'PIPEDRIVE_DEAL_NOT_FOUND', retryable: false });
  });
});

describe('Pipedrive adapter: createContact happens exactly once', () => {
  const who = { name: 'Sam Lee', email: 'Sam@Newco.example', phone: '+1 415 555 2671', company: 'Newco' };

  it('creates a person with its e-mail and phone, then returns it with created:false, also from a new adapter instance', async () => {
    const first = await crm.createContact!(who, 'call-new:contact');
    expect(first.created).toBe(true);
    const made = fake.objects('persons').find((p) => String(p.id) === first.id);
    expect(made).toMatchObject({ name: 'Sam Lee', emails: ['sam@newco.example'], phones: ['+14155552671'] });
    expect(fake.requests.find((r) => r.method === 'POST' && r.path === '/api/v2/persons')?.body).toEqual({
      name: 'Sam Lee',
      emails: [{ value: 'sam@newco.example', primary: true, label: 'work' }],
      phones: [{ value: '+14155552671', primary: true, label: 'work' }],
    });
    expect(await crm.createContact!(who, 'call-new:contact')).toEqual({ id: first.id, created: false });
    expect(await adapter().createContact!(who, 'call-new:contact')).toEqual({ id: first.id, created: false });
    expect(await adapter().createContact!({ email: 'sam@newco.example' }, 'call-new:contact')).toEqual({ id: first.id, created: false });
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/persons')).toHaveLength(1);
    expect(await crm.findContact({ phone: '+14155552671' })).toMatchObject({ kind: 'found', contact: { id: first.id } });
  });

  it('returns an existing person with the e-mail instead of creating one, but not a colleague at the same domain', async () => {
    expect(await crm.createContact!({ name: 'Noah', email: 'noah@example.com' }, 'k1')).toEqual({ id: ids.persons[3], created: false });
    const colleague = await crm.createContact!({ name: 'Maria', email: 'maria@brightline.example' }, 'k2');
    expect(colleague.created).toBe(true);
    expect(colleague.id).not.toBe(ids.persons[0]);
  });

  it('refuses, permanently and naming them, when several persons have the phone: never a guess, nothing created', async () => {
    const err = await failure(crm.createContact!({ name: 'A Twin', phone: '+1 212 555 0100' }, 'k4'));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'PIPEDRIVE_CONTACT_AMBIGUOUS', retryable: false });
    expect(err.message).toContain(`${ids.persons[1]}, ${ids.persons[2]}`);
    expect(fake.objects('persons')).toHaveLength(5);
  });

  it('a retry in another process after a lost answer, before search has the person, finds it: told an earlier attempt may have sent it', async () => {
    // The person is created but the answer is lost; another worker retries before Pipedrive's person search has it.
    // Pipedrive holds no e-mail unique, so nothing but a second search after the lag stands between the retry and a duplicate.
    const lagging = await startPipedriveFake({ searchLagMs: 1000 });
    try {
      const worker = () => createPipedriveCrm({ apiToken: lagging.apiToken, baseUrl: lagging.baseUrl, defaultPhoneRegion: 'GB', searchSettleMs: 1000 });
      lagging.failNext(1, { status: 502, commit: true, match: { method: 'POST', path: '/api/v2/persons' } });
      expect(await failure(worker().createContact!(who, 'call-lost:contact'))).toMatchObject({ retryable: true });
      expect(lagging.objects('persons')).toHaveLength(1);
      expect(await worker().createContact!(who, 'call-lost:contact', { attemptedBefore: true })).toEqual({ id: String(lagging.objects('persons')[0]!.id), created: false });
      expect(lagging.objects('persons')).toHaveLength(1);
    } finally {
      await lagging.close();
    }
  });

  it('a retry in the same process returns the person it created without waiting for search', async () => {
    const lagging = await startPipedriveFake({ searchLagMs: 60_000 });
    try {
      // No wait at all: searching again at once would find nothing either.
      const worker = createPipedriveCrm({ apiToken: lagging.apiToken, baseUrl: lagging.baseUrl, defaultPhoneRegion: 'GB', searchSettleMs: 0 });
      const first = await worker.createContact!(who, 'call-same:contact');
      expect(first.created).toBe(true);
      expect(await worker.createContact!(who, 'call-same:contact', { attemptedBefore: true })).toEqual({ id: first.id, created: false });
      expect(lagging.objects('persons')).toHaveLength(1);
    } finally {
      await lagging.close();
    }
  });

  it('refuses a contact with neither phone nor e-mail; the fake requires a name', async () => {
    await expect(crm.createContact!({ name: 'Only A Name' }, 'k3')).rejects.toMatchObject({ code: 'PIPEDRIVE_CONTACT_UNIDENTIFIABLE', retryable: false });
    const res = await fetch(`${fake.baseUrl}/api/v2/persons`, { method: 'POST', headers: { 'x-api-token': fake.apiToken, 'content-type': 'application/json' }, body: JSON.stringify({ emails: [{ value: 'x@y.example' }] }) });
    expect(res.status).toBe(400);
    expect(fake.objects('persons')).toHaveLength(5);
  });
});

describe('Pipedrive adapter: failures are classified', () => {
  it('turns a 401 into a permanent PIPEDRIVE_AUTH that says what to do', async () => {
    const err = await failure(adapter({ apiToken: 'revoked-token' }).findContact({ email: 'elena@brightline.example' }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'PIPEDRIVE_AUTH', kind: 'credentials', retryable: false, status: 401 });
    expect(err.message).toMatch(/PIPEDRIVE_API_TOKEN/);
    expect(err.message).not.toContain('revoked-token');
  });

  it('turns a 429 into a retryable PIPEDRIVE_RATE_LIMITED waiting x-ratelimit-reset, or Retry-After when sent', async () => {
    // One try: a 2 s wait would otherwise be waited out in the client (the client's retries of reads have tests of their own).
    const once = adapter({ readTries: 1 });
    fake.failNext(1, { status: 429, headers: { 'x-ratelimit-reset': '2' } });
    expect(await failure(once.getDeal(ids.deals[0]!))).toMatchObject({ code: 'PIPEDRIVE_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: 2000, status: 429 });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' } });
    expect(await failure(crm.getDeal(ids.deals[0]!))).toMatchObject({ code: 'PIPEDRIVE_RATE_LIMITED', retryAfterMs: 7000 });
  });

  it('hits the fake\'s real burst limit and reports its reset', async () => {
    const tight = await startPipedriveFake({ burstLimit: 2 });
    try {
      const crm2 = createPipedriveCrm({ apiToken: tight.apiToken, baseUrl: tight.baseUrl, readTries: 1 });
      await crm2.findContact({ email: 'a@gmail.com' });
      await crm2.findContact({ email: 'b@gmail.com' });
      const err = await failure(crm2.findContact({ email: 'c@gmail.com' }));
      expect(err).toMatchObject({ code: 'PIPEDRIVE_RATE_LIMITED', retryable: true });
      expect(err.retryAfterMs).toBeGreaterThan(0);
      expect(err.retryAfterMs).toBeLessThanOrEqual(2000);
    } finally {
      await tight.close();
    }
  });

  it('retries 5xx and unreachable hosts, but not other 4xx', async () => {
    fake.failNext(1, { status: 503 });
    expect(await failure(adapter({ readTries: 1 }).logCall(callInput()))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 502, match: { method: 'POST' } });
    expect(await failure(crm.logCall(callInput()))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true });
    fake.failNext(1, { status: 400, body: { success: false, error: 'Bad request', error_info: 'Please check developers.pipedrive.com' } });
    expect(await failure(crm.logCall(callInput()))).toMatchObject({ code: 'PIPEDRIVE_REJECTED', retryable: false, status: 400 });
    expect(fake.objects('activities')).toHaveLength(0);
    const closed = createPipedriveCrm({ apiToken: 'x', baseUrl: 'http://127.0.0.1:9', timeoutMs: 500, readTries: 1 });
    expect(await failure(closed.getDeal('1'))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true });
  });

  it('finds a call whose create answer was lost, instead of logging it twice', async () => {
    fake.failNext(1, { status: 502, match: { method: 'POST', path: '/api/v2/activities' }, commit: true });
    expect(await failure(crm.logCall(callInput()))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true });
    const [made] = fake.objects('activities');
    expect(await crm.logCall(callInput())).toEqual({ id: String(made?.id), created: false });
    expect(fake.objects('activities')).toHaveLength(1);
  });

  it('reaches exactly one activity per key through seeded chaos, lost responses included', async () => {
    fake.chaos({ rate: 0.4, statuses: [429, 500, 503], seed: 3, commit: 0.5 });
    const results: { id: string; created: boolean }[] = [];
    for (let attempt = 0; attempt < 60 && results.length < 3; attempt++) {
      const r = await crm.logCall(callInput()).catch((e: AppError) => (expect(e.retryable).toBe(true), null));
      if (r) results.push(r);
    }
    fake.chaos(null);
    expect(fake.requests.some((r) => r.status !== undefined && r.status >= 429)).toBe(true);
    expect(fake.requests.some((r) => r.committed)).toBe(true); // seed 3 includes a create that happened but answered 5xx
    expect(results).toHaveLength(3);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(fake.objects('activities')).toHaveLength(1);
  });

  it('rejects a bad configuration with a ConfigError naming the env variable', () => {
    expect(() => createPipedriveCrm({ apiToken: ' ' })).toThrow(ConfigError);
    expect(() => createPipedriveCrm({ apiToken: '' })).toThrow(/PIPEDRIVE_API_TOKEN/);
    expect(() => createPipedriveCrm({ apiToken: 't', stageMap: { closedwon: 3 } as never })).toThrow(ConfigError);
  });
});
