import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Runs `work` with a fresh directory under `root` and removes it afterwards, also when `work` throws. */
export async function withTempDir<T>(root: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(root, 'callscribe-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
