import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiKey } from '../config/api-keys.ts';
import { identityOf, type Identity } from './identity.ts';

/**
 * Where the identity behind a browser session comes from. A session cookie records the provider's
 * name and a subject (`sub`); every request asks the provider who that subject is *now*, so removing
 * a key (or disabling a user) ends their sessions at once.
 *
 * Today the only provider is `api-key` (a person signs in with their API key; `sub` is the key's
 * fingerprint). An OIDC sign-in would be a second provider — `provider: 'oidc'`, `sub` the issuer's
 * subject, `resolve` mapping it to a role and e-mail from configuration — plus its own sign-in and
 * callback routes that call `Sessions.start`. Routes never see providers: they get an `Identity`.
 *
 * Left out on purpose: creating or listing users, and server-side session storage (sessions are
 * stateless signed cookies; see `Sessions`).
 */
export interface IdentityProvider {
  /** The name stored in the session cookie's `provider` field. */
  readonly provider: string;
  /** The identity `sub` stands for now, or null when it no longer exists (the session is then refused). */
  resolve(sub: string): Promise<Identity | null>;
}

/** The API-key provider: resolves a key's fingerprint, and finds the key a person presents. */
export interface ApiKeyProvider extends IdentityProvider {
  readonly provider: 'api-key';
  /** The identity of a presented key, compared in constant time; null when no configured key matches. */
  authenticate(candidate: string): Identity | null;
}

export function apiKeyProvider(keys: readonly ApiKey[]): ApiKeyProvider {
  const digests = keys.map((k) => ({ key: k, digest: sha256(k.key) }));
  return {
    provider: 'api-key',
    async resolve(sub) {
      const key = keys.find((k) => k.id === sub);
      return key ? identityOf(key) : null;
    },
    authenticate(candidate) {
      // Digests have one length, so each comparison takes the same time whatever the candidate.
      const given = sha256(candidate);
      let found: ApiKey | null = null;
      for (const d of digests) if (timingSafeEqual(d.digest, given)) found = d.key;
      return found ? identityOf(found) : null;
    },
  };
}

