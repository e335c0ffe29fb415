import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authenticate, csrfValid, safeNext, wantsPage, wrongKeyWait } from '../auth.ts';
import { renderSignInPage } from '../ui/sign-in.page.ts';

export const SignInForm = z.object({
  key: z.string().max(1024).optional(),
  next: z.string().max(2048).optional(),
  _csrf: z.string().max(256).optional(),
  /** Set when a form post was refused for want of a session: the page keeps saying it was not saved. */
  unsaved: z.string().max(8).optional(),
});

/**
 * `GET /sign-in`, `POST /sign-in` (a key → a session cookie), `POST /sign-out`. Wrong keys count against
 * the address with wrong key headers (`authContext.keyFailures`); a right key always signs in.
 */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const { sessions, keys } = app.authContext;

  /** The page with a fresh form id (cookie) and its CSRF token. */
  const page = (request: FastifyRequest, reply: FastifyReply, status: number, next: string, error?: string, unsaved = false) => {
    // One form id per browser (kept while its cookie lasts), so two open sign-in tabs both work.
    const formId = sessions.readSignInForm(request) ?? sessions.startSignInForm(request, reply);
    return reply.code(status).type('text/html; charset=utf-8').send(renderSignInPage({ error, next, csrf: sessions.csrfToken(formId), unsaved }));
  };

  app.get<{ Querystring: { next?: string; unsaved?: string } }>('/sign-in', async (request, reply) => page(request, reply, 200, safeNext(request.query.next), undefined, request.query.unsaved === '1'));

  app.post('/sign-in', async (request, reply) => {
    const form = SignInForm.safeParse(request.body ?? {});
    const fields = form.success ? form.data : {};
    const next = safeNext(fields.next);
    const unsaved = fields.unsaved === '1';
    // Login CSRF: the form must come from our own page (its id cookie and the token in the form agree).
    const formId = sessions.readSignInForm(request);
    if (!formId || !sessions.csrfValid(formId, fields._csrf)) {
      return page(request, reply, 403, next, 'This sign-in form expired. Please enter your key again.', unsaved);
    }
    const identity = fields.key ? keys.authenticate(fields.key.trim()) : null;
    if (!identity) {
      const wait = wrongKeyWait(request);
      if (wait > 0) {
        request.log.warn({ ip: request.ip }, 'sign-in refused: too many failed attempts');
        reply.header('Retry-After', String(wait));
        return page(request, reply, 429, next, `Too many failed sign-ins from your address. Try again in ${wait} seconds.`, unsaved);
      }
      request.log.info('sign-in failed: unknown key');
      return page(request, reply, 401, next, 'That key is not valid. Check it and try again.', unsaved);
    }
    sessions.clearSignInForm(request, reply);
    sessions.start(request, reply, keys.provider, identity.keyId);
    request.log.info({ keyId: identity.keyId, role: identity.role }, 'signed in');
    return reply.redirect(next, 303);
  });

  app.post('/sign-out', async (request, reply) => {
    const auth = await authenticate(request);
    if (auth?.session) {
      if (!csrfValid(request, auth.session)) {
        // A page's form from before the session changed (signed in again in another tab): the person asked to
        // sign out, so they are; but not from another site's form (the browser says so), and a script gets the refusal.
        if (!wantsPage(request) || crossSite(request)) {
          return reply.code(403).send({ error: { code: 'CSRF_INVALID', message: 'The CSRF token is missing or wrong: sign out from a page of this site.' } });
        }
        request.log.info({ keyId: auth.identity.keyId }, 'signed out from a page of an earlier session');
      } else {
        request.log.info({ keyId: auth.identity.keyId }, 'signed out');
      }
    } else if (crossSite(request)) {
      // Another site's form reaches here without the session (SameSite=Lax), yet its answer could still
      // clear the cookie: a post that shows no session and comes from elsewhere signs nobody out.
      return reply.redirect('/sign-in', 303);
    }
    sessions.clear(request, reply);
    return reply.redirect('/sign-in', 303);
  });
}

/**
 * A request the browser says a page of another origin started: `Sec-Fetch-Site: cross-site`, or `same-site`, a
 * sibling subdomain's page, whose posts carry the SameSite=Lax session cookie as this site's own do. Browsers
 * that do not say so are taken at their word.
 */
const crossSite = (request: FastifyRequest) => request.headers['sec-fetch-site'] === 'cross-site' || request.headers['sec-fetch-site'] === 'same-site';
