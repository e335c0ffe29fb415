import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { readinessChecks } from '../../src/runtime/readiness-checks.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { freePort } from '../helpers/free-port.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

type Body = { ready: boolean; checks: Record<string, { ok: boolean; ms: number; error?: string }> };

describe('/readyz against the real Redis, S3 and call index', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redisPort: number;
  let redis: EmbeddedRedis | null = null;
  let s3: EmbeddedS3 | null = null;
  let hubspot: HubSpotFake;
  let blobs: S3BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let readiness: ReturnType<typeof readinessChecks>;
  let app: FastifyInstance;
  const bucket = `test-${randomUUID().slice(0, 8)}`;

  const ready = async () => {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    return { status: res.statusCode, body: res.json() as Body };
  };
  /** Polls until /readyz answers `status` (a reconnect takes ioredis a moment). */
  const until = async (status: number, ms = 10_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const answer = await ready();
      if (answer.status === status || Date.now() > deadline) return answer;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    temp = await makeTempDir();
    redisPort = await freePort();
    redis = await startEmbeddedRedis({ tcpPort: redisPort });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), [bucket]);
    hubspot = await startHubSpotFake();
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket, forcePathStyle: true, credentials: s3.credentials });
    review = await reviewDeps(blobs);
    const crm = createHubSpotCrm({ accessToken: hubspot.accessToken, baseUrl: hubspot.baseUrl });
    readiness = readinessChecks({ redis: { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null }, s3: { client: blobs.client, bucket }, index: review.index, crm, crmCheckTtlMs: 0 });
    app = await buildApp({
      ...review, blobs, enqueue: async () => undefined, apiKeys: [], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      readiness: readiness.checks,
    });
  });
  afterAll(async () => {
    await app?.close();
    await readiness?.close();
    await review?.close();
    await hubspot?.close();
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('is ready when every dependency answers, names Redis while it is down, and is ready again once it is back', async () => {
    const up = await ready();
    expect(up.status).toBe(200);
    expect(up.body.ready).toBe(true);
    expect(Object.keys(up.body.checks).sort()).toEqual(['crm', 'index', 'redis', 's3']);
    expect(Object.values(up.body.checks).every((c) => c.ok)).toBe(true);
    expect(hubspot.requests.some((r) => r.path.startsWith('/crm/v3/owners'))).toBe(true);

    await redis!.stop();
    redis = null;
    const started = Date.now();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.ready).toBe(false);
    expect(down.body.checks.redis).toMatchObject({ ok: false, error: expect.stringMatching(/^Redis did not answer PING: .+/) });
    expect(down.body.checks.s3!.ok).toBe(true);
    // Bounded: a dead dependency answers within the check's timeout, not the client's reconnect schedule.
    expect(Date.now() - started).toBeLessThan(3000);

    redis = await startEmbeddedRedis({ tcpPort: redisPort });
    const back = await until(200);
    expect(back.status).toBe(200);
    expect(back.body.checks.redis!.ok).toBe(true);
  });

  it('names the CRM when it refuses our credentials', async () => {
    hubspot.setAccessToken('pat-na1-rotated');
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      expect(res.body.checks.crm).toMatchObject({ ok: false, error: expect.stringContaining('hubspot CRM refused') });
      expect(res.body.checks.redis!.ok).toBe(true);
    } finally {
      hubspot.setAccessToken(hubspot.accessToken);
    }
  });

  it('names S3 when the object store is down', async () => {
    await s3!.stop();
    s3 = null;
    const res = await ready();
    expect(res.status).toBe(503);
    expect(res.body.checks.s3).toMatchObject({ ok: false, error: expect.stringContaining(`Bucket ${bucket}`) });
    expect(res.body.checks.index!.ok).toBe(true);
  });
});
