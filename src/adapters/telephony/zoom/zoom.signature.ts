import { createHmac } from 'node:crypto';
import type { Verdict, WebhookRequest } from '../../../ports/telephony-source.ts';
import { constantTimeEqual, headerOf } from '../webhook-utils.ts';

/** How far a signed timestamp may be from our clock, either way (replay protection Zoom leaves to us). */
export const ZOOM_TOLERANCE_MS = 5 * 60_000;

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`, as Zoom signs a delivery (`x-zm-signature`). */
export function zoomSignature(secret: string, timestamp: string, rawBody: Buffer): string {
  const mac = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(rawBody);
  return `v0=${mac.digest('hex')}`;
}

/** The answer to `endpoint.url_validation`: hex HMAC-SHA256 of the plain token. */
export function zoomEncryptedToken(secret: string, plainToken: string): string {
  return createHmac('sha256', secret).update(plainToken).digest('hex');
}

/**
 * Checks `x-zm-signature` over the raw bytes as received (Zoom's samples sign a re-serialised
 * body; the bytes are what was sent), then that `x-zm-request-timestamp` (Unix seconds) is within
 * five minutes of `now`.
 */
export function verifyZoomSignature(secret: string, request: WebhookRequest, now: Date): Verdict {
  const signature = headerOf(request.headers, 'x-zm-signature');
  const timestamp = headerOf(request.headers, 'x-zm-request-timestamp');
  if (!signature || !timestamp) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_MISSING', reason: 'The x-zm-signature or x-zm-request-timestamp header is missing.' };
  }
  if (!constantTimeEqual(signature, zoomSignature(secret, timestamp, request.rawBody))) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'x-zm-signature does not match the body; check ZOOM_WEBHOOK_SECRET_TOKEN (the app\'s Secret Token).' };
  }
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() - Number(timestamp) * 1000) > ZOOM_TOLERANCE_MS) {
    return { ok: false, code: 'WEBHOOK_STALE', reason: 'x-zm-request-timestamp is more than 5 minutes from our clock (a replay, or a clock out of sync).' };
  }
  return { ok: true };
}
