import { signStandardWebhook } from '../../http-client/standard-webhooks.ts';
import type { Verdict, WebhookHeaders } from '../../ports/telephony-source.ts';
import { constantTimeEqual, headerOf } from './webhook-utils.ts';

/**
 * Checks a Standard Webhooks delivery (the scheme: `src/http-client/standard-webhooks.ts`) on the raw
 * bytes, then its timestamp (±`toleranceSec` of `now`): a forged delivery is refused as invalid
 * whatever its age, a genuine old one as stale.
 *
 * Left out: asymmetric `v1a` (ed25519) signatures (an entry of an unknown version is ignored, so such a
 * delivery is refused unless it also carries a `v1` entry), and deduplication on `webhook-id` (the
 * caller's job: the id is stable across retries).
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
