import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm } from '../../../../src/adapters/crm/local/local.crm.ts';
import { makeTempDir } from '../../../helpers/temp-dir.ts';

const seed = {
  contacts: [
    { id: 'contact-1', name: 'Elena Novak', email: 'elena@brightline.example', phone: '+44 20 7946 0321', company: 'Brightline' },
    { id: 'contact-2', name: 'Sam Novak', email: 'sam@brightline.example', phone: '+1 212 555 0100', company: 'Brightline' },
    { id: 'contact-3', name: 'Front desk', email: 'desk@brightline.example', phone: '+1 212 555 0100', company: 'Brightline' },
    { id: 'contact-4', name: 'Kai Lund', email: 'kai@fjord.example', phone: null, company: 'Fjord' },
  ],
  deals: [{ id: 'deal-1', name: 'Brightline', stage: 'qualifiedtobuy' as const, contactIds: ['contact-1'], open: true }],
};

describe('local CRM', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('matches contacts by phone digits, then email; several matches are ambiguous, none is not_found', async () => {
    const crm = createLocalCrm({ dataDir: temp.dir, seed });
    expect(await crm.findContact({ phone: '+442079460321' })).toMatchObject({ kind: 'found', contact: { id: 'contact-1' } });
    expect(await crm.findContact({ email: 'ELENA@brightline.example' })).toMatchObject({ kind: 'found', contact: { id: 'contact-1' } });
    expect(await crm.findContact({ phone: '+12125550100' })).toMatchObject({ kind: 'ambiguous' });
    expect(await crm.findContact({ phone: '+15555550199' })).toEqual({ kind: 'not_found' });
    // Else by the company domain of the e-mail: one contact there is a match, several are not; free-mail never.
    expect(await crm.findContact({ email: 'someone.else@brightline.example' })).toMatchObject({ kind: 'ambiguous' });
    expect(await crm.findContact({ email: 'x@gmail.com' })).toEqual({ kind: 'not_found' });
    expect(await crm.findContact({ email: 'sales@fjord.example' })).toMatchObject({ kind: 'found', contact: { id: 'contact-4' } });
  });

  it('never writes a call log, task or stage change twice for the same idempotency key, across instances', async () => {
    const crm = createLocalCrm({ dataDir: temp.dir, seed });
    const log = { idempotencyKey: 'c_1:call', contactId: 'contact-1', dealId: 'deal-1', direction: null, startedAt: null, timezone: null, durationSec: 30, disposition: null, title: 't', body: 'b', recordingUrl: null, ownerEmail: null };
    const [a, b] = await Promise.all([crm.logCall(log), crm.logCall(log)]);
    expect(a.created).not.toBe(b.created);
    expect(a.id).toBe(b.id);
    const task = { idempotencyKey: 'c_1:task:1', contactId: 'contact-1', dealId: null, subject: 'Send pricing', dueDate: null, owner: 'rep' as const, ownerEmail: null };
    await crm.createTask(task);
    const reopened = createLocalCrm({ dataDir: temp.dir, seed });
    expect(await reopened.createTask(task)).toMatchObject({ created: false });
    expect(await reopened.updateDealStage('deal-1', 'contractsent', 'c_1:stage')).toEqual({ changed: true });
    expect(await reopened.updateDealStage('deal-1', 'contractsent', 'c_1:stage')).toEqual({ changed: false });
    const data = await reopened.snapshot();
    expect([data.callLogs.length, data.tasks.length, data.stageChanges.length]).toEqual([1, 1, 1]);
    expect(data.deals[0]).toMatchObject({ stage: 'contractsent', open: true });
  });

  it('keeps the writes of two instances over one file (two processes), and finds a key the other wrote', async () => {
    const [a, b] = [createLocalCrm({ dataDir: temp.dir, seed }), createLocalCrm({ dataDir: temp.dir, seed })];
    const task = (i: number) => ({ idempotencyKey: `c_${i}:task:1`, contactId: 'contact-1', dealId: null, subject: 'Send pricing', dueDate: null, owner: 'rep' as const, ownerEmail: null });
    const who = { name: 'Ana Ruiz', phone: '+34 600 000 000' };
    const [, contacts] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).createTask(task(i)))),
      Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).createContact!(who, 'c_new:contact'))),
    ]);
    const data = await a.snapshot();
    expect(data.tasks).toHaveLength(20);
    const created = data.contacts.filter((c) => c.createdBy === 'c_new:contact');
    expect(created).toHaveLength(1);
    expect(contacts.filter((c) => c.created)).toHaveLength(1);
    expect(new Set(contacts.map((c) => c.id))).toEqual(new Set([created[0]!.id]));
  });
});
