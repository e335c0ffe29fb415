import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call, StepName } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const auth = (k: { key: string }) => ({ authorization: `Bearer ${k.key}` });
const CALL = `c_${'5a'.repeat(12)}`;

const call = (): Call => ({
  schemaVersion: 1, id: CALL, status: 'syncing', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  meta: { startedAt: '2026-11-20T09:00:00Z', rep: { email: 'priya@example.com' }, customer: { name: 'Ada', phone: '+14155550101' } },
  recording: { key: `calls/${CALL}/original.wav`, filename: 'a.wav', contentType: 'audio/wav', bytes: 16, sha256: '0'.repeat(64) },
  audio: { durationSec: 64, channels: 1, sampleRate: 16000, codec: 'pcm', tracks: [] }, steps: [], engines: { transcriber: null, extractor: null, crm: null },
  disposition: 'conversation', review: null, error: null, cost: { audioSeconds: 64, estimatedUsd: 0 }, uploadedBy: null,
});
const insights: Insights = {
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'The buyer wants the contract.', keyPoints: [],
  actionItems: [{ text: 'Send the order form', owner: 'rep', dueDate: '2026-11-24', evidence: [{ quote: 'I will send the order form', speaker: 'rep', startSec: 12 }] }],
  dealStage: { current: 'presentationscheduled', proposed: 'contractsent', confidence: 0.9, rationale: 'r', evidence: [{ quote: 'send over the contract', speaker: 'customer', startSec: 31.5 }] },
  followUpEmail: null, redactions: [], warnings: [],
};

/**
 * Undoing an approved deal-stage move, through the real app (API and page), with call records in the embedded S3
 * server, the call index in PGlite and the local CRM; what the app queues is run by the real sync step.
 */
