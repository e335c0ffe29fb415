import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call, StepName } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { findCall, saveCall, updateCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runStep } from '../../src/pipeline/run-step.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const MANAGER2 = apiKey('manager', 'mgr2-Key-0123456789abcdef', 'kai@example.com');
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const SAM = apiKey('rep', 'sam-Key-0123456789abcdef', 'sam@example.com');
const auth = (k: { key: string }) => ({ authorization: `Bearer ${k.key}` });

const id = (n: number) => `c_${String(n).padStart(24, '0')}`;
const call = (n: number, repEmail: string, customerPhone: string, summaryDay: number): Call => ({
  schemaVersion: 1, id: id(n), status: 'syncing', createdAt: `2026-11-${String(summaryDay).padStart(2, '0')}T10:00:00.000Z`, updatedAt: '2026-11-20T10:00:00.000Z',
  meta: { startedAt: `2026-11-${String(summaryDay).padStart(2, '0')}T09:00:00Z`, rep: { email: repEmail }, customer: { name: `Customer ${n}`, phone: customerPhone } },
  recording: { key: `calls/${id(n)}/original.wav`, filename: 'a.wav', contentType: 'audio/wav', bytes: 16, sha256: '0'.repeat(64) },
  audio: { durationSec: 64, channels: 1, sampleRate: 16000, codec: 'pcm', tracks: [] }, steps: [], engines: { transcriber: null, extractor: null, crm: null },
  disposition: 'conversation', review: null, error: null, cost: { audioSeconds: 64, estimatedUsd: 0 }, uploadedBy: null,
});
const insights = (summary: string): Insights => ({
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary, keyPoints: ['Budget approved'],
  actionItems: [{ text: 'Send the order form', owner: 'rep', dueDate: null, evidence: [{ quote: 'I will send the order form', speaker: 'rep', startSec: 12 }] }],
  dealStage: { current: 'presentationscheduled', proposed: 'contractsent', confidence: 0.9, rationale: 'r', evidence: [{ quote: 'send over the contract', speaker: 'customer', startSec: 31.5 }] },
  followUpEmail: null, redactions: [], warnings: [],
});

