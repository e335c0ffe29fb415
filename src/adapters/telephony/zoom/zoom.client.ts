import { AppError } from '../../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse } from '../../../ports/telephony-source.ts';
import { httpOrigin } from '../origins.ts';
import { fetchWithToken, requestAccessToken } from '../oauth-token-cache.ts';
import { createTokenCache, type TokenCache } from '../../token-cache.ts';
import { answerError, lookedUpEmail, type EmailLookup, type ProviderHints } from '../provider-answer.ts';
import type { ZoomConfig } from './zoom.config.ts';

export const ZOOM_HINTS: ProviderHints = {
  provider: 'Zoom',
  authFix: 'Check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (a Server-to-Server OAuth app) and that the app has the scopes the README lists.',
  lookupFix: 'Add the phone:read:admin scope to the Zoom Server-to-Server OAuth app, or else set ZOOM_REP_EMAILS (zoomUserId=email,…).',
};

/** What the Zoom API is asked for: Server-to-Server OAuth tokens, a user's e-mail, a recording's bytes. */
export interface ZoomClient {
  /** The phone user's e-mail, or null when Zoom does not tell (no such user; or no scope to read users, then `refused` says so). */
  userEmail(fetch: GuardedFetch, userId: string): Promise<EmailLookup>;
  /** GET the recording's download URL with a bearer token; a non-success answer is thrown as AppError. */
  recording(fetch: GuardedFetch, downloadUrl: string): Promise<GuardedResponse>;
}

export function createZoomClient(config: ZoomConfig, clock: () => Date): ZoomClient {
  const tokens: TokenCache<GuardedFetch> = createTokenCache<GuardedFetch>({
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
      return lookedUpEmail(ZOOM_HINTS, 'the phone user lookup', res, (body) => (body as { email?: unknown } | null)?.email);
    },
    async recording(fetch, downloadUrl) {
      const res = await get(fetch, downloadUrl, 'audio/*, */*');
      if (res.status === 200 || res.status === 206) return res;
      throw answerError(ZOOM_HINTS, 'the recording download', res);
    },
  };
}

/** Throws a permanent error unless `url` is an http(s) URL on one of `origins` (never echoing the URL). */
export function assertAllowedUrl(url: string, origins: readonly string[]): void {
  const origin = httpOrigin(url);
  if (!origin || !origins.includes(origin)) {
    throw new AppError('WEBHOOK_PAYLOAD_INVALID', `The Zoom recording's download_url is not on ${origins.join(' or ')}; set ZOOM_API_BASE_URL / ZOOM_OAUTH_BASE_URL if your account uses another Zoom host.`);
  }
}
