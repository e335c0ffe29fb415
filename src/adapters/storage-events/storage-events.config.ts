import { z } from 'zod';
import { optionalVar, parseAdapterEnv } from '../../config/adapter-env.ts';

/** Key prefixes callscribe writes to itself: an inbox there would turn our own writes into new calls. */
const SERVICE_PREFIXES = ['calls/', 'uploads/'] as const;

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const TOPIC_ARN = /^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

/** What storage-event intake needs: where recordings land, and how each sender proves who it is. */
export interface StorageEventsConfig {
  /** Only objects under this prefix become calls (`inbox/` by default; always ends with `/`). */
  inboxPrefix: string;
  /** Only objects in this bucket become calls. */
  bucket: string;
  /** MinIO's webhook `AUTH_TOKEN` (also accepted from any sender that sends it as `Authorization`); null: off. */
  webhookToken: string | null;
  /** SNS topics whose signed messages are accepted; empty: SNS off. */
  snsTopicArns: readonly string[];
}

const inboxPrefix = z
  .string()
  .refine((p) => p.endsWith('/'), 'must end with "/" (e.g. inbox/)')
  .refine((p) => !p.startsWith('/'), 'must not start with "/" (S3 keys have no leading slash)')
  .refine(
    (p) => !SERVICE_PREFIXES.some((own) => own.startsWith(p) || p.startsWith(own)),
    `must not be or contain callscribe's own prefixes (${SERVICE_PREFIXES.join(', ')})`,
  );

/** One or two words, as MinIO sends it: with three or more it sends no Authorization at all. */
const webhookToken = z
  .string()
  .refine((t) => t.trim().split(/\s+/).length <= 2, 'must be one word (sent as "Bearer <token>") or two words (sent as is)')
  .refine((t) => t.trim().split(/\s+/).at(-1)!.length >= 16, 'must be at least 16 characters (e.g. `openssl rand -hex 32`)');

const topicArns = z
  .string()
  .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
  .refine((arns) => arns.every((a) => TOPIC_ARN.test(a)), 'must be SNS topic ARNs separated by commas (arn:aws:sns:REGION:ACCOUNT:TOPIC)');

const schema = z.object({
  S3_INBOX_PREFIX: optionalVar(inboxPrefix),
  MINIO_WEBHOOK_TOKEN: optionalVar(webhookToken),
  S3_EVENTS_SNS_TOPIC_ARNS: optionalVar(topicArns),
  S3_BUCKET: optionalVar(z.string().regex(BUCKET, 'must be a valid S3 bucket name')),
});

/** The variables configFromEnv reads. */
export const STORAGE_EVENTS_VARIABLES = Object.keys(schema.shape);

const fixes = {
  S3_INBOX_PREFIX: 'e.g. S3_INBOX_PREFIX=inbox/',
  MINIO_WEBHOOK_TOKEN: 'the same value as MinIO’s MINIO_NOTIFY_WEBHOOK_AUTH_TOKEN_<ID>',
  S3_EVENTS_SNS_TOPIC_ARNS: 'e.g. S3_EVENTS_SNS_TOPIC_ARNS=arn:aws:sns:eu-west-1:123456789012:callscribe-inbox',
};

/**
 * Reads the storage-event variables. Null when storage events are off (neither MINIO_WEBHOOK_TOKEN nor
 * S3_EVENTS_SNS_TOPIC_ARNS is set). Throws ConfigError naming every bad variable.
 */
export function configFromEnv(env: Record<string, string | undefined>): StorageEventsConfig | null {
  const e = parseAdapterEnv(schema, env, fixes);
  const topics = e.S3_EVENTS_SNS_TOPIC_ARNS ?? [];
  if (!e.MINIO_WEBHOOK_TOKEN && topics.length === 0) return null;
  return {
    inboxPrefix: e.S3_INBOX_PREFIX ?? 'inbox/',
    // The bucket callscribe stores calls in: the one it can read the announced objects from.
    bucket: e.S3_BUCKET ?? 'callscribe',
    webhookToken: e.MINIO_WEBHOOK_TOKEN ?? null,
    snsTopicArns: topics,
  };
}
