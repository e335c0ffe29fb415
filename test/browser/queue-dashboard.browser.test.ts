import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { openAllQueues } from '../../src/queues/all-queues.ts';
import { launchChromium, openContext, signIn } from '../helpers/browser.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');

describe('the queue dashboard in Chromium, under its content security policy', () => {
  let redis: EmbeddedRedis;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let watched: ReturnType<typeof openAllQueues>;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  const prefix = `test-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    watched = openAllQueues(redis.connection, prefix);
    await watched.queues[0]!.add('ingest', { callId: 'c_1' }, { jobId: 'c_1-ingest' });
    app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger, queueDashboard: watched.queues });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await watched?.close();
    await review?.close();
    await temp?.cleanup();
    await redis?.stop();
  });

  it('renders every queue for a signed-in manager, its scripts and styles loaded (only the third-party web fonts refused)', async () => {
    const { context, page, problems } = await openContext(browser);
    try {
      await signIn(page, base, MANAGER.key);
      await page.goto(`${base}/admin/queues`);
      await page.getByText(`${prefix}-transcribe-chunk`).first().waitFor();
      for (const step of ['ingest', 'prepare', 'transcribe', 'extract', 'sync']) expect(await page.getByText(`${prefix}-${step}`).count(), step).toBeGreaterThan(0);
      expect(problems.filter((p) => !p.includes('fonts.googleapis.com'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
