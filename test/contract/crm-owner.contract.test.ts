import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { OWNER_FOUND_KEEP_MS, OWNER_MISSING_KEEP_MS } from '../../src/adapters/crm/owner-directory.ts';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startHubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startPipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, taskInputFor } from '../helpers/crm-inputs.ts';
import { syncCall } from '../helpers/sync-harness.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * The rep's CRM user over a worker's life, in every CRM with users: an adapter instance lives as long as its worker,
 * so a user added or deactivated after it looked the rep up must still be seen. Elena is the contact, with a deal;
 * the rep is a user at first.
 */
interface World {
  crm(clock?: () => Date): CrmAdapter;
  contactId: string;
  dealId: string;
  repOwner: string;
  /** The owner of records whose rep is no CRM user: the integration user (null: the CRM leaves the owner empty). */
  integrationOwner: string | null;
  ownerOf(id: string): string | null;
  /** Adds an active user with this e-mail, as an admin does; its id. */
  addUser(email: string): string;
  /** Deactivates the rep's user, as an admin does when a rep leaves. */
  deactivateRep(): void;
  dir: string;
  close(): Promise<void>;
}

const REP = 'priya@example.com';
const ELENA = { name: 'Elena Novak', phone: '+44 20 7946 0321', email: 'elena@brightline.example' };

const worlds: Record<string, () => Promise<World>> = {
  hubspot: async () => {
    const temp = await makeTempDir();
    const fake = await startHubSpotFake({ limits: false });
    fake.seed({ owners: [{ id: '9001', email: REP }] });
    const { contacts } = fake.seed({ contacts: [{ firstname: 'Elena', lastname: 'Novak', phone: ELENA.phone, email: ELENA.email }] });
    const { deals } = fake.seed({ deals: [{ dealname: 'Pilot', dealstage: 'decisionmakerboughtin', contactIds: [contacts[0]!] }] });
    let next = 9100;
    return {
      crm: (clock) => createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchPerSecond: 5, clock }),
      contactId: contacts[0]!,
      dealId: deals[0]!,
      repOwner: '9001',
      integrationOwner: null,
      ownerOf: (id) => [...fake.objects('calls'), ...fake.objects('tasks')].find((o) => o.id === id)?.properties.hubspot_owner_id ?? null,
      addUser: (email) => {
        const id = String(next++);
        fake.seed({ owners: [{ id, email }] });
        return id;
      },
      deactivateRep: () => fake.setOwnerArchived('9001', true),
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
    const { contacts } = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Phone: ELENA.phone, Email: ELENA.email }] });
    const { opportunities } = fake.seed({ opportunities: [{ Name: 'Pilot', StageName: 'Id. Decision Makers', contactIds: [contacts[0]!] }] });
    return {
      crm: (clock) => createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, clock }),
      contactId: contacts[0]!,
      dealId: opportunities[0]!,
      repOwner: users[0]!,
      integrationOwner: fake.integrationUserId,
      ownerOf: (id) => (fake.objects('Task').find((t) => t.Id === id)?.OwnerId as string | undefined) ?? null,
      addUser: (email) => fake.seed({ users: [{ LastName: 'Later', Email: email, Username: `${email}.acme` }] }).users[0]!,
      deactivateRep: () => fake.edit(users[0]!, { IsActive: false }),
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
    const { persons } = fake.seed({ persons: [{ name: 'Elena Novak', emails: [ELENA.email], phones: [ELENA.phone] }] });
    const { deals } = fake.seed({ deals: [{ title: 'Pilot', stage_id: 4, person_id: Number(persons[0]!) }] });
    let next = 20;
    return {
      crm: (clock) => createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, clock }),
      contactId: persons[0]!,
      dealId: deals[0]!,
      repOwner: '7',
      // Pipedrive makes the token's user (id 1 in the fake) the owner of an activity created without owner_id.
      integrationOwner: '1',
      ownerOf: (id) => {
        const owner = fake.objects('activities').find((a) => String(a.id) === id)?.owner_id;
        return owner === undefined || owner === null ? null : String(owner);
      },
      addUser: (email) => {
        const id = next++;
        fake.seed({ users: [{ id, name: 'Later Rep', email }] });
        return String(id);
      },
      deactivateRep: () => fake.setUserActive(7, false),
      dir: temp.dir,
      close: async () => {
        await fake.close();
        await temp.cleanup();
      },
    };
  },
};

