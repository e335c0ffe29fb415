import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface UploadsStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
}

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>;

const S3Error = createRequire(import.meta.url)('s3rver/lib/models/error.js') as new (code: string, message?: string, detail?: Record<string, string>) => Error;

/** An upload id as s3rver makes them (16 random bytes, hex); anything else names no upload (nor a path). */
const UPLOAD_ID = /^[0-9a-f]{32}$/;

/** The directory s3rver keeps an unfinished multipart upload in: its key, its metadata and one file per part. */
const uploadDir = (store: UploadsStore, bucket: string, uploadId: string) => join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId);

/**
 * AbortMultipartUpload (`DELETE /bucket/key?uploadId=…`), which s3rver 3.7 refuses (405), so the parts of
 * every upload our S3 client gave up on (a body that failed, one cut at the size limit) stayed on disk.
 * Removes the upload's directory and answers 204, as S3 does; an unknown upload, or one of another key,
 * is 404 NoSuchUpload. Put it after s3rver's own path rewriting (virtual-host buckets), before its router.
 */
export function abortMultipartUploads(store: UploadsStore): KoaMiddleware {
  return async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    if (ctx.method !== 'DELETE' || uploadId === undefined) return next();
    const [, bucket, ...key] = ctx.path.split('/');
    const dir = typeof uploadId === 'string' && UPLOAD_ID.test(uploadId) && bucket ? uploadDir(store, decodeURIComponent(bucket), uploadId) : null;
    const storedKey = dir ? await readFile(join(dir, 'key'), 'utf8').catch(() => null) : null;
    if (!dir || storedKey === null || storedKey !== decodeURIComponent(key.join('/'))) {
      throw new S3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', { UploadId: String(uploadId) });
    }
    await rm(dir, { recursive: true, force: true });
    ctx.status = 204;
    ctx.body = null;
  };
}

/**
 * Removes the multipart uploads of `buckets` that nothing has written to for `maxAgeMs` (the newest of
 * the upload's directory and files): what an uploader left behind without aborting (a process killed
 * mid-upload, a client gone). An upload still being written keeps its files fresh and is left alone.
 * Answers how many it removed.
 */
export async function sweepStaleUploads(store: UploadsStore, buckets: readonly string[], maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const bucket of buckets) {
    const root = store.getResourcePath(bucket, undefined, 'uploads');
    const uploads = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const upload of uploads) {
      if (!upload.isDirectory()) continue;
      const dir = join(root, upload.name);
      const newest = await lastWrite(dir);
      if (newest !== null && now - newest > maxAgeMs) {
        await rm(dir, { recursive: true, force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

/** The latest modification time of `dir` and the files in it; null when it is gone meanwhile. */
async function lastWrite(dir: string): Promise<number | null> {
  try {
    let newest = (await stat(dir)).mtimeMs;
    for (const name of await readdir(dir)) {
      const file = await stat(join(dir, name)).catch(() => null);
      if (file) newest = Math.max(newest, file.mtimeMs);
    }
    return newest;
  } catch {
    return null;
  }
}
