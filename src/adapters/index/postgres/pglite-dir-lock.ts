import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../../errors/app-error.ts';
import { processAlive } from '../../../processes/process-alive.ts';

/** A PGlite directory held by this process; `release` gives it up (once). */
export interface DirLock {
  readonly path: string;
  release(): Promise<void>;
}

export interface DirLockOptions {
  /** Whether a process with this id runs on this host (default: signal 0). */
  isAlive?: (pid: number) => boolean;
}

/** Directories this process holds: its own pid in a lock file is no proof it still holds one (a restarted container is pid 1 again). */
const held = new Set<string>();


function inUse(dir: string, holder: string): AppError {
  return new AppError(
    'INDEX_IN_USE',
    `another callscribe process (${holder}) uses the call index at ${dir}; stop it first, or use DATABASE_URL (Postgres) to share one index.`,
  );
}

/**
 * Takes the lock of a PGlite directory: the file `${dir}.lock` holding `pid@host` of its holder,
 * created only if absent. PGlite is Postgres in one process, with no locking of its own: a second
 * process opening the same directory aborts, or corrupts what the first one sees. A lock whose holder
 * is no longer running on this host (a process that crashed) is taken over; one from another host
 * (a shared volume) cannot be checked and is respected until deleted by hand.
 * Throws `INDEX_IN_USE` (permanent) when another process holds it.
 */
export async function lockPgliteDir(dir: string, opts: DirLockOptions = {}): Promise<DirLock> {
  const absolute = resolve(dir);
  const path = `${absolute}.lock`;
  const isAlive = opts.isAlive ?? processAlive;
  const self = `${process.pid}@${hostname()}`;
  if (held.has(absolute)) throw new AppError('INDEX_IN_USE', `this process (pid ${process.pid}) already has the call index at ${absolute} open; close it first.`);
  // A stale lock is removed in one round and created again in the next.
  for (let round = 0; round < 3; round++) {
    try {
      const file = await open(path, 'wx');
      try {
        await file.writeFile(`${self}\n`);
      } finally {
        await file.close();
      }
      held.add(absolute);
      let released = false;
      return {
        path,
        async release() {
          if (released) return;
          released = true;
          held.delete(absolute);
          // Only our own lock: one taken over meanwhile (this process was thought dead) stays.
          const content = await readFile(path, 'utf8').catch(() => null);
          if (content?.trim() === self) await unlink(path).catch(() => undefined);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const content = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)));
    if (content === null) continue;
    const match = /^(\d+)@(.*)$/.exec(content.trim());
    const pid = match ? Number(match[1]) : NaN;
    const host = match?.[2] ?? '';
    if (match && host !== hostname()) throw inUse(absolute, `pid ${pid} on host ${host}; if it no longer runs, delete ${path}`);
    // Our own pid, not held here: left by an earlier process that had the same pid.
    const stale = !match || pid === process.pid || !isAlive(pid);
    if (!stale) throw inUse(absolute, `pid ${pid}`);
    await unlink(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
  }
  throw inUse(absolute, 'another process starting at the same time');
}
