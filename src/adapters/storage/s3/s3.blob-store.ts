import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { AppError, permanent } from '../../../errors/app-error.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';

const S3Config = z.object({
  endpoint: z.string().nullable(),
  region: z.string(),
  bucket: z.string(),
  forcePathStyle: z.boolean(),
  /** Static credentials (embedded server); otherwise the AWS default credential chain. */
  credentials: z.object({ accessKeyId: z.string(), secretAccessKey: z.string() }).optional(),
});
export type S3Config = z.infer<typeof S3Config>;

export interface S3BlobStore extends BlobStore {
  /** Creates the bucket when it does not exist (embedded server, MinIO in compose). */
  ensureBucket(): Promise<void>;
  readonly client: S3Client;
}

/** SigV4 presigned URLs live at most 7 days. */
const MAX_PRESIGN_SEC = 7 * 24 * 3600;

/** BlobStore on S3 or an S3-compatible server (MinIO, the embedded test server). */
export function createS3BlobStore(config: S3Config): S3BlobStore {
  const cfg = S3Config.parse(config);
  const client = new S3Client({
    region: cfg.region,
    forcePathStyle: cfg.forcePathStyle,
    ...(cfg.endpoint ? { endpoint: cfg.endpoint } : {}),
    ...(cfg.credentials ? { credentials: cfg.credentials } : {}),
    // Without these, streamed uploads are sent with aws-chunked framing, which some S3-compatible servers store verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = cfg.bucket;

  return {
    client,
    describe: `s3://${Bucket}${cfg.endpoint ? ` at ${cfg.endpoint}` : ''}`,

    async ensureBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (err) {
        if (statusOf(err) !== 404) throw classifyS3(err, `checking bucket ${Bucket}`);
        await client.send(new CreateBucketCommand({ Bucket })).catch((e: unknown) => {
          throw classifyS3(e, `creating bucket ${Bucket}`);
        });
      }
    },

    async put(key, body, opts) {
      try {
        // A body in memory is one PutObject (S3 takes up to 5 GB so): no multipart upload, no copying into parts.
        if (typeof body === 'string' || Buffer.isBuffer(body)) {
          const bytes = typeof body === 'string' ? Buffer.from(body) : body;
          await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentLength: bytes.length, ContentType: opts?.contentType }));
          return;
        }
        await new Upload({
          client,
          params: { Bucket, Key: key, Body: body, ContentType: opts?.contentType },
          queueSize: 2,
          partSize: 8 * 1024 * 1024,
          // When the body fails (a client gone mid-upload), the multipart upload is aborted, so its
          // parts are not kept (and billed) for good. The error is then the abort's, if that fails too.
          leavePartsOnError: false,
        }).done();
      } catch (err) {
        throw classifyS3(err, `writing ${key}`);
      }
    },

    async getStream(key, range) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key, ...(range && { Range: `bytes=${range.start}-${range.end}` }) }));
        return out.Body as Readable;
      } catch (err) {
        if (statusOf(err) === 404) throw permanent('BLOB_NOT_FOUND', `Object ${key} is missing from ${Bucket}.`, err);
        throw classifyS3(err, `reading ${key}`);
      }
    },

    async getBuffer(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return Buffer.from(await out.Body!.transformToByteArray());
      } catch (err) {
        if (statusOf(err) === 404) return null;
        throw classifyS3(err, `reading ${key}`);
      }
    },

    async head(key) {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { bytes: out.ContentLength ?? 0, metadata: out.Metadata ?? {} };
      } catch (err) {
        if (statusOf(err) === 404) return null;
        throw classifyS3(err, `checking ${key}`);
      }
    },

    async copy(fromKey, toKey) {
      try {
        await client.send(new CopyObjectCommand({ Bucket, Key: toKey, CopySource: `${Bucket}/${encodeURIComponent(fromKey).replace(/%2F/g, '/')}` }));
      } catch (err) {
        throw classifyS3(err, `copying ${fromKey} to ${toKey}`);
      }
    },

    async readLocation(key, ttlSec) {
      // Presigning is local (no request); a missing object shows when the URL is read.
      return getSignedUrl(client, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: Math.min(ttlSec, MAX_PRESIGN_SEC) });
    },

    async presignPost(key, { maxBytes, expiresSec }) {
      // Signing is local (no request). The policy pins the key and the size; S3 enforces both.
      try {
        return await createPresignedPost(client, {
          Bucket,
          Key: key,
          Conditions: [['content-length-range', 1, maxBytes]],
          Expires: Math.min(expiresSec, MAX_PRESIGN_SEC),
        });
      } catch (err) {
        throw classifyS3(err, `presigning an upload to ${key}`);
      }
    },

    async *list(prefix) {
      let ContinuationToken: string | undefined;
      do {
        let page;
        try {
          page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        } catch (err) {
          throw classifyS3(err, `listing ${prefix}`);
        }
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (err) {
        throw classifyS3(err, `deleting ${key}`);
      }
    },
  };
}

function statusOf(err: unknown): number | null {
  if (err instanceof S3ServiceException) return err.$metadata.httpStatusCode ?? null;
  const name = (err as { name?: string } | null)?.name;
  return name === 'NotFound' || name === 'NoSuchKey' || name === 'NoSuchBucket' ? 404 : null;
}

function classifyS3(err: unknown, doing: string): AppError {
  const status = statusOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  if ((err as { name?: unknown } | null)?.name === 'CredentialsProviderError') {
    // Retryable: the same error comes from an instance-metadata endpoint that timed out for a moment.
    return new AppError(
      'S3_CREDENTIALS_MISSING',
      `No credentials for object storage could be loaded while ${doing}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the process an AWS profile or role (and check that its metadata service answers).`,
      { retryable: true, cause: err, kind: 'credentials' },
    );
  }
  if (status === 403 || status === 401) {
    return new AppError('S3_AUTH', `Object storage refused access while ${doing}: ${detail}. Check the AWS credentials and the bucket policy.`, { cause: err, kind: 'credentials' });
  }
  if (status === 404) {
    return permanent('S3_NOT_FOUND', `Object storage has no such bucket or key while ${doing}: ${detail}. Check S3_BUCKET.`, err);
  }
  if (status === 301 || status === 400) {
    return new AppError('S3_REJECTED', `Object storage rejected the request while ${doing} (${status}): ${detail}. Check S3_REGION, S3_ENDPOINT and S3_FORCE_PATH_STYLE.`, { cause: err, kind: 'rejected' });
  }
  if (status !== null && status >= 400 && status < 500 && status !== 408 && status !== 409 && status !== 429) {
    return new AppError('S3_REJECTED', `Object storage rejected the request while ${doing} (${status}): ${detail}`, { cause: err, kind: 'rejected' });
  }
  return new AppError('S3_UNAVAILABLE', `Object storage failed while ${doing}: ${detail}`, { retryable: true, cause: err, kind: status === 429 ? 'rate_limit' : 'unavailable' });
}
