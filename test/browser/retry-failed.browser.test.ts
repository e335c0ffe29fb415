import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { launchChromium, openContext, seriousViolations } from '../helpers/browser.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A manager retries the failed calls of one cause from the call list in Chromium, with the keyboard alone,
// against the app on loopback (no pipeline: the failed calls are stored as a failed step leaves them, and
// the queued steps are recorded).

const MANAGER = apiKey('manager', 'mgr-Lee-7f3c9a2b41d8e6', 'lee@example.com');
const id = (n: number) => `c_${String(n).padStart(24, '0')}`;
const failedWith = (code: string, step: StepName, day: number) => ({
  status: 'failed' as const,
  meta: { startedAt: `2026-11-${day}T09:00:00Z`, rep: { name: 'Priya Raman', email: 'priya@example.com' } },
  error: { code, message: `${code} happened.`, step, retryable: false, at: `2026-11-${day}T09:05:00.000Z` },
});

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let blobs: BlobStore;
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let browser: Browser;
const queued: { step: StepName; callId: string }[] = [];

beforeAll(async () => {
  temp = await makeTempDir();
  blobs = createFsBlobStore(temp.dir);
  review = await reviewDeps(blobs);
  app = await buildApp({ ...review, blobs, enqueue: async (step, callId) => void queued.push({ step, callId }), apiKeys: [MANAGER], session: { secret: 'test-session-secret-0123456789abcdef' }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  await storeCall(blobs, syntheticCall(id(1), failedWith('AUDIO_UNREADABLE', 'prepare', 11)));
  await storeCall(blobs, syntheticCall(id(2), failedWith('OPENAI_QUOTA_EXCEEDED', 'transcribe', 12)));
  await storeCall(blobs, syntheticCall(id(3), failedWith('OPENAI_QUOTA_EXCEEDED', 'extract', 13)));
  await storeCall(blobs, syntheticCall(id(4), { status: 'done' }));
  for (const n of [1, 2, 3, 4]) await review.reindexCall(id(n));
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await review?.close();
  await temp?.cleanup();
});

/** Presses Tab until `isTarget` (an expression on `document.activeElement`, as `el`) holds. */
async function tabTo(page: Page, isTarget: string, what: string): Promise<void> {
  const focused = () => page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${isTarget})); })()`);
  let presses = 0;
  while (!(await focused())) {
    if (++presses > 100) throw new Error(`Tab never reached ${what}`);
    await page.keyboard.press('Tab');
  }
}

describe('retrying failed calls by cause in Chromium', () => {
  it('with the keyboard alone: filter on failed, reach the labelled button of one cause, retry, read the notice', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      // Sign in: the key field has the focus when the page opens.
      await page.goto(`${base}/sign-in`);
      // Chromium may apply autofocus after the load event: wait for it, as a person waits for the caret.
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('key');
      await page.keyboard.type(MANAGER.key);
      await Promise.all([page.waitForURL(`${base}/`), page.keyboard.press('Enter')]);
      expect(await page.locator('.failed-causes').count()).toBe(0);

      // Filter the list on failed calls.
      await tabTo(page, "el.id === 'f-status'", 'the status filter');
      await page.keyboard.type('Failed');
      expect(await page.locator('#f-status').inputValue()).toBe('failed');
      await tabTo(page, "el.closest('form.filters') && el.type === 'submit'", 'the Filter button');
      await Promise.all([page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('status') === 'failed'), page.keyboard.press('Enter')]);

      // The causes, most calls first, each button named by its cause.
      const causes = page.locator('.cause-list .cause');
      expect(await causes.allInnerTexts()).toEqual(['OPENAI_QUOTA_EXCEEDED — 2 calls', 'AUDIO_UNREADABLE — 1 call']);
      const retryQuota = page.getByRole('button', { name: 'Retry these calls (2 calls that failed with OPENAI_QUOTA_EXCEEDED)' });
      expect(await retryQuota.count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);

      await tabTo(page, "el.tagName === 'BUTTON' && el.form?.querySelector('input[name=code]')?.value === 'OPENAI_QUOTA_EXCEEDED'", 'the retry button of OPENAI_QUOTA_EXCEEDED');
      expect(await retryQuota.evaluate((el) => el === (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.keyboard.press('Enter')]);
      expect(answer.headers().location).toBe('/?status=failed&code=OPENAI_QUOTA_EXCEEDED&retried=2&skipped=0#done');
      await page.waitForLoadState();

      // The notice is read first (the focus is on it), and shown once: the address no longer carries it.
      expect(await page.getByRole('status').first().innerText()).toBe('2 calls queued again; 0 skipped (OPENAI_QUOTA_EXCEEDED).');
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('done');
      await expect.poll(() => page.url()).toBe(`${base}/?status=failed`);
      // Several are queued at a time, so in no set order.
      expect([...queued].sort((a, b) => a.callId.localeCompare(b.callId))).toEqual([{ step: 'transcribe', callId: id(2) }, { step: 'extract', callId: id(3) }]);
      expect((await findCall(blobs, id(1)))!.status).toBe('failed');
      expect(await causes.allInnerTexts()).toEqual(['AUDIO_UNREADABLE — 1 call']);
      await page.reload();
      expect(await page.locator('#done').count()).toBe(0);
      expect(await causes.allInnerTexts()).toEqual(['AUDIO_UNREADABLE — 1 call']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
