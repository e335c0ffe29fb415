import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Decision } from '../../src/domain/review.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { recordDecisions, type ReviewRequest } from '../../src/review/decide.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const CALL_ID = 'c_00000000000000000000abcd';
const contact = (id: string, name: string) => ({ id, name, email: `${id}@acme.example`, phone: '+14155550142', company: 'Acme' });
const call = (meta: Call['meta']): Call => ({
  schemaVersion: 1, id: CALL_ID, status: 'syncing', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', meta,
  recording: { key: `calls/${CALL_ID}/original.wav`, filename: 'a.wav', contentType: null, bytes: 1, sha256: '0'.repeat(64) },
  audio: null, steps: [], engines: { transcriber: null, extractor: null, crm: null }, disposition: 'conversation', review: null, error: null,
  cost: { audioSeconds: 0, estimatedUsd: 0 }, uploadedBy: null,
});
const insights = (opts: { items?: string[]; proposed?: Insights['dealStage']['proposed'] } = {}): Insights => ({
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'The buyer agreed to review the order form.', keyPoints: [],
  actionItems: (opts.items ?? ['Send the order form']).map((text, i) => ({ text, owner: 'rep', dueDate: null, evidence: [{ quote: text, speaker: 'rep', startSec: 4 + i }] })),
  dealStage: { current: 'presentationscheduled', proposed: opts.proposed === undefined ? 'contractsent' : opts.proposed, confidence: 0.9, rationale: 'r', evidence: [{ quote: 'send it over', speaker: 'customer', startSec: 7 }] },
  followUpEmail: null, redactions: [], warnings: [],
});

/** The decisions that hold a call (hygiene findings, asked on the side, do not). */
const held = (ds: readonly Decision[]) => ds.filter((d) => d.kind !== 'crm_hygiene');

