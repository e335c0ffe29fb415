import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { freePort } from '../helpers/free-port.ts';
import { startService, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A service that cannot start must exit with its code, so an orchestrator's restart policy fires: what it
// started before the failure (Redis connections, queues, the index) must not keep it alive.
describe('`serve` and `work` exit when startup fails after Redis and S3 are open', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let env: Record<string, string>;
  const started: ServiceProcess[] = [];
  const servers: Server[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls-startup']);
    env = {
      REDIS_URL: redis.url!,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'calls-startup',
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      DATA_DIR: temp.dir,
      API_KEYS: 'rep:test-rep-key-0123456789',
    };
  });

  afterAll(async () => {
    for (const s of started) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  /** The exit code, or 'still running' when the process outlives `ms`. */
  const exitOf = async (args: string[], extra: Record<string, string>, ms = 45_000) => {
    const service = startService(args, { ...env, ...extra });
    started.push(service);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([service.exited, new Promise<'still running'>((r) => (timer = setTimeout(() => r('still running'), ms)))]);
    clearTimeout(timer);
    return { code, output: service.output() };
  };

  const occupiedPort = async () => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  };

  it('`serve` exits 2 on a configuration error found after the queues are open', async () => {
    const { code, output } = await exitOf(['serve'], { PORT: String(await freePort()), NOTIFY_WEBHOOK_URL: 'https://hooks.example.com/callscribe', NOTIFY_WEBHOOK_SECRET: `whsec_${Buffer.alloc(32, 7).toString('base64')}` });
    expect(output).toMatch(/error CONFIG: .*PUBLIC_BASE_URL/);
    expect(code).toBe(2);
  }, 60_000);

  it('`serve` exits 1 when the call index cannot be reached', async () => {
    const { code, output } = await exitOf(['serve'], { PORT: String(await freePort()), DATABASE_URL: `postgres://127.0.0.1:${await freePort()}/x` });
    expect(output).toMatch(/error INDEX_UNAVAILABLE/);
    expect(code).toBe(1);
  }, 60_000);

  it('`serve` exits 1 when its port is taken', async () => {
    const { code, output } = await exitOf(['serve'], { PORT: String(await occupiedPort()), HOST: '127.0.0.1' });
    expect(output).toMatch(/EADDRINUSE/);
    expect(code).toBe(1);
  }, 60_000);

  it('`work` exits 1 when its metrics port is taken', async () => {
    const { code, output } = await exitOf(['work', '--steps', 'ingest'], { METRICS_PORT: String(await occupiedPort()), HOST: '127.0.0.1' });
    expect(output).toMatch(/EADDRINUSE/);
    expect(code).toBe(1);
  }, 60_000);
});
