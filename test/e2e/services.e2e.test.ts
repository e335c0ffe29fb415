import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { freePort } from '../helpers/free-port.ts';
import { writeDemoLocalCrm } from '../helpers/local-crm.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The production shape: `serve` and `work` as separate processes sharing Redis and S3 over the network.
describe('serve and work as separate processes', () => {
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let api: ServiceProcess;
  let worker: ServiceProcess;
  let port: number;
  // The rep the sample call names: a rep files calls under their own e-mail only (REP_NOT_YOURS).
  const key = 'rep:laura.schmidt@example.com:test-rep-key-0123456789';

  beforeAll(async () => {
    temp = await makeTempDir();
    // The contacts and deals the call is synced against: `work` starts an empty local CRM of its own.
    await writeDemoLocalCrm(temp.dir);
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls-e2e']);
    port = await freePort();
    const env = {
      REDIS_URL: redis.url!,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'calls-e2e',
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      DATA_DIR: temp.dir,
      API_KEYS: key,
      PORT: String(port),
    };
    api = startService(['serve'], env);
    worker = startService(['work'], env);
  });

  afterAll(async () => {
    for (const s of [api, worker]) if (s && s.child.exitCode === null) s.child.kill('SIGKILL');
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('processes an upload end to end, logs pino JSON, and both exit 0 on SIGTERM', async () => {
    const f = fixtureCall('stalled-followup-kestrel');
    const auth = { authorization: `Bearer ${key.split(':').at(-1)}` };
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok === true, 'the API');
    await until(() => worker.output().includes('workers started'), 'the workers');

    const form = new FormData();
    form.set('meta', JSON.stringify(f.meta));
    form.set('file', new Blob([await readFile(f.audio)], { type: 'audio/ogg' }), 'call.ogg');
    const res = await fetch(`http://127.0.0.1:${port}/v1/calls`, { method: 'POST', body: form, headers: auth });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };

    let call = { status: '', review: null as { reason: string } | null };
    await until(async () => {
      const got = await fetch(`http://127.0.0.1:${port}/v1/calls/${id}`, { headers: auth });
      expect(got.status).toBe(200);
      call = ((await got.json()) as { call: typeof call }).call;
      return ['done', 'needs_review', 'failed'].includes(call.status);
    }, 'the call to finish', 240_000);
    // Synced: done, or (when the local engine's transcript of these synthetic voices is too unsure to
    // summarise) waiting for a person to check it.
    if (call.status === 'needs_review') expect(call.review?.reason).toMatch(/^TRANSCRIPT_UNRELIABLE/);
    else expect(call.status).toBe('done');

    // The worker logs a step's end after it saves the call, so the API can show the status first.
    // Every whole line written so far is pino JSON (the last one may still be on its way).
    const logs = () => {
      const out = worker.output();
      const lines = out.slice(0, out.lastIndexOf('\n')).split('\n').filter((l) => l !== '');
      return lines.map((l) => JSON.parse(l) as { level: number; msg: string; callId?: string });
    };
    await until(() => logs().some((l) => l.callId === id && l.msg.startsWith('sync finished')), 'the worker to log the end of sync', 15_000);
    // No transcript text in the logs.
    expect(worker.output()).not.toMatch(/pricing sheet/i);

    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(await worker.exited).toBe(0);
  }, 300_000);
});
