import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { processFixture } from '../helpers/process-call.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// `callscribe process` writing to servers that speak Salesforce's and Pipedrive's documented APIs.
describe('callscribe process with CRM=salesforce and CRM=pipedrive', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  describe('salesforce', () => {
    let sf: SalesforceFake;
    beforeEach(async () => {
      sf = await startSalesforceFake();
    });
    afterEach(() => sf.close());

    it('logs a Call task on the contact and opportunity, one task per action item, and moves the stage; twice is once', async () => {
      const base = sf.seed({ users: [{ LastName: 'Fletcher', Email: 'tom.fletcher@example.com', Username: 'tom@example.com.acme' }] });
      const { contacts } = sf.seed({ contacts: [{ FirstName: 'Aisha', LastName: 'Khan', Phone: '+44 20 7946 0123', Email: 'aisha.khan@northwind.example.com' }] });
      const { opportunities } = sf.seed({ opportunities: [{ Name: 'Northwind', StageName: 'Needs Analysis', CreatedDate: '2026-10-01T00:00:00.000+0000', contactIds: [contacts[0]!] }] });
      const env = { CRM: 'salesforce', SALESFORCE_INSTANCE_URL: sf.instanceUrl, SALESFORCE_ACCESS_TOKEN: sf.accessToken, STAGE_POLICY: 'auto' };

      const res = await processFixture('proposal-approved-northwind', temp.dir, { ...env, DATA_DIR: join(temp.dir, 'sf1') });
      expect(res.stderr).toBe('');
      expect(res.call).toMatchObject({ status: 'done', engines: { crm: 'salesforce' } });
      const tasks = sf.objects('Task');
      const call = tasks.filter((t) => t.TaskSubtype === 'Call');
      expect(call).toHaveLength(1);
      expect(call[0]).toMatchObject({ WhoId: contacts[0], WhatId: opportunities[0], CallType: 'Inbound', Status: 'Completed' });
      const todo = tasks.filter((t) => t.TaskSubtype === 'Task');
      expect(todo.map((t) => t.Subject).sort()).toEqual(res.insights!.actionItems.map((a) => a.text).sort());
      expect(todo.find((t) => t.Subject === res.insights!.actionItems.find((a) => a.owner === 'rep')!.text)!.OwnerId).toBe(base.users[0]);
      expect(sf.objects('Opportunity')[0]!.StageName).toBe('Negotiation/Review');

      const again = await processFixture('proposal-approved-northwind', temp.dir, { ...env, DATA_DIR: join(temp.dir, 'sf2') });
      expect(again.code).toBe(0);
      expect(sf.objects('Task')).toHaveLength(tasks.length);
    });
  });

  describe('pipedrive', () => {
    let pd: PipedriveFake;
    beforeEach(async () => {
      pd = await startPipedriveFake();
    });
    afterEach(() => pd.close());

    it('logs a call activity on the person and deal, one task activity per action item, and moves the stage; twice is once', async () => {
      pd.seed({ users: [{ id: 7, name: 'Tom Fletcher', email: 'tom.fletcher@example.com' }] });
      const { persons } = pd.seed({ persons: [{ name: 'Aisha Khan', emails: ['aisha.khan@northwind.example.com'], phones: ['+44 20 7946 0123'] }] });
      pd.seed({ deals: [{ title: 'Northwind', stage_id: 3, person_id: Number(persons[0]!), add_time: '2026-10-01T00:00:00Z' }] });
      const env = { CRM: 'pipedrive', PIPEDRIVE_BASE_URL: pd.baseUrl, PIPEDRIVE_API_TOKEN: pd.apiToken, STAGE_POLICY: 'auto' };

      const res = await processFixture('proposal-approved-northwind', temp.dir, { ...env, DATA_DIR: join(temp.dir, 'pd1') });
      expect(res.stderr).toBe('');
      expect(res.call).toMatchObject({ status: 'done', engines: { crm: 'pipedrive' } });
      const activities = pd.objects('activities');
      const calls = activities.filter((a) => a.type === 'call');
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ done: true, deal_id: pd.objects('deals')[0]!.id });
      const tasks = activities.filter((a) => a.type === 'task');
      expect(tasks.map((t) => t.subject).sort()).toEqual(res.insights!.actionItems.map((a) => a.text).sort());
      expect(pd.objects('deals')[0]!.stage_id).toBe(5); // Negotiations Started: contract sent

      const again = await processFixture('proposal-approved-northwind', temp.dir, { ...env, DATA_DIR: join(temp.dir, 'pd2') });
      expect(again.code).toBe(0);
      expect(pd.objects('activities')).toHaveLength(activities.length);
    });
  });
});
