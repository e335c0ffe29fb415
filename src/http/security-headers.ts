import type { FastifyInstance } from 'fastify';
import { WWW_AUTHENTICATE } from './auth.ts';
import { WEBHOOK_ROUTE } from './routes/webhooks.routes.ts';

/** Pages load scripts, styles and media from this origin only; nothing inline, never framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Every answer that is not a page (JSON, audio, assets, redirects): nothing may load from it, frame it or
 * run in it, even when a browser is made to open it as a document. It does not reach the scripts,
 * styles and media a page loads, which follow the page's own policy.
 */
export const NON_HTML_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * Routes whose 401 refuses a sender's signature, not a missing API key: a challenge for a bearer token would send
 * the sender's admin looking for a token the provider does not have (it signs its deliveries).
 */
const NO_CHALLENGE_ROUTES: ReadonlySet<string> = new Set([WEBHOOK_ROUTE]);

/** Answers that hold calls, per-rep figures, a person's export, queue contents or sessions are never stored by browsers or proxies. */
const NO_STORE = /^\/((v1\/)?calls(\/|\?|$)|(v1\/)?reports\/|v1\/subject-export(\?|$)|admin\/queues(\/|\?|$)|sign-in(\?|$)|sign-out(\?|$))/;

/**
 * Adds the security headers to every answer (errors and 404s too): `nosniff` and `no-referrer` always;
 * a CSP and `X-Frame-Options: DENY` on HTML, a locked-down sandboxing CSP on everything else;
 * `Cache-Control: no-store` on calls, pages and sign-in; a `WWW-Authenticate` challenge on every 401 but a webhook's.
 * Call on the root instance so the hook covers every route.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    if (html) {
      reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      reply.header('X-Frame-Options', 'DENY');
    } else {
      reply.header('Content-Security-Policy', NON_HTML_CONTENT_SECURITY_POLICY);
    }
    if (html || NO_STORE.test(request.url)) reply.header('Cache-Control', 'no-store');
    if (reply.statusCode === 401 && !reply.hasHeader('www-authenticate') && !NO_CHALLENGE_ROUTES.has(request.routeOptions.url ?? '')) {
      reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
    }
    return payload;
  });
}
