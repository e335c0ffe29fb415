import { AppError, permanent } from '../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse } from '../../ports/telephony-source.ts';
import { answerError, type ProviderHints } from './provider-answer.ts';
import type { IssuedToken, TokenCache } from '../token-cache.ts';

/**
 * Bearer tokens for telephony APIs (Zoom's Server-to-Server OAuth, RingCentral's JWT flow): the token
 * request with HTTP Basic client credentials, and downloads that renew a refused token once. The
 * cache itself is shared with other adapters (../token-cache.ts).
 */

/**
 * Sends a request with the cached bearer token; on 401 drops the token and sends it once more with
 * a new one (a token revoked or rotated before its expiry). Other answers are returned as they are.
 */
export async function fetchWithToken(
  tokens: TokenCache<GuardedFetch>,
  fetch: GuardedFetch,
  send: (token: string) => Promise<GuardedResponse>,
): Promise<GuardedResponse> {
  const token = await tokens.get(fetch);
  const first = await send(token);
  if (first.status !== 401) return first;
  first.body.resume();
  tokens.drop(token);
  return send(await tokens.get(fetch));
}

/**
 * Asks an OAuth token endpoint for an access token with HTTP Basic client credentials. A refusal
 * (400 invalid_grant / invalid_client, 401, 403) is permanent TELEPHONY_AUTH_FAILED naming the
 * variables to check; other answers as `answerError` classifies them.
 */
export async function requestAccessToken(
  fetch: GuardedFetch,
  hints: ProviderHints,
  req: { url: string; clientId: string; clientSecret: string; form?: Record<string, string> },
): Promise<IssuedToken> {
  const basic = Buffer.from(`${req.clientId}:${req.clientSecret}`).toString('base64');
  const res = await fetch(req.url, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      accept: 'application/json',
      ...(req.form && { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(req.form && { body: new URLSearchParams(req.form).toString() }),
  });
  if (res.status === 400) {
    // invalid_client / invalid_grant: the credentials, not the request, are wrong.
    res.body.resume();
    throw new AppError('TELEPHONY_AUTH_FAILED', `${hints.provider} refused the token request (HTTP 400). ${hints.authFix}`, { status: 400 });
  }
  if (res.status !== 200) throw answerError(hints, 'the token request', res);
  const body = (await res.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
  const accessToken = body?.access_token;
  const expiresIn = Number(body?.expires_in);
  if (typeof accessToken !== 'string' || !accessToken || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw permanent('TELEPHONY_AUTH_FAILED', `${hints.provider}'s token endpoint answered without an access_token and expires_in. Check the API base URL variables.`);
  }
  return { accessToken, expiresInSec: expiresIn };
}
