import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { processFixture } from '../helpers/process-call.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// `callscribe process` writing to a server that speaks HubSpot's documented API (the local fake).
describe('callscribe process with CRM=hubspot', () => {
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ids: { contacts: string[]; deals: string[] };

  beforeEach(async () => {
    temp = await makeTempDir();
    hubspot = await startHubSpotFake();
    ids = hubspot.seed({
      owners: [{ id: '7001', email: 'tom.fletcher@example.com', firstName: 'Tom', lastName: 'Fletcher' }],
      contacts: [
        { firstname: 'Aisha', lastname: 'Khan', phone: '+44 20 7946 0123', email: 'aisha.khan@northwind.example.com', company: 'Northwind Logistics' },
        { firstname: 'Other', lastname: 'Person', phone: '+1 212 555 0199' },
      ],
    });
    ids.deals = hubspot.seed({ deals: [{ dealname: 'Northwind — new business', dealstage: 'presentationscheduled', contactIds: [ids.contacts[0]!] }] }).deals;
  });
  afterEach(async () => {
    await hubspot.close();
    await temp.cleanup();
  });

  const env = () => ({ CRM: 'hubspot', HUBSPOT_BASE_URL: hubspot.baseUrl, HUBSPOT_ACCESS_TOKEN: hubspot.accessToken, STAGE_POLICY: 'auto' });

  it('logs the call with its associations, one task per action item with the rep as owner, and moves the deal; twice is once', async () => {
    const res = await processFixture('proposal-approved-northwind', temp.dir, { ...env(), DATA_DIR: join(temp.dir, 'first') });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const insights = res.insights!;
    expect(res.call).toMatchObject({ status: 'done', engines: { crm: 'hubspot' } });
    expect(insights.dealStage.proposed).toBe('contractsent');

    const calls = hubspot.objects('calls');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.properties).toMatchObject({ hs_call_direction: 'INBOUND', hs_call_status: 'COMPLETED' });
    expect(calls[0]!.properties.hs_call_body).toContain(insights.actionItems[0]!.text);
    expect(Number(calls[0]!.properties.hs_call_duration)).toBeGreaterThan(40_000);
    expect(calls[0]!.associations).toMatchObject({ contacts: [ids.contacts[0]], deals: [ids.deals[0]] });

    const tasks = hubspot.objects('tasks');
    expect(tasks.map((t) => t.properties.hs_task_subject).sort()).toEqual(insights.actionItems.map((a) => a.text).sort());
    const repTask = tasks.find((t) => t.properties.hs_task_subject === insights.actionItems.find((a) => a.owner === 'rep')!.text)!;
    expect(repTask.properties.hubspot_owner_id).toBe('7001');
    expect(hubspot.objects('deals')[0]!.properties.dealstage).toBe('contractsent');

    // The same recording again, from a machine with no local record of the first run: HubSpot holds the keys.
    const again = await processFixture('proposal-approved-northwind', temp.dir, { ...env(), DATA_DIR: join(temp.dir, 'second') });
    expect(again.code).toBe(0);
    expect(hubspot.objects('calls')).toHaveLength(1);
    expect(hubspot.objects('tasks')).toHaveLength(tasks.length);
  });

  // A contact id that cannot name a HubSpot record (the local CRM's, from a meta file) is "not found" without a
  // request: sync alone would never learn that the token is wrong, and the call would wait for review.
  it('a refused token ends the run before any work, exit 2 naming HUBSPOT_ACCESS_TOKEN, even for a meta naming another CRM\'s ids', async () => {
    const refused = await processFixture('proposal-approved-northwind', temp.dir, { ...env(), HUBSPOT_ACCESS_TOKEN: 'pat-na1-revoked', DATA_DIR: join(temp.dir, 'refused') }, { keepCrmIds: true });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error HUBSPOT_AUTH: HubSpot rejected the private-app token \(401\).* set HUBSPOT_ACCESS_TOKEN/)]);
    expect(refused.engineRequests).toBe(0);
    expect(hubspot.requests.map((r) => r.status)).toEqual([401]);

    // With the token accepted, the same meta waits for review: HubSpot has no such contact.
    const accepted = await processFixture('proposal-approved-northwind', temp.dir, { ...env(), DATA_DIR: join(temp.dir, 'accepted') }, { keepCrmIds: true });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.call).toMatchObject({ status: 'needs_review' });
    expect(hubspot.objects('calls')).toHaveLength(0);
  });

  it('credentials refused during sync (a token revoked mid-run) end the run as a configuration error too', async () => {
    hubspot.failNext(1, { status: 401, match: { method: 'POST', path: '/crm/v3/objects/contacts/search' } });
    const res = await processFixture('proposal-approved-northwind', temp.dir, { ...env(), DATA_DIR: join(temp.dir, 'revoked'), LOG_LEVEL: 'silent' });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error HUBSPOT_AUTH: .* set HUBSPOT_ACCESS_TOKEN/)]);
    expect(hubspot.objects('calls')).toHaveLength(0);
  });
});
