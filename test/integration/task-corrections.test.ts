import { AppError } from '../../src/errors/app-error.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createLocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { findCall, saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { startHubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = 'priya@example.com';
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', REP);
const CALL_ID = 'c_000000000000000000000fc3';
const ELENA = { name: 'Elena Novak', phone: '+442079460321' };

/** A CRM with Elena on an open deal, and how to read back its tasks and count its task writes. */
interface Crm {
  adapter: CrmAdapter;
  tasks(): Promise<{ id: string; subject: string; dueDate: string | null; forWhom: string }[]>;
  /** Writes to tasks so far (created or changed). */
  taskWrites(): Promise<number>;
  close(): Promise<void>;
}

const crms: Record<string, (dir: string) => Promise<Crm>> = {
  local: async (dir) => {
    const seed = {
      contacts: [{ id: 'contact-1', ...ELENA, email: null, company: 'Brightline' }],
      deals: [{ id: 'deal-1', name: 'Pilot', stage: 'decisionmakerboughtin' as const, contactIds: ['contact-1'], open: true }],
    };
    const crm = createLocalCrm({ dataDir: dir, seed });
    return {
      adapter: crm,
      tasks: async () => (await crm.snapshot()).tasks.map((t) => ({ id: t.id, subject: t.subject, dueDate: t.dueDate, forWhom: t.owner })),
      taskWrites: async () => {
        const data = await crm.snapshot();
        // One update changing several fields is one field change each, keyed `<key>:<field>`.
        const updates = new Set(data.fieldChanges.filter((f) => data.tasks.some((t) => t.id === f.recordId)).map((f) => f.idempotencyKey.replace(/:[a-zA-Z]+$/, '')));
        return data.tasks.length + updates.size;
      },
      close: async () => undefined,
    };
  },
  hubspot: async () => {
    const fake = await startHubSpotFake({ limits: false });
    fake.seed({ owners: [{ id: '9001', email: REP, firstName: 'Priya', lastName: 'Raman' }] });
    const { contacts } = fake.seed({ contacts: [{ firstname: 'Elena', lastname: 'Novak', phone: ELENA.phone }] });
    fake.seed({ deals: [{ dealname: 'Pilot', dealstage: 'decisionmakerboughtin', contactIds: [contacts[0]!] }] });
    return {
      adapter: createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchPerSecond: 5 }),
      tasks: async () =>
        fake.objects('tasks').map((t) => ({ id: t.id, subject: t.properties.hs_task_subject ?? '', dueDate: t.properties.hs_timestamp?.slice(0, 10) ?? null, forWhom: t.properties.hs_task_body ?? '' })),
      taskWrites: async () => fake.requests.filter((r) => r.method !== 'GET' && /^\/crm\/v3\/objects\/tasks(\/\d+)?$/.test(r.path)).length,
      close: () => fake.close(),
    };
  },
};

const insights: Insights = {
  schemaVersion: 1,
  engine: 'rules',
  model: null,
  promptVersion: null,
  summary: 'Elena approved the proposal; Priya sends the contract.',
  keyPoints: [],
  actionItems: [
    { text: 'Send the contract', owner: 'rep', dueDate: '2026-11-20', evidence: [{ quote: 'I will send the contract', speaker: 'rep', startSec: 5 }] },
    { text: "Share the signer's name", owner: 'customer', dueDate: '2026-11-19', evidence: [{ quote: 'I will tell you who signs', speaker: 'customer', startSec: 9 }] },
  ],
  dealStage: { current: 'decisionmakerboughtin', proposed: null, confidence: 0.9, rationale: 'r', evidence: [] },
  followUpEmail: null,
  redactions: [],
  warnings: [],
};

