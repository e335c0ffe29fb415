import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface EmbeddedRedis {
  /** ioredis / BullMQ connection options for the private server (unix socket). */
  connection: { path: string; maxRetriesPerRequest: null };
  /** `redis://127.0.0.1:PORT` when a TCP port was asked for (for other processes), else null. */
  url: string | null;
  /** Stops the server (SIGTERM: it writes its append-only file) and starts it again on the same socket, port and directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a private `redis-server` child on a unix socket in a fresh temp dir (and on a loopback TCP
 * port when `tcpPort` is given), with no persistence unless `appendOnly` (queues are rebuilt from S3)
 * and `noeviction`, which BullMQ requires. Stopped and removed by `stop()`.
 */
export async function startEmbeddedRedis(opts: { binary?: string; tcpPort?: number; appendOnly?: boolean } = {}): Promise<EmbeddedRedis> {
  const binary = opts.binary ?? 'redis-server';
  const dir = await mkdtemp(join(tmpdir(), 'callscribe-redis-'));
  const socket = join(dir, 'redis.sock');
  const args = ['--port', String(opts.tcpPort ?? 0), '--bind', '127.0.0.1', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--save', '', '--appendonly', opts.appendOnly ? 'yes' : 'no', '--maxmemory-policy', 'noeviction'];
  let child = await startServer(binary, args, socket);
  const stopChild = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  };
  return {
    connection: { path: socket, maxRetriesPerRequest: null },
    url: opts.tcpPort ? `redis://127.0.0.1:${opts.tcpPort}` : null,
    async restart() {
      await stopChild();
      child = await startServer(binary, args, socket);
    },
    async stop() {
      await stopChild();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function startServer(binary: string, args: string[], socket: string): Promise<ChildProcess> {
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(new Error(`Could not start ${binary}: ${err.message}. Run \`npm run bootstrap\` to install redis-server.`)));
    child.once('exit', (code) => reject(new Error(`${binary} exited with code ${code} before it was ready:\n${output}`)));
  });
  exited.catch(() => undefined);
  await Promise.race([waitForPing(socket), exited]);
  return child;
}

async function waitForPing(socket: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${socket}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}
