import { AbortMultipartUploadCommand, CreateMultipartUploadCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { until } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const BUCKET = 'calls';
const HOUR = 3600_000;

/**
 * The demo's embedded S3 keeps no parts of multipart uploads nobody will finish: an aborted upload is
 * removed at once, and one left untouched for an hour (a process killed mid-upload) at the next start or
 * sweep. An upload still going on is kept.
 */
describe('the embedded S3 server keeps no abandoned multipart uploads', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3 | null;
  let directory: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    directory = join(temp.dir, 's3');
    s3 = null;
  });
  afterEach(async () => {
    await s3?.stop();
    await temp.cleanup();
  });

  const client = (server: EmbeddedS3) =>
    new S3Client({ endpoint: server.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: server.credentials });
  /** Starts an upload of `key` and stores one part of it; its id. */
  const begin = async (server: EmbeddedS3, key: string) => {
    const c = client(server);
    const { UploadId } = await c.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key }));
    await c.send(new UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId, PartNumber: 1, Body: Buffer.alloc(1024, 7) }));
    return UploadId!;
  };
  /** The upload ids s3rver keeps parts for. */
  const uploads = () => readdir(join(directory, BUCKET, '._S3rver_uploads')).catch(() => [] as string[]);
  /** Makes an upload look untouched since `ms` ago (its directory and every file in it). */
  const age = async (uploadId: string, ms: number) => {
    const dir = join(directory, BUCKET, '._S3rver_uploads', uploadId);
    const then = new Date(Date.now() - ms);
    for (const name of await readdir(dir)) await utimes(join(dir, name), then, then);
    await utimes(dir, then, then);
  };

  it('removes the parts of an upload the client aborts (a body that failed part-way)', async () => {
    s3 = await startEmbeddedS3(directory, [BUCKET]);
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, credentials: s3.credentials });
    // Over one 8 MiB part, then the source fails: the store's multipart upload is aborted.
    const failing = Readable.from(
      (async function* () {
        for (let i = 0; i < 10; i++) yield Buffer.alloc(1024 * 1024, i);
        throw new Error('the sender went away');
      })(),
    );
    await expect(blobs.put('uploads/cut-off', failing)).rejects.toBeTruthy();
    expect(await uploads()).toEqual([]);

    const id = await begin(s3, 'uploads/aborted');
    expect(await uploads()).toEqual([id]);
    await client(s3).send(new AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'uploads/aborted', UploadId: id }));
    expect(await uploads()).toEqual([]);
  });

  it('refuses to abort an upload it does not have, or under another key', async () => {
    s3 = await startEmbeddedS3(directory, [BUCKET]);
    const id = await begin(s3, 'uploads/kept');
    await expect(client(s3).send(new AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'uploads/other', UploadId: id }))).rejects.toMatchObject({ name: 'NoSuchUpload' });
    await expect(client(s3).send(new AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'uploads/kept', UploadId: '../../x' }))).rejects.toMatchObject({ name: 'NoSuchUpload' });
    expect(await uploads()).toEqual([id]);
  });

  it('removes at start the uploads untouched for over an hour, and keeps a recent one', async () => {
    const first = await startEmbeddedS3(directory, [BUCKET]);
    const stale = await begin(first, 'uploads/left-behind');
    const recent = await begin(first, 'uploads/recent');
    await first.stop();
    await age(stale, 2 * HOUR);
    await age(recent, HOUR / 2);
    s3 = await startEmbeddedS3(directory, [BUCKET], { credentials: first.credentials, port: Number(new URL(first.endpoint).port) });
    expect(await uploads()).toEqual([recent]);
  });

  it('sweeps while it runs', async () => {
    s3 = await startEmbeddedS3(directory, [BUCKET], undefined, { sweepEveryMs: 50 });
    const stale = await begin(s3, 'uploads/left-behind');
    const recent = await begin(s3, 'uploads/recent');
    await age(stale, 2 * HOUR);
    await until(async () => !(await uploads()).includes(stale), 'the stale upload to be swept');
    expect(await uploads()).toEqual([recent]);
    expect((await stat(join(directory, BUCKET, '._S3rver_uploads', recent))).isDirectory()).toBe(true);
  });
});
