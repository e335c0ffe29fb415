import { AppError } from '../../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse } from '../../../ports/telephony-source.ts';
import { answerError, createTokenCache, fetchWithToken, requestAccessToken, type ProviderHints, type TokenCache } from '../oauth-token-cache.ts';
import type { ZoomConfig } from './zoom.config.ts';

export const ZOOM_HINTS: ProviderHints = { provider: 'Zoom', credentialVars: 'ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (a Server-to-Server OAuth app)' };

/** What the Zoom API is asked for: Server-to-Server OAuth tokens, a user's e-mail, a recording's bytes. */
export interface ZoomClient {
  /** The phone user's e-mail, or null when Zoom does not tell (no such user, or no scope to read users). */
  userEmail(fetch: GuardedFetch, userId: string): Promise<string | null>;
  /** GET the recording's download URL with a bearer token; a non-success answer is thrown as AppError. */
  recording(fetch: GuardedFetch, downloadUrl: string): Promise<GuardedResponse>;
}

export function createZoomClient(config: ZoomConfig, clock: () => Date): ZoomClient {
  const tokens: TokenCache = createTokenCache({
    clock,
    request: (fetch) =>
      requestAccessToken(fetch, ZOOM_HINTS, {
        url: `${config.oauthBaseUrl}/oauth/token?${new URLSearchParams({ grant_type: 'account_credentials', account_id: config.accountId })}`,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
      }),
  });
  const get = (fetch: GuardedFetch, url: string, accept: string) =>
    fetchWithToken(tokens, fetch, (token) => fetch(url, { headers: { authorization: `Bearer ${token}`, accept } }));

  return {
    async userEmail(fetch, userId) {
      const res = await get(fetch, `${config.apiBaseUrl}/phone/users/${encodeURIComponent(userId)}`, 'application/json');
      if (res.status === 200) {
        const body = (await res.json().catch(() => null)) as { email?: unknown } | null;
        return typeof body?.email === 'string' && body.email.includes('@') ? body.email : null;
      }
      res.body.resume();
      const err = answerError(ZOOM_HINTS, 'the phone user lookup', res);
      // The rep's e-mail is a nicety: without the scope to read users (or the user gone) the recording still comes.
      if (err.code === 'TELEPHONY_AUTH_FAILED' || err.code === 'RECORDING_NOT_FOUND') return null;
      throw err;
    },
    async recording(fetch, downloadUrl) {
      const res = await get(fetch, downloadUrl, 'audio/*, */*');
      if (res.status === 200 || res.status === 206) return res;
      res.body.resume();
      throw answerError(ZOOM_HINTS, 'the recording download', res);
    },
  };
}

/** Throws a permanent error unless `url` is an http(s) URL on one of `origins` (never echoing the URL). */
export function assertAllowedUrl(url: string, origins: readonly string[]): void {
  let origin: string | null = null;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') origin = u.origin;
  } catch {
    origin = null;
  }
  if (!origin || !origins.includes(origin)) {
    throw new AppError('WEBHOOK_PAYLOAD_INVALID', `The Zoom recording's download_url is not on ${origins.join(' or ')}; set ZOOM_API_BASE_URL / ZOOM_OAUTH_BASE_URL if your account uses another Zoom host.`);
  }
}

/** A recording file's extension from its content type; Zoom Phone records MP3. */
export function zoomExtension(contentType: string | null): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'audio/wav' || type === 'audio/x-wav' || type === 'audio/wave') return '.wav';
  if (type === 'audio/mp4' || type === 'audio/m4a' || type === 'audio/x-m4a') return '.m4a';
  return '.mp3';
}
