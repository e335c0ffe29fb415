import { createS3BlobStore, type S3BlobStore } from '../adapters/storage/s3/s3.blob-store.ts';
import type { Config } from '../config/env.ts';

export function s3FromConfig(config: Config, credentials?: { accessKeyId: string; secretAccessKey: string }, endpoint?: string): S3BlobStore {
  return createS3BlobStore({
    endpoint: endpoint ?? config.s3.endpoint,
    region: config.s3.region,
    bucket: config.s3.bucket,
    forcePathStyle: endpoint ? true : config.s3.forcePathStyle,
    ...(credentials ? { credentials } : {}),
  });
}
