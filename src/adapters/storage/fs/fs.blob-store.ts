import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { permanent, toAppError } from '../../../errors/app-error.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
/** A write in progress (see `put`): not an object yet. */
const isPartial = (name: string) => name.endsWith('.tmp');

/** Keys under `dir` (which holds key `base`), depth first in name order, so keys come out sorted. */
async function* walk(dir: string, base: string, prefix: string): AsyncGenerator<string> {
  const entries = await io(() => readdir(dir, { withFileTypes: true }), () => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const key = `${base}${entry.name}`;
    if (entry.isDirectory()) {
      if (`${key}/`.startsWith(prefix) || prefix.startsWith(`${key}/`)) yield* walk(join(dir, entry.name), `${key}/`, prefix);
    } else if (entry.isFile() && key.startsWith(prefix) && !isPartial(entry.name)) {
      yield key;
    }
  }
}

/** Runs a file operation; "missing" goes to `onMissing`, every other failure becomes a classified AppError. */
async function io<T>(work: () => Promise<T>, onMissing?: (err: unknown) => T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (onMissing && isMissing(err)) return onMissing(err);
    throw toAppError(err);
  }
}

/**
 * BlobStore on a local directory, for the in-process CLI (`process`, `transcribe`, `extract`), which
 * needs no S3. Same keys as S3; writes go to a temp file and are renamed into place.
 */
export function createFsBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => join(root, ...key.split('/'));

  return {
    describe: `dir ${root}`,
    put: (key, body) =>
      io(async () => {
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
      }),
    getStream: (key, range) =>
      io(
        async () => {
          await stat(pathOf(key));
          return createReadStream(pathOf(key), range);
        },
        (err) => {
          throw permanent('BLOB_NOT_FOUND', `Artifact ${key} is missing under ${root}.`, err);
        },
      ),
    readLocation: (key) =>
      io(
        async () => {
          await stat(pathOf(key));
          return pathOf(key);
        },
        (err) => {
          throw permanent('BLOB_NOT_FOUND', `Artifact ${key} is missing under ${root}.`, err);
        },
      ),
    getBuffer: (key) => io(() => readFile(pathOf(key)), () => null),
    head: (key) => io(async () => ({ bytes: (await stat(pathOf(key))).size }), () => null),
    copy: (fromKey, toKey) =>
      io(
        async () => {
          await mkdir(dirname(pathOf(toKey)), { recursive: true });
          await copyFile(pathOf(fromKey), pathOf(toKey));
        },
        (err) => {
          throw permanent('BLOB_NOT_FOUND', `Artifact ${fromKey} is missing under ${root}.`, err);
        },
      ),
    delete: (key) => io(() => rm(pathOf(key), { force: true })),
    list: (prefix) => walk(root, '', prefix),
  };
}
