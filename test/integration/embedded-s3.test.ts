import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { rejectedAppError } from '../helpers/app-errors.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const BUCKET = 'calls';
const KEY = 'calls/c_1/original.wav';

async function* walk(dir: string): AsyncGenerator<{ path: string; isDir: boolean }> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    yield { path, isDir: e.isDirectory() };
    if (e.isDirectory()) yield* walk(path);
  }
}

describe('the embedded S3 server answers only this run’s credentials', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  const store = (credentials: { accessKeyId: string; secretAccessKey: string }) =>
    createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials });

  beforeEach(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), [BUCKET]);
    blobs = store(s3.credentials);
    await blobs.put(KEY, Readable.from([Buffer.from('the recording')]), { contentType: 'audio/wav' });
  });
  afterEach(async () => {
    await s3.stop();
    await temp.cleanup();
  });

  it('listens on loopback with credentials of its own', async () => {
    expect(new URL(s3.endpoint).hostname).toBe('127.0.0.1');
    expect(s3.credentials.accessKeyId).not.toBe('S3RVER');
    const other = await startEmbeddedS3(join(temp.dir, 's3-other'), [BUCKET]);
    try {
      expect(other.credentials).not.toEqual(s3.credentials);
    } finally {
      await other.stop();
    }
  });

  it('refuses unsigned GET, PUT and DELETE of an object (as curl would send them)', async () => {
    const url = `${s3.endpoint}/${BUCKET}/${KEY}`;
    const get = await fetch(url);
    expect(get.status).toBe(403);
    expect(await get.text()).toContain('AccessDenied');
    expect((await fetch(url, { method: 'PUT', body: 'overwritten' })).status).toBe(403);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(403);
    expect((await fetch(`${s3.endpoint}/${BUCKET}?list-type=2`)).status).toBe(403);
    expect(await blobs.getBuffer(KEY)).toEqual(Buffer.from('the recording'));
  });

  it('works for the SDK client with the run’s credentials, and refuses it with others', async () => {
    expect(await blobs.head(KEY)).toMatchObject({ bytes: 13 });
    const keys: string[] = [];
    for await (const key of blobs.list!('calls/')) keys.push(key);
    expect(keys).toEqual([KEY]);
    const stranger = store({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    expect(await rejectedAppError(stranger.getBuffer(KEY))).toMatchObject({ code: 'S3_AUTH', kind: 'credentials' });
    const wrongSecret = store({ ...s3.credentials, secretAccessKey: 'not-the-secret' });
    expect(await rejectedAppError(wrongSecret.head(KEY).then((h) => (h ? h : Promise.reject(new Error('head answered 404')))))).toMatchObject({ code: 'S3_AUTH' });
    await blobs.delete(KEY);
    expect(await blobs.head(KEY)).toBeNull();
  });

  it('serves a presigned URL it signed, and not one tampered with', async () => {
    const url = await blobs.readLocation!(KEY, 60);
    expect(await (await fetch(url)).text()).toBe('the recording');
    expect((await fetch(url.replace('original.wav', 'other.wav'))).status).toBe(403);
  });

  it('takes a browser upload only with its signed policy, for the key the policy names', async () => {
    const post = await blobs.presignPost!('uploads/u1', { maxBytes: 1000, expiresSec: 60 });
    const send = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([Buffer.from('uploaded bytes')]), 'call.wav');
      return fetch(post.url, { method: 'POST', body: form });
    };
    expect((await send({ ...post.fields, key: 'calls/c_1/original.wav' })).status).toBe(403);
    expect((await send({ ...post.fields, 'X-Amz-Signature': '0'.repeat(64) })).status).toBe(403);
    expect((await send({ key: 'uploads/u1' })).status).toBe(403);
    expect((await send(post.fields)).status).toBeLessThan(300);
    expect(await blobs.getBuffer('uploads/u1')).toEqual(Buffer.from('uploaded bytes'));
    expect(await blobs.getBuffer(KEY)).toEqual(Buffer.from('the recording'));
  });

  it('keeps its directories 0700 and its files 0600', async () => {
    await blobs.copy(KEY, 'calls/c_1/copy.wav');
    const root = join(temp.dir, 's3');
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    const modes: string[] = [];
    for await (const entry of walk(root)) modes.push(`${((await stat(entry.path)).mode & 0o777).toString(8)} ${entry.isDir ? 'dir' : 'file'}`);
    expect(modes.length).toBeGreaterThan(3);
    expect(new Set(modes)).toEqual(new Set(['700 dir', '600 file']));
  });
});
