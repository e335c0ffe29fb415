import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm } from '../../../src/adapters/crm/local/local.crm.ts';
import { createRulesExtractor } from '../../../src/adapters/extraction/rules/rules.extractor.ts';
import type { CallMeta } from '../../../src/domain/call-meta.ts';
import { transcriptText, type Segment, type Transcript } from '../../../src/domain/transcript.ts';
import { AppError, permanent } from '../../../src/errors/app-error.ts';
import { silentLogger } from '../../../src/logging/logger.ts';
import type { CrmAdapter } from '../../../src/ports/crm.ts';
import type { Transcriber } from '../../../src/ports/transcriber.ts';
import { extract, withDealStage } from '../../../src/pipeline/extract.ts';
import { createFsBlobStore } from '../../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../../src/domain/call-keys.ts';
import { putJson } from '../../../src/ports/blob-store.ts';
import { newCall, saveCall } from '../../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../../src/pipeline/pipeline-ports.ts';

const CALL_ID = 'c_00000000000000000000beef';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const seg = (speaker: string, startSec: number, text: string): Segment => ({ speaker, startSec, endSec: startSec + 3, text, confidence: 0.95 });
const segments = [seg('rep', 0, 'Thanks for taking the time today.'), seg('customer', 4, 'Happy to. We liked the demo last week.')];
const transcript: Transcript = { schemaVersion: 1, engine: 'provided', model: null, language: 'en', durationSec: 10, speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }], segments, text: transcriptText(segments) };
const named = (dealId: string, currentStage?: string): CallMeta => ({ crm: { dealId, ...(currentStage && { currentStage }) } });
const failing = (err: AppError) => ({ getDeal: async () => { throw err; } }) as unknown as CrmAdapter;

describe('the stage of a deal named with the call, for the extractor', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let crm: CrmAdapter;
  beforeEach(async () => {
    temp = await makeTempDir();
    crm = createLocalCrm({ dataDir: temp.dir, seed: { contacts: [], deals: [{ id: 'deal-7', name: 'Acme', stage: 'decisionmakerboughtin', contactIds: [], open: true }] } });
  });
  afterEach(() => temp.cleanup());

  it('is read from the CRM when the meta names the deal but not its stage, so insights say where the deal is', async () => {
    const meta = await withDealStage(named('deal-7'), { crm, logger: silentLogger });
    expect(meta.crm).toEqual({ dealId: 'deal-7', currentStage: 'decisionmakerboughtin' });
    // The extract step itself reads it: a call whose meta names the deal.
    const blobs = createFsBlobStore(temp.dir);
    await saveCall(blobs, { ...newCall({ id: CALL_ID, meta: named('deal-7'), recording: null }, new Date('2026-11-20T10:00:00Z')), status: 'extracting' });
    await putJson(blobs, callKeys.transcript(CALL_ID), transcript);
    const ports = { blobs, crm, logger: silentLogger, extractor: createRulesExtractor(), transcriber: { engine: 'provided' } as Transcriber, policy: {} } as unknown as PipelinePorts;
    expect((await extract({ callId: CALL_ID }, ports)).output?.dealStage.current).toBe('decisionmakerboughtin');
  });

  it('keeps a stage the meta gives, and leaves it unknown for a deal the CRM does not have or refuses to show', async () => {
    expect((await withDealStage(named('deal-7', 'contractsent'), { crm, logger: silentLogger })).crm?.currentStage).toBe('contractsent');
    expect((await withDealStage(named('deal-404'), { crm, logger: silentLogger })).crm?.currentStage).toBeUndefined();
    const refused = failing(permanent('HUBSPOT_RECORD_FORBIDDEN', 'The integration user may not read deal 9.'));
    expect((await withDealStage(named('9'), { crm: refused, logger: silentLogger })).crm?.currentStage).toBeUndefined();
  });

  it('waits for a CRM that cannot answer now: the step is retried, not run without the stage', async () => {
    const down = failing(new AppError('HUBSPOT_UNAVAILABLE', 'HubSpot answered 503.', { retryable: true }));
    await expect(withDealStage(named('9'), { crm: down, logger: silentLogger })).rejects.toMatchObject({ code: 'HUBSPOT_UNAVAILABLE' });
  });
});
