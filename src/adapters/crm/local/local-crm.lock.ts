import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { retryable, toAppError } from '../../../errors/app-error.ts';

export interface FileLockOptions {
  /**
   * A lock whose file was not touched for this long was left by a holder that stopped (killed mid-write),
   * and is broken. Holders touch their lock every quarter of it, so only a stopped holder's lock grows this old.
   */
  staleMs?: number;
  /** How long to wait for the lock before failing with the retryable `CRM_LOCAL_LOCKED`. */
  waitMs?: number;
}

export interface HeldLock {
  /** Throws the retryable `CRM_LOCAL_LOCK_LOST` when the lock was broken as stale: the caller must not commit. */
  assertHeld(): Promise<void>;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 30_000;

/**
 * Runs `work` while holding an exclusive lock on `lockPath`, across processes and containers that share the
 * directory: the lock is a file created with O_EXCL, so exactly one creator succeeds. Waiters poll with a
 * growing, jittered pause. Liveness is judged by the lock file's age alone: process ids say nothing across
 * containers, where every service may be pid 1. Excluded: filesystems without atomic exclusive create.
 */
export async function withFileLock<T>(lockPath: string, work: (lock: HeldLock) => Promise<T>, opts: FileLockOptions = {}): Promise<T> {
  const staleMs = opts.staleMs ?? DEFAULT_STALE_MS;
  const token = randomUUID();
  await acquire(lockPath, token, staleMs, opts.waitMs ?? DEFAULT_WAIT_MS);
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => undefined);
  }, staleMs / 4);
  heartbeat.unref();
  try {
    return await work({
      assertHeld: async () => {
        if ((await readOwner(lockPath))?.token !== token) {
          throw retryable('CRM_LOCAL_LOCK_LOST', `The lock on the local CRM (${lockPath}) was taken over while this write held it (the process stalled longer than ${staleMs} ms), so the write was not saved; it is tried again.`);
        }
      },
    });
  } finally {
    clearInterval(heartbeat);
    if ((await readOwner(lockPath))?.token === token) await unlink(lockPath).catch(() => undefined);
  }
}

async function acquire(lockPath: string, token: string, staleMs: number, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  const owner = JSON.stringify({ token, host: hostname(), pid: process.pid, at: new Date().toISOString() });
  try {
    await mkdir(dirname(lockPath), { recursive: true });
  } catch (err) {
    throw toAppError(err);
  }
  for (let attempt = 0; ; attempt++) {
    let file;
    try {
      file = await open(lockPath, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw toAppError(err);
    }
    if (file) {
      try {
        await file.writeFile(owner);
        await file.close();
        return;
      } catch (err) {
        // A lock that could not be written (a full disk) is not left for others to wait on.
        await file.close().catch(() => undefined);
        await unlink(lockPath).catch(() => undefined);
        throw toAppError(err);
      }
    }
    if (await breakIfStale(lockPath, staleMs)) continue;
    if (Date.now() >= deadline) {
      throw retryable(
        'CRM_LOCAL_LOCKED',
        `Other processes held the lock on the local CRM (${lockPath}) for the ${waitMs} ms this write waited; it is tried again later. If no callscribe process is running, delete the lock file.`,
      );
    }
    await sleep(5 + Math.random() * Math.min(200, 5 * 2 ** attempt));
  }
}

/**
 * Removes the lock if it is stale; true when the caller should try to take it at once. Breaking happens under
 * a second O_EXCL file, and only if the lock is still the one judged stale: two waiters that both saw it stale
 * must not both remove it, or the slower would remove the lock the faster had just taken.
 */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const seen = await inspect(lockPath);
  if (!seen) return true;
  if (Date.now() - seen.mtimeMs < staleMs) return false;
  const breaker = `${lockPath}.break`;
  try {
    await (await open(breaker, 'wx')).close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw toAppError(err);
    // A breaker that stopped mid-break leaves its file behind: it is stale by the same measure.
    const other = await inspect(breaker);
    if (other && Date.now() - other.mtimeMs >= staleMs) await unlink(breaker).catch(() => undefined);
    return false;
  }
  try {
    const again = await inspect(lockPath);
    // A lock that cannot be removed fails the write: answering "try at once" would spin without pause or deadline.
    if (again && again.mtimeMs === seen.mtimeMs && again.token === seen.token) await unlink(lockPath).catch(unlessGone);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
  return true;
}

/** Rethrows a failed removal, classified, unless the file was gone already. */
function unlessGone(err: unknown): void {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw toAppError(err);
}

/** The lock file's age and owner token; null when there is no lock. A lock being written has no token yet. */
async function inspect(path: string): Promise<{ mtimeMs: number; token: string | null } | null> {
  try {
    const { mtimeMs } = await stat(path);
    return { mtimeMs, token: (await readOwner(path))?.token ?? null };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw toAppError(err);
  }
}

async function readOwner(path: string): Promise<{ token: string } | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as { token?: unknown };
    return typeof owner.token === 'string' ? { token: owner.token } : null;
  } catch {
    return null;
  }
}
