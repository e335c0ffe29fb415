import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttemptLimiter } from './attempt-limiter.ts';
import { hasRight, RIGHT_WORDS, type Identity, type Right } from './identity.ts';
import type { ApiKeyProvider, SessionPayload, Sessions } from './session.ts';
import { renderForbiddenPage, renderSessionChangedPage } from './ui/refused.page.ts';

export type { ApiKey, Role } from '../config/api-keys.ts';
export { canAccessCall, hasRight, RIGHTS, visibleTo, type Identity, type Right } from './identity.ts';

/** What `buildApp` sets up once and every `requireRight` hook uses. */
export interface AuthContext {
  keys: ApiKeyProvider;
  sessions: Sessions;
  /** Wrong keys per client address, in headers and in the sign-in form alike (one budget per address). */
  keyFailures: AttemptLimiter;
}

declare module 'fastify' {
  interface FastifyInstance {
    authContext: AuthContext;
  }
  interface FastifyRequest {
    /** Who sent the request; set by `requireRight` (null on routes without it). */
    identity: Identity | null;
    /** The browser session the request came with, when it was authenticated by the session cookie. */
    session: SessionPayload | null;
  }
}

export type Authenticated = { identity: Identity; session: SessionPayload | null };

/**
 * Who sent the request: an API key in `Authorization: Bearer <key>` or `X-API-Key` (a key header that
 * does not match is refused, never passed over for the cookie), else the session cookie.
 * Returns null when neither proves anyone.
 */
export async function authenticate(request: FastifyRequest): Promise<Authenticated | null> {
  const { keys, sessions } = request.server.authContext;
  const candidate = presentedKey(request);
  if (candidate !== null) {
    const identity = keys.authenticate(candidate);
    return identity ? { identity, session: null } : null;
  }
  return sessions.read(request);
}

/**
 * Seconds a client must wait after sending a wrong key, or 0: counts the failure against its address,
 * and once the address has had its share of wrong keys in the window, refuses the rest. Call only for a
 * key that did not match, never before checking one: a right key is never refused for others' failures.
 */
export function wrongKeyWait(request: FastifyRequest): number {
  const failures = request.server.authContext.keyFailures;
  const wait = failures.retryAfter(request.ip);
  if (wait === 0) failures.fail(request.ip);
  return wait;
}

function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header !== undefined) return /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : header;
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token a page embeds in its forms (`<input type="hidden" name="_csrf">`) or a script sends as
 * `X-CSRF-Token`; null when the request has no browser session (call after `requireRight`).
 */
export function csrfToken(request: FastifyRequest): string | null {
  return request.session ? request.server.authContext.sessions.csrfToken(request.session.sid) : null;
}

/**
 * Checks the CSRF token of a cookie-authenticated unsafe request: the `X-CSRF-Token` header, or the
 * `_csrf` field of a url-encoded form (the pages' forms). JSON routes validate their bodies strictly and
 * refuse an unknown `_csrf` key, and multipart bodies are streamed after this check: scripts send the header.
 */
export function csrfValid(request: FastifyRequest, session: SessionPayload): boolean {
  return request.server.authContext.sessions.csrfValid(session.sid, presentedCsrf(request));
}

/**
 * For a route with `csrfInFirstPart`: whether a multipart form's first part is its `_csrf` field with this
 * session's token. A request without a session (an API key) needs none. The route calls it on the first
 * part and refuses the post before reading any other when it answers false.
 */
export function firstPartCsrfValid(request: FastifyRequest, name: string, value: unknown): boolean {
  if (!request.session) return true;
  return name === '_csrf' && request.server.authContext.sessions.csrfValid(request.session.sid, value);
}

function presentedCsrf(request: FastifyRequest): unknown {
  const header = request.headers['x-csrf-token'];
  const body = request.body as { _csrf?: unknown } | null | undefined;
  return typeof header === 'string' ? header : body && typeof body === 'object' ? body._csrf : undefined;
}

/** A relative path to return to after signing in; anything else (another origin, `//host`, `/\host`) becomes `/`. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 2048) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters (and so CR/LF) never reach a Location header.
  return /[\u0000-\u001f\u007f]/.test(next) ? '/' : next;
}

/** Whether a browser asks for a page (not a script, not the API): it is answered in HTML, never JSON. */
export function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0]!;
  return !path.startsWith('/v1/') && (request.headers.accept ?? '').includes('text/html');
}