describe('review decisions, then sync: what a person approved reaches the CRM once', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  const ports = (policy: Partial<PipelinePorts['policy']> = {}) =>
    ({ blobs, crm, logger: silentLogger, clock: () => new Date('2026-11-20T10:30:00Z'), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9, ...policy } }) as unknown as PipelinePorts;
  const record = async () => (await getJson(blobs, callKeys.crm(CALL_ID), (raw) => CrmRecord.parse(raw)))!;
  const decide = async (request: ReviewRequest, who: { principal: string; role: 'rep' | 'manager' } = { principal: 'lee@example.com', role: 'manager' }) => {
    const r = await record();
    recordDecisions(r, request, who, new Date('2026-11-20T11:00:00Z'), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(CALL_ID), r);
  };
  const setup = async (seed: Parameters<typeof createLocalCrm>[0]['seed'], meta: Call['meta'], i: Insights = insights()) => {
    crm = createLocalCrm({ dataDir: temp.dir, seed });
    await saveCall(blobs, call(meta));
    await putJson(blobs, callKeys.insights(CALL_ID), i);
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
  });
  afterEach(() => temp.cleanup());

  const oneDeal = { contacts: [contact('ct-1', 'Ada')], deals: [{ id: 'deal-1', name: 'Acme', stage: 'presentationscheduled' as const, contactIds: ['ct-1'], open: true }] };

  it('an approved stage is written once, and a decided item is never reset by a later sync', async () => {
    await setup(oneDeal, { customer: { phone: '+1 415 555 0142' } });
    const first = await sync({ callId: CALL_ID }, ports());
    expect(first.finalStatus).toBe('needs_review');
    expect(held(first.output!.review.decisions)).toMatchObject([{ id: 'deal-stage', kind: 'deal_stage', state: 'pending', proposed: 'contractsent', from: 'presentationscheduled', evidence: [{ startSec: 7 }] }]);
    expect((await crm.snapshot()).deals[0]!.stage).toBe('presentationscheduled');

    await decide({ decisions: [{ id: 'deal-stage', decision: 'approve', value: 'decisionmakerboughtin', note: 'They said the CFO signed off, not yet the contract.' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    const data = await crm.snapshot();
    expect(data.deals[0]!.stage).toBe('decisionmakerboughtin');
    expect(data.stageChanges).toHaveLength(1);
    const r = await record();
    expect(r.review.decisions[0]).toMatchObject({ state: 'approved', value: 'decisionmakerboughtin', decidedBy: 'lee@example.com', applied: { result: 'deal deal-1 moved to decisionmakerboughtin', changed: true } });
    expect(r.review.audit.map((a) => [a.action, a.by, a.before, a.after])).toEqual([
      ['approve', 'lee@example.com', 'contractsent', 'decisionmakerboughtin'],
      ['apply', 'sync', null, 'deal deal-1 moved to decisionmakerboughtin'],
    ]);

    // The call is processed again and now proposes closed won: the decided item stays as decided.
    await putJson(blobs, callKeys.insights(CALL_ID), insights({ proposed: 'closedwon' }));
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    expect((await record()).review.decisions[0]).toMatchObject({ proposed: 'contractsent', value: 'decisionmakerboughtin' });
    expect((await crm.snapshot()).deals[0]!.stage).toBe('decisionmakerboughtin');
    await expect(decide({ decisions: [{ id: 'deal-stage', decision: 'reject' }] })).rejects.toMatchObject({ code: 'REVIEW_NOT_PENDING' });
  });

  it('a rejected stage writes nothing, and the call is done', async () => {
    await setup(oneDeal, { customer: { phone: '+14155550142' } });
    await sync({ callId: CALL_ID }, ports());
    await decide({ decisions: [{ id: 'deal-stage', decision: 'reject', note: 'Said to test us.' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    expect((await crm.snapshot()).stageChanges).toHaveLength(0);
    expect((await record()).review.decisions[0]).toMatchObject({ state: 'rejected', note: 'Said to test us.' });
  });

  it('bad decisions change nothing: unknown ids, stages that are not canonical, values that are not options, dates that are not dates', async () => {
    await setup({ contacts: [contact('ct-1', 'Ada'), contact('ct-2', 'Ada L.')], deals: [] }, { customer: { phone: '+14155550142' } });
    await sync({ callId: CALL_ID }, ports());
    const before = JSON.stringify(await record());
    await expect(decide({ decisions: [{ id: 'nope', decision: 'approve' }] })).rejects.toMatchObject({ code: 'DECISION_UNKNOWN' });
    await expect(decide({ decisions: [{ id: 'contact', decision: 'approve', value: 'ct-9' }] })).rejects.toMatchObject({ code: 'VALUE_NOT_AN_OPTION' });
    await expect(decide({ decisions: [{ id: 'contact', decision: 'approve' }] })).rejects.toMatchObject({ code: 'VALUE_REQUIRED' });
    expect(JSON.stringify(await record())).toBe(before);
  });

  it('several contacts match: nothing is logged until a person chooses one, then it is logged on that contact', async () => {
    await setup({ contacts: [contact('ct-1', 'Ada'), contact('ct-2', 'Ada L.')], deals: [] }, { customer: { phone: '+14155550142' } }, insights({ proposed: null }));
    const first = await sync({ callId: CALL_ID }, ports());
    expect(first.finalStatus).toBe('needs_review');
    expect(first.output!.review.decisions).toMatchObject([
      { id: 'contact', kind: 'choose_contact', options: [{ value: 'ct-1' }, { value: 'ct-2' }] },
      // The same contacts are a hygiene finding: duplicates to merge in the CRM, which does not hold the call.
      { id: 'hygiene-duplicate-contacts', kind: 'crm_hygiene', state: 'pending', finding: { type: 'duplicate_contacts' }, options: [{ value: 'ct-1' }, { value: 'ct-2' }] },
    ]);
    expect((await crm.snapshot()).callLogs).toHaveLength(0);
    await decide({ decisions: [{ id: 'contact', decision: 'approve', value: 'ct-2' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    const data = await crm.snapshot();
    expect(data.callLogs.map((l) => l.contactId)).toEqual(['ct-2']);
    expect(data.tasks).toHaveLength(1);
    expect((await record()).contact).toEqual({ id: 'ct-2', matchedBy: 'review' });
  });

  it('an unknown customer: approving creates the contact once; rejecting writes nothing', async () => {
    await setup({ contacts: [], deals: [] }, { customer: { name: 'Kim Ode', phone: '+14155550199' } }, insights({ proposed: null }));
    expect((await sync({ callId: CALL_ID }, ports())).output!.review.decisions).toMatchObject([{ id: 'contact', kind: 'unknown_contact', proposed: 'create' }]);
    await decide({ decisions: [{ id: 'contact', decision: 'approve' }] });
    await sync({ callId: CALL_ID }, ports());
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect(data.contacts.map((c) => c.name)).toEqual(['Kim Ode']);
    expect(data.callLogs).toHaveLength(1);
  });

  it('several open deals: the log waits for the chosen deal, then carries it', async () => {
    const deals = ['deal-1', 'deal-2'].map((id) => ({ id, name: id, stage: 'presentationscheduled' as const, contactIds: ['ct-1'], open: true }));
    await setup({ contacts: [contact('ct-1', 'Ada')], deals }, { customer: { phone: '+14155550142' } });
    const first = await sync({ callId: CALL_ID }, ports());
    expect(first.output!.review.decisions.map((d) => d.id)).toEqual(['deal', 'hygiene-duplicate-deals', 'deal-stage']);
    expect((await crm.snapshot()).callLogs).toHaveLength(0);
    await decide({ decisions: [{ id: 'deal', decision: 'approve', value: 'deal-2' }, { id: 'deal-stage', decision: 'approve' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    const data = await crm.snapshot();
    expect(data.callLogs.map((l) => l.dealId)).toEqual(['deal-2']);
    expect(data.deals.map((d) => d.stage)).toEqual(['presentationscheduled', 'contractsent']);
  });

  it('an action item found on a re-run is written as the reviewer corrected it, once', async () => {
    await setup(oneDeal, { customer: { phone: '+14155550142' } }, insights({ proposed: null }));
    await sync({ callId: CALL_ID }, ports());
    await putJson(blobs, callKeys.insights(CALL_ID), insights({ proposed: null, items: ['Send the order form', 'Book the onboarding call'] }));
    const again = await sync({ callId: CALL_ID }, ports());
    const d = held(again.output!.review.decisions)[0]!;
    expect(d).toMatchObject({ kind: 'rerun_action_item', item: { text: 'Book the onboarding call', owner: 'rep', dueDate: null } });
    await expect(decide({ decisions: [{ id: d.id, decision: 'approve', value: { dueDate: 'next week' } }] })).rejects.toMatchObject({ code: 'DUE_DATE_INVALID' });
    await decide({ decisions: [{ id: d.id, decision: 'approve', value: { text: 'Book the onboarding call with IT', dueDate: '2026-11-27' } }] });
    await sync({ callId: CALL_ID }, ports());
    await sync({ callId: CALL_ID }, ports());
    expect((await crm.snapshot()).tasks.map((t) => [t.subject, t.dueDate])).toEqual([
      ['Send the order form', null],
      ['Book the onboarding call with IT', '2026-11-27'],
    ]);
  });

  it('crm.json written before the review model reads as decisions', () => {
    const old = {
      schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal' },
      callLog: { id: 'log-1' }, tasks: [{ key: `${CALL_ID}:task:abc`, id: 't-1', subject: 'Send it' }],
      pendingTasks: [{ key: `${CALL_ID}:task:def`, subject: 'Call back', owner: 'rep', dueDate: null }],
      stage: { proposed: 'contractsent', from: 'presentationscheduled', state: 'pending_review', reason: 'waits' },
      review: { state: 'pending', reasons: ['waits'] }, syncedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
    };
    const r = CrmRecord.parse(old);
    expect(r.review.decisions).toMatchObject([
      { id: 'deal-stage', kind: 'deal_stage', state: 'pending', proposed: 'contractsent', from: 'presentationscheduled' },
      { id: 'task-def', kind: 'rerun_action_item', state: 'pending', item: { text: 'Call back' } },
    ]);
    expect(r.callLog).toEqual({ id: 'log-1', stale: false });
    expect(r.tasks[0]!.aliases).toEqual([]);

    // A call that was waiting for its contact still has something for a person to decide.
    const waitingForContact = { ...old, contact: null, deal: null, callLog: null, tasks: [], pendingTasks: [], stage: { proposed: null, from: null, state: 'none', reason: null }, review: { state: 'pending', reasons: ['Two CRM contacts have this phone.'] } };
    expect(CrmRecord.parse(waitingForContact).review.decisions).toMatchObject([{ id: 'contact', kind: 'unknown_contact', state: 'pending', reason: expect.stringMatching(/^Two CRM contacts have this phone\. Give/) }]);
  });
});
