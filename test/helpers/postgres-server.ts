import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((dir) => existsSync(join(dir, 'initdb')));

export interface PostgresServer {
  port: number;
  /** A fresh, empty database on this server; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

/**
 * A private PostgreSQL server for one test run (or bench): initdb into a temp directory, `pg_ctl start`
 * on a free loopback port, trust auth, durability off (it is thrown away). As root the server runs as
 * the `postgres` system user, since initdb refuses root.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  if (!BIN) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; run `npm run bootstrap`.');
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'callscribe-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(dir, uid, gid);
  }
  const cmd = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]] : [join(BIN, tool), args];
  const port = await freePort();
  const serverOptions = [
    `-c port=${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=50',
  ].join(' ');
  await run(...cmd('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']));
  try {
    await run(...cmd('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', serverOptions]));
  } catch (err) {
    const log = await readFile(join(dir, 'server.log'), 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${log}`);
  }
  const stopSync = () => {
    try {
      execFileSync(...cmd('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']), { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  };
  // A run that ends without afterAll (a crash, ^C) must not leave a server behind.
  process.once('exit', stopSync);

  const base = `postgres://postgres@127.0.0.1:${port}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: `${base}/postgres` });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  let counter = 0;
  return {
    port,
    async createDatabase(name = `t_${process.pid}_${++counter}_${Date.now().toString(36)}`) {
      await admin((c) => c.query(`CREATE DATABASE "${name}"`));
      return `${base}/${name}`;
    },
    async dropDatabase(url) {
      const name = new URL(url).pathname.slice(1);
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
    async stop() {
      process.removeListener('exit', stopSync);
      await run(...cmd('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w'])).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
