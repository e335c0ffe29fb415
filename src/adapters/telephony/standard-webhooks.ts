import { createHmac } from 'node:crypto';
import type { Verdict, WebhookHeaders } from '../../ports/telephony-source.ts';
import { constantTimeEqual, headerOf } from './webhook-utils.ts';

/**
 * Standard Webhooks (standardwebhooks.com): the scheme generic senders sign their deliveries with, and
 * the one our own notifications out use. Headers `webhook-id`, `webhook-timestamp` (Unix seconds) and
 * `webhook-signature` (space-separated `v1,<base64>` entries); the signed content is
 * `${id}.${timestamp}.${rawBody}`, HMAC-SHA256 keyed with the base64 after `whsec_`.
 *
 * Left out: asymmetric `v1a` (ed25519) signatures (an entry of an unknown version is ignored, so such a
 * delivery is refused unless it also carries a `v1` entry), and deduplication on `webhook-id` (the
 * caller's job: the id is stable across retries).
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
 * Checks a delivery's signature on the raw bytes, then its timestamp (±`toleranceSec` of `now`): a
 * forged delivery is refused as invalid whatever its age, a genuine old one as stale.
 */
export function verifyStandardWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: Buffer,
  now: Date,
  toleranceSec = 300,
): Verdict {
  const id = headerOf(headers, 'webhook-id');
  const timestamp = headerOf(headers, 'webhook-timestamp');
  const signatures = headerOf(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    const missing = [!id && 'webhook-id', !timestamp && 'webhook-timestamp', !signatures && 'webhook-signature'].filter(Boolean);
    return { ok: false, code: 'WEBHOOK_SIGNATURE_MISSING', reason: `The delivery lacks the Standard Webhooks header(s) ${missing.join(', ')}.` };
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'webhook-timestamp is not a Unix time in seconds.' };
  }
  const expected = signStandardWebhook(secret, id, Number(timestamp), rawBody);
  let matched = false;
  for (const entry of signatures.split(' ')) {
    if (entry.startsWith('v1,') && constantTimeEqual(entry, expected)) matched = true;
  }
  if (!matched) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'No v1 entry of webhook-signature matches the body signed with the configured secret.' };
  }
  const ageSec = Math.floor(now.getTime() / 1000) - Number(timestamp);
  if (Math.abs(ageSec) > toleranceSec) {
    const when = ageSec > 0 ? `${ageSec} s old` : `${-ageSec} s in the future`;
    return { ok: false, code: 'WEBHOOK_STALE', reason: `webhook-timestamp is ${when}; at most ${toleranceSec} s either way is accepted (check the sender's clock).` };
  }
  return { ok: true };
}
