import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { Call, StepRun } from '../../src/domain/call.ts';
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
/** A second call, walked through its steps one run at a time. */
const WALKED = `c_${'8'.repeat(24)}`;
/** A third call, whose steps table cannot be fetched. */
const UNFETCHED = `c_${'9'.repeat(24)}`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let blobs: BlobStore;
let review: Awaited<ReturnType<typeof reviewDeps>>;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let pieces: { chunksDone: number; chunksTotal: number } | null = null;

async function callAt(status: Call['status'], extra: Partial<Call> = {}, id = ID): Promise<void> {
  await storeCall(blobs, syntheticCall(id, { status, meta: { startedAt: '2026-11-17T14:00:00Z', rep: { name: 'Priya Raman', email: REP.email } }, ...extra }));
  await review.reindexCall(id);
}

/** A run of a step as the pipeline records it, started `second` seconds into the walk; finished ones took 2.5 s. */
function run(step: StepRun['step'], second: number, outcome: StepRun['outcome'], attempt = 1, errorCode: string | null = null): StepRun {
  const startedAt = new Date(Date.parse('2026-11-17T14:05:00Z') + second * 1000);
  const finished = outcome !== 'running';
  return { step, startedAt: startedAt.toISOString(), finishedAt: finished ? new Date(startedAt.getTime() + 2500).toISOString() : null, durationMs: finished ? 2500 : null, attempt, outcome, errorCode };
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
  const audio = await readFile(join(REPO_ROOT, 'fixtures', 'calls', 'discovery-brightline', 'call.ogg'));
  for (const id of [ID, WALKED, UNFETCHED]) await blobs.put(syntheticCall(id).recording!.key, audio, { contentType: 'audio/ogg' });
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

  it('its steps table gains and updates rows as the call goes on, without a reload, open or closed and scrolled as the reader left it', async () => {
    const { context, page, problems } = await openContext(browser);
    const watched: string[] = [];
    const tablesFetched: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === `/v1/calls/${WALKED}`) watched.push(path);
      if (path === `/calls/${WALKED}/steps`) tablesFetched.push(path);
    });
    const walk = (status: Call['status'], ...steps: StepRun[]) => callAt(status, { steps }, WALKED);
    /** Each row's step, time taken, attempt and outcome. */
    const rows = () => page.locator('details.steps tbody tr').evaluateAll((trs: any[]) => trs.map((tr) => [0, 2, 3, 4].map((i) => tr.cells[i].textContent.trim()).join(' | ')));
    const isOpen = () => page.locator('details.steps').evaluate((d: any) => d.open);
    try {
      await walk('received');
      await signIn(page, base, REP.key);
      await page.goto(`${base}/calls/${WALKED}`);
      expect(await page.locator('details.steps').count()).toBe(0);
      await page.evaluate('window.sameDocument = true');
      // The call is looked at and its steps have not changed: the table is not fetched.
      await expect.poll(() => watched.length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(tablesFetched).toEqual([]);

      // The first step starts: the table appears, open, where the server puts it (after the status box).
      await walk('received', run('ingest', 0, 'running'));
      await expect.poll(rows, { timeout: 15_000 }).toEqual(['ingest | running | 1 | running']);
      expect(await isOpen()).toBe(true);
      expect(await page.locator('.progress-box + details.steps').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);

      await walk('preparing', run('ingest', 0, 'ok'), run('prepare', 3, 'running'));
      await expect.poll(rows, { timeout: 15_000 }).toEqual(['ingest | 2.5 s | 1 | done', 'prepare | running | 1 | running']);

      // The reader closes the table: it stays closed, with the focus on its summary, as a step fails and is retried.
      await page.locator('details.steps > summary').click();
      expect(await isOpen()).toBe(false);
      await walk('transcribing', run('ingest', 0, 'ok'), run('prepare', 3, 'ok'), run('transcribe', 6, 'retrying', 1, 'NETWORK'));
      await expect.poll(rows, { timeout: 15_000 }).toEqual(['ingest | 2.5 s | 1 | done', 'prepare | 2.5 s | 1 | done', 'transcribe | 2.5 s | 1 | will retry NETWORK']);
      expect(await isOpen()).toBe(false);
      expect(await page.evaluate('document.activeElement.matches("details.steps > summary")')).toBe(true);

      // Open again, the focus on its frame, the page scrolled past it: a new row moves neither the focus nor what the
      // reader sees below the table.
      await page.locator('details.steps > summary').click();
      await page.locator('details.steps .table-wrap').focus();
      await page.setViewportSize({ width: 1280, height: 320 });
      const below = page.locator('details.steps + *');
      const scrolledTo = await below.evaluate((el: any) => (el.ownerDocument.defaultView.scrollBy(0, el.getBoundingClientRect().top + 40), el.getBoundingClientRect().top));
      expect(scrolledTo).toBeLessThan(0);
      await walk('transcribing', run('ingest', 0, 'ok'), run('prepare', 3, 'ok'), run('transcribe', 6, 'retrying', 1, 'NETWORK'), run('transcribe', 12, 'running', 2));
      await expect.poll(rows, { timeout: 15_000 }).toHaveLength(4);
      expect((await rows())[3]).toBe('transcribe | running | 2 | running');
      expect(await isOpen()).toBe(true);
      expect(await page.evaluate('document.activeElement.matches("details.steps .table-wrap")')).toBe(true);
      expect(Math.abs(await below.evaluate((el: any) => el.getBoundingClientRect().top) - scrolledTo)).toBeLessThan(2);
      // The same in a browser that does not anchor the scroll position by itself: the script keeps it.
      await page.evaluate("document.documentElement.style.overflowAnchor = 'none'");
      await walk('transcribing', run('ingest', 0, 'ok'), run('prepare', 3, 'ok'), run('transcribe', 6, 'retrying', 1, 'NETWORK'), run('transcribe', 12, 'retrying', 2, 'NETWORK'), run('transcribe', 18, 'running', 3));
      await expect.poll(rows, { timeout: 15_000 }).toHaveLength(5);
      expect((await rows()).slice(3)).toEqual(['transcribe | 2.5 s | 2 | will retry NETWORK', 'transcribe | running | 3 | running']);
      expect(Math.abs(await below.evaluate((el: any) => el.getBoundingClientRect().top) - scrolledTo)).toBeLessThan(2);
      expect(await page.evaluate('document.activeElement.matches("details.steps .table-wrap")')).toBe(true);

      // Looked at again with nothing new: the table is not fetched again. And the page was never reloaded.
      const fetched = tablesFetched.length;
      const looks = watched.length;
      await expect.poll(() => watched.length, { timeout: 30_000 }).toBeGreaterThan(looks + 1);
      expect(tablesFetched.length).toBe(fetched);
      expect(fetched).toBe(5);
      expect(await page.evaluate('window.sameDocument')).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
  it('backs off as before while its steps table cannot be fetched, and asks again for the same runs only after a failure', async () => {
    const { context, page } = await openContext(browser);
    const looks: number[] = [];
    let tables = 0;
    let answer: 'fail' | 'other-key' = 'fail';
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/v1/calls/${UNFETCHED}`) looks.push(Date.now());
    });
    await page.route(`**/calls/${UNFETCHED}/steps`, async (route) => {
      tables += 1;
      if (answer === 'fail') return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"STORAGE_UNAVAILABLE","message":"later"}}' });
      // A table that names its runs otherwise than the script does (the server's key changed, the script's not).
      const served = await route.fetch();
      return route.fulfill({ response: served, body: (await served.text()).replace(/data-steps="[^"]*"/, 'data-steps="named otherwise"') });
    });
    try {
      await callAt('preparing', { steps: [run('ingest', 0, 'ok')] }, UNFETCHED);
      await signIn(page, base, REP.key);
      await page.goto(`${base}/calls/${UNFETCHED}`);
      await callAt('preparing', { steps: [run('ingest', 0, 'ok'), run('prepare', 3, 'running')] }, UNFETCHED);
      // Every look finds the table behind and tries again, but the looks slow down as when nothing changes.
      await expect.poll(() => looks.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
      const gaps = looks.slice(1).map((t, i) => t - looks[i]!);
      expect(Math.max(...gaps.slice(-2))).toBeGreaterThan(3_000);
      expect(tables).toBeGreaterThanOrEqual(4);

      // The table comes, naming its runs otherwise: it is not fetched again for the same runs.
      answer = 'other-key';
      await expect.poll(() => page.locator('details.steps tbody tr').count(), { timeout: 20_000 }).toBe(2);
      const fetched = tables;
      const seen = looks.length;
      await expect.poll(() => looks.length, { timeout: 30_000 }).toBeGreaterThan(seen + 1);
      expect(tables).toBe(fetched);
    } finally {
      await context.close();
    }
  }, 120_000);
});
