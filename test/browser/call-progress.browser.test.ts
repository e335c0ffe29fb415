import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { launchChromium, openContext, seriousViolations, signIn } from '../helpers/browser.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { REPO_ROOT } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A rep watches their call being processed in Chromium, against the app on loopback (no pipeline: the call is
// stored as each step leaves it, and the transcription's pieces are counted by the test).

const REP = apiKey('rep', 'rep-Priya-5b8e2d7c19a4f3', 'priya@example.com');
const ID = `c_${'7'.repeat(24)}`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let blobs: BlobStore;
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let pieces: { chunksDone: number; chunksTotal: number } | null = null;

async function callAt(status: Call['status'], extra: Partial<Call> = {}): Promise<void> {
  await storeCall(blobs, syntheticCall(ID, { status, meta: { startedAt: '2026-11-17T14:00:00Z', rep: { name: 'Priya Raman', email: REP.email } }, ...extra }));
  await review.reindexCall(ID);
}

beforeAll(async () => {
  temp = await makeTempDir();
  blobs = createFsBlobStore(temp.dir);
  review = await reviewDeps(blobs);
  app = await buildApp({
    ...review,
    blobs,
    enqueue: async () => {},
    transcribeProgress: async () => pieces,
    apiKeys: [REP],
    session: { secret: 'test-session-secret-0123456789abcdef' },
    maxUploadBytes: 1e6,
    clock: () => new Date(),
    logger: silentLogger,
  });
  // The call's recording, so its player loads as on a real call's page.
  const recording = syntheticCall(ID).recording!;
  await blobs.put(recording.key, await readFile(join(REPO_ROOT, 'fixtures', 'calls', 'discovery-brightline', 'call.ogg')), { contentType: 'audio/ogg' });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await review?.close();
  await temp?.cleanup();
});

describe('a call being processed, in Chromium', () => {
  it('its page says each step as the call reaches it, counts the transcribed pieces, and opens the results when it has finished', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      pieces = { chunksDone: 1, chunksTotal: 4 };
      await callAt('transcribing');
      await signIn(page, base, REP.key);
      await page.goto(`${base}/calls/${ID}`);
      const region = page.locator('#live-text[role="status"]');
      expect(await region.textContent()).toBe('Transcribing: 1 of 4 pieces done.');
      // The script says the page follows the call (without it, the page asks for a reload).
      await expect.poll(() => page.locator('.live-how').textContent()).toBe('This page follows the call and shows its results once it has finished.');
      expect(await seriousViolations(page)).toEqual([]);

      pieces = { chunksDone: 3, chunksTotal: 4 };
      await expect.poll(() => region.textContent(), { timeout: 15_000 }).toBe('Transcribing: 3 of 4 pieces done.');
      expect(await page.locator('progress').evaluate((bar: any) => [bar.value, bar.max, bar.hidden])).toEqual([3, 4, false]);

      await callAt('extracting');
      await expect.poll(() => region.textContent(), { timeout: 15_000 }).toBe('Finding the summary, the action items and any deal-stage change.');
      expect(await page.locator('progress').evaluate((bar: any) => bar.hidden)).toBe(true);

      // Finished: the page opens again on the results, with the focus on the call's title, and stops following.
      await callAt('preparing');
      await expect.poll(() => region.textContent(), { timeout: 15_000 }).toBe('Preparing the audio for transcription.');
      await callAt('done');
      await page.locator('[data-watch]').waitFor({ state: 'detached', timeout: 15_000 });
      expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('H1');
      expect(await page.locator('.chip-done').count()).toBeGreaterThan(0);

      // A reader who was in a section when the call finished continues at that section's heading.
      await callAt('syncing');
      await page.goto(`${base}/calls/${ID}`);
      const inSection = page.locator('section[aria-labelledby] :is(a[href], button, summary):visible').first();
      const heading = await inSection.evaluate((el: any) => el.closest('section').getAttribute('aria-labelledby'));
      await inSection.focus();
      await callAt('done');
      await page.locator('[data-watch]').waitFor({ state: 'detached', timeout: 15_000 });
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(heading);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