// The same tests on the embedded index (PGlite) and on a real PostgreSQL server (DATABASE_URL).
describe.each(['PGlite', 'PostgreSQL server'])('review API on %s: list, read, decide, correct, retry, listen', (backend) => {
  let server: PostgresServer | null = null;
  let databaseUrl: string | undefined;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let queued: [StepName, string][];
  const ports = () => ({ blobs, crm, logger: silentLogger, clock: () => new Date(), onCallChanged: review.reindexCall, policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } }) as unknown as PipelinePorts;
  /** What the sync worker does with a queued job. */
  const runQueuedSync = async () => {
    for (const [step, callId] of queued.splice(0)) if (step === 'sync') await runStep({ step, callId, attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId }, ports()));
  };

  beforeAll(async () => {
    if (backend !== 'PGlite') server = await startPostgresServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    queued = [];
    databaseUrl = server ? await server.createDatabase() : undefined;
    crm = createLocalCrm({
      dataDir: temp.dir,
      seed: {
        contacts: [1, 2, 3, 4].map((n) => ({ id: `ct-${n}`, name: `Customer ${n}`, email: null, phone: `+1415555010${n}`, company: null })),
        deals: [1, 2, 3].map((n) => ({ id: `deal-${n}`, name: `Deal ${n}`, stage: 'presentationscheduled' as const, contactIds: [`ct-${n}`], open: true })),
      },
    });
    review = await reviewDeps(blobs, databaseUrl);
    app = await buildApp({
      ...review, crm, blobs, enqueue: async (step, callId) => void queued.push([step, callId]), apiKeys: [MANAGER, MANAGER2, PRIYA, SAM],
      maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
    });
    const seeds: [number, string, string][] = [
      [1, 'priya@example.com', 'Pricing was discussed; the buyer wants the annual plan.'],
      [2, 'priya@example.com', 'Onboarding questions about single sign-on.'],
      [3, 'sam@example.com', 'The buyer asked for a discount on pricing tiers.'],
    ];
    for (const [n, rep, summary] of seeds) {
      await saveCall(blobs, call(n, rep, `+1415555010${n}`, 10 + n));
      await putJson(blobs, callKeys.insights(id(n)), insights(summary));
      await blobs.put(`calls/${id(n)}/original.wav`, Buffer.from('RIFF0123WAVEdata'));
      await runStep({ step: 'sync', callId: id(n), attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId: id(n) }, ports()));
    }
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    if (server && databaseUrl) await server.dropDatabase(databaseUrl);
    await temp.cleanup();
  });

  const get = (url: string, key = MANAGER, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { ...auth(key), ...headers } });
  const decide = (n: number, body: unknown, key = MANAGER, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/v1/calls/${id(n)}/review`, headers: { ...auth(key), 'content-type': 'application/json', ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  it('lists calls newest first with filters and search; a rep sees only their own', async () => {
    const all = (await get('/v1/calls')).json();
    expect(all.calls.map((c: { id: string }) => c.id)).toEqual([id(3), id(2), id(1)]);
    expect(all.calls[0]).toMatchObject({ status: 'needs_review', rep: { email: 'sam@example.com' }, customer: { name: 'Customer 3' }, durationSec: 64, proposedStage: 'contractsent', pendingDecisions: 2 });
    // Every pending decision counts: the stage and the hygiene finding asking the order form's due date.
    expect(all.pendingReview).toBe(3);
    expect((await get('/v1/calls?q=price')).json().calls.map((c: { id: string }) => c.id).sort()).toEqual([id(1), id(3)]);
    expect((await get('/v1/calls?rep=priya@example.com&limit=1')).json()).toMatchObject({ calls: [{ id: id(2) }], nextCursor: expect.any(String) });
    expect((await get('/v1/calls?from=2026-11-12&to=2026-11-12')).json().calls.map((c: { id: string }) => c.id)).toEqual([id(2)]);
    const mine = (await get('/v1/calls', PRIYA)).json();
    expect(mine.calls.map((c: { id: string }) => c.id)).toEqual([id(2), id(1)]);
    expect(mine.pendingReview).toBe(2);
    expect((await get('/v1/calls?limit=500')).json().error.code).toBe('QUERY_INVALID');
    expect((await get('/v1/calls?cursor=nonsense')).json().error.code).toBe('CURSOR_INVALID');
  });

  it('reads one call with its review, audit and an ETag; a rep cannot read another rep’s call', async () => {
    const res = await get(`/v1/calls/${id(1)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    // The order form came with no due date: a hygiene finding asks the rep for one, beside the stage.
    expect(res.json()).toMatchObject({
      call: { id: id(1) },
      review: [{ id: 'deal-stage', state: 'pending', evidence: [{ startSec: 31.5 }] }, { kind: 'crm_hygiene', state: 'pending', finding: { type: 'due_date_missing', record: { kind: 'task' } } }],
      audit: [],
      links: expect.any(Array),
    });
    expect((await get(`/v1/calls/${id(1)}`, MANAGER, { 'if-none-match': res.headers.etag as string })).statusCode).toBe(304);
    expect((await get(`/v1/calls/${id(3)}`, PRIYA)).json()).toMatchObject({ error: { code: 'CALL_FORBIDDEN' } });
    expect((await get(`/v1/calls/${id(3)}`, PRIYA)).statusCode).toBe(403);
    expect((await get(`/v1/calls/${id(9)}`)).statusCode).toBe(404);
  });

  it('an approval is recorded with who and why, queues sync, and the stage reaches the CRM once', async () => {
    const etag = (await get(`/v1/calls/${id(1)}`)).headers.etag as string;
    const res = await decide(1, { decisions: [{ id: 'deal-stage', decision: 'approve', note: 'Confirmed on the call.' }] }, MANAGER, { 'if-match': etag });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'syncing', review: [{ state: 'approved', decidedBy: 'lee@example.com', note: 'Confirmed on the call.' }, { kind: 'crm_hygiene', state: 'pending' }], audit: [{ action: 'approve', by: 'lee@example.com' }] });
    expect(queued).toEqual([['sync', id(1)]]);
    await runQueuedSync();
    expect((await findCall(blobs, id(1)))!.status).toBe('done');
    expect((await crm.snapshot()).deals.find((d) => d.id === 'deal-1')!.stage).toBe('contractsent');
    // crm.json keeps what was changed in the CRM, for the erasure answer.
    const stageDecision = (await getJson(blobs, callKeys.crm(id(1)), (raw) => CrmRecord.parse(raw)))!.review.decisions.find((d) => d.kind === 'deal_stage');
    expect(stageDecision?.applied?.wrote).toEqual({ kind: 'deal', id: 'deal-1', change: 'stage moved to contractsent' });
    const again = await decide(1, { decisions: [{ id: 'deal-stage', decision: 'reject' }] });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'REVIEW_NOT_PENDING']);
    // Done, but its due-date finding still waits: the call stays in the review queue, with it counted.
    const listed = (await get('/v1/calls?review=pending')).json();
    expect(listed.calls.map((c: { id: string }) => c.id)).toEqual([id(3), id(2), id(1)]);
    expect(listed.calls[2]).toMatchObject({ status: 'done', pendingDecisions: 1 });
  });

  it('two managers approving at once: one wins, the other is told it was decided; the CRM moves once', async () => {
    const body = { decisions: [{ id: 'deal-stage', decision: 'approve' }] };
    const [a, b] = await Promise.all([decide(2, body, MANAGER), decide(2, body, MANAGER2)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    await runQueuedSync();
    await runQueuedSync();
    const data = await crm.snapshot();
    expect(data.stageChanges.filter((s) => s.dealId === 'deal-2')).toHaveLength(1);
  });

  it('bad decisions change nothing and say why', async () => {
    const stored = async () => (await blobs.getBuffer(callKeys.crm(id(1))))!.toString('utf8');
    const before = await stored();
    const cases: [unknown, number, string][] = [
      [{ decisions: [{ id: 'nope', decision: 'approve' }] }, 422, 'DECISION_UNKNOWN'],
      [{ decisions: [{ id: 'deal-stage', decision: 'approve', value: 'signed' }] }, 422, 'STAGE_INVALID'],
      [{ decisions: [{ id: 'deal-stage', decision: 'maybe' }] }, 400, 'BODY_INVALID'],
      [{ decisions: [] }, 400, 'BODY_INVALID'],
      ['{not json', 400, 'FST_ERR_CTP_INVALID_JSON_BODY'],
      [{ decisions: [{ id: 'deal-stage', decision: 'approve', note: 'x'.repeat(70_000) }] }, 413, 'FST_ERR_CTP_BODY_TOO_LARGE'],
    ];
    for (const [body, status, code] of cases) {
      const res = await decide(1, body);
      expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
    }
    const form = await app.inject({ method: 'POST', url: `/v1/calls/${id(1)}/review`, headers: { ...auth(MANAGER), 'content-type': 'text/plain' }, payload: 'approve' });
    expect([form.statusCode, form.json().error.code]).toEqual([415, 'BODY_NOT_JSON']);
    expect((await decide(1, { decisions: [{ id: 'deal-stage', decision: 'approve' }] }, MANAGER, { 'if-match': '"stale"' })).statusCode).toBe(412);
    expect((await decide(3, { decisions: [{ id: 'deal-stage', decision: 'approve' }] }, PRIYA)).statusCode).toBe(403);
    // On her own call too: moving a deal is a manager's decision.
    const own = await decide(1, { decisions: [{ id: 'deal-stage', decision: 'approve', value: 'closedwon' }] }, PRIYA);
    expect([own.statusCode, own.json().error.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    // She may give her own item a due date (a hygiene finding), not move the deal.
    const due = (await get(`/v1/calls/${id(1)}`)).json().review[1].id;
    expect((await get(`/v1/calls/${id(1)}`, PRIYA)).json().can).toMatchObject({ review: true, decide: [due] });
    expect((await get(`/v1/calls/${id(1)}`)).json().can).toMatchObject({ review: true, decide: ['deal-stage', due] });
    await updateCall(blobs, id(1), (c) => void (c.status = 'extracting'), new Date());
    const busy = await decide(1, { decisions: [{ id: 'deal-stage', decision: 'approve' }] });
    expect([busy.statusCode, busy.json().error.code]).toEqual([409, 'CALL_BUSY']);
    expect(await stored()).toBe(before);
    expect(queued).toEqual([]);
    expect((await findCall(blobs, id(1)))!.status).toBe('extracting');
  });

  it('a rep corrects the summary of their own call: audited, and the call log in the CRM is updated in place', async () => {
    await decide(1, { decisions: [{ id: 'deal-stage', decision: 'reject' }] });
    await runQueuedSync();
    const patch = (body: unknown, key = PRIYA) => app.inject({ method: 'PATCH', url: `/v1/calls/${id(1)}/insights`, headers: { ...auth(key), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    expect((await patch({ actionItems: [{ index: 0, dueDate: 'soon' }] })).json().error.code).toBe('BODY_INVALID');
    expect((await patch({ actionItems: [{ index: 5, text: 'x' }] })).json().error.code).toBe('ITEM_UNKNOWN');
    expect((await patch({ summary: 'x' }, SAM)).statusCode).toBe(403);
    const res = await patch({ summary: 'The buyer chose the annual plan and asked for the order form.', actionItems: [{ index: 0, dueDate: '2026-11-25' }], note: 'Heard it again.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().audit.filter((a: { action: string }) => a.action === 'correct').map((a: { target: string; by: string }) => [a.target, a.by])).toEqual([
      ['insights.summary', 'priya@example.com'],
      ['insights.actionItems[0]', 'priya@example.com'],
    ]);
    await runQueuedSync();
    const data = await crm.snapshot();
    const log = data.callLogs.find((l) => l.contactId === 'ct-1')!;
    expect(log.body).toContain('The buyer chose the annual plan');
    expect(data.callLogs.filter((l) => l.contactId === 'ct-1')).toHaveLength(1);
    // The task was already written: the corrected item is the same task, not a second one.
    expect(data.tasks.filter((t) => t.contactId === 'ct-1')).toHaveLength(1);
    expect((await findCall(blobs, id(1)))!.status).toBe('done');
  });

  it('a card number or national id typed into a correction is redacted in the insights, the audit and the CRM, as the extractor\'s text is', async () => {
    // A note typed with a decision is kept as redacted too.
    await decide(1, { decisions: [{ id: 'deal-stage', decision: 'reject', note: 'customer paid with 4111 1111 1111 1111' }] });
    await runQueuedSync();
    // A Luhn-valid test card and a UK National Insurance specimen.
    const res = await app.inject({
      method: 'PATCH', url: `/v1/calls/${id(1)}/insights`, headers: { ...auth(PRIYA), 'content-type': 'application/json' },
      payload: JSON.stringify({ summary: 'Paid the deposit with card 4111 1111 1111 1111.', keyPoints: ['NI number QQ 12 34 56 C on file'], actionItems: [{ index: 0, text: 'Refund card 4111 1111 1111 1111' }], note: 'card 4111 1111 1111 1111 read back' }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().insights).toMatchObject({
      summary: 'Paid the deposit with card [REDACTED CARD].',
      keyPoints: ['NI number [REDACTED ID] on file'],
      actionItems: [{ text: 'Refund card [REDACTED CARD]' }],
      redactions: expect.arrayContaining([{ kind: 'payment_card', count: 2 }, { kind: 'uk_nino', count: 1 }]),
    });
    await runQueuedSync();
    const data = await crm.snapshot();
    expect(JSON.stringify(data)).not.toMatch(/4111 1111|QQ 12 34/);
    expect(JSON.stringify(await getJson(blobs, callKeys.crm(id(1)), (raw) => raw))).not.toMatch(/4111 1111|QQ 12 34/);
  });

  it('an item found on a re-run, corrected before it is approved, is one decision and one task', async () => {
    await decide(1, { decisions: [{ id: 'deal-stage', decision: 'reject' }] });
    await runQueuedSync();
    const twoItems = insights('Pricing was discussed; the buyer wants the annual plan.');
    twoItems.actionItems.push({ text: 'Book the onboarding call', owner: 'rep', dueDate: null, evidence: [{ quote: 'book the onboarding call', speaker: 'rep', startSec: 40 }] });
    await putJson(blobs, callKeys.insights(id(1)), twoItems);
    await updateCall(blobs, id(1), (c) => void (c.status = 'syncing'), new Date());
    queued.push(['sync', id(1)]);
    await runQueuedSync();
    const patched = await app.inject({ method: 'PATCH', url: `/v1/calls/${id(1)}/insights`, headers: { ...auth(MANAGER), 'content-type': 'application/json' }, payload: JSON.stringify({ actionItems: [{ index: 1, text: 'Book the onboarding call with IT' }] }) });
    expect(patched.statusCode).toBe(200);
    await runQueuedSync();
    const items = (await get(`/v1/calls/${id(1)}`)).json().review.filter((d: { kind: string }) => d.kind === 'rerun_action_item');
    expect(items).toMatchObject([{ state: 'pending', item: { text: 'Book the onboarding call with IT' } }]);
    await decide(1, { decisions: [{ id: items[0].id, decision: 'approve' }] });
    await runQueuedSync();
    await runQueuedSync();
    expect((await crm.snapshot()).tasks.filter((t) => t.contactId === 'ct-1').map((t) => t.subject)).toEqual(['Send the order form', 'Book the onboarding call with IT']);
  });

  it('a deal named by id must exist in the CRM; then the call is logged on it and the deal moves', async () => {
    // Customer 4 has no open deal, yet the call proposes a move: a manager names the deal.
    await saveCall(blobs, call(4, 'priya@example.com', '+14155550104', 9));
    await putJson(blobs, callKeys.insights(id(4)), insights('Customer 4 wants the contract.'));
    await runStep({ step: 'sync', callId: id(4), attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId: id(4) }, ports()));
    expect((await get(`/v1/calls/${id(4)}`)).json().review.map((d: { id: string; kind: string }) => [d.id, d.kind])).toEqual([['deal', 'choose_deal'], ['deal-stage', 'deal_stage']]);
    const typo = await decide(4, { decisions: [{ id: 'deal', decision: 'approve', value: 'deal-99' }] });
    expect([typo.statusCode, typo.json().error.code]).toEqual([422, 'DEAL_NOT_FOUND']);
    expect((await decide(4, { decisions: [{ id: 'deal', decision: 'approve', value: 'deal-3' }, { id: 'deal-stage', decision: 'approve' }] })).statusCode).toBe(200);
    await runQueuedSync();
    const data = await crm.snapshot();
    expect(data.callLogs.filter((l) => l.contactId === 'ct-4').map((l) => l.dealId)).toEqual(['deal-3']);
    expect(data.deals.find((d) => d.id === 'deal-3')!.stage).toBe('contractsent');
  });

  it('a contact named by id, in the meta or by a manager, must exist in the CRM', async () => {
    // The upload named a contact the CRM does not have: the call waits for a person instead of logging against it.
    const named = call(5, 'priya@example.com', '+14155550105', 9);
    await saveCall(blobs, { ...named, meta: { ...named.meta, customer: { name: 'Customer 5' }, crm: { contactId: 'ct-typo' } } });
    await putJson(blobs, callKeys.insights(id(5)), insights('Customer 5 wants the contract.'));
    await runStep({ step: 'sync', callId: id(5), attempt: 1, isLastAttempt: true }, ports(), () => sync({ callId: id(5) }, ports()));
    const waiting = (await get(`/v1/calls/${id(5)}`)).json();
    expect((await findCall(blobs, id(5)))!.status).toBe('needs_review');
    expect(waiting.review.find((d: { id: string }) => d.id === 'contact')).toMatchObject({ kind: 'unknown_contact', proposed: null, reason: expect.stringMatching(/ct-typo/) });
    expect((await crm.snapshot()).callLogs.filter((l) => l.contactId === 'ct-typo')).toEqual([]);

    // Creating is not offered without a phone or e-mail, and a typed id must exist.
    const create = await decide(5, { decisions: [{ id: 'contact', decision: 'approve', value: 'create' }] });
    expect([create.statusCode, create.json().error.code]).toEqual([422, 'VALUE_INVALID']);
    const typo = await decide(5, { decisions: [{ id: 'contact', decision: 'approve', value: 'ct-99' }] });
    expect([typo.statusCode, typo.json().error.code]).toEqual([422, 'CONTACT_NOT_FOUND']);
    const logsBefore = (await crm.snapshot()).callLogs.filter((l) => l.contactId === 'ct-3').length;
    expect((await decide(5, { decisions: [{ id: 'contact', decision: 'approve', value: 'ct-3' }] })).statusCode).toBe(200);
    await runQueuedSync();
    expect((await crm.snapshot()).callLogs.filter((l) => l.contactId === 'ct-3')).toHaveLength(logsBefore + 1);
  });

  it('a manager retries a failed call at the step that failed; others may not', async () => {
    await updateCall(blobs, id(1), (c) => {
      c.status = 'failed';
      c.error = { code: 'HUBSPOT_UNAVAILABLE', message: 'down', step: 'sync', retryable: true, at: new Date().toISOString() };
    }, new Date());
    const retry = (key = MANAGER, n = 1) => app.inject({ method: 'POST', url: `/v1/calls/${id(n)}/retry`, headers: auth(key) });
    expect((await retry(PRIYA)).statusCode).toBe(403);
    expect((await retry(MANAGER, 2)).json().error.code).toBe('CALL_NOT_FAILED');
    const res = await retry();
    expect([res.statusCode, res.json()]).toEqual([202, { id: id(1), status: 'syncing' }]);
    expect(queued).toEqual([['sync', id(1)]]);
    expect((await get(`/v1/calls/${id(1)}`)).json().audit.at(-1)).toMatchObject({ action: 'retry', by: 'lee@example.com', target: 'step:sync', before: 'HUBSPOT_UNAVAILABLE' });
  });

  it('streams the recording with byte ranges, behind the same rights', async () => {
    const whole = await get(`/v1/calls/${id(1)}/audio`);
    expect([whole.statusCode, whole.headers['content-type'], whole.headers['accept-ranges'], whole.body]).toEqual([200, 'audio/wav', 'bytes', 'RIFF0123WAVEdata']);
    const part = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=4-7' });
    expect([part.statusCode, part.headers['content-range'], part.body]).toEqual([206, 'bytes 4-7/16', '0123']);
    expect((await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=-4' })).body).toBe('data');
    const past = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=99-' });
    expect([past.statusCode, past.headers['content-range'], past.json().error.code]).toEqual([416, 'bytes */16', 'RANGE_NOT_SATISFIABLE']);
    // RFC 9110: a last byte before the first makes the range invalid, so it is ignored (the whole file).
    const backwards = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=5-2' });
    expect([backwards.statusCode, backwards.headers['content-range'], backwards.headers['content-length'], backwards.body]).toEqual([200, undefined, '16', 'RIFF0123WAVEdata']);
    // An empty suffix asks for no bytes: unsatisfiable.
    const none = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=-0' });
    expect([none.statusCode, none.headers['content-range']]).toEqual([416, 'bytes */16']);
    const beyond = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=12-99' });
    expect([beyond.statusCode, beyond.headers['content-range'], beyond.body]).toEqual([206, 'bytes 12-15/16', 'data']);
    const huge = await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=12-99999999999999999999' });
    expect([huge.statusCode, huge.headers['content-range'], huge.body]).toEqual([206, 'bytes 12-15/16', 'data']);
    expect((await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=-99' })).headers['content-range']).toBe('bytes 0-15/16');
    expect((await get(`/v1/calls/${id(1)}/audio`, MANAGER, { range: 'bytes=0-1,4-5' })).statusCode).toBe(200);
    expect((await get(`/v1/calls/${id(3)}/audio`, PRIYA)).statusCode).toBe(403);
  });
});
