import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../../src/adapters/storage-events/storage-events.config.ts';
import { ConfigError } from '../../../../src/config/env.ts';

const TOKEN = 'f3a9c0d1e2b34c5d6e7f8a9b0c1d2e3f';
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:callscribe-inbox';

const errorOf = (env: Record<string, string>) => {
  try {
    configFromEnv(env);
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a ConfigError');
};

describe('storage-events configFromEnv', () => {
  it('is off unless a MinIO token or SNS topics are set', () => {
    expect(configFromEnv({})).toBeNull();
    expect(configFromEnv({ S3_INBOX_PREFIX: 'drop/', S3_BUCKET: 'calls-bucket', MINIO_WEBHOOK_TOKEN: ' ' })).toBeNull();
  });

  it('defaults the prefix to inbox/ and the bucket to S3_BUCKET, else callscribe', () => {
    expect(configFromEnv({ MINIO_WEBHOOK_TOKEN: TOKEN })).toEqual({ inboxPrefix: 'inbox/', bucket: 'callscribe', webhookToken: TOKEN, snsTopicArns: [] });
    expect(configFromEnv({ MINIO_WEBHOOK_TOKEN: TOKEN, S3_BUCKET: 'my-calls' })?.bucket).toBe('my-calls');
  });

  it('reads a comma list of SNS topics', () => {
    const c = configFromEnv({ S3_EVENTS_SNS_TOPIC_ARNS: ` ${TOPIC}, arn:aws-cn:sns:cn-north-1:123456789012:other ,` });
    expect(c).toMatchObject({ webhookToken: null, snsTopicArns: [TOPIC, 'arn:aws-cn:sns:cn-north-1:123456789012:other'] });
  });

  it('refuses inbox prefixes without a trailing slash or overlapping callscribe’s own keys', () => {
    for (const prefix of ['inbox', 'calls/', 'uploads/', 'calls/inbox/', 'uploads/x/', '/inbox/']) {
      const err = errorOf({ MINIO_WEBHOOK_TOKEN: TOKEN, S3_INBOX_PREFIX: prefix });
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toContain('S3_INBOX_PREFIX');
    }
    expect(configFromEnv({ MINIO_WEBHOOK_TOKEN: TOKEN, S3_INBOX_PREFIX: 'callsin/' })?.inboxPrefix).toBe('callsin/');
    expect(configFromEnv({ MINIO_WEBHOOK_TOKEN: TOKEN, S3_INBOX_PREFIX: 'teams/sales/inbox/' })?.inboxPrefix).toBe('teams/sales/inbox/');
  });

  it('refuses bad topic ARNs, bucket names and tokens, never showing the token', () => {
    expect(errorOf({ S3_EVENTS_SNS_TOPIC_ARNS: 'callscribe-inbox' }).message).toContain('S3_EVENTS_SNS_TOPIC_ARNS');
    expect(errorOf({ MINIO_WEBHOOK_TOKEN: TOKEN, S3_BUCKET: 'Not_A_Bucket' }).message).toContain('S3_BUCKET');
    for (const token of ['short', `Bearer ${TOKEN} extra`]) {
      const err = errorOf({ MINIO_WEBHOOK_TOKEN: token });
      expect(err.message).toContain('MINIO_WEBHOOK_TOKEN');
      expect(err.message).not.toContain(token);
    }
    expect(configFromEnv({ MINIO_WEBHOOK_TOKEN: `Bearer ${TOKEN}` })?.webhookToken).toBe(`Bearer ${TOKEN}`);
  });
});
