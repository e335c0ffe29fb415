import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { ActionItem } from '../../src/domain/insights.ts';
import { timeSaved } from '../../src/domain/time-saved.ts';
import { DEFAULT_TYPING_TIMES } from '../../src/domain/typing-times.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { countWork } from '../../src/pipeline/count-work.ts';
import { TimeSavedReport } from '../../src/review/time-saved-report.ts';
import { cspProblems, tags, textOf } from '../helpers/html-scan.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const PRIYA = apiKey('rep', 'rep-Priya-0123456789abcdef', 'priya@example.com');
const TOM = apiKey('rep', 'rep-Tom-0123456789abcdef0', 'tom@example.com');
const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });
const A = `c_${'a1'.repeat(12)}`;
const B = `c_${'b2'.repeat(12)}`;
const C = `c_${'c3'.repeat(12)}`;
const at = '2026-11-17T15:05:00.000Z';
const item = (text: string, owner: ActionItem['owner'], dueDate: string | null): ActionItem => ({ text, owner, dueDate, evidence: [{ quote: 'we will', speaker: 'rep', startSec: 3 }] });

/** crm.json after a sync that logged the call and wrote its tasks. */
const crmRecord = (tasks: string[], audit: unknown[] = []) => ({
  schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal' }, callLog: { id: 'log-1' },
  tasks: tasks.map((subject, i) => ({ key: `k${i}`, id: `t-${i}`, subject })),
  review: { decisions: [], audit }, syncedAt: at, updatedAt: at,
});

