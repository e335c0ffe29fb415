import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { launchChromium, openContext, seriousViolations } from '../helpers/browser.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A manager erases a call from its page in Chromium, with the keyboard alone, against the app on loopback
// (embedded S3, PGlite index; no pipeline: the call is stored as a finished one leaves it).

const MANAGER = apiKey('manager', 'mgr-Lee-7f3c9a2b41d8e6', 'lee@example.com');
const CALL = testCallId(7);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let s3: EmbeddedS3;
let blobs: S3BlobStore;
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let browser: Browser;

beforeAll(async () => {
  temp = await makeTempDir();
  s3 = await startEmbeddedS3(join(temp.dir, 's3'), []);
  blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'erase-browser', forcePathStyle: true, credentials: s3.credentials });
  await blobs.ensureBucket();
  review = await reviewDeps(blobs);
  app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], session: { secret: 'test-session-secret-0123456789abcdef' }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  await storeFullCall(blobs, CALL, { meta: { rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: 'Elena Novak', company: 'Brightline Foods' } } });
  await review.reindexCall(CALL);
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await review?.close();
  await s3?.stop();
  await temp?.cleanup();
});

/** Presses Tab until `isTarget` (an expression on `document.activeElement`, as `el`) holds. */
async function tabTo(page: Page, isTarget: string, what: string): Promise<void> {
  const focused = () => page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${isTarget})); })()`);
  let presses = 0;
  while (!(await focused())) {
    if (++presses > 200) throw new Error(`Tab never reached ${what}`);
    await page.keyboard.press('Tab');
  }
}

/** The focused element's accessible description: the text of the elements its aria-describedby names. */
const focusedDescription = (page: Page) =>
  page.evaluate(`(() => (document.activeElement.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '))()`) as Promise<string>;

describe('erasing a call in Chromium', () => {
  it('with the keyboard alone: reach the labelled control, read what goes and what stays, erase, read what stays in the CRM; axe finds nothing serious', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await page.goto(`${base}/sign-in`);
      // Chromium may apply autofocus after the load event: wait for it, as a person waits for the caret.
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('key');
      await page.keyboard.type(MANAGER.key);
      await Promise.all([page.waitForURL(`${base}/`), page.keyboard.press('Enter')]);
      await page.goto(`${base}/calls/${CALL}`);

      await tabTo(page, "el.tagName === 'A' && el.textContent === 'Erase this call…'", 'the erase control');
      expect(await focusedDescription(page)).toContain('The next page says what stays in the CRM and asks you to confirm.');
      await Promise.all([page.waitForURL(`${base}/calls/${CALL}/erase`), page.keyboard.press('Enter')]);

      expect(await page.locator('h1').textContent()).toBe('Erase this call?');
      expect(await page.locator('section[aria-labelledby="stays-h"] li').allTextContents()).toEqual(expect.arrayContaining(['Call log log-1', 'Task “Send the contract” task-1', 'Contact callscribe created ct-1']));
      expect(await seriousViolations(page)).toEqual([]);
      // The way back comes after the button, and both are reached by Tab.
      await tabTo(page, "el.tagName === 'BUTTON' && el.textContent === 'Erase this call'", 'the confirm button');
      expect(await focusedDescription(page)).toContain('This cannot be undone.');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Cancel, keep the call');
      await page.keyboard.press('Shift+Tab');
      await Promise.all([page.waitForURL(`${base}/calls/${CALL}/erase`), page.waitForSelector('h1:text("Call erased")'), page.keyboard.press('Enter')]);

      expect(await page.locator('[role="status"]').textContent()).toContain(CALL);
      expect(await page.locator('section[aria-labelledby="stays-h"] li').allTextContents()).toEqual(expect.arrayContaining(['Call log log-1', 'Task “Send the contract” task-1']));
      expect(await seriousViolations(page)).toEqual([]);
      expect(await keysOf(blobs, CALL)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
