import { AppError, permanent } from '../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse } from '../../ports/telephony-source.ts';

/**
 * OAuth access tokens for telephony APIs that hand out short-lived bearer tokens (Zoom's
 * Server-to-Server OAuth, RingCentral's JWT flow): one token request serves many downloads, and a
 * download the API answers with 401 drops the token and tries once more with a fresh one.
 */

/** An access token as a token endpoint answers it. */
export interface IssuedToken {
  accessToken: string;
  /** Seconds the token lives (`expires_in`). */
  expiresInSec: number;
}

export interface TokenCache {
  /** A token valid for at least the margin; concurrent callers share one token request. */
  get(fetch: GuardedFetch): Promise<string>;
  /** Forgets `token` (the API refused it); a newer token fetched meanwhile is kept. */
  drop(token: string): void;
}

/** Tokens are renewed this long before they expire, so none expires mid-download. */
const DEFAULT_MARGIN_MS = 60_000;

export function createTokenCache(opts: {
  request: (fetch: GuardedFetch) => Promise<IssuedToken>;
  clock: () => Date;
  marginMs?: number;
}): TokenCache {
  const margin = opts.marginMs ?? DEFAULT_MARGIN_MS;
  let cached: { value: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  return {
    get(fetch) {
      if (cached && opts.clock().getTime() < cached.renewAt) return Promise.resolve(cached.value);
      pending ??= opts
        .request(fetch)
        .then((issued) => {
          // A token living less than twice the margin is still used once, for half its life.
          const lifeMs = issued.expiresInSec * 1000;
          const renewIn = lifeMs > 2 * margin ? lifeMs - margin : lifeMs / 2;
          cached = { value: issued.accessToken, renewAt: opts.clock().getTime() + renewIn };
          return issued.accessToken;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    drop(token) {
      if (cached?.value === token) cached = null;
    },
  };
}

/**
 * Sends a request with the cached bearer token; on 401 drops the token and sends it once more with
 * a new one (a token revoked or rotated before its expiry). Other answers are returned as they are.
 */
export async function fetchWithToken(
  tokens: TokenCache,
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

/** What a provider's error messages say: its name and the variables a person should check. */
export interface ProviderHints {
  provider: string;
  /** The variables holding the credentials, e.g. `ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET / ZOOM_ACCOUNT_ID`. */
  credentialVars: string;
}

/**
 * The AppError for a provider's answer that is not a success: 401/403 → permanent
 * TELEPHONY_AUTH_FAILED, 404 → permanent RECORDING_NOT_FOUND, 408/429/5xx → retryable
 * TELEPHONY_UNAVAILABLE (with Retry-After), anything else permanent TELEPHONY_REQUEST_FAILED.
 * `what` names the request for a person ("the recording download"); never a URL.
 */
export function answerError(hints: ProviderHints, what: string, res: Pick<GuardedResponse, 'status' | 'headers'>): AppError {
  const { status } = res;
  if (status === 401 || status === 403) {
    return new AppError(
      'TELEPHONY_AUTH_FAILED',
      `${hints.provider} refused ${what} (HTTP ${status}). Check ${hints.credentialVars} and that the app has the scopes or permissions the README lists.`,
      { status },
    );
  }
  if (status === 404) return new AppError('RECORDING_NOT_FOUND', `${hints.provider} has no such recording (HTTP 404 on ${what}); it may have been deleted.`, { status });
  if (status === 408 || status === 429 || status >= 500) {
    return new AppError('TELEPHONY_UNAVAILABLE', `${hints.provider} is unavailable or rate limiting (HTTP ${status} on ${what}); it will be retried.`, {
      retryable: true,
      retryAfterMs: retryAfterMs(res.headers),
      status,
    });
  }
  return new AppError('TELEPHONY_REQUEST_FAILED', `${hints.provider} answered HTTP ${status} to ${what}.`, { status });
}

/** Retry-After as milliseconds (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string>, now: Date = new Date()): number | null {
  const value = headers['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/**
 * Asks an OAuth token endpoint for an access token with HTTP Basic client credentials. A refusal
 * (400 invalid_grant / invalid_client, 401, 403) is permanent TELEPHONY_AUTH_FAILED naming the
 * variables to check; 429/5xx are retryable.
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
    throw new AppError('TELEPHONY_AUTH_FAILED', `${hints.provider} refused the token request (HTTP 400). Check ${hints.credentialVars}.`, { status: 400 });
  }
  if (res.status !== 200) {
    res.body.resume();
    throw answerError(hints, 'the token request', res);
  }
  const body = (await res.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
  const accessToken = body?.access_token;
  const expiresIn = Number(body?.expires_in);
  if (typeof accessToken !== 'string' || !accessToken || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw permanent('TELEPHONY_AUTH_FAILED', `${hints.provider}'s token endpoint answered without an access_token and expires_in. Check the API base URL variables.`);
  }
  return { accessToken, expiresInSec: expiresIn };
}
