import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Insights } from '../../src/domain/insights.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { buildOpenApiDocument } from '../../src/http/openapi/build-document.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { updateCall } from '../../src/pipeline/call-record.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { CallLocks } from '../../src/review/call-lock.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeCallAwaitingReview } from '../helpers/review-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { formValues, forms } from '../helpers/html-scan.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const CALL = `c_${'d4'.repeat(12)}`;
const FAILED = `c_${'e5'.repeat(12)}`;
const evidence = [{ quote: 'we will', speaker: 'rep' as const, startSec: 3 }];

/** The page's forms, posted as a browser does (an API key stands in for the session: no CSRF needed). */
describe('the call page forms', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let busy: boolean;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    busy = false;
    // The Redis locks' answer when another process holds the call past the wait: retryable CALL_BUSY.
    const locks: CallLocks = {
      withLock: (callId, work) => (busy ? Promise.reject(retryable('CALL_BUSY', `Call ${callId} is being changed by someone else; try again in a moment.`)) : review.locks.withLock(callId, work)),
      close: async () => undefined,
    };
    app = await buildApp({ ...review, locks, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
    await storeCall(blobs, syntheticCall(CALL), {
      transcript: syntheticTranscript('We will send the contract.'),
      insights: {
        ...syntheticInsights('The buyer will sign this week.'),
        actionItems: [
          { text: 'Send the contract', owner: 'rep', dueDate: null, evidence },
          { text: 'Book the demo', owner: 'customer', dueDate: null, evidence },
        ],
      },
    });
    const at = '2026-11-17T15:05:00.000Z';
    await storeCall(blobs, syntheticCall(FAILED, { status: 'failed', error: { code: 'AUDIO_UNREADABLE', message: 'bad audio', step: 'prepare', retryable: false, at } }));
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const etag = async () => (await app.inject({ method: 'GET', url: `/v1/calls/${CALL}`, headers: auth })).headers.etag as string;
  const postForm = (url: string, fields: Record<string, string>) =>
    app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
  const insights = async () => (await getJson(blobs, callKeys.insights(CALL), (raw) => Insights.parse(raw)))!;

  it('a call busy under someone else’s change answers the page again (409) or, for a retry, ?e=CALL_BUSY: never a JSON error', async () => {
    const tag = await etag();
    busy = true;
    const forms: [string, Record<string, string>][] = [
      [`/calls/${CALL}/insights`, { etag: tag, summary: 'The buyer signs on Friday.' }],
      [`/calls/${CALL}/review`, { etag: tag, decisionId: 'deal-stage', decision: 'approve' }],
    ];
    for (const [url, fields] of forms) {
      const res = await postForm(url, fields);
      expect([res.statusCode, res.headers['content-type'], res.headers.location], url).toEqual([409, 'text/html; charset=utf-8', undefined]);
      expect(res.body, url).toContain('is being changed by someone else; try again in a moment. <span class="hint operator-codes">(for operators: <code>CALL_BUSY</code>)</span>');
    }
    const retry = await postForm(`/calls/${FAILED}/retry`, {});
    expect([retry.statusCode, retry.headers.location]).toEqual([303, `/calls/${FAILED}?e=CALL_BUSY`]);
    expect((await insights()).summary).toBe('The buyer will sign this week.');
    const page = await app.inject({ method: 'GET', url: `/calls/${FAILED}?e=CALL_BUSY`, headers: auth });
    expect(page.body).toContain('<code>CALL_BUSY</code>');

    // The API answers 409 CALL_BUSY on retry, and the document lists it there.
    const api = await app.inject({ method: 'POST', url: `/v1/calls/${FAILED}/retry`, headers: auth });
    expect([api.statusCode, api.json().error.code]).toEqual([409, 'CALL_BUSY']);
    const doc = buildOpenApiDocument();
    expect(doc.paths['/v1/calls/{id}/retry']!.post!.responses['409']!['x-error-codes']).toContain('CALL_BUSY');
    expect(doc.paths['/calls/{id}/retry']!.post!.responses['303']!['x-error-codes']).toContain('CALL_BUSY');
    expect(doc.paths['/calls/{id}/review']!.post!.responses['409']!['x-error-codes']).toContain('CALL_BUSY');
  });

  it('corrects the action item the form names by its index, not by its position among the items sent', async () => {
    const res = await postForm(`/calls/${CALL}/insights`, {
      etag: await etag(), summary: 'The buyer will sign this week.',
      'items[1][text]': 'Book the demo for Tuesday', 'items[1][owner]': 'rep', 'items[1][dueDate]': '2026-11-24', note: 'Heard it again.',
    });
    expect([res.statusCode, res.headers.location]).toEqual([303, `/calls/${CALL}?m=corrected#done`]);
    const after = await insights();
    expect(after.actionItems.map(({ text, owner, dueDate }) => ({ text, owner, dueDate }))).toEqual([
      { text: 'Send the contract', owner: 'rep', dueDate: null },
      { text: 'Book the demo for Tuesday', owner: 'rep', dueDate: '2026-11-24' },
    ]);
  });

  it('a retry opens the call again at its notice where the failure and its Retry button were, not above the call', async () => {
    const res = await postForm(`/calls/${FAILED}/retry`, {});
    expect([res.statusCode, res.headers.location]).toEqual([303, `/calls/${FAILED}?m=retried#done`]);
    const page = (await app.inject({ method: 'GET', url: res.headers.location as string, headers: auth })).body;
    expect(page).toContain('id="done"');
    expect(page.indexOf('id="done"')).toBeGreaterThan(page.indexOf('</header>', page.indexOf('<header class="call-head">')));
  });

  it('a correction changes only what its sender changed: sent again after a refusal, it does not undo a change saved meanwhile', async () => {
    const page = async () => (await app.inject({ method: 'GET', url: `/calls/${CALL}`, headers: auth })).body;
    const correctionForm = (html: string) => formValues(forms(html).find((f) => f.includes('class="correction-form"'))!);
    // No sync worker runs here: a saved correction's sync is taken as done.
    const synced = () => updateCall(blobs, CALL, (c) => void (c.status = 'done'), new Date());
    // A and B open the call; B corrects item 2's text and saves.
    const seenByA = correctionForm(await page());
    const seenByB = correctionForm(await page());
    expect(seenByA['loaded:items[1][text]']).toBe('Book the demo');
    expect((await postForm(`/calls/${CALL}/insights`, { ...seenByB, 'items[1][text]': 'Book the demo for Tuesday' })).statusCode).toBe(303);
    await synced();
    // A changes only the summary: refused, the call changed.
    const refused = await postForm(`/calls/${CALL}/insights`, { ...seenByA, summary: 'The buyer signs on Friday.' });
    expect(refused.statusCode).toBe(412);
    const again = correctionForm(refused.body);
    // A's change as typed; B's change shown, and carried as the value now loaded.
    expect(again.summary).toBe('The buyer signs on Friday.');
    expect(again['loaded:summary']).toBe('The buyer will sign this week.');
    expect([again['items[1][text]'], again['loaded:items[1][text]']]).toEqual(['Book the demo for Tuesday', 'Book the demo for Tuesday']);
    // Sent again as shown: A's summary saved, B's item kept.
    expect((await postForm(`/calls/${CALL}/insights`, again)).statusCode).toBe(303);
    await synced();
    const after = await insights();
    expect(after.summary).toBe('The buyer signs on Friday.');
    expect(after.actionItems.map((a) => a.text)).toEqual(['Send the contract', 'Book the demo for Tuesday']);
    // Even a stale form sent with the latest version (a script, a restored tab) leaves unchanged fields alone.
    expect((await postForm(`/calls/${CALL}/insights`, { ...seenByA, etag: await etag(), 'items[0][owner]': 'customer' })).statusCode).toBe(303);
    const last = await insights();
    expect([last.summary, last.actionItems.map((a) => [a.text, a.owner])]).toEqual(['The buyer signs on Friday.', [['Send the contract', 'customer'], ['Book the demo for Tuesday', 'customer']]]);
  });

  it('refuses what the API refuses: an empty summary, an over-long text or note, an item the call lacks', async () => {
    const tag = await etag();
    const refused: [Record<string, string>, string][] = [
      [{ summary: '   ' }, 'FORM_INVALID'],
      [{ summary: 'ok', 'items[0][text]': 'x'.repeat(1001), 'items[0][owner]': 'rep' }, 'FORM_INVALID'],
      [{ summary: 'ok', 'items[0][text]': 'Send it', 'items[0][owner]': 'boss' }, 'FORM_INVALID'],
      [{ summary: 'ok', 'items[0][text]': 'Send it', 'items[0][owner]': 'rep', 'items[0][dueDate]': 'Friday' }, 'FORM_INVALID'],
      [{ summary: 'ok', note: 'n'.repeat(2001) }, 'FORM_INVALID'],
      [{ summary: 'ok', 'items[7][text]': 'Send it', 'items[7][owner]': 'rep' }, 'ITEM_UNKNOWN'],
    ];
    for (const [fields, code] of refused) {
      const res = await postForm(`/calls/${CALL}/insights`, { etag: tag, ...fields });
      expect([res.statusCode, res.headers.location], JSON.stringify(fields).slice(0, 80)).toEqual([422, undefined]);
      expect(res.body).toContain(`<code>${code}</code>`);
    }
    expect((await insights()).summary).toBe('The buyer will sign this week.');
    expect(await etag()).toBe(tag);
  });

  it('a refused correction answers the page with the form as filled in, why, and a link to it; nothing is saved', async () => {
    const typed = 'The buyer signs on Friday, <b>after</b> legal "reads" it.\nThen the PO.';
    const res = await postForm(`/calls/${CALL}/insights`, {
      etag: await etag(), summary: typed, 'items[1][text]': 'x'.repeat(1001), 'items[1][owner]': 'customer', 'items[1][dueDate]': '2026-11-24', note: 'Heard it again.',
    });
    expect(res.statusCode).toBe(422);
    const html = res.body;
    expect(html).toContain('>The buyer signs on Friday, &lt;b&gt;after&lt;/b&gt; legal &quot;reads&quot; it.\nThen the PO.</textarea>');
    expect(html).toContain(`value="${'x'.repeat(1001)}"`);
    expect(html).toContain('name="items[1][dueDate]" value="2026-11-24"');
    expect(html).toMatch(/<select id="c-item-1-owner"[^>]*><option value="rep">[^<]*<\/option><option value="customer" selected>/);
    expect(html).toContain('>Heard it again.</textarea>');
    // What to change and where, in the form's words (not the schema's): not only the code.
    expect(html).toMatch(/<div class="flash flash-error" role="alert" id="form-refused" tabindex="-1">The text of action item 2 is too long: at most 1000 characters. <span class="hint operator-codes">\(for operators: <code>FORM_INVALID<\/code>\)<\/span> <a href="#correct-form">Back to your form<\/a><\/div>/);
    expect(html).toContain('<form method="post" action="/calls/' + CALL + '/insights" class="correction-form" id="correct-form" data-refused');
    expect(html).toMatch(/<details class="correct" open>/);
    expect((await insights()).summary).toBe('The buyer will sign this week.');
  });

  it('an unreliable transcript’s decision takes the summary in its own form: approving needs one and writes it, audited; nothing typed is lost', async () => {
    const id = `c_${'a7'.repeat(12)}`;
    const crm = {
      schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: null, callLog: { id: 'log-1' }, tasks: [],
      review: {
        decisions: [{ id: 'transcript', kind: 'transcript_unreliable', proposed: 'checked', from: null, options: [], evidence: [], reason: 'Too many unsure words.', state: 'pending', createdAt: '2026-11-17T15:05:00.000Z' }],
        audit: [],
      },
      syncedAt: null, updatedAt: '2026-11-17T15:05:00.000Z',
    };
    await storeCall(blobs, syntheticCall(id), { transcript: syntheticTranscript('mumble'), insights: { ...syntheticInsights(''), actionItems: [] }, crm });
    const tag = (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).headers.etag as string;
    const page = (await app.inject({ method: 'GET', url: `/calls/${id}`, headers: auth })).body;
    expect(page).toMatch(/<textarea id="dec-0-summary" name="summary" rows="5" required maxlength="5000"><\/textarea>/);
    // Approving with no summary is refused and changes nothing; the note typed is kept.
    const empty = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'transcript', decision: 'approve', value: 'checked', summary: '  ', note: 'Listened twice.' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('<code>VALUE_REQUIRED</code>');
    expect(empty.body).toContain('>Listened twice.</textarea>');
    const crmOf = async () => (await getJson(blobs, callKeys.crm(id), (raw) => raw as { review: { decisions: { state: string }[]; audit: { action: string; target: string; after: unknown }[] }; callLog: { stale?: boolean } }))!;
    expect((await crmOf()).review.decisions[0]!.state).toBe('pending');
    // With the summary: approved, the summary written (audited as a correction) and the call log to be rewritten.
    const ok = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'transcript', decision: 'approve', value: 'checked', summary: 'The buyer wants the annual plan.', note: 'Listened twice.' });
    expect([ok.statusCode, ok.headers.location]).toEqual([303, `/calls/${id}?m=decided#done`]);
    expect((await getJson(blobs, callKeys.insights(id), (raw) => Insights.parse(raw)))!.summary).toBe('The buyer wants the annual plan.');
    const after = await crmOf();
    expect(after.review.decisions[0]!.state).toBe('approved');
    expect(after.review.audit.map((a) => [a.action, a.target])).toEqual([['approve', 'transcript'], ['correct', 'insights.summary']]);
    expect(after.callLog.stale).toBe(true);
  });

  it('a stage other than the proposal that closes the deal is asked again before it is recorded; the decided card says what was set', async () => {
    const id = `c_${'b8'.repeat(12)}`;
    await storeCallAwaitingReview(blobs, id);
    const tag = (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).headers.etag as string;
    const asked = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'deal-stage', decision: 'approve', value: 'closedlost', note: 'They went with a rival.' });
    expect([asked.statusCode, asked.headers.location]).toEqual([200, undefined]);
    const form = asked.body.slice(asked.body.indexOf('id="dec-1-form"'));
    const shown = form.slice(0, form.indexOf('</form>'));
    expect(shown).toContain('data-refused');
    expect(shown).toContain('role="alert">You chose Closed lost, not the proposed Contract sent: approving closes the deal as lost');
    expect(shown).toContain('<option value="closedlost" selected>');
    expect(shown).toContain('<input type="hidden" name="confirm" value="closedlost">');
    expect(shown).toContain('>They went with a rival.</textarea>');
    expect(shown).toContain('Confirm: set Closed lost<span class="visually-hidden">: Change the deal stage</span></button>');
    const crmOf = async () => (await getJson(blobs, callKeys.crm(id), (raw) => raw as { review: { decisions: { id: string; state: string; value?: string | null }[] } }))!;
    expect((await crmOf()).review.decisions.find((d) => d.id === 'deal-stage')!.state).toBe('pending');
    // Confirmed: recorded as chosen.
    const ok = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'deal-stage', decision: 'approve', value: 'closedlost', confirm: 'closedlost' });
    expect([ok.statusCode, ok.headers.location]).toEqual([303, `/calls/${id}?m=decided#done`]);
    expect((await crmOf()).review.decisions.find((d) => d.id === 'deal-stage')).toMatchObject({ state: 'approved', value: 'closedlost' });
    const page = (await app.inject({ method: 'GET', url: `/calls/${id}`, headers: auth })).body;
    expect(page).toContain("The deal's stage was set to <strong>Closed lost</strong>; callscribe had proposed Contract sent.");
  });

  it('the records in the CRM are named as the CRM named them among the options, a contact else as the call names the customer; stages by their names', async () => {
    const id = `c_${'c9'.repeat(12)}`;
    const at = '2026-11-17T15:05:00.000Z';
    const decided = { from: null, evidence: [], reason: 'r', createdAt: at, decidedBy: 'lee@example.com', decidedAt: at };
    const crm = {
      schemaVersion: 1, adapter: 'local', contact: { id: 'contact-2017', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1017', matchedBy: 'review' },
      callLog: { id: 'call-0001' }, tasks: [{ key: 'k1', id: 'task-0001', subject: 'Schedule the demo' }],
      review: {
        decisions: [
          { ...decided, id: 'deal', kind: 'choose_deal', proposed: null, options: [{ value: 'deal-1017', label: 'Juniper Freight · fleet pilot' }, { value: 'deal-1018', label: 'Juniper Freight · renewal' }], state: 'approved', value: 'deal-1017', applied: { at, result: 'deal deal-1017 chosen' } },
          { ...decided, id: 'deal-stage', kind: 'deal_stage', proposed: 'presentationscheduled', from: 'qualifiedtobuy', options: [], state: 'approved', value: 'closedlost', applied: { at, result: 'deal deal-1017 moved to closedlost' } },
        ],
        audit: [],
      },
      syncedAt: at, updatedAt: at,
    };
    await storeCall(blobs, syntheticCall(id), { transcript: syntheticTranscript('We will.'), insights: syntheticInsights('Demo booked.'), crm });
    const view = (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).json();
    expect(view.links.map((l: { kind: string; label: string }) => [l.kind, l.label])).toEqual([
      ['contact', 'Elena Novak, Brightline Foods'], ['deal', 'Juniper Freight · fleet pilot'], ['call_log', 'This call'], ['task', 'Schedule the demo'],
    ]);
    const page = (await app.inject({ method: 'GET', url: `/calls/${id}`, headers: auth })).body;
    expect(page).toContain('<span class="link-kind">Contact</span> <span>Elena Novak, Brightline Foods</span> <span class="hint">(contact-2017)</span>');
    expect(page).toContain(': deal deal-1017 moved to Closed lost</p>');
    expect(page).not.toMatch(/moved to closedlost|Contact<\/span> <span>Contact/);
    // A deal matched without a decision (named by the meta, or the contact's only open deal) by the name read then.
    const named = `c_${'c8'.repeat(12)}`;
    await storeCall(blobs, syntheticCall(named), { crm: { ...crm, deal: { id: 'deal-2040', matchedBy: 'meta', name: 'Juniper Freight · depot expansion' }, review: { decisions: [], audit: [] } } });
    const namedView = (await app.inject({ method: 'GET', url: `/v1/calls/${named}`, headers: auth })).json();
    expect(namedView.links.find((l: { kind: string }) => l.kind === 'deal')).toMatchObject({ id: 'deal-2040', label: 'Juniper Freight · depot expansion' });
  });

  it('a refused decision answers the page with that decision’s form as filled in and why, the other forms as they were', async () => {
    const id = `c_${'f6'.repeat(12)}`;
    await storeCallAwaitingReview(blobs, id);
    const tag = (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).headers.etag as string;
    const res = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'contact', decision: 'approve', value: 'existing', contactId: '  ', note: 'Nina is in the CRM already.' });
    expect(res.statusCode).toBe(422);
    const html = res.body;
    expect(html).toMatch(/<div class="flash flash-error" role="alert" id="form-refused" tabindex="-1">Enter the existing contact’s id, as the CRM shows it. <span class="hint operator-codes">\(for operators: <code>VALUE_INVALID<\/code>\)<\/span> <a href="#dec-0-form">Back to your form<\/a><\/div>/);
    expect(html).not.toContain('non-empty string');
    const form = html.slice(html.indexOf('<form method="post" action="/calls/' + id + '/review" class="decision-form" id="dec-0-form" data-refused'));
    expect(form.slice(0, form.indexOf('</form>'))).toMatch(/id="dec-0-existing" name="value" value="existing" checked>[\s\S]*>Nina is in the CRM already.<\/textarea>/);
    // The stage's form is as it was: the proposal selected, no note, no error.
    const stage = html.slice(html.indexOf('id="dec-1-form"'));
    expect(stage.slice(0, stage.indexOf('</form>'))).toMatch(/<option value="contractsent" selected>[\s\S]*maxlength="2000"><\/textarea>/);
    expect(stage.slice(0, stage.indexOf('</form>'))).not.toContain('data-refused');
    // A stale page version: the page's own words, on the latest version.
    const stale = await postForm(`/calls/${id}/review`, { etag: '"old"', decisionId: 'deal-stage', decision: 'approve' });
    expect(stale.statusCode).toBe(412);
    expect(stale.body).toContain('The call changed after you opened it');
  });

  it('an approval with its value left empty says which field to fill, keeping the code; the API says the value’s format', async () => {
    const id = `c_${'a7'.repeat(12)}`;
    const due = { id: 'hygiene-due-1', kind: 'crm_hygiene', proposed: null, from: null, options: [], evidence: [], state: 'pending', createdAt: '2026-11-17T15:00:00.000Z', reason: 'The task has no due date.', finding: { type: 'due_date_missing', record: { kind: 'task', id: 'task-1' } } };
    const crm = { schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: null, tasks: [], review: { decisions: [due], audit: [] }, syncedAt: null, updatedAt: '2026-11-17T15:00:00.000Z' };
    await storeCall(blobs, syntheticCall(id), { crm });
    const tag = (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).headers.etag as string;
    const res = await postForm(`/calls/${id}/review`, { etag: tag, decisionId: 'hygiene-due-1', decision: 'approve', value: '', note: 'Checked with the rep.' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/role="alert" id="form-refused" tabindex="-1">Choose the due date. <span class="hint operator-codes">\(for operators: <code>VALUE_REQUIRED<\/code>\)/);
    expect(res.body).not.toMatch(/no single proposal|an id\)/);
    expect(res.body).toContain('>Checked with the rep.</textarea>');
    const api = await app.inject({ method: 'POST', url: `/v1/calls/${id}/review`, headers: { ...auth, 'if-match': tag }, payload: { decisions: [{ id: 'hygiene-due-1', decision: 'approve' }] } });
    expect([api.statusCode, api.json().error.code]).toEqual([422, 'VALUE_REQUIRED']);
    expect(api.json().error.message).toContain('send a value (a date as YYYY-MM-DD)');
  });
});
