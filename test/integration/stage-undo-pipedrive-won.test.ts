import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { applyStageUndo } from '../../src/pipeline/sync-stage-undo.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';

const CALL = 'c_000000000000000000000002';
const NOW = '2026-11-20T12:00:00.000Z';

/** crm.json after a manager approved marking the deal won (from contract sent), sync wrote it, and an undo was asked. */
const recordWithUndo = (dealId: string): CrmRecord =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'pipedrive', contact: { id: '1', matchedBy: 'phone_or_email' }, deal: { id: dealId, matchedBy: 'open_deal' },
    callLog: { id: '1' }, tasks: [], syncedAt: NOW, updatedAt: NOW,
    review: {
      decisions: [{
        id: 'deal-stage', kind: 'deal_stage', proposed: 'closedwon', from: 'contractsent', options: [], evidence: [], reason: 'r',
        state: 'approved', value: null, decidedBy: 'lee@example.com', decidedAt: NOW, createdAt: NOW,
        applied: { at: NOW, result: `deal ${dealId} moved to closedwon`, wrote: { kind: 'deal', id: dealId, change: 'stage moved to closedwon' }, changed: true },
        undo: { requestedBy: 'lee@example.com', requestedAt: NOW, note: 'won by mistake' },
      }],
      audit: [],
    },
  });

/**
 * The most common undo, a deal marked won by mistake, against the real Pipedrive adapter and its fake: Pipedrive does
 * not reopen a closed deal through a stage change (PIPEDRIVE_DEAL_CLOSED). The README says an undo the CRM refuses for
 * that deal writes nothing and says why, and may be asked again; it must not fail the call.
 */
describe('undo of a move to closed won, in Pipedrive', () => {
  let pd: PipedriveFake;
  let dealId: string;

  beforeEach(async () => {
    pd = await startPipedriveFake({ burstLimit: false });
    const [person] = pd.seed({ persons: [{ name: 'Customer0', phones: ['+441632960001'] }] }).persons;
    [dealId] = pd.seed({ deals: [{ title: 'Deal 0', stage_id: 4, status: 'won', person_id: Number(person) }] }).deals as [string];
  });
  afterEach(async () => {
    await pd.close();
  });

  it('is recorded as not done, with the refusal, instead of failing the call', async () => {
    const crm = createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl, defaultPhoneRegion: 'GB', readTries: 1 });
    const r = recordWithUndo(dealId);
    await applyStageUndo(CALL, r, crm, async () => undefined, () => NOW);
    expect(r.review.decisions[0]!.undo!.applied).toMatchObject({ wrote: null, result: expect.stringMatching(/PIPEDRIVE_DEAL_CLOSED/) });
    expect(pd.objects('deals').find((d) => String(d.id) === dealId)).toMatchObject({ status: 'won' });
  });
});
