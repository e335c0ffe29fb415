import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import type { StageKey } from '../../../src/domain/insights.ts';
import { AppError } from '../../../src/errors/app-error.ts';
import type { CrmAdapter, CrmDeal } from '../../../src/ports/crm.ts';
import { applyStageUndo } from '../../../src/pipeline/sync-stage-undo.ts';

const CALL = 'c_000000000000000000000001';
const NOW = '2026-11-20T12:00:00.000Z';

/** crm.json after a manager approved moving deal-1 from presentationscheduled to contractsent, sync wrote it, and an undo was asked. */
const recordWithUndo = (): CrmRecord =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal' },
    callLog: { id: 'log-1' }, tasks: [], syncedAt: NOW, updatedAt: NOW,
    review: {
      decisions: [{
        id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', options: [], evidence: [], reason: 'r',
        state: 'approved', value: null, decidedBy: 'lee@example.com', decidedAt: NOW, createdAt: NOW,
        applied: { at: NOW, result: 'deal deal-1 moved to contractsent', wrote: { kind: 'deal', id: 'deal-1', change: 'stage moved to contractsent' }, changed: true },
        undo: { requestedBy: 'lee@example.com', requestedAt: NOW, note: 'wrong call' },
      }],
      audit: [],
    },
  });

/** The CRM port as sync sees it: one deal (or none), every stage write counted; `refuse` answers as a CRM refusing this deal. */
function fakeCrm(stage: StageKey | null, opts: { refuse?: AppError } = {}) {
  const writes: { dealId: string; stage: StageKey; key: string }[] = [];
  let current = stage;
  const crm: Pick<CrmAdapter, 'getDeal' | 'updateDealStage'> = {
    async getDeal(dealId) {
      return current ? ({ id: dealId, name: 'Deal 1', stage: current, contactIds: ['ct-1'], open: true } satisfies CrmDeal) : null;
    },
    async updateDealStage(dealId, to, key) {
      if (opts.refuse) throw opts.refuse;
      writes.push({ dealId, stage: to, key });
      const changed = current !== to;
      current = to;
      return { changed };
    },
  };
  return { crm, writes, stage: () => current };
}

const undoOf = (r: CrmRecord) => r.review.decisions[0]!.undo!;

describe('applyStageUndo: moving the deal back once a manager asked', () => {
  it('moves the deal back to the stage it had, keyed on the call, and records it', async () => {
    const r = recordWithUndo();
    const crm = fakeCrm('contractsent');
    let saves = 0;
    await applyStageUndo(CALL, r, crm.crm, async () => void saves++, () => NOW);
    expect(crm.writes).toEqual([{ dealId: 'deal-1', stage: 'presentationscheduled', key: `${CALL}:stage-undo:presentationscheduled` }]);
    expect(undoOf(r).applied).toEqual({ at: NOW, result: 'deal deal-1 moved back to presentationscheduled', wrote: { kind: 'deal', id: 'deal-1', change: 'stage moved back to presentationscheduled' } });
    expect(saves).toBe(1);
    expect(r.review.audit).toMatchObject([{ by: 'sync', action: 'apply', target: 'deal-stage', after: 'deal deal-1 moved back to presentationscheduled' }]);

    // Handled once: a later sync writes nothing more.
    await applyStageUndo(CALL, r, crm.crm, async () => void saves++, () => NOW);
    expect(crm.writes).toHaveLength(1);
    expect(saves).toBe(1);
  });

  it('writes nothing over a later change: a deal someone moved since stays where they put it, and the undo says why', async () => {
    const r = recordWithUndo();
    const crm = fakeCrm('closedwon');
    await applyStageUndo(CALL, r, crm.crm, async () => undefined, () => NOW);
    expect(crm.writes).toEqual([]);
    expect(crm.stage()).toBe('closedwon');
    expect(undoOf(r).applied).toMatchObject({ wrote: null, result: expect.stringMatching(/deal deal-1 is at closedwon now, not at contractsent .*someone moved it since.*nothing written/) });
  });

  it('writes nothing when the deal is no longer in the CRM', async () => {
    const r = recordWithUndo();
    const crm = fakeCrm(null);
    await applyStageUndo(CALL, r, crm.crm, async () => undefined, () => NOW);
    expect(crm.writes).toEqual([]);
    expect(undoOf(r).applied).toMatchObject({ wrote: null, result: 'deal deal-1 is no longer in the CRM: nothing written' });
  });

  it('a CRM refusing this deal is recorded as not done, with its reason, and nothing thrown', async () => {
    const r = recordWithUndo();
    const refuse = new AppError('PIPEDRIVE_RECORD_FORBIDDEN', 'The integration user may not change deal deal-1.', { kind: 'forbidden', status: 403 });
    const crm = fakeCrm('contractsent', { refuse });
    await applyStageUndo(CALL, r, crm.crm, async () => undefined, () => NOW);
    expect(crm.stage()).toBe('contractsent');
    expect(undoOf(r).applied).toMatchObject({ wrote: null, result: expect.stringMatching(/^the CRM refused to move deal deal-1 back to presentationscheduled \(PIPEDRIVE_RECORD_FORBIDDEN\): nothing written\. The integration user/) });
  });

  it('other CRM failures throw, to be retried, with nothing recorded', async () => {
    const r = recordWithUndo();
    const crm = fakeCrm('contractsent', { refuse: new AppError('HUBSPOT_UNAVAILABLE', 'HubSpot answered 503.', { retryable: true, kind: 'unavailable' }) });
    await expect(applyStageUndo(CALL, r, crm.crm, async () => undefined, () => NOW)).rejects.toMatchObject({ code: 'HUBSPOT_UNAVAILABLE' });
    expect(undoOf(r).applied).toBeNull();
  });

  it('a re-run after a crash between the write and the save finds the deal back and records success, with one write', async () => {
    const stored = JSON.stringify(recordWithUndo());
    const crm = fakeCrm('contractsent');
    const crashed = CrmRecord.parse(JSON.parse(stored));
    await expect(applyStageUndo(CALL, crashed, crm.crm, () => Promise.reject(new Error('the process died')), () => NOW)).rejects.toThrow('the process died');
    expect(crm.stage()).toBe('presentationscheduled');

    // The retry reads crm.json as it was before the write.
    const again = CrmRecord.parse(JSON.parse(stored));
    await applyStageUndo(CALL, again, crm.crm, async () => undefined, () => NOW);
    expect(crm.writes).toHaveLength(1);
    expect(undoOf(again).applied).toEqual({ at: NOW, result: 'deal deal-1 is back at presentationscheduled', wrote: { kind: 'deal', id: 'deal-1', change: 'stage moved back to presentationscheduled' } });
  });

  it('does nothing without an undo asked', async () => {
    const r = recordWithUndo();
    delete r.review.decisions[0]!.undo;
    const crm = fakeCrm('contractsent');
    await applyStageUndo(CALL, r, crm.crm, async () => undefined, () => NOW);
    expect(crm.writes).toEqual([]);
    expect(r.review.audit).toEqual([]);
  });
});
