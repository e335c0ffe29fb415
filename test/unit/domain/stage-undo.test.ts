import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import type { Decision } from '../../../src/domain/review.ts';
import { stageUndoRefusal } from '../../../src/domain/stage-undo.ts';
import { recordStageUndo } from '../../../src/review/stage-undo.ts';

const AT = '2026-11-20T12:00:00.000Z';
const wrote = { kind: 'deal' as const, id: 'deal-1', change: 'stage moved to contractsent' };

/** crm.json with one deal-stage decision, as sync leaves it; `stage` overrides its fields. */
const record = (stage: Record<string, unknown> = {}) =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal' }, callLog: null, tasks: [],
    review: {
      decisions: [{
        id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', options: [], evidence: [], reason: 'r',
        state: 'approved', decidedBy: 'lee@example.com', decidedAt: AT, createdAt: AT, applied: { at: AT, result: 'deal deal-1 moved to contractsent', wrote, changed: true }, ...stage,
      }],
      audit: [],
    },
    syncedAt: AT, updatedAt: AT,
  });
const stageOf = (r: CrmRecord): Decision => r.review.decisions[0]!;
const refusal = (stage: Record<string, unknown>) => stageUndoRefusal(stageOf(record(stage)), 'deal-1');
const manager = { role: 'manager' as const, email: 'lee@example.com', keyId: 'k1', principal: 'lee@example.com' };

describe('stageUndoRefusal: which stage moves may be undone', () => {
  it('allows an applied move that changed the deal, also one recorded before callscribe kept `changed` (crm.json without undo parses)', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ applied: { at: AT, result: 'deal deal-1 moved to contractsent', wrote } })).toBeNull();
    expect(refusal({ applied: { at: AT, result: 'deal moved to contractsent' } })).toBeNull();
    expect(stageOf(record()).undo).toBeUndefined();
  });

  it('refuses, each with a code and why: not approved, not written, nothing changed, no stage to go back to, asked already', () => {
    expect(refusal({ state: 'pending', applied: null })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE', message: expect.stringMatching(/not been approved/) });
    expect(refusal({ state: 'rejected', applied: null })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE', message: expect.stringMatching(/rejected/) });
    expect(refusal({ applied: null })).toMatchObject({ code: 'UNDO_NOT_YET_APPLIED' });
    expect(refusal({ applied: { at: AT, result: 'deal deal-1 already at contractsent', wrote, changed: false } })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE', message: expect.stringMatching(/did not change/) });
    expect(refusal({ applied: { at: AT, result: 'no deal was matched: nothing written', wrote: null } })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE' });
    expect(refusal({ from: null })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE', message: expect.stringMatching(/does not know the deal's stage before/) });
    expect(refusal({ value: 'presentationscheduled' })).toMatchObject({ code: 'UNDO_NOT_POSSIBLE', message: expect.stringMatching(/already at Presentation scheduled/) });
    expect(refusal({ undo: { requestedBy: 'kai@example.com', requestedAt: AT } })).toMatchObject({ code: 'UNDO_ALREADY_REQUESTED', message: expect.stringMatching(/kai@example.com asked/) });
    const done = { at: AT, result: 'deal deal-1 moved back to presentationscheduled', wrote: { ...wrote, change: 'stage moved back to presentationscheduled' } };
    expect(refusal({ undo: { requestedBy: 'kai@example.com', requestedAt: AT, applied: done } })).toMatchObject({ code: 'UNDO_ALREADY_REQUESTED', message: expect.stringMatching(/already undone/) });
    expect(stageUndoRefusal(undefined, 'deal-1')).toMatchObject({ code: 'UNDO_NOT_POSSIBLE' });
  });

  it('an undo that wrote nothing (moved since, refused) may be asked again', () => {
    expect(refusal({ undo: { requestedBy: 'kai@example.com', requestedAt: AT, applied: { at: AT, result: 'deal deal-1 is at closedlost now: nothing written', wrote: null } } })).toBeNull();
  });
});

describe('recordStageUndo', () => {
  it('records who asked, with the note, and audits it: before the stage set, after the stage to move back to', () => {
    const r = record();
    recordStageUndo(r, manager, { note: '  Wrong call.  ' }, new Date(AT));
    expect(stageOf(r).undo).toEqual({ requestedBy: 'lee@example.com', requestedAt: AT, note: 'Wrong call.', applied: null });
    expect(r.review.audit).toEqual([{ at: AT, by: 'lee@example.com', action: 'undo', target: 'deal-stage', before: 'contractsent', after: 'presentationscheduled', note: 'Wrong call.' }]);
  });

  it('is a manager’s, and refused with the code of why', () => {
    expect(() => recordStageUndo(record(), { ...manager, role: 'rep' }, {}, new Date(AT))).toThrow(expect.objectContaining({ code: 'AUTH_FORBIDDEN' }));
    expect(() => recordStageUndo(record({ applied: null }), manager, {}, new Date(AT))).toThrow(expect.objectContaining({ code: 'UNDO_NOT_YET_APPLIED' }));
  });
});
