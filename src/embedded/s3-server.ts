import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { makeS3rverConsistent } from './s3rver-consistency.ts';

export interface EmbeddedS3 {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

/**
 * An S3-compatible server on loopback (s3rver), keeping objects under `directory`, for the demo and
 * the tests. It speaks the S3 REST API, so the same S3 adapter runs against it as against AWS or MinIO.
 */
export async function startEmbeddedS3(directory: string, buckets: string[]): Promise<EmbeddedS3> {
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  makeS3rverConsistent((server as unknown as { store: Parameters<typeof makeS3rverConsistent>[0] }).store);
  const { port } = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    // s3rver accepts exactly these credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    stop: () => server.close(),
  };
}
