import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { processAlive } from './process-alive.ts';

/**
 * A prefix for `mkdtemp` naming the process that made the directory (`callscribe-<kind>-<pid>-`), so a
 * later process can tell a directory whose maker died (killed mid-job: decoded voices, a dictionary of
 * customers' names) from one still in use.
 */
export function tempDirPrefix(kind: string): string {
  return `callscribe-${kind}-${process.pid}-`;
}

/** Runs `work` with a fresh directory under `root` and removes it afterwards, also when `work` throws. */
export async function withTempDir<T>(root: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(root, tempDirPrefix('job')));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A directory made by `tempDirPrefix`: its kind and its maker's pid. */
const OWNED = /^callscribe-(job|lm)-(\d+)-[A-Za-z0-9]{6}$/;
/** A directory an earlier version made without its maker's pid (`callscribe-XXXXXX`, `callscribe-lm-XXXXXX`). */
const UNOWNED = /^callscribe-(?:lm-)?[A-Za-z0-9]{6}$/;
/** An unowned directory untouched this long belongs to no running job (a step's work is bounded well below it). */
const UNOWNED_STALE_MS = 24 * 3600_000;


/**
 * Removes what jobs of processes that died left in `root` (SIGKILL or a crash skips `withTempDir`'s
 * clean-up): directories whose maker is no longer running, and unnamed ones from earlier versions untouched
 * for a day. Directories of running processes and any other name are left alone. Answers the names removed.
 * A directory naming this process's own pid is an earlier process's when it was last changed before this one
 * started: a restarted container runs its command under the same pid (1) with the same TMPDIR.
 */
export async function sweepLeftoverTempDirs(root: string, opts: { isRunning?: (pid: number) => boolean; now?: number; startedAt?: number } = {}): Promise<string[]> {
  const isRunning = opts.isRunning ?? processAlive;
  const now = opts.now ?? Date.now();
  // When this process started (`performance.timeOrigin` is a worker thread's own start there).
  const startedAt = opts.startedAt ?? Date.now() - process.uptime() * 1000;
  const changedBefore = (name: string, when: number) => stat(join(root, name)).then((s) => s.isDirectory() && s.mtimeMs < when, () => false);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const owned = OWNED.exec(name);
    let stale = false;
    if (owned && Number(owned[2]) === process.pid) stale = await changedBefore(name, startedAt);
    else if (owned) stale = !isRunning(Number(owned[2]));
    else if (UNOWNED.test(name)) stale = await changedBefore(name, now - UNOWNED_STALE_MS);
    if (!stale) continue;
    await rm(join(root, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
