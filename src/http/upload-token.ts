import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token `POST /v1/calls/presign` hands out with a presigned upload, which `POST /v1/calls/complete`
 * requires: an HMAC over the upload key, the caller's principal and the expiry, so only the caller who
 * asked for the key can turn it into a call, and only for a while. Opaque to clients:
 * `v1.<expiry in epoch seconds>.<base64url MAC>`.
 */
export interface UploadTokens {
  issue(key: string, principal: string, expiresAt: Date): string;
  /** Whether `token` was issued for this key and principal and `now` is before its expiry. */
  valid(token: unknown, key: string, principal: string, now: Date): boolean;
}

/** Keyed from the server secret (the session secret), under a label of its own: a cookie MAC is never a token. */
export function uploadTokens(serverSecret: string): UploadTokens {
  const macKey = createHmac('sha256', serverSecret).update('callscribe/upload-token/v1').digest();
  const mac = (key: string, principal: string, expirySec: number) =>
    createHmac('sha256', macKey).update(`${key}\0${principal}\0${expirySec}`).digest();
  return {
    issue(key, principal, expiresAt) {
      const expirySec = Math.floor(expiresAt.getTime() / 1000);
      return `v1.${expirySec}.${mac(key, principal, expirySec).toString('base64url')}`;
    },
    valid(token, key, principal, now) {
      if (typeof token !== 'string') return false;
      const m = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!m) return false;
      const expirySec = Number(m[1]);
      const presented = Buffer.from(m[2]!, 'base64url');
      return timingSafeEqual(presented, mac(key, principal, expirySec)) && now.getTime() < expirySec * 1000;
    },
  };
}