describe('undo a deal-stage move', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: BlobStore;
  let crm: LocalCrm;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let queued: [StepName, string][];
  const ports = () => ({ blobs, crm, logger: silentLogger, clock: () => new Date(), onCallChanged: review.reindexCall, policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } }) as unknown as PipelinePorts;
  /** What the sync worker does with the jobs the app queued. */
  const runQueuedSync = async () => {
    for (const [step, callId] of queued.splice(0)) if (step === 'sync') await runStep({ step, callId, attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId }, ports()));
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), []);
    const store = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `undo-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await store.ensureBucket();
    blobs = store;
    queued = [];
    // The contact has two open deals: the call waits for a person to choose one.
    crm = createLocalCrm({
      dataDir: temp.dir,
      seed: {
        contacts: [{ id: 'ct-1', name: 'Ada', email: null, phone: '+14155550101', company: null }],
        deals: ['deal-1', 'deal-2'].map((id) => ({ id, name: id, stage: 'presentationscheduled' as const, contactIds: ['ct-1'], open: true })),
      },
    });
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review, crm, blobs, enqueue: async (step, callId) => void queued.push([step, callId]), apiKeys: [MANAGER, PRIYA],
      maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
    });
    await saveCall(blobs, call());
    await putJson(blobs, callKeys.insights(CALL), insights);
    await runStep({ step: 'sync', callId: CALL, attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId: CALL }, ports()));
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await s3.stop();
    await temp.cleanup();
  });

  const get = (url: string, key = MANAGER) => app.inject({ method: 'GET', url, headers: auth(key) });
  const post = (url: string, body: unknown, key = MANAGER, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, headers: { ...auth(key), 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  const undo = (body: unknown = {}, key = MANAGER, headers: Record<string, string> = {}) => post(`/v1/calls/${CALL}/review/deal-stage/undo`, body, key, headers);
  const decide = async (decisions: unknown[]) => {
    expect((await post(`/v1/calls/${CALL}/review`, { decisions })).statusCode).toBe(200);
    await runQueuedSync();
  };
  const dealStage = async (id = 'deal-1') => (await crm.snapshot()).deals.find((d) => d.id === id)!.stage;
  const stageDecision = async () => (await get(`/v1/calls/${CALL}`)).json().review.find((d: { id: string }) => d.id === 'deal-stage');
  const errorOf = (res: { statusCode: number; json(): { error: { code: string; message: string } } }) => [res.statusCode, res.json().error.code];

  /** Approves the move (and the deal), so sync writes it: deal-1 moves from presentation scheduled to contract sent. */
  const moveApplied = async () => {
    await decide([{ id: 'deal-stage', decision: 'approve' }, { id: 'deal', decision: 'approve', value: 'deal-1' }]);
    expect(await dealStage()).toBe('contractsent');
  };

  it('API: refused before the move is approved or written and for a rep; a manager’s undo moves the deal back, once', async () => {
    const pending = await undo();
    expect(errorOf(pending)).toEqual([409, 'UNDO_NOT_POSSIBLE']);
    expect(pending.json().error.message).toMatch(/has not been approved/);

    // Approved, but waiting for the deal to be chosen: not written yet.
    await decide([{ id: 'deal-stage', decision: 'approve' }]);
    expect((await stageDecision())).toMatchObject({ state: 'approved', applied: null });
    expect(errorOf(await undo())).toEqual([409, 'UNDO_NOT_YET_APPLIED']);

    await decide([{ id: 'deal', decision: 'approve', value: 'deal-1' }]);
    expect(await dealStage()).toBe('contractsent');
    expect((await get(`/v1/calls/${CALL}`, PRIYA)).json().can.undoStage).toBe(false);
    expect(errorOf(await undo({}, PRIYA))).toEqual([403, 'AUTH_FORBIDDEN']);
    expect(errorOf(await undo({}, MANAGER, { 'if-match': '"an-older-version"' }))).toEqual([412, 'PRECONDITION_FAILED']);
    expect(errorOf(await undo({ stage: 'closedwon' }))).toEqual([400, 'BODY_INVALID']);

    const before = await get(`/v1/calls/${CALL}`);
    expect(before.json().can.undoStage).toBe(true);
    const asked = await undo({ note: 'Approved on the wrong call; card 4111 1111 1111 1111 given.' }, MANAGER, { 'if-match': before.headers.etag as string });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().status).toBe('syncing');
    expect(asked.json().review.find((d: { id: string }) => d.id === 'deal-stage').undo).toMatchObject({ requestedBy: 'lee@example.com', note: 'Approved on the wrong call; card [REDACTED CARD] given.', applied: null });
    expect(asked.json().audit.at(-1)).toMatchObject({ by: 'lee@example.com', action: 'undo', target: 'deal-stage', before: 'contractsent', after: 'presentationscheduled', note: 'Approved on the wrong call; card [REDACTED CARD] given.' });
    expect(queued).toEqual([['sync', CALL]]);
    expect(await dealStage()).toBe('contractsent');

    await runQueuedSync();
    expect(await dealStage()).toBe('presentationscheduled');
    expect(await dealStage('deal-2')).toBe('presentationscheduled');
    const view = (await get(`/v1/calls/${CALL}`)).json();
    expect(view.call.status).toBe('done');
    expect(view.can.undoStage).toBe(false);
    expect(view.review.find((d: { id: string }) => d.id === 'deal-stage').undo.applied).toMatchObject({ result: 'deal deal-1 moved back to presentationscheduled', wrote: { kind: 'deal', id: 'deal-1' } });

    const again = await undo();
    expect(errorOf(again)).toEqual([409, 'UNDO_ALREADY_REQUESTED']);
    expect(again.json().error.message).toMatch(/already undone/);
    // Another sync (a retry, a later decision) writes nothing more.
    await runStep({ step: 'sync', callId: CALL, attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId: CALL }, ports()));
    expect((await crm.snapshot()).stageChanges.map((c) => [c.dealId, c.from, c.to])).toEqual([
      ['deal-1', 'presentationscheduled', 'contractsent'],
      ['deal-1', 'contractsent', 'presentationscheduled'],
    ]);
  });

  it('page: the form is a manager’s; posting it redirects with the notice, and the decision says what was done', async () => {
    await moveApplied();
    const page = (await get(`/calls/${CALL}`)).body;
    expect(page).toContain(`action="/calls/${CALL}/stage-undo"`);
    expect(page).toMatch(/<button type="submit"[^>]*>Move the deal back to Presentation scheduled<\/button>/);
    expect(page).toMatch(/<label for="dec-\d+-undo-note">Why \(optional\)<\/label>/);
    expect((await get(`/calls/${CALL}`, PRIYA)).body).not.toContain('stage-undo');

    const etag = (await get(`/v1/calls/${CALL}`)).headers.etag as string;
    const form = (fields: Record<string, string>, key = MANAGER) =>
      app.inject({ method: 'POST', url: `/calls/${CALL}/stage-undo`, headers: { ...auth(key), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
    const byRep = await form({ etag }, PRIYA);
    expect([byRep.statusCode, byRep.headers.location]).toEqual([303, `/calls/${CALL}?e=AUTH_FORBIDDEN`]);

    const sent = await form({ etag, note: 'Wrong call.' });
    expect([sent.statusCode, sent.headers.location]).toEqual([303, `/calls/${CALL}?m=stage-undone#done`]);
    await runQueuedSync();
    const after = (await get(`/calls/${CALL}?m=stage-undone`)).body;
    expect(after).toContain('Undo recorded; the deal is being moved back in the CRM.');
    expect(after).toMatch(/Moved back to <strong>Presentation scheduled<\/strong> on <time[^>]*>[^<]*<\/time> by <strong>lee@example.com<\/strong>\./);
    expect(after).not.toContain('stage-undo-form');
    expect(await dealStage()).toBe('presentationscheduled');
  });

  it('the call list shows the move undone, and manual entry saved stops counting it (the undo counts as a correction)', async () => {
    await moveApplied();
    const listed = async () => (await get('/v1/calls')).json().calls.find((c: { id: string }) => c.id === CALL).stageDecision;
    const report = async () => (await get('/v1/reports/time-saved?from=2026-11-16&to=2026-11-22')).json().totals;
    expect(await listed()).toEqual({ state: 'approved', stage: 'contractsent' });
    const moved = await report();
    expect((await get('/')).body).toContain('Contract sent <span class="hint">(approved)</span>');

    expect((await undo()).statusCode).toBe(200);
    await runQueuedSync();
    expect(await dealStage()).toBe('presentationscheduled');
    expect(await listed()).toEqual({ state: 'undone', stage: 'contractsent' });
    const list = (await get('/')).body;
    expect(list).toContain('Contract sent <span class="hint">(approved, then undone: the deal was moved back)</span>');
    expect(list).not.toContain('(approved)</span>');
    const undone = await report();
    expect([undone.itemsWritten, undone.corrections]).toEqual([moved.itemsWritten - 1, moved.corrections + 1]);
    expect(undone.netMinutesSaved).toBeLessThan(moved.netMinutesSaved);
  });

  it('a deal someone moved since is left where they put it, and the page says why nothing was written', async () => {
    await moveApplied();
    expect((await undo()).statusCode).toBe(200);
    await crm.updateDealStage('deal-1', 'closedlost', 'someone-in-the-crm');
    await runQueuedSync();
    expect(await dealStage()).toBe('closedlost');
    const page = (await get(`/calls/${CALL}`)).body;
    expect(page).toMatch(/Not moved back to Presentation scheduled \(asked by <strong>lee@example.com<\/strong> on <time[^>]*>[^<]*<\/time>\): deal deal-1 is at Closed lost now, not at Contract sent where callscribe left it: someone moved it since/);
  });
});