describe.each(Object.keys(worlds))("The rep's CRM user over a worker's life: %s", (name) => {
  let world: World;
  let now: number;
  const clock = () => new Date(now);
  beforeEach(async () => {
    world = await worlds[name]!();
    now = Date.parse('2026-11-17T16:00:00Z');
  });
  afterEach(() => world.close());

  it('a rep added as a user after a lookup found none owns the records written a few minutes later, without a restart', async () => {
    const crm = world.crm(clock);
    const newcomer = 'sam@example.com';
    expect(await crm.findOwner!(newcomer)).toBeNull();
    const id = world.addUser(newcomer);
    now += OWNER_MISSING_KEEP_MS + 1;
    expect(await crm.findOwner!(newcomer)).toEqual({ id });
    const call = await crm.logCall(callLogInput(world.contactId, world.dealId, { idempotencyKey: 'c_owner:call', ownerEmail: newcomer }));
    expect(world.ownerOf(call.id)).toBe(id);
  });

  it('a user found is looked up again after a while: a rep deactivated since is no longer found', async () => {
    const crm = world.crm(clock);
    expect(await crm.findOwner!(REP)).toEqual({ id: world.repOwner });
    world.deactivateRep();
    now += OWNER_FOUND_KEEP_MS + 1;
    expect(await crm.findOwner!(REP)).toBeNull();
  });

  it('a rep deactivated after the worker found them: the CRM refuses the owner, and the log and task are written once, owned by the integration user', async () => {
    const crm = world.crm(clock);
    expect(await crm.findOwner!(REP)).toEqual({ id: world.repOwner });
    world.deactivateRep();
    const call = await crm.logCall(callLogInput(world.contactId, world.dealId, { idempotencyKey: 'c_owner:call', ownerEmail: REP }));
    const task = await crm.createTask(taskInputFor(world.contactId, world.dealId, { idempotencyKey: 'c_owner:task:1', ownerEmail: REP }));
    expect([call.created, task.created]).toEqual([true, true]);
    expect(world.ownerOf(call.id)).toBe(world.integrationOwner);
    expect(world.ownerOf(task.id)).toBe(world.integrationOwner);
    expect(await crm.findOwner!(REP)).toBeNull();
    expect(await crm.logCall(callLogInput(world.contactId, world.dealId, { idempotencyKey: 'c_owner:call', ownerEmail: REP }))).toEqual({ id: call.id, created: false });
  });

  it("a task given to a rep deactivated since the worker found them keeps its owner; the rest of the change is written", async () => {
    const crm = world.crm(clock);
    const task = await crm.createTask(taskInputFor(world.contactId, world.dealId, { idempotencyKey: 'c_owner:task:1', ownerEmail: 'stranger@example.com' }));
    expect(await crm.findOwner!(REP)).toEqual({ id: world.repOwner });
    world.deactivateRep();
    expect(await crm.updateTask(task.id, { subject: 'Send the signed contract', ownerEmail: REP }, 'c_owner:task-update:1')).toEqual({ changed: true });
    expect(world.ownerOf(task.id)).toBe(world.integrationOwner);
  });

  it('sync: a rep deactivated after the worker found them gets the call a REP_NOT_IN_CRM decision, as a rep not found does', async () => {
    const crm = world.crm(clock);
    const customer = { name: ELENA.name, phone: ELENA.phone };
    const before = await syncCall(world.dir, crm, { rep: { email: REP }, customer }, { callId: 'c_0000000000000000000before' });
    expect(before.finalStatus).toBe('done');
    world.deactivateRep();
    const after = await syncCall(world.dir, crm, { rep: { email: REP }, customer }, { callId: 'c_00000000000000000000after' });
    expect(after.finalStatus).toBe('needs_review');
    expect(after.output!.review.decisions.filter((d) => d.kind === 'rep_not_in_crm')).toMatchObject([{ id: 'owner', state: 'pending', proposed: 'noted' }]);
    expect(after.reviewReason).toMatch(/REP_NOT_IN_CRM: .*priya@example\.com/);
    for (const id of [after.output!.callLog!.id, ...after.output!.tasks.map((t) => t.id)]) expect(world.ownerOf(id)).toBe(world.integrationOwner);
  });
});
