import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { recordDecisions } from '../../src/review/decide.ts';
import { assessTranscript, unreliableInsights } from '../../src/domain/transcript-quality.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const seed = {
  contacts: [{ id: 'contact-1', name: 'Elena Novak', email: 'elena@brightline.example', phone: '+442079460321', company: 'Brightline' }],
  deals: [{ id: 'deal-1', name: 'Brightline', stage: 'decisionmakerboughtin' as const, contactIds: ['contact-1'], open: true }],
};
const call: Call = {
  schemaVersion: 1,
  id: 'c_0123456789abcdef01234567',
  status: 'syncing',
  createdAt: '2026-11-17T15:00:00.000Z',
  updatedAt: '2026-11-17T15:00:00.000Z',
  meta: { customer: { phone: '+44 20 7946 0321' }, rep: { email: 'priya@example.com' } },
  uploadedBy: null,
  recording: { key: 'calls/c_0123456789abcdef01234567/original.ogg', filename: 'call.ogg', contentType: null, bytes: 10, sha256: '0'.repeat(64) },
  audio: null,
  steps: [],
  engines: { transcriber: null, extractor: null, crm: null },
  disposition: 'conversation',
  review: null,
  error: null,
  cost: { audioSeconds: 0, estimatedUsd: 0 },
};
const item = (text: string, startSec: number) => ({ text, owner: 'rep' as const, dueDate: null, evidence: [{ quote: text, speaker: 'rep', startSec }] });
const insights = (items: ReturnType<typeof item>[], proposed: 'contractsent' | null = 'contractsent'): Insights => ({
  schemaVersion: 1,
  engine: 'rules',
  model: null,
  promptVersion: null,
  summary: 'Elena approved; Priya sends the contract.',
  keyPoints: [],
  actionItems: items,
  dealStage: { current: 'decisionmakerboughtin', proposed, confidence: 0.9, rationale: 'r', evidence: proposed ? [{ quote: 'q', speaker: 'customer', startSec: 1 }] : [] },
  followUpEmail: null,
  redactions: [],
  warnings: [],
});

