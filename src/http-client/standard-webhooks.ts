import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * Standard Webhooks (standardwebhooks.com): the scheme generic telephony senders sign their deliveries
 * with, and the one our own notifications out use. Headers `webhook-id`, `webhook-timestamp` (Unix
 * seconds) and `webhook-signature` (space-separated `v1,<base64>` entries); the signed content is
 * `${id}.${timestamp}.${rawBody}`, HMAC-SHA256 keyed with the base64 after `whsec_`.
 *
 * Verifying a delivery lives with the telephony source that receives them
 * (`src/adapters/telephony/standard-webhooks.ts`).
 */

const PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The spec asks for secrets of 24 to 64 random bytes. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

/** Why a `whsec_` secret is unusable, or null when it is fine (for config validation). */
export function standardWebhookSecretProblem(secret: string): string | null {
  if (!secret.startsWith(PREFIX)) return `must start with ${PREFIX} followed by base64 (e.g. ${PREFIX}$(openssl rand -base64 32))`;
  const encoded = secret.slice(PREFIX.length);
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) return `the part after ${PREFIX} must be standard base64`;
  const bytes = Buffer.from(encoded, 'base64').length;
  if (bytes < MIN_KEY_BYTES || bytes > MAX_KEY_BYTES) return `the key after ${PREFIX} must decode to ${MIN_KEY_BYTES}–${MAX_KEY_BYTES} bytes (it has ${bytes})`;
  return null;
}

/** A `whsec_…` secret variable (trimmed); an unusable one is refused with what is wrong with it. */
export const StandardWebhookSecret = z.string().trim().superRefine((secret, ctx) => {
  const problem = standardWebhookSecretProblem(secret);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function keyOf(secret: string): Buffer {
  const problem = standardWebhookSecretProblem(secret);
  if (problem) throw new TypeError(`Standard Webhooks secret ${problem}.`);
  return Buffer.from(secret.slice(PREFIX.length), 'base64');
}

/** The `v1,<base64>` signature of one delivery. */
export function signStandardWebhook(secret: string, id: string, timestampSec: number, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestampSec}.`).update(rawBody).digest('base64');
  return `v1,${mac}`;
}

/**
 * The three headers of a delivery we send, signed at `now`: every attempt is signed afresh, since
 * receivers refuse stale timestamps.
 */
export function standardWebhookHeaders(secret: string, id: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signStandardWebhook(secret, id, timestamp, body),
  };
}