describe('manual entry saved', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER, PRIYA, TOM], maxUploadBytes: 1e6, clock: () => new Date('2026-12-01T12:00:00Z'), logger: silentLogger });
    const insights = { ...syntheticInsights('The buyer will sign this week once legal has read the terms.'), keyPoints: ['Worried about the onboarding timeline'], actionItems: [item('Send the contract', 'rep', '2026-11-18'), item('Book the demo', 'customer', null)] };
    await storeCall(blobs, syntheticCall(A, { status: 'done' }), { insights, transcript: syntheticTranscript('We will send the contract.'), crm: crmRecord(['Send the contract', 'Book the demo']) });
    // Tom's call, the week after, with a correction already made.
    const tom = { ...syntheticCall(B, { status: 'done' }), meta: { startedAt: '2026-11-24T10:00:00Z', rep: { name: 'Tom Baker', email: 'tom@example.com' }, customer: { name: 'Dana Whitfield' } } };
    await storeCall(blobs, tom, {
      insights: { ...syntheticInsights('Dana asked for a pilot.'), actionItems: [item('Set up the pilot', 'rep', null)] },
      crm: crmRecord(['Set up the pilot'], [{ at, by: 'tom@example.com', action: 'correct', target: 'insights.summary', before: 'Dana asked.', after: 'Dana asked for a pilot.', note: null }]),
    });
    // Not synced yet: counts nothing.
    await storeCall(blobs, syntheticCall(C, { status: 'extracting' }));
    for (const id of [A, B, C]) await review.reindexCall(id);
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const report = async (query: string, key = MANAGER) => app.inject({ method: 'GET', url: `/v1/reports/time-saved${query}`, headers: as(key) });
  const netOnPage = async (id: string) => {
    const page = (await app.inject({ method: 'GET', url: `/calls/${id}`, headers: as(MANAGER) })).body;
    const strong = tags(page, 'strong').find((t) => t.attrs['data-net-minutes'] !== undefined);
    return Number(strong!.attrs['data-net-minutes']);
  };

  it('adds up each call’s counts per rep and week, in minutes with the typing times', async () => {
    const res = await report('?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    const body = TimeSavedReport.parse(res.json());
    expect(body).toMatchObject({ from: '2026-11-01', to: '2026-11-30', typingTimes: DEFAULT_TYPING_TIMES });
    expect(body.rows.map((r) => [r.weekStart, r.rep.email, r.callsLogged])).toEqual([
      ['2026-11-16', 'priya@example.com', 1],
      ['2026-11-23', 'tom@example.com', 1],
    ]);
    expect(body.weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-23']);
    expect(body.totals.callsLogged).toBe(2);
    expect(body.totals.corrections).toBe(1);
    // The same figures as the call's own counts give.
    const view = (await app.inject({ method: 'GET', url: `/v1/calls/${A}`, headers: as(MANAGER) })).json();
    const expected = timeSaved(countWork({ call: view.call, insights: view.insights, crm: view.crm, decisions: view.review, audit: view.audit }), DEFAULT_TYPING_TIMES);
    expect(body.rows[0]).toMatchObject(expected);
    expect(body.rows[0]!.netMinutesSaved).toBeGreaterThan(0);
    expect(await netOnPage(A)).toBe(expected.netMinutesSaved);
    expect(body.reps.map((r) => r.rep.name).sort()).toEqual(['Priya Raman', 'Tom Baker']);
    expect(body.reps[0]!.netMinutesSaved).toBeGreaterThanOrEqual(body.reps[1]!.netMinutesSaved); // most saved first
    // A rep filter; a range with nothing in it.
    expect(TimeSavedReport.parse((await report('?from=2026-11-01&to=2026-11-30&rep=TOM@example.com')).json()).rows.map((r) => r.rep.email)).toEqual(['tom@example.com']);
    expect(TimeSavedReport.parse((await report('?from=2026-10-01&to=2026-10-31')).json()).totals).toMatchObject({ callsLogged: 0, netMinutesSaved: 0 });
  });

  it('defaults to the 12 weeks up to today', async () => {
    expect((await report('')).json()).toMatchObject({ from: '2026-09-14', to: '2026-12-01' });
  });

  it('shows a rep the figures of their own calls only, and asks for a key', async () => {
    const mine = TimeSavedReport.parse((await report('?from=2026-11-01&to=2026-11-30', PRIYA)).json());
    expect(mine.rows.map((r) => r.rep.email)).toEqual(['priya@example.com']);
    expect(TimeSavedReport.parse((await report('?from=2026-11-01&to=2026-11-30&rep=tom@example.com', PRIYA)).json()).rows).toEqual([]);
    const anonymous = await app.inject({ method: 'GET', url: '/v1/reports/time-saved' });
    expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'AUTH_REQUIRED']);
  });

  it('refuses a malformed query (QUERY_INVALID) and a backwards or too long range (REPORT_RANGE_INVALID)', async () => {
    for (const q of ['?from=17-11-2026', '?to=2026-13-01', '?rep=priya', '?week=1', '?to=0001-01-01', '?from=0000-01-01&to=0000-01-02', '?from=1969-12-31&to=1970-01-31']) {
      const res = await report(q);
      expect([res.statusCode, res.json().error.code], q).toEqual([400, 'QUERY_INVALID']);
    }
    for (const q of ['?from=2026-11-30&to=2026-11-01', '?from=2025-01-01&to=2026-11-30']) {
      const res = await report(q);
      expect([res.statusCode, res.json().error.code], q).toEqual([400, 'REPORT_RANGE_INVALID']);
    }
    expect((await report('?from=1970-01-01&to=1970-01-31')).statusCode).toBe(200);
  });

  it('an edit made on the call page lowers the call’s net minutes saved, on the page and in the report', async () => {
    const before = await netOnPage(A);
    const reportBefore = TimeSavedReport.parse((await report('?from=2026-11-16&to=2026-11-22')).json()).totals.netMinutesSaved;
    const etag = (await app.inject({ method: 'GET', url: `/v1/calls/${A}`, headers: as(MANAGER) })).headers.etag as string;
    const res = await app.inject({
      method: 'POST', url: `/calls/${A}/insights`, headers: { ...as(MANAGER), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ etag, summary: 'The buyer signs on Friday after their lawyer checks the indemnity clause.', 'items[1][dueDate]': '2026-11-20' }).toString(),
    });
    expect([res.statusCode, res.headers.location]).toEqual([303, `/calls/${A}?m=corrected#done`]);
    const after = await netOnPage(A);
    expect(after).toBeLessThan(before);
    const reportAfter = TimeSavedReport.parse((await report('?from=2026-11-16&to=2026-11-22')).json()).totals;
    expect(reportAfter.netMinutesSaved).toBeLessThan(reportBefore);
    expect(reportAfter.netMinutesSaved).toBe(after);
    expect(reportAfter.corrections).toBe(2); // the summary and the action item
  });

  describe('the managers’ page', () => {
    it('shows the figures as charts and tables, passes the HTML checks, and has a labelled GET form', async () => {
      const res = await app.inject({ method: 'GET', url: '/reports/time-saved?from=2026-11-01&to=2026-11-30', headers: as(MANAGER) });
      expect(res.statusCode).toBe(200);
      const page = res.body;
      expect(cspProblems(page)).toEqual([]);
      const svgs = tags(page, 'svg');
      expect(svgs).toHaveLength(2);
      for (const svg of svgs) expect(svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': expect.stringMatching(/-title .*-desc$/) });
      expect(tags(page, 'rect').length).toBeGreaterThanOrEqual(4);
      expect(page).not.toMatch(/<script(?![^>]*src="\/assets\/)/);
      const form = tags(page, 'form').find((f) => f.attrs.method === 'get')!;
      expect(form.attrs.action).toBe('/reports/time-saved');
      const labelled = new Set(tags(page, 'label').map((l) => l.attrs.for));
      for (const input of tags(page, 'input').filter((i) => i.attrs.type !== 'hidden')) expect(labelled.has(input.attrs.id), input.source).toBe(true);
      for (const region of tags(page, 'div').filter((d) => d.attrs.role === 'region')) expect(region.attrs.tabindex).toBe('0');
      const text = textOf(page);
      expect(text).toContain('Tom Baker');
      expect(text).toContain('Priya Raman');
      expect(text).toContain('Net minutes saved');
      expect(text).toContain('Card, Moran & Newell, 1980');
    });

    it('is for managers only, linked from their call list', async () => {
      expect((await app.inject({ method: 'GET', url: '/reports/time-saved', headers: as(PRIYA) })).statusCode).toBe(403);
      const browser = await app.inject({ method: 'GET', url: '/reports/time-saved', headers: { accept: 'text/html' } });
      expect(browser.statusCode).toBe(303);
      expect(tags((await app.inject({ method: 'GET', url: '/', headers: as(MANAGER) })).body, 'a').some((a) => a.attrs.href === '/reports/time-saved')).toBe(true);
      expect(tags((await app.inject({ method: 'GET', url: '/', headers: as(PRIYA) })).body, 'a').some((a) => a.attrs.href === '/reports/time-saved')).toBe(false);
    });

    it('answers a bad query with the form and why, not a server error', async () => {
      const res = await app.inject({ method: 'GET', url: '/reports/time-saved?from=2026-12-01&to=2026-11-01&rep=%22%3E%3Cscript%3E', headers: as(MANAGER) });
      expect(res.statusCode).toBe(400);
      expect(cspProblems(res.body)).toEqual([]);
      expect(tags(res.body, 'p').some((p) => p.attrs.role === 'alert')).toBe(true);
      const range = await app.inject({ method: 'GET', url: '/reports/time-saved?from=2026-12-01&to=2026-11-01', headers: as(MANAGER) });
      expect([range.statusCode, textOf(range.body).includes('REPORT_RANGE_INVALID')]).toEqual([400, true]);
      // In words a manager acts on: which date is after which, and that the rep is found by e-mail (not code quoted with backticks, not field names).
      expect(textOf(range.body)).toContain('The start date (2026-12-01) is after the end date (2026-11-01): choose a start on or before the end.');
      expect(range.body).not.toContain('`');
      const byName = await app.inject({ method: 'GET', url: '/reports/time-saved?rep=Owen%20Park', headers: as(MANAGER) });
      expect(byName.statusCode).toBe(400);
      expect(textOf(byName.body)).toContain('Give the rep as their e-mail address (for example priya@example.com): the report finds a rep by e-mail, not by name. (QUERY_INVALID)');
      expect(textOf(byName.body)).not.toContain('Check rep');
      expect(textOf((await app.inject({ method: 'GET', url: '/reports/time-saved?from=10%2F12%2F2026', headers: as(MANAGER) })).body)).toContain('Give the start date as a date (YYYY-MM-DD).');
    });
  });
});
