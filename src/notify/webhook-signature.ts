import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 with the secret's key over
 * `${id}.${timestamp}.${body}`, sent as `webhook-signature: v1,<base64>`. The timestamp is Unix seconds
 * at the moment of sending, so every attempt is signed afresh (receivers refuse stale ones).
 */
export function signWebhook(key: Buffer, id: string, timestampSec: number, body: string): string {
  const mac = createHmac('sha256', key).update(`${id}.${timestampSec}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three headers of a signed delivery. */
export function webhookHeaders(key: Buffer, id: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(key, id, timestamp, body),
  };
}
