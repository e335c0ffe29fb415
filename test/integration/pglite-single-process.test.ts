import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { REPO_ROOT } from '../helpers/fixtures.ts';
import { indexDoc } from '../helpers/index-documents.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** Opens the PGlite index at `dir` in a child process, as a second `serve` or a `reindex` would; prints what happened. */
function openInAnotherProcess(dir: string): Promise<{ code: string | null; message: string }> {
  const script = `
    import { openPgliteIndex } from ${JSON.stringify(join(REPO_ROOT, 'src/adapters/index/postgres/pglite.call-index.ts'))};
    try {
      const index = await openPgliteIndex(${JSON.stringify(dir)});
      await index.close();
      console.log(JSON.stringify({ code: null, message: 'opened' }));
    } catch (err) {
      console.log(JSON.stringify({ code: err.code ?? null, message: err.message }));
    }`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, timeout: 120_000 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout.trim().split('\n').at(-1)!)),
    );
  });
}

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('the PGlite index is used by one process at a time', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dir = join(temp.dir, 'index');
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('refuses a second process while one holds the directory, naming the holder, and lets it in once closed', async () => {
    const index = await openPgliteIndex(dir);
    try {
      await index.upsert(indexDoc(1));
      const refused = await openInAnotherProcess(dir);
      expect(refused).toEqual({
        code: 'INDEX_IN_USE',
        message: `another callscribe process (pid ${process.pid}) uses the call index at ${dir}; stop it first, or use DATABASE_URL (Postgres) to share one index.`,
      });
      // The holder is unharmed.
      expect((await index.list({ limit: 10 })).calls.map((c) => c.id)).toEqual([indexDoc(1).id]);
    } finally {
      await index.close();
    }
    expect(await openInAnotherProcess(dir)).toEqual({ code: null, message: 'opened' });
    const again = await openPgliteIndex(dir);
    try {
      expect((await again.list({ limit: 10 })).calls.map((c) => c.id)).toEqual([indexDoc(1).id]);
    } finally {
      await again.close();
    }
  });

  it("keeps the index directory the owner's alone, also one made before with wider rights", async () => {
    await mkdir(dir);
    await chmod(dir, 0o755);
    const index = await openPgliteIndex(dir);
    try {
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    } finally {
      await index.close();
    }
  });

  it('takes over the lock of a process that is no longer running', async () => {
    const first = await openPgliteIndex(dir);
    await first.close();
    const pid = await deadPid();
    const { hostname } = await import('node:os');
    await writeFile(`${dir}.lock`, `${pid}@${hostname()}\n`);
    const index = await openPgliteIndex(dir);
    try {
      expect((await readFile(`${dir}.lock`, 'utf8')).trim()).toBe(`${process.pid}@${hostname()}`);
    } finally {
      await index.close();
    }
    await expect(readFile(`${dir}.lock`, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('`reindex` against a directory another process holds exits 2 with one line saying what to do', async () => {
    const index = await openPgliteIndex(join(temp.dir, 'index'));
    try {
      const res = await runCli(['reindex'], {
        DATA_DIR: temp.dir,
        S3_ENDPOINT: 'http://127.0.0.1:9',
        S3_FORCE_PATH_STYLE: 'true',
        AWS_ACCESS_KEY_ID: 'test-key-id',
        AWS_SECRET_ACCESS_KEY: 'test-secret',
        AWS_REGION: 'us-east-1',
      });
      expect(res.stderr.trim()).toBe(
        `error INDEX_IN_USE: another callscribe process (pid ${process.pid}) uses the call index at ${dir}; stop it first, or use DATABASE_URL (Postgres) to share one index.`,
      );
      expect(res.code).toBe(2);
    } finally {
      await index.close();
    }
  });
});