/** What a session cookie carries (signed, not encrypted: nothing in it is secret). Times in seconds since the epoch. */
export const SessionPayload = z.object({
  sid: z.string().min(16).max(64),
  sub: z.string().min(1).max(256),
  provider: z.string().min(1).max(32),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type SessionPayload = z.infer<typeof SessionPayload>;

export const SESSION_COOKIE = 'callscribe_session';
export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * The session secret when SESSION_SECRET is not set: a digest of every configured key. Several `serve`
 * processes with the same API_KEYS agree on it, and changing the keys signs everyone out.
 */
export function deriveSessionSecret(keys: readonly ApiKey[]): string {
  const hash = createHash('sha256').update('callscribe/session-secret/v1');
  for (const key of [...keys.map((k) => k.key)].sort()) hash.update('\0').update(key);
  return hash.digest('hex');
}

export interface SessionOptions {
  secret: string;
  providers: readonly IdentityProvider[];
  clock: () => Date;
  ttlMs?: number;
  /** Whether the cookie gets `Secure`: the request came over https (or PUBLIC_BASE_URL is https). */
  secure: (request: FastifyRequest) => boolean;
}

/**
 * Stateless browser sessions: an HMAC-SHA256-signed cookie (`payload.signature`, both base64url),
 * httpOnly, SameSite=Strict, Path=/. Signing out clears the cookie in that browser; a copied cookie
 * stays valid until it expires, unless its key is removed or the secret changes.
 */
export interface Sessions {
  /** Starts a session for a provider's subject: sets the cookie and returns its payload. */
  start(request: FastifyRequest, reply: FastifyReply, provider: string, sub: string): SessionPayload;
  /** The request's valid, unexpired session and who it is now; null for none, a bad signature, expiry, or a subject that is gone. */
  read(request: FastifyRequest): Promise<{ session: SessionPayload; identity: Identity } | null>;
  clear(request: FastifyRequest, reply: FastifyReply): void;
  /**
   * The CSRF token for a session id (or a sign-in form's id): `m.s`, where m = HMAC(secret, `csrf:` + sid)
   * and s = HMAC(secret, `csrf-issued:` + m), both base64url. `s` lets a token be recognised as one this
   * service made for some session without knowing that session.
   */
  csrfToken(sid: string): string;
  /** Compares a presented CSRF token with the one for `sid`, in constant time. */
  csrfValid(sid: string, presented: unknown): boolean;
  /**
   * Whether a presented token is one this service made, for any session: what the page of an earlier
   * session (signed in again in another tab) sends. A missing, made-up or altered token is not.
   */
  csrfIssued(presented: unknown): boolean;
  /** A random id for a sign-in form, signed into a short-lived cookie scoped to /sign-in (login CSRF). */
  startSignInForm(request: FastifyRequest, reply: FastifyReply): string;
  /** The sign-in form id from its cookie, if the signature holds. */
  readSignInForm(request: FastifyRequest): string | null;
  clearSignInForm(request: FastifyRequest, reply: FastifyReply): void;
}

const SIGN_IN_COOKIE = 'callscribe_sign_in';
const SIGN_IN_FORM_TTL_S = 60 * 60;

export function createSessions(opts: SessionOptions): Sessions {
  const ttlS = Math.floor((opts.ttlMs ?? DEFAULT_SESSION_TTL_MS) / 1000);
  const mac = (purpose: string, value: string) => createHmac('sha256', opts.secret).update(`${purpose}:${value}`).digest('base64url');
  const now = () => Math.floor(opts.clock().getTime() / 1000);
  // The session cookie is Lax: a link into a call page from the CRM or Slack (which callscribe writes) opens
  // it signed in; Strict sent it on no cross-site navigation, so every such link asked to sign in again.
  // Another site still cannot change anything: Lax sends no cookie on its POSTs, every form carries the
  // CSRF token, and no GET changes state. The sign-in form's cookie stays Strict: it is only ever posted
  // from our own page.
  const cookieOptions = (request: FastifyRequest, path: string, maxAge: number, sameSite: 'lax' | 'strict' = 'lax') =>
    ({ httpOnly: true, sameSite, path, secure: opts.secure(request), maxAge }) as const;
  const signed = (purpose: string, value: string) => `${value}.${mac(purpose, value)}`;
  const csrfOf = (sessionMac: string) => signed('csrf-issued', sessionMac);
  const unsigned = (purpose: string, cookie: string | undefined): string | null => {
    if (!cookie) return null;
    const dot = cookie.lastIndexOf('.');
    if (dot <= 0) return null;
    const value = cookie.slice(0, dot);
    return equal(cookie.slice(dot + 1), mac(purpose, value)) ? value : null;
  };

  return {
    start(request, reply, provider, sub) {
      const iat = now();
      const session: SessionPayload = { sid: randomBytes(16).toString('base64url'), sub, provider, iat, exp: iat + ttlS };
      const value = Buffer.from(JSON.stringify(session)).toString('base64url');
      reply.setCookie(SESSION_COOKIE, signed('session', value), cookieOptions(request, '/', ttlS));
      return session;
    },
    async read(request) {
      const value = unsigned('session', request.cookies[SESSION_COOKIE]);
      if (!value) return null;
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      const parsed = SessionPayload.safeParse(json);
      if (!parsed.success) return null;
      const session = parsed.data;
      const t = now();
      if (session.exp <= t || session.iat > t + 60) return null;
      const provider = opts.providers.find((p) => p.provider === session.provider);
      const identity = provider ? await provider.resolve(session.sub) : null;
      return identity ? { session, identity } : null;
    },
    clear(request, reply) {
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request, '/', 0));
    },
    csrfToken: (sid) => csrfOf(mac('csrf', sid)),
    csrfValid: (sid, presented) => typeof presented === 'string' && equal(presented, csrfOf(mac('csrf', sid))),
    csrfIssued: (presented) => {
      if (typeof presented !== 'string' || presented.length > 128) return false;
      const dot = presented.indexOf('.');
      return dot > 0 && equal(presented, csrfOf(presented.slice(0, dot)));
    },
    startSignInForm(request, reply) {
      const id = randomBytes(16).toString('base64url');
      reply.setCookie(SIGN_IN_COOKIE, signed('sign-in', id), cookieOptions(request, '/sign-in', SIGN_IN_FORM_TTL_S, 'strict'));
      return id;
    },
    readSignInForm: (request) => unsigned('sign-in', request.cookies[SIGN_IN_COOKIE]),
    clearSignInForm(request, reply) {
      reply.clearCookie(SIGN_IN_COOKIE, cookieOptions(request, '/sign-in', 0, 'strict'));
    },
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time comparison of two strings (digests first, so lengths do not leak). */
function equal(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
