import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { Insights } from '../../src/domain/insights.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { updateCall } from '../../src/pipeline/call-record.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { launchChromium, openContext, seriousViolations, signIn } from '../helpers/browser.ts';
import { storeCallAwaitingReview } from '../helpers/review-calls.ts';
import { wavBytes } from '../helpers/tone-audio.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The session and the refused forms in Chromium against the app on loopback (no pipeline: the call is stored as
// sync leaves one awaiting review). Another site, as the CRM or Slack is, is a page on `localhost`: a different
// site from `127.0.0.1` for the browser's SameSite rules.

const MANAGER = apiKey('manager', 'mgr-Lee-7f3c9a2b41d8e6', 'lee@example.com');
const CALL = `c_${'b8'.repeat(12)}`;
/** Decided in one sitting while the first decision's sync runs. */
const SYNCING_CALL = `c_${'c9'.repeat(12)}`;
/** Its forms posted after the manager signed in again in another tab. */
const SESSION_CALL = `c_${'da'.repeat(12)}`;
/** Its decision refused while it syncs. */
const BUSY_CALL = `c_${'eb'.repeat(12)}`;
/** Typed in its correction form and another decision's note, then a decision sent. */
const TYPED_CALL = `c_${'fc'.repeat(12)}`;
/** Its correction typed while another manager corrects it. */
const SHARED_CALL = `c_${'0d'.repeat(12)}`;
/** Corrected, then watched while its sync runs. */
const CORRECTED_CALL = `c_${'1e'.repeat(12)}`;
/** Its correction and decision refused, for a field and for the call as a whole. */
const REFUSED_CALL = `c_${'2f'.repeat(12)}`;

/**
 * Approves the stage form's Closed won (not the proposal): the page asks to confirm, without script, in the same
 * form as typed and focused; confirming records it.
 */
