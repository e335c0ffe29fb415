import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

interface S3rverObject {
  bucket: string;
  key: string;
  content: Readable | Buffer;
  metadata: Record<string, string>;
}
type Range = { start: number; end: number };
interface S3rverFilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  getMetadata(bucket: string, key: string): Promise<Record<string, string>>;
  getObject(bucket: string, key: string, options?: { start?: number; end?: number }): Promise<unknown>;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: S3rverObject): Promise<{ size: number; md5: string }>;
}

const S3Object = createRequire(import.meta.url)('s3rver/lib/models/object.js') as new (
  bucket: string,
  key: string,
  content: Readable | null,
  metadata: Record<string, string>,
) => { range?: Range };

/**
 * s3rver 3.7 writes an object in place and answers the PUT before the file is flushed, and reads an
 * object's size and its bytes in two steps, so a reader can see a half-written or mismatched object
 * (S3 itself is atomic, with read-after-write consistency). This gives its store atomic puts (temp
 * file, flushed, renamed into place) and reads that take the size from the file they stream.
 */
export function makeS3rverConsistent(store: S3rverFilesystemStore): void {
  store.getObject = async (bucket, key, options) => {
    let handle: FileHandle;
    try {
      handle = await open(store.getResourcePath(bucket, key, 'object'), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const { size } = await handle.stat();
      const metadata = { ...(await store.getMetadata(bucket, key)), 'content-length': String(size) };
      const wantsRange = options !== undefined && (options.start !== undefined || Boolean(options.end));
      const range = { start: options?.start ?? 0, end: Math.min(options?.end ?? Infinity, Math.max(0, size - 1)) };
      const satisfiable = range.start >= 0 && range.start <= range.end;
      const object = new S3Object(bucket, key, satisfiable ? handle.createReadStream(range) : null, metadata);
      if (!satisfiable) await handle.close();
      if (wantsRange) object.range = range;
      return object;
    } catch (err) {
      await handle.close();
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  };

  store.putObject = async (object) => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const tmp = `${objectPath}.${randomUUID()}.partial`;
    const md5 = createHash('md5');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        md5.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const source = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content;
      await pipeline(source, meter, createWriteStream(tmp));
      const digest = md5.digest('hex');
      await rename(tmp, objectPath);
      await store.putMetadata(object.bucket, object.key, object.metadata, digest);
      return { size, md5: digest };
    } finally {
      await rm(tmp, { force: true });
    }
  };
}
