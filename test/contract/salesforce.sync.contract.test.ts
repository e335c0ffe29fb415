import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { syncCall } from '../helpers/sync-harness.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * The sync step against the Salesforce fake, for orgs that link opportunities to the contact's Account only (no
 * OpportunityContactRole): one open opportunity there is the call's deal; several are a choice with the candidates;
 * none, while the call proposes a stage, says so instead of skipping the stage change silently.
 */

let fake: SalesforceFake;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let accounts: string[];
const crm = () => createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, defaultPhoneRegion: 'GB', timeoutMs: 2000 });
const REP = 'priya@example.com';

beforeEach(async () => {
  temp = await makeTempDir();
  fake = await startSalesforceFake();
  fake.seed({ users: [{ LastName: 'Raman', Email: REP, Username: 'priya@example.com.acme' }] });
  ({ accounts } = fake.seed({ accounts: [{ Name: 'Acme' }, { Name: 'Globex' }, { Name: 'Initech' }] }));
  fake.seed({
    contacts: [
      { FirstName: 'Al', LastName: 'Acme', Phone: '+44 20 7946 0001', AccountId: accounts[0] },
      { FirstName: 'Gil', LastName: 'Globex', Phone: '+44 20 7946 0002', AccountId: accounts[1] },
      { FirstName: 'Ines', LastName: 'Initech', Phone: '+44 20 7946 0003', AccountId: accounts[2] },
    ],
  });
});
afterEach(async () => {
  await fake.close();
  await temp.cleanup();
});

const customer = (n: number) => ({ rep: { email: REP }, customer: { phone: `+44 20 7946 000${n}` } });

describe('Salesforce sync: opportunities linked only through the Account', () => {
  it('one open opportunity on the account: the call is logged on it and its stage change is proposed', async () => {
    const { opportunities } = fake.seed({ opportunities: [{ Name: 'Acme renewal', StageName: 'Id. Decision Makers', AccountId: accounts[0] }] });
    const result = await syncCall(temp.dir, crm(), customer(1), { proposed: 'contractsent' });
    expect(result.output!.deal).toEqual({ id: opportunities[0], matchedBy: 'open_deal', name: 'Acme renewal' });
    // Then a hygiene finding: the customer's item came without a due date.
    expect(result.output!.review.decisions).toMatchObject([{ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', state: 'pending' }, { kind: 'crm_hygiene', finding: { type: 'due_date_missing' } }]);
    const log = fake.objects('Task').find((t) => t.Id === result.output!.callLog!.id);
    expect(log).toMatchObject({ WhatId: opportunities[0], TaskSubtype: 'Call' });
  });

  it('several: the choose_deal decision lists the candidates, and the log waits for the choice', async () => {
    const { opportunities } = fake.seed({
      opportunities: [
        { Name: 'Globex east', StageName: 'Qualification', AccountId: accounts[1], CreatedDate: '2026-04-01T00:00:00.000+0000' },
        { Name: 'Globex west', StageName: 'Needs Analysis', AccountId: accounts[1], CreatedDate: '2026-06-01T00:00:00.000+0000' },
      ],
    });
    const result = await syncCall(temp.dir, crm(), customer(2), { proposed: 'contractsent' });
    expect(result.finalStatus).toBe('needs_review');
    const choose = result.output!.review.decisions.find((d) => d.id === 'deal');
    expect(choose).toMatchObject({ kind: 'choose_deal', state: 'pending', proposed: null });
    expect(choose!.options.map((o) => [o.value, o.label])).toEqual([
      [opportunities[1], 'Globex west (Presentation scheduled, through the account)'],
      [opportunities[0], 'Globex east (Qualified to buy, through the account)'],
    ]);
    expect(choose!.reason).toMatch(/its company \(account\) has 2 open deals/);
    expect(result.output!.callLog).toBeNull();
    expect(fake.objects('Task')).toHaveLength(0);
  });

  it('none open on the account: a proposed stage change says no deal was matched, instead of being skipped', async () => {
    fake.seed({ opportunities: [{ Name: 'Initech won', StageName: 'Closed Won', AccountId: accounts[2] }] });
    const result = await syncCall(temp.dir, crm(), customer(3), { proposed: 'contractsent' });
    expect(result.finalStatus).toBe('needs_review');
    expect(result.output!.review.decisions.find((d) => d.id === 'deal')).toMatchObject({ kind: 'choose_deal', options: [], state: 'pending' });
    expect(result.reviewReason).toMatch(/no deal was matched/);
  });
});

describe('Salesforce sync: the call log\'s date', () => {
  it("files the call under its day in the call's time zone (an evening call in New York is not logged on the UTC next day)", async () => {
    const meta = { ...customer(1), startedAt: '2026-11-18T01:30:00Z', timezone: 'America/New_York' };
    const result = await syncCall(temp.dir, crm(), meta);
    const log = fake.objects('Task').find((t) => t.Id === result.output!.callLog!.id);
    expect(log).toMatchObject({ TaskSubtype: 'Call', ActivityDate: '2026-11-17' });
  });
});