async function confirmClosing(page: Page, stage: Locator): Promise<void> {
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 200), stage.locator('button[value="approve"]').click()]);
  await page.waitForLoadState();
  expect(await stage.locator('[role="alert"]').innerText()).toContain('approving closes the deal as won');
  expect(await stage.locator('select[name="value"]').inputValue()).toBe('closedwon');
  await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.closest("form") && document.activeElement.closest("form").id')).toBe(await stage.getAttribute('id'));
  await Promise.all([page.waitForURL(/\?m=decided#done$/), stage.getByRole('button', { name: /^Confirm: set Closed won/ }).click()]);
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let blobs: BlobStore;
/** The calls queued for sync (no worker runs here: a call stays `syncing` until the test settles it). */
const synced: string[] = [];
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let crm: Server;
let crmBase: string;
let browser: Browser;

beforeAll(async () => {
  temp = await makeTempDir();
  blobs = createFsBlobStore(temp.dir);
  review = await reviewDeps(blobs);
  app = await buildApp({ ...review, blobs, enqueue: async (step, id) => void (step === 'sync' && synced.push(id)), apiKeys: [MANAGER], session: { secret: 'test-session-secret-0123456789abcdef' }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  const wav = wavBytes([new Int16Array(16 * 8000)], 8000);
  for (const id of [CALL, SYNCING_CALL, SESSION_CALL, BUSY_CALL, TYPED_CALL, SHARED_CALL, CORRECTED_CALL, REFUSED_CALL]) {
    const key = `calls/${id}/original.wav`;
    await blobs.put(key, wav, { contentType: 'audio/wav' });
    await storeCallAwaitingReview(blobs, id, { recording: { key, filename: 'call.wav', contentType: 'audio/wav', bytes: wav.length, sha256: '0'.repeat(64) } });
    await review.reindexCall(id);
  }
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  crm = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>CRM</title><a id="to-call" href="${base}/calls/${CALL}">The call in callscribe</a>`);
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmBase = `http://localhost:${(crm.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (crm ? crm.close(() => resolve()) : resolve()));
  await app?.close();
  await review?.close();
  await temp?.cleanup();
});

describe('sessions and refused forms in Chromium', () => {
  it('a link into a call page from another site (a CRM, Slack) opens it signed in', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${crmBase}/`);
      await Promise.all([page.waitForURL(`${base}/calls/${CALL}`), page.locator('#to-call').click()]);
      expect(await page.locator('form.decision-form').count()).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a refused decision comes back as filled in, focused, with why; signed out meanwhile, a form post goes to sign in and back', async () => {
    const { context, page } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${CALL}`);
      const form = page.locator('#dec-0-form');
      await form.locator('input[value="existing"]').check();
      await form.locator('textarea[name="note"]').fill('Nina is in the CRM already.');
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.locator('button[value="approve"]').click()]);
      expect(answer.status()).toBe(422);
      await page.waitForLoadState();
      expect(await page.locator('.flash-error').innerText()).toMatch(/\(for operators: (VALUE_REQUIRED|VALUE_INVALID)\)/);
      expect(new URL(page.url()).pathname).toBe(`/calls/${CALL}`);
      expect(await page.locator('#dec-0-form input[value="existing"]').isChecked()).toBe(true);
      expect(await page.locator('#dec-0-form textarea[name="note"]').inputValue()).toBe('Nina is in the CRM already.');
      // The refusal concerns the contact id: that field is marked, described by why, and has the focus.
      const contactId = page.locator('#dec-0-form input[name="contactId"]');
      expect(await contactId.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${await contactId.getAttribute('aria-describedby')}`).innerText()).toMatch(/VALUE_REQUIRED|VALUE_INVALID/);
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.name')).toBe('contactId');
      expect(await page.locator('#dec-0-form [aria-invalid]').count()).toBe(1);

      // Signed out in another tab: the next post goes to sign in, then back to the call page.
      await page.goto(`${base}/calls/${CALL}`);
      const other = await context.newPage();
      await other.goto(`${base}/`);
      await Promise.all([other.waitForURL(/\/sign-in$/), other.locator('form.sign-out button').click()]);
      await Promise.all([page.waitForURL(/\/sign-in\?next=/), page.locator('#dec-1-form button[value="reject"]').click()]);
      expect(new URL(page.url()).searchParams.get('next')).toBe(`/calls/${CALL}`);
      // It says the reject was not recorded, and to enter it again after signing in.
      expect(await page.locator('#sign-in-unsaved[role="alert"]').innerText()).toContain('what you sent was not saved');
      await page.locator('#key').fill(MANAGER.key);
      await Promise.all([page.waitForURL(`${base}/calls/${CALL}`), page.locator('form.sign-in-form button[type="submit"]').click()]);
    } finally {
      await context.close();
    }
  });

  it('after one decision, the others stay on the page while the CRM is updated, and are decided in the same sitting once it has', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${SYNCING_CALL}`);
      await Promise.all([page.waitForURL(/\?m=decided#done$/), page.locator('#dec-0-form button[value="approve"]').click()]);
      expect(synced).toContain(SYNCING_CALL);

      // Its sync runs: the stage's form is still there, closed until it finishes, and the page says why.
      const stage = page.locator('#dec-1-form');
      expect(await stage.count()).toBe(1);
      expect(await stage.locator('select[name="value"]').isDisabled()).toBe(true);
      expect(await stage.locator('button[value="approve"]').isDisabled()).toBe(true);
      const wait = page.locator('#review-wait');
      expect(await wait.getAttribute('role')).toBe('status');
      expect(await wait.innerText()).toContain('can be decided once it finishes');
      expect(await wait.locator('a').getAttribute('href')).toBe(`/calls/${SYNCING_CALL}`);
      expect(await seriousViolations(page)).toEqual([]);

      // The sync ends: the page reloads by itself, the focus in the stage's form, decided without leaving it.
      await updateCall(blobs, SYNCING_CALL, (c) => { c.status = 'needs_review'; }, new Date());
      await expect.poll(() => stage.locator('select[name="value"]').isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);
      expect(await page.locator('#review-wait').count()).toBe(0);
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('dec-1-value');
      await stage.locator('select[name="value"]').selectOption('closedwon');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Signed on the call.');
      await confirmClosing(page, stage);

      const record = (await getJson(blobs, callKeys.crm(SYNCING_CALL), (raw) => CrmRecord.parse(raw)))!;
      expect(record.review.decisions.map((d) => [d.id, d.state, d.value, d.note])).toEqual([
        ['contact', 'approved', 'create', null],
        ['deal-stage', 'approved', 'closedwon', 'Signed on the call.'],
      ]);
      expect(record.review.audit.map((a) => [a.action, a.target])).toEqual([['approve', 'contact'], ['approve', 'deal-stage']]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a decision refused while the call syncs waits as typed; once it has settled, the call page opens (no form sent again) with it filled in', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${BUSY_CALL}`);
      const posts: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
      await page.locator('#dec-1-form select[name="value"]').selectOption('closedwon');
      await page.locator('#dec-1-form textarea[name="note"]').fill('Signed on the call.');
      // Another change started the call's sync meanwhile: the decision is refused.
      await updateCall(blobs, BUSY_CALL, (c) => { c.status = 'syncing'; }, new Date());
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#dec-1-form button[value="approve"]').click()]);
      expect(answer.status()).toBe(412);
      await page.waitForLoadState();
      const stage = page.locator('#dec-1-form');
      expect(await stage.locator('select[name="value"]').isDisabled()).toBe(true);
      expect(await stage.locator('select[name="value"]').inputValue()).toBe('closedwon');
      expect(await stage.locator('textarea[name="note"]').inputValue()).toBe('Signed on the call.');
      expect(await page.locator('#review-wait').count()).toBe(1);
      // Its form waits (no control can take the focus): the notice saying why has it.
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('form-refused');

      // The sync ends: the call page itself opens (the refused post is not sent again), the form as typed and focused.
      await updateCall(blobs, BUSY_CALL, (c) => { c.status = 'needs_review'; }, new Date());
      await page.waitForURL(`${base}/calls/${BUSY_CALL}`, { timeout: 15_000 });
      await expect.poll(() => stage.locator('select[name="value"]').isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);
      expect(await stage.locator('select[name="value"]').inputValue()).toBe('closedwon');
      expect(await stage.locator('textarea[name="note"]').inputValue()).toBe('Signed on the call.');
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.closest("form") && document.activeElement.closest("form").id')).toBe('dec-1-form');
      expect(posts).toEqual([`${base}/calls/${BUSY_CALL}/review`]);

      await confirmClosing(page, stage);
      const record = (await getJson(blobs, callKeys.crm(BUSY_CALL), (raw) => CrmRecord.parse(raw)))!;
      expect(record.review.decisions.map((d) => [d.id, d.state, d.value, d.note])).toEqual([
        ['contact', 'pending', null, null],
        ['deal-stage', 'approved', 'closedwon', 'Signed on the call.'],
      ]);
      // Sent: nothing typed is kept in the tab any longer.
      expect(await page.evaluate('Object.keys(sessionStorage).filter((k) => k.startsWith("callscribe:typed:"))')).toEqual([]);
      expect(problems.filter((p) => !p.startsWith('412: ') && !p.includes('status of 412'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a form sent from a page of an earlier session comes back as typed (escaped), not saved; sent again, it is', async () => {
    const { context, page } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${SESSION_CALL}`);
      const typed = 'They sign <b>Friday</b> after "legal" reads it.\nThen the PO & kickoff.';
      await page.locator('details.correct summary').click();
      await page.locator('#c-summary').fill(typed);
      await page.locator('#c-note').fill('Heard it <i>again</i>.');
      // Signed in again in another tab: this page's token is from the earlier session.
      await signIn(await context.newPage(), base, MANAGER.key);

      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#correct-form button[type="submit"]').click()]);
      expect(answer.status()).toBe(403);
      await page.waitForLoadState();
      expect(await page.locator('.flash-error').innerText()).toContain('(for operators: CSRF_INVALID)');
      expect(await page.locator('#c-summary').inputValue()).toBe(typed);
      expect(await page.locator('#c-note').inputValue()).toBe('Heard it <i>again</i>.');
      expect(await page.locator('#correct-form b, #correct-form i').count()).toBe(0);
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('c-summary');
      const stored = async () => (await getJson(blobs, callKeys.insights(SESSION_CALL), (raw) => Insights.parse(raw)))!.summary;
      expect(await stored()).toBe('The buyer read the proposal.\nLegal reviews it for a week, then they sign.');

      await Promise.all([page.waitForURL(/\?m=corrected#done$/), page.locator('#correct-form button[type="submit"]').click()]);
      expect(await stored()).toBe(typed);
    } finally {
      await context.close();
    }
  });
  it('sending one form keeps what was typed in the others: after the decision, the correction and the other note are as typed', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${TYPED_CALL}`);
      await page.locator('details.correct summary').click();
      await page.locator('#c-summary').fill('The buyer signs after legal reads it.');
      await page.locator('#dec-0-form textarea[name="note"]').fill('Check the e-mail first.');
      await Promise.all([page.waitForURL(/\?m=decided#done$/), page.locator('#dec-1-form button[value="approve"]').click()]);
      // The forms wait while the CRM is updated; once it has, the page opens them again by itself, as typed.
      await updateCall(blobs, TYPED_CALL, (c) => { c.status = 'needs_review'; }, new Date());
      await expect.poll(() => page.locator('#c-summary').count(), { timeout: 15_000, interval: 200 }).toBe(1);
      await expect.poll(() => page.locator('#c-summary').inputValue(), { timeout: 10_000, interval: 200 }).toBe('The buyer signs after legal reads it.');
      expect(await page.locator('details.correct').getAttribute('open')).not.toBeNull();
      expect(await page.locator('#dec-0-form textarea[name="note"]').inputValue()).toBe('Check the e-mail first.');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after a correction the page opens at its notice in the Corrections section, which waits while the CRM is updated and opens by itself after', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${CORRECTED_CALL}`);
      await page.locator('details.correct summary').click();
      await page.locator('#c-summary').fill('The buyer signs after legal reads it.');
      await Promise.all([page.waitForURL(/\?m=corrected#done$/), page.locator('#correct-form button[type="submit"]').click()]);
      expect(synced).toContain(CORRECTED_CALL);
      const corrections = page.locator('section[aria-labelledby="correct-h"]');
      expect(await corrections.locator('#done').innerText()).toContain('Correction saved');
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('done');
      expect(await corrections.locator('#correct-wait').getAttribute('role')).toBe('status');
      expect(await page.locator('#c-summary').isDisabled()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      // The sync ends: the page reloads by itself, the form open to correct again, the focus at it.
      await updateCall(blobs, CORRECTED_CALL, (c) => { c.status = 'needs_review'; }, new Date());
      await expect.poll(() => page.locator('#c-summary').isEnabled(), { timeout: 15_000, interval: 200 }).toBe(true);
      expect(await page.locator('#correct-wait').count()).toBe(0);
      expect(await page.locator('#c-summary').inputValue()).toBe('The buyer signs after legal reads it.');
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.closest("section") && document.activeElement.closest("section").getAttribute("aria-labelledby")')).toBe('correct-h');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a refusal about one field marks it and puts the focus there; a refusal of the whole form focuses the chosen radio, not the first', async () => {
    const { context, page } = await openContext(browser);
    const focused = () => page.evaluate('document.activeElement && document.activeElement.id');
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${REFUSED_CALL}`);
      await page.locator('details.correct summary').click();
      await page.locator('#c-summary').fill('   ');
      const [corrected] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#correct-form button[type="submit"]').click()]);
      expect(corrected.status()).toBe(422);
      await page.waitForLoadState();
      await expect.poll(focused).toBe('c-summary');
      expect(await page.locator('#c-summary').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#c-summary').getAttribute('aria-describedby')).toBe('correct-form-error');
      expect(await page.locator('#c-item-0-text').getAttribute('aria-invalid')).toBeNull();

      // The call changed meanwhile: nothing in the form is at fault, and the focus is on the choice made.
      await page.goto(`${base}/calls/${REFUSED_CALL}`);
      await page.locator('#dec-0-form input[value="existing"]').check();
      await page.locator('#dec-0-form input[name="contactId"]').fill('c-1001');
      await updateCall(blobs, REFUSED_CALL, (c) => { c.updatedAt = new Date().toISOString(); }, new Date());
      const [decided] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#dec-0-form button[value="approve"]').click()]);
      expect(decided.status()).toBe(412);
      await page.waitForLoadState();
      await expect.poll(focused).toBe('dec-0-existing');
      expect(await page.locator('#dec-0-form [aria-invalid]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a correction typed while another manager corrects the call is put back with only what was typed: saving it keeps their change', async () => {
    const { context, page } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/calls/${SHARED_CALL}`);
      await page.locator('details.correct summary').click();
      await page.locator('#c-summary').fill('The buyer signs after legal reads it.');
      // Another manager corrects the first action item meanwhile, and its sync finishes.
      const other = await app.inject({ method: 'PATCH', url: `/v1/calls/${SHARED_CALL}/insights`, headers: { authorization: `Bearer ${MANAGER.key}` }, payload: { actionItems: [{ index: 0, text: 'Send the signed contract' }] } });
      expect(other.statusCode).toBe(200);
      await updateCall(blobs, SHARED_CALL, (c) => { c.status = 'needs_review'; }, new Date());
      // A decision sent from the page is refused (the call changed); the correction typed is put back into the latest version.
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#dec-1-form button[value="approve"]').click()]);
      expect(answer.status()).toBe(412);
      await page.waitForLoadState();
      await expect.poll(() => page.locator('#c-summary').inputValue()).toBe('The buyer signs after legal reads it.');
      expect(await page.locator('#c-item-0-text').inputValue()).toBe('Send the signed contract');

      await Promise.all([page.waitForURL(/\?m=corrected#done$/), page.locator('#correct-form button[type="submit"]').click()]);
      const stored = (await getJson(blobs, callKeys.insights(SHARED_CALL), (raw) => Insights.parse(raw)))!;
      expect([stored.summary, stored.actionItems.map((a) => a.text)]).toEqual(['The buyer signs after legal reads it.', ['Send the signed contract', 'Book the legal review']]);
    } finally {
      await context.close();
    }
  });
});
