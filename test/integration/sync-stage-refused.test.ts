import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { updateCall } from '../../src/pipeline/call-record.ts';
import { recordDecisions, type ReviewRequest } from '../../src/review/decide.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { DEFAULT_STAGES } from '../helpers/fakes/pipedrive-store.ts';
import { customerPhone, seedSyncableCalls } from '../helpers/synthetic-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * A stage change the CRM refuses for its one deal (the integration user may see the deal, not change it) comes after
 * the call log and tasks are written: those stay, and the stage change alone goes back to a person. The real sync step
 * and Pipedrive adapter against the Pipedrive fake over HTTP; call records on disk.
 */
describe('sync: a deal-stage change the CRM refuses goes back to a person', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let pd: PipedriveFake;
  let callId: string;
  let dealId: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    pd = await startPipedriveFake({ burstLimit: false });
    pd.seed({ users: [{ id: 7, name: 'Sam Rep', email: 'rep@example.com' }] });
    const [person] = pd.seed({ persons: [{ name: 'Customer0', phones: [customerPhone(0)] }] }).persons;
    [dealId] = pd.seed({ deals: [{ title: 'Deal 0', stage_id: 3, person_id: Number(person) }] }).deals as [string];
    pd.restrict('deals', dealId, 'read');
    [callId] = (await seedSyncableCalls(blobs, 1)) as [string];
  });
  afterEach(async () => {
    await pd.close();
    await temp.cleanup();
  });

  const crm = () => createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl, defaultPhoneRegion: 'GB', readTries: 1 });
  const ports = () =>
    ({ blobs, crm: crm(), logger: silentLogger, clock: () => new Date('2026-11-17T15:30:00Z'), policy: { dealStage: 'auto', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } }) as unknown as PipelinePorts;
  const record = async () => (await getJson(blobs, callKeys.crm(callId), (raw) => CrmRecord.parse(raw)))!;
  const decide = async (request: ReviewRequest) => {
    const r = await record();
    recordDecisions(r, request, { principal: 'lee@example.com', role: 'manager' }, new Date('2026-11-17T16:00:00Z'), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(callId), r);
  };
  const stage = () => pd.objects('deals').find((d) => String(d.id) === dealId)!.stage_id;
  const dealPatches = () => pd.requests.filter((r) => r.method === 'PATCH' && r.path === `/api/v2/deals/${dealId}`).length;

  it('keeps the call log and tasks, waits for review with the reason, and moves the deal once a person approves again', async () => {
    const first = await sync({ callId }, ports());
    expect(first.finalStatus).toBe('needs_review');
    expect(first.reviewReason).toMatch(new RegExp(`^DEAL_STAGE_REFUSED: the CRM refused to move deal ${dealId} to .*PIPEDRIVE_RECORD_FORBIDDEN.*the call log and tasks are written`));
    const written = pd.objects('activities');
    expect(written.map((a) => a.type).sort()).toEqual(['call', 'task', 'task']);
    expect(first.output).toMatchObject({ callLog: { id: expect.any(String) }, tasks: [{}, {}] });
    expect(first.output!.review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({
      kind: 'deal_stage',
      state: 'pending',
      proposed: 'contractsent',
      decidedBy: null,
      applied: null,
      refused: { code: 'PIPEDRIVE_RECORD_FORBIDDEN', message: expect.stringContaining(`deal ${dealId}`) },
    });
    expect(stage()).toBe(3);
    expect(dealPatches()).toBe(1);

    // Run again (a retry, another decision): STAGE_POLICY=auto does not approve the refused change again, nothing is written twice.
    expect((await sync({ callId }, ports())).finalStatus).toBe('needs_review');
    expect(dealPatches()).toBe(1);
    expect(pd.objects('activities')).toHaveLength(written.length);

    pd.restrict('deals', dealId, 'full'); // an admin lets the integration user change the deal
    await decide({ decisions: [{ id: 'deal-stage', decision: 'approve' }] });
    expect((await sync({ callId }, ports())).finalStatus).toBe('done');
    expect(stage()).not.toBe(3);
    expect(pd.objects('activities')).toHaveLength(written.length);
    const r = await record();
    expect(r.review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({ state: 'approved', decidedBy: 'lee@example.com', applied: { result: expect.stringMatching(/moved to contractsent/) } });
    expect(r.review.audit.map((a) => [a.action, a.by, a.after])).toEqual([
      ['approve', 'policy:auto', 'contractsent'],
      ['apply', 'sync', 'pending'],
      ['approve', 'lee@example.com', 'contractsent'],
      ['apply', 'sync', expect.stringMatching(/moved to contractsent/)],
    ]);
  });

  it('a person who rejects the refused change leaves the deal as it is and the call done', async () => {
    await sync({ callId }, ports());
    await decide({ decisions: [{ id: 'deal-stage', decision: 'reject' }] });
    expect((await sync({ callId }, ports())).finalStatus).toBe('done');
    expect(stage()).toBe(3);
    expect(dealPatches()).toBe(1);
  });

  it('a change the CRM will not take (a deal in a pipeline of its own, with no such stage) goes back to a person too, not failing the call', async () => {
    // A second pipeline whose stages map to none of callscribe's; the customer's only open deal is in it.
    pd.seed({ stages: [...DEFAULT_STAGES, { id: 21, name: 'Kickoff', pipeline_id: 2, order_nr: 1 }, { id: 22, name: 'Live', pipeline_id: 2, order_nr: 2 }] });
    const person = pd.objects('persons')[0]!.id;
    const [own] = pd.seed({ deals: [{ title: 'Onboarding', stage_id: 21, person_id: Number(person) }] }).deals;
    await updateCall(blobs, callId, (c) => void (c.meta.crm = { dealId: own! }), new Date('2026-11-17T15:00:00Z')); // the call names it
    const first = await sync({ callId }, ports());
    expect(first.finalStatus).toBe('needs_review');
    expect(first.reviewReason).toMatch(new RegExp(`^DEAL_STAGE_REFUSED: the CRM refused to move deal ${own} to .*PIPEDRIVE_STAGE_UNKNOWN.*Approve again \\(another stage`));
    expect(first.output).toMatchObject({ deal: { id: own }, callLog: { id: expect.any(String) }, tasks: [{}, {}] });
    expect(first.output!.review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({ state: 'pending', refused: { code: 'PIPEDRIVE_STAGE_UNKNOWN' } });
    expect(pd.objects('deals').find((d) => String(d.id) === own)!.stage_id).toBe(21);
  });
});
