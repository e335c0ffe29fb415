import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { recordDecisions } from '../../src/review/decide.ts';
import { recordStageUndo } from '../../src/review/stage-undo.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const CALL = `c_${'6b'.repeat(12)}`;
const MANAGER = { role: 'manager' as const, email: 'lee@example.com', keyId: 'k_lee', principal: 'lee@example.com' };

const call = (): Call => ({
  schemaVersion: 1, id: CALL, status: 'syncing', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  meta: { startedAt: '2026-11-20T09:00:00Z', rep: { email: 'priya@example.com' }, customer: { name: 'Ada', phone: '+14155550101' }, crm: { dealId: 'deal-1' } },
  recording: { key: `calls/${CALL}/original.wav`, filename: 'a.wav', contentType: 'audio/wav', bytes: 16, sha256: '0'.repeat(64) },
  audio: { durationSec: 64, channels: 1, sampleRate: 16000, codec: 'pcm', tracks: [] }, steps: [], engines: { transcriber: null, extractor: null, crm: null },
  disposition: 'conversation', review: null, error: null, cost: { audioSeconds: 64, estimatedUsd: 0 }, uploadedBy: null,
});
// What extraction saw: the deal named with the call was at presentationscheduled then (withDealStage).
const insights: Insights = {
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'The buyer wants the contract.', keyPoints: [],
  actionItems: [],
  dealStage: { current: 'presentationscheduled', proposed: 'contractsent', confidence: 0.9, rationale: 'r', evidence: [{ quote: 'send over the contract', speaker: 'customer', startSec: 31.5 }] },
  followUpEmail: null, redactions: [], warnings: [],
};

/**
 * An undo moves the deal back to the stage it had right before callscribe's write. Between extraction (which recorded
 * the deal's stage then as the decision's `from`) and the approval, a person moved the deal in the CRM; undoing
 * callscribe's move must put back that person's stage, not the older one extraction saw.
 */
describe('undo of a stage move when the deal moved between extraction and the write', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  const ports = () => ({ blobs, crm, logger: silentLogger, clock: () => new Date(), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } }) as unknown as PipelinePorts;
  const record = async () => (await getJson(blobs, callKeys.crm(CALL), (raw) => CrmRecord.parse(raw)))!;
  const dealStage = async () => (await crm.snapshot()).deals.find((d) => d.id === 'deal-1')!.stage;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    crm = createLocalCrm({
      dataDir: temp.dir,
      seed: {
        contacts: [{ id: 'ct-1', name: 'Ada', email: null, phone: '+14155550101', company: null }],
        deals: [{ id: 'deal-1', name: 'deal-1', stage: 'presentationscheduled', contactIds: ['ct-1'], open: true }],
      },
    });
    await saveCall(blobs, call());
    await putJson(blobs, callKeys.insights(CALL), insights);
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('moves the deal back to where it was before the write, not to the stage extraction saw', async () => {
    expect((await sync({ callId: CALL }, ports())).finalStatus).toBe('needs_review');
    // A person moves the deal in the CRM while the proposal waits for review.
    await crm.updateDealStage('deal-1', 'decisionmakerboughtin', 'by-hand');

    const approving = await record();
    recordDecisions(approving, { decisions: [{ id: 'deal-stage', decision: 'approve' }] }, MANAGER, new Date(), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(CALL), approving);
    await sync({ callId: CALL }, ports());
    expect(await dealStage()).toBe('contractsent');

    const undoing = await record();
    recordStageUndo(undoing, MANAGER, {}, new Date());
    await putJson(blobs, callKeys.crm(CALL), undoing);
    await sync({ callId: CALL }, ports());
    expect(await dealStage()).toBe('decisionmakerboughtin');
  });
});