/** The challenge every 401 carries (RFC 9110 §11.6.1): this API takes bearer keys. */
export const WWW_AUTHENTICATE = 'Bearer realm="callscribe"';

/** A request whose body has not been read yet (and may never be, when it is refused). */
const hasBody = (request: FastifyRequest) => request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/** Who a session request is, between `onRequest` (no body yet) and `preHandler` (its CSRF form field parsed). */
const awaitingCsrf = new WeakMap<FastifyRequest, Authenticated>();

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
/** The hooks `requireRight` gives a route. */
export interface RightHooks {
  onRequest: Hook;
  preHandler: Hook;
}

/**
 * The page a request came from: itself for a GET; for a form post, the page that posts to its own address
 * (the upload page, `/calls/new`), else the call page whose form it is (`/calls/{id}/review` → `/calls/{id}`),
 * else the call list. The browser sends no Referer (no-referrer).
 */
function pageOf(request: FastifyRequest): string {
  if (SAFE_METHODS.has(request.method)) return safeNext(request.url);
  const path = request.url.split('?')[0]!;
  // The route's own pattern is asked about, never the path sent: a path is not a pattern to parse.
  const route = request.routeOptions.url;
  if (route && request.server.hasRoute({ method: 'GET', url: route })) return safeNext(path);
  return /^\/calls\/[\w-]+(?=\/[a-z]+$)/.exec(path)?.[0] ?? '/';
}

/**
 * Where a browser refused for want of a session signs in: back to its page after, and, for a form post, with
 * `unsaved=1`, so the sign-in page says that what was sent was not saved (the refused body is never read).
 */
function signInLocation(request: FastifyRequest): string {
  const next = `/sign-in?next=${encodeURIComponent(pageOf(request))}`;
  return SAFE_METHODS.has(request.method) ? next : `${next}&unsaved=1`;
}

/**
 * Refuses a request: JSON `{ error }` with the status, or, for a browser asking for a page (a form post
 * too), what a person can act on: 401 sends them to sign in and back to the page (303), 403 answers a page.
 */
function refuse(request: FastifyRequest, reply: FastifyReply, status: 401 | 403, code: string, message: string, auth: Authenticated | null = null) {
  // The body of a refused request is never read: close the connection rather than drain it.
  if (hasBody(request)) reply.header('connection', 'close');
  if (wantsPage(request)) {
    if (status === 401 || !auth) return reply.redirect(signInLocation(request), 303);
    const options = { user: { email: auth.identity.email, role: auth.identity.role }, csrf: auth.session ? request.server.authContext.sessions.csrfToken(auth.session.sid) : null, back: pageOf(request) };
    const body = code === 'CSRF_INVALID' ? renderSessionChangedPage(options) : renderForbiddenPage(options);
    return reply.code(status).type('text/html; charset=utf-8').send(body);
  }
  if (status === 401) reply.header('www-authenticate', WWW_AUTHENTICATE);
  return reply.code(status).send({ error: { code, message } });
}

const refuseCsrf = (request: FastifyRequest, reply: FastifyReply, auth: Authenticated) =>
  refuse(request, reply, 403, 'CSRF_INVALID', 'The CSRF token is missing or wrong: send the page’s `_csrf` form field or an `X-CSRF-Token` header; reload the page if it is old.', auth);

function admit(request: FastifyRequest, reply: FastifyReply, auth: Authenticated, right: Right) {
  if (!hasRight(auth.identity, right)) return refuse(request, reply, 403, 'AUTH_FORBIDDEN', `A ${auth.identity.role} may not ${RIGHT_WORDS[right]}.`, auth);
  request.identity = auth.identity;
  request.session = auth.session;
  return undefined;
}

/**
 * A route's own answer to a browser's form post refused for a token of an earlier session (signed in
 * again, perhaps in another tab): its page with the form as typed, to send again with this session's token.
 * Runs with `request.identity` and `request.session` of the current session, never the route's handler.
 * Resolves false, having sent nothing, when it has no such page to show (then, or when it throws, the
 * plain "session changed" page answers).
 */
