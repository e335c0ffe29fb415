import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import { crmRemaining } from '../../../src/review/erase-call.ts';

const decision = (over: Record<string, unknown>) => ({
  options: [], evidence: [], reason: 'r', state: 'approved', decidedBy: 'lee@example.com', decidedAt: '2026-11-18T10:00:00.000Z', createdAt: '2026-11-17T15:00:00.000Z', ...over,
});
const record = (decisions: Record<string, unknown>[]) =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'hubspot', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: null, callLog: { id: 'log-1', stale: false }, tasks: [],
    review: { decisions, audit: [] }, syncedAt: '2026-11-18T10:01:00.000Z', updatedAt: '2026-11-18T10:01:00.000Z',
  });

describe('crmRemaining: what an erased call leaves in the CRM', () => {
  it('lists a value written into an existing contact on approval, with what was written', () => {
    const fix = decision({
      id: 'hygiene-1', kind: 'crm_hygiene', proposed: 'dana@new.example', value: 'dana@new.example',
      applied: { at: '2026-11-18T10:01:00.000Z', result: "contact ct-1's e-mail set to dana@new.example", wrote: { kind: 'contact', id: 'ct-1', change: 'e-mail set to dana@new.example' } },
    });
    expect(crmRemaining(record([fix])).fieldChanges).toEqual([{ record: { kind: 'contact', id: 'ct-1' }, change: 'e-mail set to dana@new.example', at: '2026-11-18T10:01:00.000Z' }]);
  });

  it('does not list what wrote nothing: a stage with no deal matched, a finding only noted', () => {
    const none = decision({ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', value: 'contractsent', applied: { at: '2026-11-18T10:01:00.000Z', result: 'no deal was matched: nothing written', wrote: null } });
    const already = decision({ id: 'hygiene-2', kind: 'crm_hygiene', proposed: 'x', value: 'x', applied: { at: '2026-11-18T10:01:00.000Z', result: 'noted; nothing written', wrote: null } });
    expect(crmRemaining(record([none, already]))).toMatchObject({ stageChanges: [], fieldChanges: [] });
  });

  it('lists a stage change that moved the deal, on the deal it moved; one recorded before writes were kept is listed too', () => {
    const moved = decision({ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', value: 'closedwon', applied: { at: '2026-11-18T10:01:00.000Z', result: 'deal d-9 moved to closedwon', wrote: { kind: 'deal', id: 'd-9', change: 'stage moved to closedwon' } } });
    expect(crmRemaining(record([moved])).stageChanges).toEqual([{ dealId: 'd-9', from: 'presentationscheduled', to: 'closedwon', at: '2026-11-18T10:01:00.000Z' }]);
    const legacy = decision({ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', value: 'contractsent', applied: { at: '2026-11-18T10:01:00.000Z', result: 'deal moved to contractsent' } });
    expect(crmRemaining(record([legacy])).stageChanges).toHaveLength(1);
  });

  it('lists an undone stage move as a second change, back to the stage the deal had; an undo that wrote nothing adds none', () => {
    const applied = { at: '2026-11-18T10:01:00.000Z', result: 'deal d-9 moved to closedwon', wrote: { kind: 'deal', id: 'd-9', change: 'stage moved to closedwon' }, changed: true };
    const undone = decision({
      id: 'deal-stage', kind: 'deal_stage', proposed: 'closedwon', from: 'contractsent', value: 'closedwon', applied,
      undo: { requestedBy: 'lee@example.com', requestedAt: '2026-11-18T11:00:00.000Z', applied: { at: '2026-11-18T11:00:05.000Z', result: 'deal d-9 moved back to contractsent', wrote: { kind: 'deal', id: 'd-9', change: 'stage moved back to contractsent' } } },
    });
    expect(crmRemaining(record([undone])).stageChanges).toEqual([
      { dealId: 'd-9', from: 'contractsent', to: 'closedwon', at: '2026-11-18T10:01:00.000Z' },
      { dealId: 'd-9', from: 'closedwon', to: 'contractsent', at: '2026-11-18T11:00:05.000Z' },
    ]);
    const notDone = decision({
      id: 'deal-stage', kind: 'deal_stage', proposed: 'closedwon', from: 'contractsent', value: 'closedwon', applied,
      undo: { requestedBy: 'lee@example.com', requestedAt: '2026-11-18T11:00:00.000Z', applied: { at: '2026-11-18T11:00:05.000Z', result: 'deal d-9 is at closedlost now: nothing written', wrote: null } },
    });
    expect(crmRemaining(record([notDone])).stageChanges).toHaveLength(1);
  });
});
