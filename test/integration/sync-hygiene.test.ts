import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync, taskKey } from '../../src/pipeline/sync.ts';
import { recordDecisions, type ReviewRequest } from '../../src/review/decide.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const CALL_ID = 'c_0000000000000000000hygien';
const MARA = { id: 'ct-1', name: 'Mara Quist', email: 'mara@fenwick.example', phone: '+14155550142', company: 'Fenwick Tools' };
const call = (meta: Call['meta']): Call => ({
  schemaVersion: 1, id: CALL_ID, status: 'syncing', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  meta: { startedAt: '2026-11-20T10:00:00Z', rep: { email: 'lee@example.com', phone: '+1 415 555 0100' }, ...meta },
  recording: { key: `calls/${CALL_ID}/original.wav`, filename: 'a.wav', contentType: null, bytes: 1, sha256: '0'.repeat(64) },
  audio: null, steps: [], engines: { transcriber: null, extractor: null, crm: null }, disposition: 'conversation', review: null, error: null,
  cost: { audioSeconds: 0, estimatedUsd: 0 }, uploadedBy: null,
});
const insights = (reliable = true): Insights => ({
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'Pricing questions; the rep follows up.', keyPoints: [],
  actionItems: [
    { text: 'Send the price sheet', owner: 'rep', dueDate: '2026-11-23', evidence: [{ quote: 'I will send the price sheet', speaker: 'rep', startSec: 2 }] },
    { text: 'Follow up on the pilot', owner: 'rep', dueDate: null, evidence: [{ quote: 'I will follow up on the pilot later', speaker: 'rep', startSec: 9 }] },
  ],
  dealStage: { current: 'presentationscheduled', proposed: null, confidence: 0, rationale: '', evidence: [] },
  followUpEmail: null, redactions: [], warnings: [],
  ...(reliable ? {} : { transcriptQuality: { words: 40, scoredWords: 40, lowConfidenceShare: 0.6, meanConfidence: 0.3, thresholds: { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.3 }, reliable: false, reason: 'too many unsure words' } }),
});
const transcript = (lines: [string, string][]): Transcript => ({
  schemaVersion: 1, engine: 'local', model: 'test', language: 'en', durationSec: 30,
  speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
  segments: lines.map(([speaker, text], i) => ({ speaker, text, startSec: i * 5, endSec: i * 5 + 4, confidence: 0.9 })),
  quality: { words: 30, scoredWords: 30, meanConfidence: 0.9, lowConfidenceShare: 0, thresholds: { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.3 }, reliable: true, reason: null },
  text: lines.map(([, t]) => t).join(' '),
});