describe.each(Object.keys(crms))('a corrected action item reaches its task in the CRM (%s)', (name) => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: Crm;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let queued: [StepName, string][];
  const ports = (adapter: CrmAdapter = crm.adapter) =>
    ({ blobs, crm: adapter, logger: silentLogger, clock: () => new Date(), onCallChanged: review.reindexCall, policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } }) as unknown as PipelinePorts;
  const runSync = (adapter?: CrmAdapter) => runStep({ step: 'sync', callId: CALL_ID, attempt: 1, isLastAttempt: false }, ports(adapter), () => sync({ callId: CALL_ID }, ports(adapter)));
  /** What the sync worker does with the jobs the API queued. */
  const runQueuedSync = async (adapter?: CrmAdapter) => {
    for (const [step] of queued.splice(0)) if (step === 'sync') await runSync(adapter);
  };
  const correct = (body: unknown) =>
    app.inject({ method: 'PATCH', url: `/v1/calls/${CALL_ID}/insights`, headers: { authorization: `Bearer ${PRIYA.key}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  const record = async () => (await getJson(blobs, callKeys.crm(CALL_ID), (raw) => CrmRecord.parse(raw)))!;
  const taskApplies = async () => (await record()).review.audit.filter((a) => a.action === 'apply' && a.target.startsWith('task:'));

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    crm = await crms[name]!(temp.dir);
    review = await reviewDeps(blobs);
    queued = [];
    app = await buildApp({
      ...review, crm: crm.adapter, blobs, enqueue: async (step, callId) => void queued.push([step, callId]), apiKeys: [PRIYA],
      maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
    });
    await saveCall(blobs, syntheticCall(CALL_ID, { status: 'syncing', meta: { direction: 'outbound', startedAt: '2026-11-17T14:00:00Z', rep: { email: REP }, customer: ELENA } }));
    await putJson(blobs, callKeys.insights(CALL_ID), insights);
    await runSync();
    expect((await findCall(blobs, CALL_ID))!.status).toBe('done');
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await crm.close();
    await temp.cleanup();
  });

  it('the next sync updates the task in place, once; a second sync writes nothing', async () => {
    const [sendTask, signerTask] = await crm.tasks();
    expect(signerTask!.forWhom).toMatch(/customer/);
    const res = await correct({ actionItems: [{ index: 0, text: 'Send the signed contract to legal', dueDate: '2026-11-27' }, { index: 1, owner: 'rep' }] });
    expect(res.statusCode).toBe(200);
    const writes = await crm.taskWrites();
    await runQueuedSync();
    const tasks = await crm.tasks();
    expect(tasks).toMatchObject([
      { id: sendTask!.id, subject: 'Send the signed contract to legal', dueDate: '2026-11-27' },
      { id: signerTask!.id, subject: "Share the signer's name", dueDate: '2026-11-19' },
    ]);
    expect(tasks[1]!.forWhom).not.toMatch(/customer/);
    expect(await crm.taskWrites()).toBe(writes + 2);
    const r = await record();
    expect(r.tasks.map((t) => [t.subject, t.written, t.correction])).toEqual([
      ['Send the signed contract to legal', { text: 'Send the signed contract to legal', owner: 'rep', dueDate: '2026-11-27' }, null],
      ["Share the signer's name", { text: "Share the signer's name", owner: 'rep', dueDate: '2026-11-19' }, null],
    ]);
    expect(await taskApplies()).toMatchObject([
      { by: 'sync', target: `task:${sendTask!.id}`, before: { text: 'Send the contract', dueDate: '2026-11-20' }, after: { text: 'Send the signed contract to legal', dueDate: '2026-11-27' }, note: null },
      { by: 'sync', target: `task:${signerTask!.id}`, before: { owner: 'customer' }, after: { owner: 'rep' }, note: null },
    ]);
    expect((await findCall(blobs, CALL_ID))!.status).toBe('done');

    // A later sync (another correction, a retry) finds nothing left to write.
    await runSync();
    expect(await crm.taskWrites()).toBe(writes + 2);
    expect(await crm.tasks()).toEqual(tasks);
    expect(await taskApplies()).toHaveLength(2);
  });

  it('a sync that stopped after the CRM write, before crm.json was saved, writes the task no second time when run again', async () => {
    const [sendTask] = await crm.tasks();
    await correct({ actionItems: [{ index: 0, text: 'Send the signed contract to legal', dueDate: '2026-11-27' }] });
    const writes = await crm.taskWrites();
    // The update reaches the CRM, then the process dies before it records it.
    const dying: CrmAdapter = {
      ...crm.adapter,
      updateTask: async (...args) => {
        await crm.adapter.updateTask(...args);
        throw new Error('worker killed');
      },
    };
    await expect(runQueuedSync(dying)).rejects.toThrow();
    expect((await record()).tasks[0]!.correction).toMatchObject({ text: 'Send the signed contract to legal' });
    expect(await crm.taskWrites()).toBe(writes + 1);
    await runSync();
    expect(await crm.taskWrites()).toBe(writes + 1);
    expect(await crm.tasks()).toMatchObject([{ id: sendTask!.id, subject: 'Send the signed contract to legal', dueDate: '2026-11-27' }, { subject: "Share the signer's name" }]);
    expect(await taskApplies()).toMatchObject([{ target: `task:${sendTask!.id}`, after: { text: 'Send the signed contract to legal' }, note: 'the CRM task already held these values' }]);
    expect((await record()).tasks[0]).toMatchObject({ written: { dueDate: '2026-11-27' }, correction: null });
  });

  it('a correction writes only what it changed: a due date a CRM user set on the task since stays', async () => {
    const [sendTask] = await crm.tasks();
    // Someone reschedules the task in the CRM.
    expect(await crm.adapter.updateTask(sendTask!.id, { dueDate: '2026-12-01' }, 'crm-user')).toEqual({ changed: true });
    await correct({ actionItems: [{ index: 0, text: 'Send the signed contract' }] });
    await runQueuedSync();
    expect((await crm.tasks())[0]).toMatchObject({ id: sendTask!.id, subject: 'Send the signed contract', dueDate: '2026-12-01' });
    expect((await record()).tasks[0]).toMatchObject({ written: { text: 'Send the signed contract', dueDate: '2026-11-20' }, correction: null });
  });

  it("a due date removed by a correction stays on the task (a CRM task's date is never cleared); a task deleted in the CRM is noted, not failed", async () => {
    await correct({ actionItems: [{ index: 0, dueDate: null }] });
    const writes = await crm.taskWrites();
    await runQueuedSync();
    expect(await crm.taskWrites()).toBe(writes);
    expect((await crm.tasks())[0]).toMatchObject({ subject: 'Send the contract', dueDate: '2026-11-20' });
    expect(await taskApplies()).toEqual([]);
    expect((await record()).tasks[0]).toMatchObject({ written: { dueDate: '2026-11-20' }, correction: null });

    const gone: CrmAdapter = { ...crm.adapter, updateTask: async () => null };
    await correct({ actionItems: [{ index: 1, text: 'Share the name of the person who signs' }] });
    await runQueuedSync(gone);
    expect((await findCall(blobs, CALL_ID))!.status).toBe('done');
    expect(await taskApplies()).toMatchObject([{ after: null, note: expect.stringMatching(/no longer in the CRM/) }]);
    expect((await record()).tasks[1]).toMatchObject({ subject: "Share the signer's name", correction: null });

    // A task the integration user may not edit (a 403 the client found to be the record's) is noted too: the call is done, no other call's sync waits.
    const refused: CrmAdapter = { ...crm.adapter, updateTask: async () => { throw new AppError('CRM_FORBIDDEN', 'You do not have permission to edit this activity.', { status: 403, kind: 'forbidden' }); } };
    await correct({ actionItems: [{ index: 0, text: 'Send the signed contract' }] });
    await runQueuedSync(refused);
    expect((await findCall(blobs, CALL_ID))!.status).toBe('done');
    expect((await taskApplies()).at(-1)).toMatchObject({ after: null, note: expect.stringMatching(/refused to change this task \(403/) });
    expect((await record()).tasks[0]).toMatchObject({ correction: null });
  });
});
