import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresIndex } from '../../src/adapters/index/postgres/pg-pool.call-index.ts';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { standardWebhookDelivery } from '../helpers/fakes/recording-host.fake.ts';
import { freePort } from '../helpers/free-port.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const BUCKET = 'calls-migration';
const MANAGER_KEY = 'mgr-key-0123456789abcdef';
const REP_KEY = 'rep-key-0123456789abcdef';
const GENERIC_WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const ERASED = `c_${'e'.repeat(24)}`;

/**
 * `serve` started on an index an older callscribe wrote (an older search column: this version rebuilds it
 * when it opens the index, a statement that holds the table). The rebuild is held for as long as the test
 * needs by a transaction that locks the table, as a rebuild of many rows would hold it.
 */
describe('`serve` answers while it migrates the call index', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let postgres: PostgresServer;
  let databaseUrl: string;
  let holder: pg.Client;
  let observer: pg.Client;
  let api: ServiceProcess | null = null;
  let base: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), [BUCKET]);
    postgres = await startPostgresServer();
    databaseUrl = await postgres.createDatabase();
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials: s3.credentials });
    // An indexed call, and the index made to look like one an older version wrote (search version 3).
    await storeCall(blobs, syntheticCall(ERASED, { status: 'done' }));
    const index = await openPostgresIndex(databaseUrl);
    await refreshIndex(blobs, index, ERASED);
    await index.close();
    holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    // Activity is read outside the holder's transaction, which would see one snapshot of it.
    observer = new pg.Client({ connectionString: databaseUrl });
    await observer.connect();
    await holder.query(`UPDATE call_index_meta SET value = '3' WHERE key = 'search_version'`);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE call_index IN ACCESS EXCLUSIVE MODE');
  }, 120_000);

  afterAll(async () => {
    if (api && api.child.exitCode === null) api.child.kill('SIGKILL');
    await holder?.end().catch(() => undefined);
    await observer?.end().catch(() => undefined);
    await postgres?.stop();
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('is live at once, not ready while migrating; the list answers 503 INDEX_MIGRATING with Retry-After, uploads, webhooks and erasures are taken, and all is in the list once it is done', async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = startService(['serve'], {
      REDIS_URL: redis.url!,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: BUCKET,
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      DATA_DIR: temp.dir,
      DATABASE_URL: databaseUrl,
      API_KEYS: `manager:lee@example.com:${MANAGER_KEY},rep:priya@example.com:${REP_KEY}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: base,
      GENERIC_WEBHOOK_SECRET,
      GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com',
    });
    const manager = { authorization: `Bearer ${MANAGER_KEY}` };
    // The migration is under way: its statement waits for the table.
    await until(async () => api!.child.exitCode !== null || (await observer.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%callscribe.call_index%'`)).rowCount === 1, 'the migration to start', 60_000);

    expect(api.child.exitCode, api.output()).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const readyz = await fetch(`${base}/readyz`);
    expect(readyz.status).toBe(503);
    const readiness = (await readyz.json()) as { checks: Record<string, { ok: boolean; error?: string }> };
    expect(readiness.checks.index).toMatchObject({ ok: false, error: expect.stringMatching(/^call index migrating/) });
    expect([readiness.checks.redis?.ok, readiness.checks.s3?.ok]).toEqual([true, true]);

    for (const path of ['/v1/calls', '/v1/calls?q=pricing', '/v1/reports/time-saved']) {
      const res = await fetch(`${base}${path}`, { headers: manager });
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('5');
      expect(((await res.json()) as { error: { code: string } }).error.code, path).toBe('INDEX_MIGRATING');
    }

    const page = await fetch(`${base}/`, { headers: manager });
    expect([page.status, page.headers.get('content-type'), page.headers.get('retry-after')]).toEqual([503, 'text/html; charset=utf-8', '5']);
    expect(await page.text()).toContain('call index migrating');

    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(4000).fill(3)], { type: 'audio/mpeg' }), 'call.mp3');
    const uploaded = await fetch(`${base}/v1/calls`, { method: 'POST', body: form, headers: { authorization: `Bearer ${REP_KEY}` } });
    expect(uploaded.status).toBe(202);
    const { id } = (await uploaded.json()) as { id: string };
    expect((await fetch(`${base}/v1/calls/${id}`, { headers: manager })).status).toBe(200);

    const delivery = standardWebhookDelivery(GENERIC_WEBHOOK_SECRET, `${base}/v1/webhooks/generic`, { recordingUrl: 'https://recordings.example.com/r-1.wav', recordingId: 'r-1', meta: {} });
    const webhook = await fetch(`${base}/v1/webhooks/generic`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
    expect(webhook.status).toBe(202);

    expect((await fetch(`${base}/v1/calls/${ERASED}`, { method: 'DELETE', headers: manager })).status).toBe(200);

    await holder.query('ROLLBACK');
    await until(async () => (await fetch(`${base}/readyz`)).status === 200, 'the index to open', 60_000);
    const { rows } = await observer.query<{ value: string }>(`SELECT value FROM call_index_meta WHERE key = 'search_version'`);
    expect(Number(rows[0]?.value)).toBeGreaterThan(3);
    // What changed meanwhile reached the index through its worker: the upload is listed, the erased call is not.
    let listed: string[] = [];
    await until(async () => {
      const res = await fetch(`${base}/v1/calls`, { headers: manager });
      expect(res.status).toBe(200);
      listed = ((await res.json()) as { calls: { id: string }[] }).calls.map((c) => c.id);
      return listed.includes(id) && !listed.includes(ERASED);
    }, 'the changes made while migrating to be indexed', 30_000);
    expect(listed).toEqual([id]);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
  }, 180_000);
});