describe('hygiene findings while a call is synced (local CRM)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  const ports = (policy: Partial<PipelinePorts['policy']> = {}) =>
    ({ blobs, crm, logger: silentLogger, clock: () => new Date('2026-11-20T10:30:00Z'), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9, staleDealDays: 30, ...policy } }) as unknown as PipelinePorts;
  const record = async () => (await getJson(blobs, callKeys.crm(CALL_ID), (raw) => CrmRecord.parse(raw)))!;
  const decide = async (request: ReviewRequest, who = { principal: 'lee@example.com', role: 'manager' as const }) => {
    const r = await record();
    recordDecisions(r, request, who, new Date('2026-11-20T11:00:00Z'), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(CALL_ID), r);
  };
  const setup = async (seed: Parameters<typeof createLocalCrm>[0]['seed'], meta: Call['meta'], lines: [string, string][] = [], i = insights()) => {
    crm = createLocalCrm({ dataDir: temp.dir, seed });
    await saveCall(blobs, call(meta));
    await putJson(blobs, callKeys.insights(CALL_ID), i);
    if (lines.length) await putJson(blobs, callKeys.transcript(CALL_ID), transcript(lines));
  };
  const findings = async () => (await record()).review.decisions.filter((d) => d.kind === 'crm_hygiene');

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
  });
  afterEach(() => temp.cleanup());

  const oneDeal = (updatedAt: string | null) => ({ contacts: [MARA], deals: [{ id: 'deal-1', name: 'Fenwick pilot', stage: 'presentationscheduled' as const, contactIds: ['ct-1'], open: true, updatedAt }] });

  it("a new e-mail the customer gives is proposed with its quote; approving writes it to the contact once, the call stays done", async () => {
    await setup(oneDeal('2026-11-10T00:00:00Z'), { customer: { phone: MARA.phone } }, [
      ['rep', 'Thanks for taking the time today.'],
      ['customer', 'One thing first: our domain changed. My new email address is mara.quist@fenwicktools.example.'],
      ['rep', 'Noted. My number is 415 555 0100 if you need me.'],
    ]);
    const first = await sync({ callId: CALL_ID }, ports());
    expect(first.finalStatus).toBe('done');
    const [email] = (await findings()).filter((d) => d.finding?.type === 'field_contradicted');
    expect(email).toMatchObject({
      id: 'hygiene-email', state: 'pending', proposed: 'mara.quist@fenwicktools.example',
      finding: { field: 'email', crmValue: 'mara@fenwick.example', callValue: 'mara.quist@fenwicktools.example', record: { kind: 'contact', id: 'ct-1' } },
      evidence: [{ speaker: 'customer', startSec: 5, quote: 'My new email address is mara.quist@fenwicktools.example.' }],
    });
    // The rep's own number is not the customer's: no phone finding.
    expect((await findings()).some((d) => d.finding?.field === 'phone')).toBe(false);
    expect((await crm.snapshot()).contacts[0]!.email).toBe(MARA.email);

    await decide({ decisions: [{ id: 'hygiene-email', decision: 'approve' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect(data.contacts[0]!.email).toBe('mara.quist@fenwicktools.example');
    expect(data.fieldChanges).toHaveLength(1);
    expect((await findings()).find((d) => d.id === 'hygiene-email')).toMatchObject({ state: 'approved', applied: { result: "contact ct-1's e-mail set to mara.quist@fenwicktools.example" } });
  });

  it('a reviewer may correct the value before it is written; a rejected fix writes nothing', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } }, [
      ['customer', "Also, I've been promoted to head of operations, so loop me in on pricing."],
      ['customer', 'My cell is 415 555 0177 if the desk line is busy.'],
    ]);
    await sync({ callId: CALL_ID }, ports());
    await decide({ decisions: [{ id: 'hygiene-title', decision: 'approve', value: 'Head of Operations' }, { id: 'hygiene-phone', decision: 'reject', note: 'A second line, not a new one.' }] });
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect([data.contacts[0]!.title, data.contacts[0]!.phone]).toEqual(['Head of Operations', MARA.phone]);
    expect((await findings()).find((d) => d.id === 'hygiene-phone')).toMatchObject({ state: 'rejected', applied: { result: 'left as it is' } });
  });

  it('nothing is read from an unreliable transcript, and an e-mail spelled for someone else is not the customer’s', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } }, [['customer', 'My new email address is mara.quist@fenwicktools.example.']], insights(false));
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).filter((d) => d.finding?.type === 'field_contradicted')).toEqual([]);
    await temp.cleanup();
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    await setup(oneDeal(null), { customer: { phone: MARA.phone } }, [['customer', "Please copy our buyer; her email is tess.byrne@fenwicktools.example."]]);
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).filter((d) => d.finding?.type === 'field_contradicted')).toEqual([]);
  });

  it('a number that reads like a national id or a card is never proposed as the customer’s phone', async () => {
    for (const line of ['My new number is 219-09-9999, by the way.', 'You can reach me at 4012, 8888, 8888, 1881 from now on.']) {
      await temp.cleanup();
      temp = await makeTempDir();
      blobs = createFsBlobStore(temp.dir);
      await setup(oneDeal(null), { customer: { phone: MARA.phone } }, [['customer', line]]);
      await sync({ callId: CALL_ID }, ports());
      expect((await findings()).filter((d) => d.finding?.type === 'field_contradicted'), line).toEqual([]);
    }
  });

  it('a deal untouched for STALE_DEAL_DAYS before the call is a finding; a fresh one, or one the CRM gives no date for, is not', async () => {
    await setup(oneDeal('2026-09-01T00:00:00Z'), { customer: { phone: MARA.phone } });
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).find((d) => d.id === 'hygiene-stale-deal')).toMatchObject({
      state: 'pending', proposed: 'noted', finding: { type: 'deal_stale', record: { kind: 'deal', id: 'deal-1' }, crmValue: '2026-09-01T00:00:00Z' }, reason: expect.stringMatching(/^STALE_DEAL: .* 80 days/),
    });
    await decide({ decisions: [{ id: 'hygiene-stale-deal', decision: 'approve' }] }, { principal: 'priya@example.com', role: 'rep' as never });
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).find((d) => d.id === 'hygiene-stale-deal')).toMatchObject({ state: 'approved', applied: { result: 'noted; nothing written' } });
    expect((await crm.snapshot()).deals[0]!.updatedAt).toBe('2026-09-01T00:00:00Z');

    for (const updatedAt of ['2026-11-01T00:00:00Z', null]) {
      await temp.cleanup();
      temp = await makeTempDir();
      blobs = createFsBlobStore(temp.dir);
      await setup(oneDeal(updatedAt), { customer: { phone: MARA.phone } });
      await sync({ callId: CALL_ID }, ports());
      expect((await findings()).some((d) => d.id === 'hygiene-stale-deal')).toBe(false);
    }
  });

  it('a contact named with the call that has a duplicate, and several open deals, are findings with each record', async () => {
    const twin = { ...MARA, id: 'ct-2', email: 'm.quist@fenwick.example' };
    const deals = ['deal-1', 'deal-2'].map((id) => ({ id, name: id, stage: 'presentationscheduled' as const, contactIds: ['ct-1'], open: true }));
    await setup({ contacts: [MARA, twin], deals }, { customer: { phone: MARA.phone }, crm: { contactId: 'ct-1', dealId: 'deal-1' } });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    const found = await findings();
    expect(found.find((d) => d.id === 'hygiene-duplicate-contacts')).toMatchObject({ finding: { type: 'duplicate_contacts' }, options: [{ value: 'ct-1' }, { value: 'ct-2' }] });
    expect(found.find((d) => d.id === 'hygiene-duplicate-deals')).toMatchObject({ finding: { type: 'duplicate_deals' }, options: [{ value: 'deal-2' }, { value: 'deal-1' }] });
  });

  it('an action item with no due date asks its owner for one; the date given goes onto the task once', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } });
    await sync({ callId: CALL_ID }, ports());
    const [due] = (await findings()).filter((d) => d.finding?.type === 'due_date_missing');
    expect(due).toMatchObject({ proposed: null, reason: expect.stringMatching(/^DUE_DATE_MISSING: "Follow up on the pilot"/), finding: { record: { kind: 'task' } } });
    await expect(decide({ decisions: [{ id: due!.id, decision: 'approve' }] }, { principal: 'priya@example.com', role: 'rep' as never })).rejects.toMatchObject({ code: 'VALUE_REQUIRED' });
    await expect(decide({ decisions: [{ id: due!.id, decision: 'approve', value: 'later' }] })).rejects.toMatchObject({ code: 'DUE_DATE_INVALID' });
    await decide({ decisions: [{ id: due!.id, decision: 'approve', value: '2026-11-27' }] }, { principal: 'priya@example.com', role: 'rep' as never });
    await sync({ callId: CALL_ID }, ports());
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect(data.tasks.map((t) => [t.subject, t.dueDate])).toEqual([['Send the price sheet', '2026-11-23'], ['Follow up on the pilot', '2026-11-27']]);
    expect(data.fieldChanges.filter((f) => f.field === 'dueDate')).toHaveLength(1);
    // crm.json says what the task now holds, so a later correction of the item knows its date.
    expect((await record()).tasks[1]!.written).toEqual({ text: 'Follow up on the pilot', owner: 'rep', dueDate: '2026-11-27' });
  });

  it('a date given for a task deleted in the CRM since is noted with nothing written, and the call is done', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } });
    await sync({ callId: CALL_ID }, ports());
    const [due] = (await findings()).filter((d) => d.finding?.type === 'due_date_missing');
    // Someone deletes the task in the CRM.
    const file = join(temp.dir, 'crm', 'local-crm.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { tasks: { id: string }[] };
    await writeFile(file, JSON.stringify({ ...data, tasks: data.tasks.filter((t) => t.id !== due!.finding!.record!.id) }));
    await decide({ decisions: [{ id: due!.id, decision: 'approve', value: '2026-11-27' }] });
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    expect((await findings()).find((d) => d.id === due!.id)).toMatchObject({ state: 'approved', applied: { result: expect.stringMatching(/no longer in the CRM/), wrote: null } });
    expect((await crm.snapshot()).fieldChanges).toEqual([]);
  });

  it('a rep may not change a contact field; a manager may', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } }, [['customer', 'You can reach me at 415 555 0199 from now on.']]);
    await sync({ callId: CALL_ID }, ports());
    await expect(decide({ decisions: [{ id: 'hygiene-phone', decision: 'approve' }] }, { principal: 'priya@example.com', role: 'rep' as never })).rejects.toMatchObject({ code: 'AUTH_FORBIDDEN' });
    await decide({ decisions: [{ id: 'hygiene-phone', decision: 'approve' }] });
    await sync({ callId: CALL_ID }, ports());
    expect((await crm.snapshot()).contacts[0]!.phone).toBe('4155550199');
  });

  it('a due date given by correcting the item on the call page goes onto the CRM task once, by whoever corrected it', async () => {
    await setup(oneDeal(null), { customer: { phone: MARA.phone } });
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).find((d) => d.finding?.type === 'due_date_missing')).toMatchObject({ state: 'pending' });
    // What review-actions correct() does with an action item's due date: the insights, an alias on the task, the audit.
    const ins = (await getJson(blobs, callKeys.insights(CALL_ID), (raw) => raw as Insights))!;
    const item = ins.actionItems[1]!;
    const before = { text: item.text, owner: item.owner, dueDate: item.dueDate };
    const after = { ...before, dueDate: '2026-11-27' };
    Object.assign(item, after);
    await putJson(blobs, callKeys.insights(CALL_ID), ins);
    const r = await record();
    r.tasks.find((t) => t.key === taskKey(CALL_ID, before))!.aliases.push(taskKey(CALL_ID, after));
    r.review.audit.push({ at: '2026-11-20T11:00:00Z', by: 'priya@example.com', action: 'correct', target: 'insights.actionItems[1]', before, after, note: null });
    r.callLog!.stale = true;
    await putJson(blobs, callKeys.crm(CALL_ID), r);
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect(data.tasks.map((t) => [t.subject, t.dueDate])).toEqual([['Send the price sheet', '2026-11-23'], ['Follow up on the pilot', '2026-11-27']]);
    expect(data.fieldChanges.filter((f) => f.field === 'dueDate')).toHaveLength(1);
    expect((await findings()).find((d) => d.finding?.type === 'due_date_missing')).toMatchObject({
      state: 'approved',
      value: '2026-11-27',
      decidedBy: 'priya@example.com',
      applied: { wrote: { kind: 'task', change: 'due date set to 2026-11-27' } },
    });
  });
});
