/**
 * OAuth access tokens for APIs that hand out bearer tokens (Zoom's Server-to-Server OAuth,
 * RingCentral's JWT flow, Salesforce's client-credentials flow): one token request serves many
 * requests, and a token the API refuses is dropped so the next caller gets a fresh one.
 */

/** An access token as a token endpoint answers it. */
export interface IssuedToken {
  accessToken: string;
  /** Seconds the token lives (`expires_in`); absent when the endpoint does not say (Salesforce): kept until the API refuses it. */
  expiresInSec?: number;
}

/** `A` is what each caller hands the token request (the telephony adapters' guarded fetch; nothing for Salesforce). */
export interface TokenCache<A = void> {
  /** A token valid for at least the margin; concurrent callers share one token request. */
  get(arg: A): Promise<string>;
  /** Forgets `token` (the API refused it); a newer token fetched meanwhile is kept. */
  drop(token: string): void;
}

/** Tokens are renewed this long before they expire, so none expires mid-request. */
const DEFAULT_MARGIN_MS = 60_000;

export function createTokenCache<A = void>(opts: {
  request: (arg: A) => Promise<IssuedToken>;
  clock: () => Date;
  marginMs?: number;
}): TokenCache<A> {
  const margin = opts.marginMs ?? DEFAULT_MARGIN_MS;
  let cached: { value: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  return {
    get(arg) {
      if (cached && opts.clock().getTime() < cached.renewAt) return Promise.resolve(cached.value);
      pending ??= opts
        .request(arg)
        .then((issued) => {
          // A token living less than twice the margin is still used once, for half its life.
          const lifeMs = issued.expiresInSec === undefined ? Infinity : issued.expiresInSec * 1000;
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