describe('sync step against the local CRM', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  const ports = (adapter: CrmAdapter, stage: 'review' | 'auto' = 'review') =>
    ({ blobs, crm: adapter, logger: silentLogger, clock: () => new Date('2026-11-17T15:30:00Z'), policy: { dealStage: stage, autoMinConfidence: 0.8, maxDurationSec: 3600 } }) as unknown as PipelinePorts;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    crm = createLocalCrm({ dataDir: temp.dir, seed });
    await saveCall(blobs, call);
  });
  afterEach(() => temp.cleanup());

  it('matches the contact by phone, logs the call, writes one task per item and applies a confident stage under auto', async () => {
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5), item('Book the kickoff', 9)]));
    const result = await sync({ callId: call.id }, ports(crm, 'auto'));
    expect(result.finalStatus).toBe('done');
    expect(result.output).toMatchObject({ contact: { id: 'contact-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal', name: 'Brightline' } });
    expect(result.output!.review.decisions.filter((d) => d.kind !== 'crm_hygiene')).toMatchObject([{ id: 'deal-stage', state: 'approved', decidedBy: 'policy:auto', value: 'contractsent', applied: { result: 'deal deal-1 moved to contractsent' } }]);
    const data = await crm.snapshot();
    expect(data.callLogs).toHaveLength(1);
    expect(data.callLogs[0]!.body).toContain('Send the contract');
    expect(data.callLogs[0]!.disposition).toBe('connected');
    expect(data.tasks.map((t) => [t.subject, t.ownerEmail])).toEqual([['Send the contract', 'priya@example.com'], ['Book the kickoff', 'priya@example.com']]);
    expect(data.deals[0]!.stage).toBe('contractsent');
  });

  it('under auto with closes allowed, a close waits for a manager when the transcript says the speakers\' roles were assumed', async () => {
    const closing = { ...insights([]), dealStage: { ...insights([]).dealStage, proposed: 'closedwon' as const } };
    const transcript = (assumed: boolean) => ({
      schemaVersion: 1, engine: 'local', model: null, language: 'en', durationSec: 10,
      speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
      segments: [{ speaker: 'customer', startSec: 1, endSec: 2, text: 'q' }],
      text: 'q',
      attribution: { method: 'channels', detail: 'd', ...(assumed && { assumed: true }) },
    });
    const autoClose = (adapter: CrmAdapter) => ({ ...ports(adapter, 'auto'), policy: { dealStage: 'auto', autoMinConfidence: 0.8, autoClose: true, maxDurationSec: 3600 } }) as PipelinePorts;
    await putJson(blobs, callKeys.insights(call.id), closing);
    await putJson(blobs, callKeys.transcript(call.id), transcript(true));
    const held = await sync({ callId: call.id }, autoClose(crm));
    expect(held.output!.review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({ state: 'pending', reason: expect.stringMatching(/rep and who the customer was assumed/) });
    expect((await crm.snapshot()).deals[0]!.stage).toBe('decisionmakerboughtin');

    // The same call synced afresh, its transcript's roles known.
    await blobs.delete(callKeys.crm(call.id));
    await putJson(blobs, callKeys.transcript(call.id), transcript(false));
    const applied = await sync({ callId: call.id }, autoClose(crm));
    expect(applied.output!.review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({ state: 'approved', decidedBy: 'policy:auto', value: 'closedwon' });
  });

  it('resumes after a crash between two CRM writes without writing anything twice', async () => {
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5), item('Book the kickoff', 9)]));
    // The worker "dies" right after the CRM created the first task, before crm.json recorded it.
    let tasks = 0;
    const crashing: CrmAdapter = {
      ...crm,
      createTask: async (input) => {
        const created = await crm.createTask(input);
        if (++tasks === 1) throw new Error('worker killed');
        return created;
      },
    };
    await expect(sync({ callId: call.id }, ports(crashing))).rejects.toThrow('worker killed');
    const result = await sync({ callId: call.id }, ports(crm));
    expect(result.finalStatus).toBe('needs_review');
    const data = await crm.snapshot();
    expect([data.callLogs.length, data.tasks.length]).toEqual([1, 2]);
  });

  it('processing a synced call again adds no CRM records; new items wait for review', async () => {
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5)], null));
    expect((await sync({ callId: call.id }, ports(crm))).finalStatus).toBe('done');
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5), item('Send the signed contract over', 5)], null));
    const again = await sync({ callId: call.id }, ports(crm));
    expect(again.finalStatus).toBe('needs_review');
    expect(again.output!.review.decisions.filter((d) => d.kind !== 'crm_hygiene')).toMatchObject([{ kind: 'rerun_action_item', state: 'pending', proposed: 'Send the signed contract over' }]);
    expect(again.reviewReason).toMatch(/not in the CRM; approve to add it/);
    const data = await crm.snapshot();
    expect([data.callLogs.length, data.tasks.length]).toEqual([1, 1]);
  });

  it('creates the contact for an unknown customer when CRM_UNKNOWN_CONTACT=create, once', async () => {
    await saveCall(blobs, { ...call, meta: { customer: { name: 'Dana Reyes', phone: '+15555550199', email: 'dana@quarry.example' } } });
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5)]));
    const create = { ...(ports(crm) as object), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9, unknownContact: 'create' } } as unknown as PipelinePorts;
    const result = await sync({ callId: call.id }, create);
    expect(result.output).toMatchObject({ contact: { matchedBy: 'created' }, deal: null });
    // The proposed stage has no deal to move: that waits for a manager.
    expect(result).toMatchObject({ finalStatus: 'needs_review', reviewReason: expect.stringMatching(/no deal was matched/) });
    const contacts = (await crm.snapshot()).contacts.filter((c) => c.name === 'Dana Reyes');
    expect(contacts).toHaveLength(1);
    expect(await crm.createContact!({ name: 'Dana Reyes' }, `${call.id}:contact`)).toEqual({ id: contacts[0]!.id, created: false });
  });

  it('does not guess a contact: an unknown phone parks the call for review with the reason', async () => {
    await saveCall(blobs, { ...call, meta: { customer: { phone: '+15555550199' } } });
    await putJson(blobs, callKeys.insights(call.id), insights([item('Send the contract', 5)]));
    const result = await sync({ callId: call.id }, ports(crm));
    expect(result).toMatchObject({ finalStatus: 'needs_review', reviewReason: expect.stringMatching(/No CRM contact/) });
    expect((await crm.snapshot()).callLogs).toHaveLength(0);
  });

  it('logs an unreliable transcript as unreliable with a link to the call page, writes nothing else, and waits for a person', async () => {
    const garbled = {
      schemaVersion: 1 as const, engine: 'local', model: null, language: 'en', durationSec: 9, speakers: [], text: 'x',
      segments: [{ speaker: 'S1', startSec: 0, endSec: 2, text: 'contract signed today', confidence: 0.2, wordConfidence: [0.1, 0.2, 0.3] }],
    };
    const quality = assessTranscript(garbled, { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.5 });
    await putJson(blobs, callKeys.insights(call.id), unreliableInsights(quality, 'decisionmakerboughtin'));
    const withLinks = { ...ports(crm, 'auto'), publicBaseUrl: 'https://calls.example.com' } as PipelinePorts;
    const result = await sync({ callId: call.id }, withLinks);
    expect(result.finalStatus).toBe('needs_review');
    expect(result.reviewReason).toMatch(/^TRANSCRIPT_UNRELIABLE: 100% of the transcript's words/);
    expect(result.output!.review.decisions).toMatchObject([{ id: 'transcript', kind: 'transcript_unreliable', state: 'pending' }]);
    const data = await crm.snapshot();
    expect(data.callLogs).toHaveLength(1);
    expect(data.callLogs[0]!.body).toContain('The transcript of this call is unreliable');
    expect(data.callLogs[0]!.body).toContain(`Review the call: https://calls.example.com/calls/${call.id}`);
    expect([data.tasks.length, data.deals[0]!.stage]).toEqual([0, 'decisionmakerboughtin']);

    // The rep checks the call; the next sync closes the decision and writes nothing more.
    const record = (await getJson(blobs, callKeys.crm(call.id), (raw) => CrmRecord.parse(raw)))!;
    recordDecisions(record, { decisions: [{ id: 'transcript', decision: 'approve' }] }, { principal: 'priya@example.com', role: 'rep' }, new Date('2026-11-17T16:00:00Z'), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(call.id), record);
    const after = await sync({ callId: call.id }, withLinks);
    expect(after.finalStatus).toBe('done');
    expect(after.output!.review.decisions[0]).toMatchObject({ state: 'approved', value: 'checked', applied: { result: expect.stringContaining('checked by a person') } });
    expect((await crm.snapshot()).callLogs).toHaveLength(1);
  });

  it('says a transcript is unreliable even while the call also waits for its contact', async () => {
    await saveCall(blobs, { ...call, meta: { customer: { phone: '+15555550199' } } });
    const garbled = {
      schemaVersion: 1 as const, engine: 'local', model: null, language: 'en', durationSec: 9, speakers: [], text: 'x',
      segments: [{ speaker: 'S1', startSec: 0, endSec: 2, text: 'order the boxes', confidence: 0.2, wordConfidence: [0.1, 0.2, 0.3] }],
    };
    await putJson(blobs, callKeys.insights(call.id), unreliableInsights(assessTranscript(garbled, { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.5 }), null));
    const result = await sync({ callId: call.id }, ports(crm));
    expect(result.finalStatus).toBe('needs_review');
    expect(result.reviewReason).toMatch(/^TRANSCRIPT_UNRELIABLE/);
    expect(result.output!.review.decisions.map((d) => d.kind).sort()).toEqual(['transcript_unreliable', 'unknown_contact']);
    expect((await crm.snapshot()).callLogs).toHaveLength(0);
  });
});
