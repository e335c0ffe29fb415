import { chmod, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

type Store = Record<string, unknown> & {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  getBucketPath(bucket: string): string;
};

/** Which directory each writing method of s3rver's filesystem store writes into, from its arguments. */
const WRITES: Record<string, (store: Store, args: unknown[]) => string> = {
  putBucket: (s, [bucket]) => s.getBucketPath(bucket as string),
  putObject: (s, [object]) => dirname(s.getResourcePath((object as { bucket: string }).bucket, (object as { key: string }).key, 'object')),
  putMetadata: (s, [bucket, key]) => dirname(s.getResourcePath(bucket as string, key as string, 'object')),
  copyObject: (s, [, , bucket, key]) => dirname(s.getResourcePath(bucket as string, key as string, 'object')),
  putSubresource: (s, [bucket, key]) => dirname(s.getResourcePath(bucket as string, key as string, 'object')),
  initiateUpload: (s, [bucket, , uploadId]) => join(s.getResourcePath(bucket as string, undefined, 'uploads'), uploadId as string),
  putPart: (s, [bucket, uploadId]) => join(s.getResourcePath(bucket as string, undefined, 'uploads'), uploadId as string),
};

/**
 * s3rver creates its directories and files with the process umask (usually readable by everyone).
 * This makes every directory it writes into, up to `root`, 0700 and the files in it 0600, after each
 * write; with `root` itself 0700 nobody else could reach them anyway, this keeps each file private too.
 */
export function makeS3rverOwnerOnly(store: Store, root: string): void {
  for (const [method, dirOf] of Object.entries(WRITES)) {
    const original = store[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof original !== 'function') continue;
    store[method] = async (...args: unknown[]) => {
      const result = await original.apply(store, args);
      await ownerOnly(root, dirOf(store, args));
      return result;
    };
  }
}

async function ownerOnly(root: string, dir: string): Promise<void> {
  for (let d = dir; !relative(root, d).startsWith('..'); d = dirname(d)) {
    await chmod(d, 0o700).catch(ignoreGone);
    if (d === root) break;
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) if (e.isFile()) await chmod(join(dir, e.name), 0o600).catch(ignoreGone);
}

/** A file another request removed or renamed meanwhile (a temp file, a deleted object). */
function ignoreGone(err: unknown): void {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
}
