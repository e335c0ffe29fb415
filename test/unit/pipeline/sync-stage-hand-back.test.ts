import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import type { CrmAdapter } from '../../../src/ports/crm.ts';
import { DecisionBook } from '../../../src/pipeline/review-decisions.ts';
import { applyStageDecision } from '../../../src/pipeline/sync-stage.ts';

const CALL = 'c_000000000000000000000003';
const NOW = '2026-11-20T12:00:00.000Z';

/** crm.json with an approved stage move not yet written. */
const approved = (): CrmRecord =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'hubspot', contact: { id: '11', matchedBy: 'phone_or_email' }, deal: { id: '21', matchedBy: 'open_deal' },
    callLog: { id: '31' }, tasks: [], syncedAt: null, updatedAt: NOW,
    review: {
      decisions: [{
        id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', options: [], evidence: [], reason: 'r',
        state: 'approved', value: null, decidedBy: 'lee@example.com', decidedAt: NOW, createdAt: NOW, applied: null,
      }],
      audit: [],
    },
  });

/**
 * Only a refusal from the CRM goes back to a person (11e231b). A failure that is not the CRM's answer (a bug in
 * callscribe, a damaged local file) is no reason for a person to choose another stage: it fails the call, with its
 * code, where an operator sees it.
 */
describe('applyStageDecision: what is handed back to a person', () => {
  it('a failure of callscribe itself (not a CRM refusal) is thrown, not handed back as "the CRM refused"', async () => {
    const r = approved();
    const crm = {
      async getDeal(id: string) {
        return { id, name: 'Acme', stage: 'presentationscheduled', contactIds: [], open: true };
      },
      async updateDealStage() {
        throw new TypeError("Cannot read properties of undefined (reading 'stages')");
      },
    } as unknown as CrmAdapter;
    await expect(applyStageDecision(CALL, r, new DecisionBook(r, () => NOW), crm, async () => undefined, () => NOW)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(r.review.decisions[0]).toMatchObject({ state: 'approved' });
  });
});
