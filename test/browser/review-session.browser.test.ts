import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { launchChromium, openContext, signIn } from '../helpers/browser.ts';
import { storeCallAwaitingReview } from '../helpers/review-calls.ts';
import { wavBytes } from '../helpers/tone-audio.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The session and the refused forms in Chromium against the app on loopback (no pipeline: the call is stored as
// sync leaves one awaiting review). Another site, as the CRM or Slack is, is a page on `localhost`: a different
// site from `127.0.0.1` for the browser's SameSite rules.

const MANAGER = apiKey('manager', 'mgr-Lee-7f3c9a2b41d8e6', 'lee@example.com');
const CALL = `c_${'b8'.repeat(12)}`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let crm: Server;
let crmBase: string;
let browser: Browser;

beforeAll(async () => {
  temp = await makeTempDir();
  const blobs = createFsBlobStore(temp.dir);
  review = await reviewDeps(blobs);
  app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], session: { secret: 'test-session-secret-0123456789abcdef' }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  const wav = wavBytes([new Int16Array(16 * 8000)], 8000);
  const key = `calls/${CALL}/original.wav`;
  await blobs.put(key, wav, { contentType: 'audio/wav' });
  await storeCallAwaitingReview(blobs, CALL, { recording: { key, filename: 'call.wav', contentType: 'audio/wav', bytes: wav.length, sha256: '0'.repeat(64) } });
  await review.reindexCall(CALL);
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
      expect(await page.locator('.flash-error').innerText()).toMatch(/\((VALUE_REQUIRED|VALUE_INVALID)\)/);
      expect(await page.locator('#dec-0-form input[value="existing"]').isChecked()).toBe(true);
      expect(await page.locator('#dec-0-form textarea[name="note"]').inputValue()).toBe('Nina is in the CRM already.');
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.closest("form") && document.activeElement.closest("form").id')).toBe('dec-0-form');

      // Signed out in another tab: the next post goes to sign in, then back to the call page.
      await page.goto(`${base}/calls/${CALL}`);
      const other = await context.newPage();
      await other.goto(`${base}/`);
      await Promise.all([other.waitForURL(/\/sign-in$/), other.locator('form.sign-out button').click()]);
      await Promise.all([page.waitForURL(/\/sign-in\?next=/), page.locator('#dec-1-form button[value="reject"]').click()]);
      expect(new URL(page.url()).searchParams.get('next')).toBe(`/calls/${CALL}`);
      await page.locator('#key').fill(MANAGER.key);
      await Promise.all([page.waitForURL(`${base}/calls/${CALL}`), page.locator('form.sign-in-form button[type="submit"]').click()]);
    } finally {
      await context.close();
    }
  });
});
