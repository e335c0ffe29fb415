import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { permanent } from '../../../errors/app-error.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';

/**
 * BlobStore on a local directory, for the in-process CLI (`process`, `transcribe`, `extract`), which
 * needs no S3. Same keys as S3; writes go to a temp file and are renamed into place.
 */
export function createFsBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => join(root, ...key.split('/'));
  const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

  return {
    describe: `dir ${root}`,
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
      try {
        const source = typeof body === 'string' || Buffer.isBuffer(body) ? Readable.from([body]) : body;
        await pipeline(source, createWriteStream(tmp));
        await rename(tmp, path);
      } finally {
        await rm(tmp, { force: true });
      }
    },
    async getStream(key) {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch (err) {
        if (isMissing(err)) throw permanent('BLOB_NOT_FOUND', `Artifact ${key} is missing under ${root}.`, err);
        throw err;
      }
      return createReadStream(path);
    },
    async getBuffer(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async head(key) {
      try {
        return { bytes: (await stat(pathOf(key))).size };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async copy(fromKey, toKey) {
      await mkdir(dirname(pathOf(toKey)), { recursive: true });
      await copyFile(pathOf(fromKey), pathOf(toKey));
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