export type SessionChangedPage = (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>;

/**
 * The route's `sessionChanged` page when it has one, the current session may use the route and the post
 * carries a token this service made for another session; false when the plain page must answer. A post
 * with no token or a made-up one is not shown back as a form to send again: another site could choose its values.
 */
async function formAgain(request: FastifyRequest, reply: FastifyReply, auth: Authenticated, right: Right, answer: SessionChangedPage | undefined): Promise<boolean> {
  if (!answer || !wantsPage(request) || !hasRight(auth.identity, right)) return false;
  if (!request.server.authContext.sessions.csrfIssued(presentedCsrf(request))) return false;
  request.identity = auth.identity;
  request.session = auth.session;
  try {
    if (await answer(request, reply)) return true;
  } catch (err) {
    request.log.info({ err: (err as Error).message }, 'session-changed form page not shown');
  }
  request.identity = null;
  request.session = null;
  return false;
}

/**
 * Route options that let through only requests whose identity has `right`: `requireRight('calls:read')`,
 * or `{ ...requireRight(right), bodyLimit }`. The key or session is checked in `onRequest`, before the
 * body is read: 401 `AUTH_REQUIRED` without one (with `WWW-Authenticate`; a wrong key header past the
 * address's share of wrong keys, 429 `AUTH_LIMITED` with `Retry-After`), 403 `AUTH_FORBIDDEN` without
 * the right. A session's unsafe request without an `X-CSRF-Token` header is checked in `preHandler`, once
 * a form body is parsed: 403 `CSRF_INVALID` without its token, then the right. A browser asking for a
 * page (a form post too) is sent to `/sign-in?next=<the page>` with 303 instead of the 401, and gets an
 * HTML page with the 403s (a form route's `sessionChanged` page for a stale token). Sets `request.identity` (and
 * `request.session`). Per-call checks stay with the route (`canAccessCall`).
 */
export function requireRight(right: Right, opts: { sessionChanged?: SessionChangedPage; csrfInFirstPart?: boolean } = {}): RightHooks {
  return {
    // Before the body is read: a request without a key or session never has its body parsed or stored.
    onRequest: async (request, reply) => {
      const auth = await authenticate(request);
      if (!auth) {
        const wait = presentedKey(request) !== null ? wrongKeyWait(request) : 0;
        if (wait > 0) {
          request.log.warn({ ip: request.ip }, 'API key refused: too many wrong keys from this address');
          if (hasBody(request)) reply.header('connection', 'close');
          reply.header('retry-after', String(wait));
          return reply.code(429).send({ error: { code: 'AUTH_LIMITED', message: `Too many wrong API keys from this address: try again in ${wait} seconds.` } });
        }
        return refuse(request, reply, 401, 'AUTH_REQUIRED', 'Send an API key as `Authorization: Bearer <key>` (see API_KEYS), or sign in at /sign-in.');
      }
      if (auth.session && !SAFE_METHODS.has(request.method)) {
        // A token in the form body is checked once that is parsed; one in the header, now.
        if (typeof request.headers['x-csrf-token'] !== 'string') {
          awaitingCsrf.set(request, auth);
          return undefined;
        }
        if (!csrfValid(request, auth.session)) return refuseCsrf(request, reply, auth);
      }
      return admit(request, reply, auth, right);
    },
    preHandler: async (request, reply) => {
      const auth = awaitingCsrf.get(request);
      if (!auth) return undefined;
      awaitingCsrf.delete(request);
      // A multipart form's token is its first part, which the route checks (`firstPartCsrfValid`) before it reads or stores any other.
      if (opts.csrfInFirstPart && request.isMultipart()) return admit(request, reply, auth, right);
      if (!csrfValid(request, auth.session!)) {
        if (await formAgain(request, reply, auth, right, opts.sessionChanged)) return reply;
        return refuseCsrf(request, reply, auth);
      }
      return admit(request, reply, auth, right);
    },
  };
}

/** The identity `requireRight` set; throws when a route forgot its hooks. */
export function identityOfRequest(request: FastifyRequest): Identity {
  if (!request.identity) throw new Error('identityOfRequest: the route has no requireRight hooks');
  return request.identity;
}
