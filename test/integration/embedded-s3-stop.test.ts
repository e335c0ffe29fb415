import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A job stopped mid-download leaves its response unread: stopping the embedded S3 server must not wait for it,
// or the process that started it (`demo`, `serve`) never exits.
describe('the embedded S3 server stopped while a download is left unread', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  afterAll(async () => temp?.cleanup());

  it('stops, cutting the connection', async () => {
    temp = await makeTempDir();
    const s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls']);
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials: s3.credentials });
    // Far more than the sockets buffer: the server cannot finish writing it while nobody reads.
    await blobs.put('calls/c_1/original.wav', Buffer.alloc(32 * 1024 * 1024, 7));
    const body = await blobs.getStream('calls/c_1/original.wav');
    body.pause();
    body.on('error', () => undefined);
    const stopped = await Promise.race([s3.stop().then(() => 'stopped' as const), sleep(30_000).then(() => 'still waiting' as const)]);
    body.destroy();
    expect(stopped).toBe('stopped');
  }, 90_000);
});
