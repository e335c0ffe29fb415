import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RedisOptions } from 'ioredis';
import { AppError } from '../errors/app-error.ts';
import { cachedCheck, type ReadinessCheck } from '../http/readiness.ts';
import { redisPingCheck } from '../observability/worker-readiness.ts';
import type { CallIndex } from '../ports/call-index.ts';
import type { CrmAdapter } from '../ports/crm.ts';

export interface ReadinessDeps {
  /** The Redis the queues use, as BullMQ is given it (options, or `url` with options); the check opens its own connection. */
  redis: RedisOptions & { url?: string };
  s3: { client: S3Client; bucket: string };
  index: Pick<CallIndex, 'countPendingReview'>;
  crm: Pick<CrmAdapter, 'kind' | 'ping'>;
  /** How long a CRM check's outcome is kept (default 60 s): the CRM's API is rate-limited. */
  crmCheckTtlMs?: number;
}

/**
 * What `/readyz` checks in the API process: Redis answers PING, the bucket answers HeadBucket, the call
 * index answers a count, and the CRM accepts our credentials (its `ping`, at most once a minute). A CRM
 * without `ping` (local, or one with no cheap read) passes: its settings were checked when the
 * configuration was read. `close()` ends the Redis connection.
 */
export function readinessChecks(deps: ReadinessDeps): { checks: ReadinessCheck[]; close(): Promise<void> } {
  const redis = redisPingCheck(deps.redis);
  const checks: ReadinessCheck[] = [
    redis.check,
    {
      name: 's3',
      async check(signal) {
        try {
          await deps.s3.client.send(new HeadBucketCommand({ Bucket: deps.s3.bucket }), { abortSignal: signal });
        } catch (err) {
          const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
          const why = status === 404 ? 'the bucket does not exist' : status === 403 ? 'access denied (check the credentials)' : (err as Error).message || (err as Error).name;
          throw new Error(`Bucket ${deps.s3.bucket} did not answer HeadBucket: ${why}`);
        }
      },
    },
    {
      name: 'index',
      async check() {
        try {
          await deps.index.countPendingReview();
        } catch (err) {
          // Opening (and migrating) is no failure: its own message says so ("call index migrating: …").
          if (err instanceof AppError && err.code === 'INDEX_MIGRATING') throw new Error(err.message);
          throw new Error(`The call index did not answer a query: ${(err as Error).message}`);
        }
      },
    },
    cachedCheck({
      name: 'crm',
      async check() {
        if (!deps.crm.ping) return;
        try {
          await deps.crm.ping();
        } catch (err) {
          throw new Error(`The ${deps.crm.kind} CRM refused or did not answer a credentials check: ${(err as Error).message}`);
        }
      },
    }, deps.crmCheckTtlMs ?? 60_000),
  ];
  return {
    checks,
    async close() {
      redis.close();
    },
  };
}
