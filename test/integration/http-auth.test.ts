import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey, type ApiKey } from '../../src/config/api-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { csrfToken, requireRight } from '../../src/http/auth.ts';
import { buildApp, type AppDeps } from '../../src/http/build-app.ts';
import { CONTENT_SECURITY_POLICY, NON_HTML_CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.ts';
import { findCall, saveCall } from '../../src/pipeline/call-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeCallAwaitingReview } from '../helpers/review-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const PRIYA = apiKey('rep', 'rep-priya-0123456789abcdef', 'priya@example.com');
const SAM = apiKey('rep', 'rep-sam-0123456789abcdef', 'sam@example.com');
const NO_EMAIL = apiKey('rep', 'rep-anon-0123456789abcdef');
const LEE = apiKey('manager', 'mgr-lee-0123456789abcdef', 'lee@example.com');
const KEYS = [PRIYA, SAM, NO_EMAIL, LEE];
const SECRET = 'test-session-secret-0123456789abcdef';
const PRIYA_CALL = `c_${'a'.repeat(24)}`;
const SAM_CALL = `c_${'b'.repeat(24)}`;
const ANON_CALL = `c_${'c'.repeat(24)}`;

function callRecord(id: string, repEmail: string | null, uploadedBy: string | null): Call {
  const now = '2026-11-17T15:00:00.000Z';
  return {
    schemaVersion: 1,
    id,
    status: 'done',
    createdAt: now,
    updatedAt: now,
    meta: repEmail ? { rep: { email: repEmail } } : {},
    uploadedBy,
    recording: { key: `calls/${id}/original.ogg`, filename: 'call.ogg', contentType: null, bytes: 1, sha256: '0'.repeat(64) },
    audio: null,
    steps: [],
    engines: { transcriber: null, extractor: null, crm: null },
    disposition: null,
    review: null,
    error: null,
    cost: { audioSeconds: 0, estimatedUsd: 0 },
  };
}

describe('HTTP identities, rights, sessions and CSRF', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let now: Date;
  const apps: FastifyInstance[] = [];
  const closers: (() => Promise<void>)[] = [];

  const build = async (overrides: Partial<AppDeps> = {}) => {
    const blobs = createFsBlobStore(temp.dir);
    const review = await reviewDeps(blobs);
    closers.push(review.close);
    const app = await buildApp({
      ...review,
      blobs,
      enqueue: async () => {},
      apiKeys: KEYS,
      session: { secret: SECRET },
      maxUploadBytes: 64 * 1024,
      clock: () => now,
      logger: silentLogger,
      ...overrides,
    });
    // Stand-ins for the pages and review routes other modules add.
    app.get('/calls-page', requireRight('calls:read'), async (request, reply) => reply.type('text/html').send(`<p>${request.identity!.principal}</p>`));
    app.post('/test/review', requireRight('calls:review'), async (request) => ({ by: request.identity!.principal }));
    app.get('/test/token', requireRight('calls:read'), async (request) => ({ token: csrfToken(request) }));
    app.post('/test/retry', requireRight('calls:retry'), async () => ({ ok: true }));
    apps.push(app);
    return app;
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    now = new Date('2026-11-23T10:00:00Z');
    const blobs = createFsBlobStore(temp.dir);
    await saveCall(blobs, callRecord(PRIYA_CALL, 'Priya@Example.com', null));
    await saveCall(blobs, callRecord(SAM_CALL, 'sam@example.com', null));
    await saveCall(blobs, callRecord(ANON_CALL, null, `key:${NO_EMAIL.id}`));
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const close of closers.splice(0)) await close();
    await temp.cleanup();
  });

  const bearer = (key: ApiKey) => ({ authorization: `Bearer ${key.key}` });

  /** Signs in through the form as a browser would; returns the session cookie and the page's CSRF token. */
  const signIn = async (app: FastifyInstance, key: ApiKey, extra: Partial<InjectOptions> = {}) => {
    const form = await app.inject({ method: 'GET', url: '/sign-in', ...extra });
    const formCookie = form.cookies.find((c) => c.name === 'callscribe_sign_in')!;
    const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const res = await app.inject({
      method: 'POST',
      url: '/sign-in',
      ...extra,
      cookies: { callscribe_sign_in: formCookie.value },
      payload: new URLSearchParams({ key: key.key, next: '/calls-page?x=1', _csrf: token }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(extra.headers ?? {}) },
    });
    const session = res.cookies.find((c) => c.name === 'callscribe_session');
    const cookie: Record<string, string> = session ? { callscribe_session: session.value } : {};
    return { res, session, cookie };
  };
  /** The CSRF token a page would embed for this session. */
  const csrfFor = async (app: FastifyInstance, cookie: Record<string, string>) =>
    ((await app.inject({ method: 'GET', url: '/test/token', cookies: cookie })).json() as { token: string }).token;

  describe('API keys and rights', () => {
    it('gives a rep their own calls (by rep e-mail, any case, or by upload) and 403 CALL_FORBIDDEN for another rep’s', async () => {
      const app = await build();
      const get = (id: string, key: ApiKey) => app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: bearer(key) });
      expect((await get(PRIYA_CALL, PRIYA)).statusCode).toBe(200);
      const other = await get(SAM_CALL, PRIYA);
      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ error: { code: 'CALL_FORBIDDEN' } });
      expect((await get(ANON_CALL, NO_EMAIL)).statusCode).toBe(200);
      expect((await get(PRIYA_CALL, NO_EMAIL)).statusCode).toBe(403);
      expect((await get(`c_${'f'.repeat(24)}`, PRIYA)).json()).toMatchObject({ error: { code: 'CALL_NOT_FOUND' } });
    });

    it('lets a manager read every call', async () => {
      const app = await build();
      for (const id of [PRIYA_CALL, SAM_CALL, ANON_CALL]) {
        expect((await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: { 'x-api-key': LEE.key } })).statusCode).toBe(200);
      }
    });

    it('checks rights per role: a rep reviews but may not retry; a manager may', async () => {
      const app = await build();
      expect((await app.inject({ method: 'POST', url: '/test/review', headers: bearer(SAM) })).json()).toEqual({ by: 'sam@example.com' });
      const retry = await app.inject({ method: 'POST', url: '/test/retry', headers: bearer(SAM) });
      expect(retry.statusCode).toBe(403);
      expect(retry.json()).toMatchObject({ error: { code: 'AUTH_FORBIDDEN' } });
      expect((await app.inject({ method: 'POST', url: '/test/retry', headers: bearer(LEE) })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/test/review', headers: bearer(NO_EMAIL) })).json()).toEqual({ by: `key:${NO_EMAIL.id}` });
    });

    it('records who uploaded a call, so a rep without an e-mail still sees their upload', async () => {
      const app = await build();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(300).fill(9)], { type: 'audio/mpeg' }), 'call.mp3');
      const res = await app.inject({ method: 'POST', url: '/v1/calls', payload: form, headers: bearer(NO_EMAIL) });
      expect(res.statusCode).toBe(202);
      const { id } = res.json() as { id: string };
      expect((await findCall(createFsBlobStore(temp.dir), id))!.uploadedBy).toBe(`key:${NO_EMAIL.id}`);
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: bearer(NO_EMAIL) })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: bearer(PRIYA) })).statusCode).toBe(403);
    });

    it('a failed call sent again takes the new meta only from someone who may read the call: another rep cannot make it theirs', async () => {
      const app = await build();
      const blobs = createFsBlobStore(temp.dir);
      const upload = (key: ApiKey, meta: unknown) => {
        const form = new FormData();
        form.append('meta', JSON.stringify(meta));
        form.append('file', new Blob([new Uint8Array(300).fill(7)], { type: 'audio/mpeg' }), 'call.mp3');
        return app.inject({ method: 'POST', url: '/v1/calls', payload: form, headers: bearer(key) });
      };
      const first = await upload(PRIYA, { rep: { email: 'priya@example.com' }, customer: { name: 'Ada' } });
      expect(first.statusCode).toBe(202);
      const { id } = first.json() as { id: string };
      const at = now.toISOString();
      const failed = { ...(await findCall(blobs, id))!, status: 'failed' as const, error: { code: 'AUDIO_CHANNEL_CONFLICT', message: 'x', step: 'prepare' as const, retryable: false, at } };
      await saveCall(blobs, failed);

      const bySam = await upload(SAM, { rep: { email: 'sam@example.com' } });
      expect(bySam.statusCode).toBe(200);
      expect((await findCall(blobs, id))!.meta).toEqual({ rep: { email: 'priya@example.com' }, customer: { name: 'Ada' } });
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: bearer(SAM) })).statusCode).toBe(403);

      // Its own rep fixes the meta so.
      await saveCall(blobs, { ...(await findCall(blobs, id))!, status: 'failed' });
      expect((await upload(PRIYA, { rep: { email: 'priya@example.com' }, customer: { name: 'Ada B' } })).statusCode).toBe(200);
      expect((await findCall(blobs, id))!.meta).toEqual({ rep: { email: 'priya@example.com' }, customer: { name: 'Ada B' } });

      // A call whose ingest failed is made again from the new upload: still Priya's when Sam sends it.
      await saveCall(blobs, { ...(await findCall(blobs, id))!, status: 'failed', error: { code: 'S3_UNAVAILABLE', message: 'x', step: 'ingest', retryable: true, at } });
      expect((await upload(SAM, { rep: { email: 'sam@example.com' } })).statusCode).toBe(202);
      expect((await findCall(blobs, id))!).toMatchObject({ status: 'received', meta: { rep: { email: 'priya@example.com' } }, uploadedBy: 'priya@example.com' });
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: bearer(SAM) })).statusCode).toBe(403);
    });

    it('answers 401 JSON on API paths, and sends a browser asking for a page to sign in', async () => {
      const app = await build();
      const api = await app.inject({ method: 'GET', url: `/v1/calls/${PRIYA_CALL}`, headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(401);
      expect(api.json()).toMatchObject({ error: { code: 'AUTH_REQUIRED' } });
      const page = await app.inject({ method: 'GET', url: '/calls-page?status=done', headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent('/calls-page?status=done')}`);
      expect((await app.inject({ method: 'GET', url: '/calls-page' })).statusCode).toBe(401);
    });
  });

  describe('browser sessions', () => {
    // Lax, not Strict: a link into a call page from the CRM or Slack must open it signed in (Strict sends the
    // cookie on no cross-site navigation). Lax still sends none on another site's POST, and forms carry a CSRF token.
    it('signs in with a key: an httpOnly, SameSite=Lax session cookie, not Secure over plain http, then back to `next`; the form cookie is Strict', async () => {
      const app = await build();
      const form = await app.inject({ method: 'GET', url: '/sign-in' });
      expect(form.cookies.find((c) => c.name === 'callscribe_sign_in')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/sign-in' });
      const { res, session, cookie } = await signIn(app, PRIYA);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/calls-page?x=1');
      expect(res.cookies.find((c) => c.name === 'callscribe_sign_in')).toMatchObject({ value: '', sameSite: 'Strict' });
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 8 * 3600 });
      expect(session!.secure).toBeFalsy();
      const page = await app.inject({ method: 'GET', url: '/calls-page', cookies: cookie, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('priya@example.com');
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${SAM_CALL}`, cookies: cookie })).statusCode).toBe(403);
    });

    it('marks the cookie Secure behind an https proxy it trusts, or when PUBLIC_BASE_URL is https', async () => {
      const proxied = { headers: { 'x-forwarded-proto': 'https' } };
      expect((await signIn(await build({ trustProxy: true }), PRIYA, proxied)).session!.secure).toBe(true);
      expect((await signIn(await build({ trustProxy: false }), PRIYA, proxied)).session!.secure).toBeFalsy();
      expect((await signIn(await build({ publicBaseUrl: 'https://calls.example.com' }), PRIYA)).session!.secure).toBe(true);
    });

    it('refuses a bad key with the page and its error, and a form not from our page', async () => {
      const app = await build();
      const bad = await signIn(app, apiKey('rep', 'not-a-real-key-0123456789'));
      expect(bad.res.statusCode).toBe(401);
      expect(bad.res.headers['content-type']).toMatch(/^text\/html/);
      expect(bad.res.body).toContain('That key is not valid');
      expect(bad.session).toBeUndefined();
      const forged = await app.inject({
        method: 'POST',
        url: '/sign-in',
        payload: `key=${PRIYA.key}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.cookies.find((c) => c.name === 'callscribe_session')).toBeUndefined();
    });

    it('only returns to relative paths after signing in', async () => {
      const app = await build();
      for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
        const form = await app.inject({ method: 'GET', url: `/sign-in?next=${encodeURIComponent(next)}` });
        expect(form.body).toContain('name="next" value="/"');
        const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
        const res = await app.inject({
          method: 'POST',
          url: '/sign-in',
          cookies: { callscribe_sign_in: form.cookies.find((c) => c.name === 'callscribe_sign_in')!.value },
          payload: new URLSearchParams({ key: PRIYA.key, next, _csrf: token }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(res.headers.location).toBe('/');
      }
    });

    it('needs the CSRF token on a cookie-authenticated POST (form field or header), but not with an API key', async () => {
      const app = await build();
      const { cookie } = await signIn(app, PRIYA);
      const token = await csrfFor(app, cookie);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
      const form = (fields: Record<string, string>) => ({
        method: 'POST' as const,
        url: '/test/review',
        cookies: cookie,
        payload: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });

      const missing = await app.inject(form({ decision: 'approve' }));
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
      const wrong = await app.inject(form({ decision: 'approve', _csrf: `${token.slice(0, -2)}AA` }));
      expect(wrong.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
      expect((await app.inject(form({ decision: 'approve', _csrf: token }))).json()).toEqual({ by: 'priya@example.com' });
      const header = await app.inject({ method: 'POST', url: '/test/review', cookies: cookie, headers: { 'x-csrf-token': token } });
      expect(header.statusCode).toBe(200);
      // A cookie-authenticated multipart upload sends the header.
      const upload = new FormData();
      upload.append('file', new Blob([new Uint8Array(200).fill(3)], { type: 'audio/mpeg' }), 'call.mp3');
      expect((await app.inject({ method: 'POST', url: '/v1/calls', payload: upload, cookies: cookie })).statusCode).toBe(403);
      const withHeader = new FormData();
      withHeader.append('file', new Blob([new Uint8Array(200).fill(3)], { type: 'audio/mpeg' }), 'call.mp3');
      expect((await app.inject({ method: 'POST', url: '/v1/calls', payload: withHeader, cookies: cookie, headers: { 'x-csrf-token': token } })).statusCode).toBe(202);
      // Another session's token does not fit this session.
      const other = await signIn(app, SAM);
      const otherToken = await csrfFor(app, other.cookie);
      expect((await app.inject(form({ _csrf: otherToken }))).statusCode).toBe(403);
      expect((await app.inject({ method: 'POST', url: '/test/review', headers: bearer(PRIYA) })).statusCode).toBe(200);
    });

    it('refuses a tampered or expired cookie, and a session whose key was removed', async () => {
      const app = await build();
      const { session, cookie } = await signIn(app, PRIYA);
      const read = (c: Record<string, string>, a = app) => a.inject({ method: 'GET', url: `/v1/calls/${PRIYA_CALL}`, cookies: c });
      expect((await read(cookie)).statusCode).toBe(200);

      const [payload, signature] = session!.value.split('.') as [string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string };
      const asLee = Buffer.from(JSON.stringify({ ...claims, sub: LEE.id })).toString('base64url');
      expect((await read({ callscribe_session: `${asLee}.${signature}` })).statusCode).toBe(401);
      expect((await read({ callscribe_session: `${payload}.${signature.slice(0, -1)}x` })).statusCode).toBe(401);
      expect((await read({ callscribe_session: 'garbage' })).statusCode).toBe(401);

      now = new Date(now.getTime() + 8 * 3600 * 1000 + 1000);
      expect((await read(cookie)).statusCode).toBe(401);
      now = new Date('2026-11-23T10:00:00Z');

      const withoutPriya = await build({ apiKeys: [SAM, LEE] });
      expect((await read(cookie, withoutPriya)).statusCode).toBe(401);
      const sameKeys = await build();
      expect((await read(cookie, sameKeys)).statusCode).toBe(200);
      // Without SESSION_SECRET the secret comes from the keys: changing them signs everyone out.
      const derived = await build({ session: {} });
      const derivedSession = await signIn(derived, PRIYA);
      expect((await read(derivedSession.cookie, await build({ session: {} }))).statusCode).toBe(200);
      expect((await read(derivedSession.cookie, await build({ session: {}, apiKeys: [LEE, NO_EMAIL, SAM, PRIYA] }))).statusCode).toBe(200);
      expect((await read(derivedSession.cookie, await build({ session: {}, apiKeys: [PRIYA, SAM, LEE] }))).statusCode).toBe(401);
    });

    it('never falls back to the cookie when a key header is wrong', async () => {
      const app = await build();
      const { cookie } = await signIn(app, PRIYA);
      expect((await app.inject({ method: 'GET', url: `/v1/calls/${PRIYA_CALL}`, cookies: cookie, headers: { authorization: 'Bearer wrong-key-0123456789abcdef' } })).statusCode).toBe(401);
    });

    it('answers a browser’s form post and page request in HTML, never JSON: sign in and back, session changed, not available', async () => {
      const app = await build();
      const html = { accept: 'text/html,application/xhtml+xml', 'content-type': 'application/x-www-form-urlencoded' };
      const post = (url: string, cookies: Record<string, string>, fields: Record<string, string>) =>
        app.inject({ method: 'POST', url, cookies, headers: html, payload: new URLSearchParams(fields).toString() });

      // Signed out (or the session expired) under a form: to sign in, told nothing was saved, then back to the call page the form was on.
      const signedOut = await post(`/calls/${PRIYA_CALL}/review`, {}, { decision: 'approve' });
      expect([signedOut.statusCode, signedOut.headers.location]).toEqual([303, `/sign-in?next=${encodeURIComponent(`/calls/${PRIYA_CALL}`)}&unsaved=1`]);
      expect((await post('/test/review', {}, {})).headers.location).toBe('/sign-in?next=%2F&unsaved=1');
      // A page reached by GET only goes back to itself, with nothing to say.
      expect((await app.inject({ method: 'GET', url: `/calls/${PRIYA_CALL}`, headers: { accept: 'text/html' } })).headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/calls/${PRIYA_CALL}`)}`);

      // Signed in again in another tab: the old page's token is stale.
      const { cookie: first } = await signIn(app, LEE);
      const stale = await csrfFor(app, first);
      const { cookie } = await signIn(app, LEE);
      const changed = await post(`/calls/${PRIYA_CALL}/insights`, cookie, { _csrf: stale, summary: 'typed' });
      expect([changed.statusCode, changed.headers['content-type']]).toEqual([403, 'text/html; charset=utf-8']);
      expect(changed.body).toContain('Your session changed');
      expect(changed.body).toContain('Reload the page and try again');
      expect(changed.body).toContain(`<a href="/calls/${PRIYA_CALL}">Reload the page</a>`);
      // Its sign-out form works: it carries the current session's token.
      expect(changed.body).toContain(`name="_csrf" value="${await csrfFor(app, cookie)}"`);

      // A rep opening the managers' report: the "not available" page.
      const rep = await signIn(app, PRIYA);
      const report = await app.inject({ method: 'GET', url: '/reports/time-saved', cookies: rep.cookie, headers: { accept: 'text/html' } });
      expect([report.statusCode, report.headers['content-type']]).toEqual([403, 'text/html; charset=utf-8']);
      expect(report.body).toContain('<h1>Not available</h1>');
      expect(report.body).toContain('not available to a rep');
      // A script still gets JSON.
      expect((await app.inject({ method: 'GET', url: '/reports/time-saved', cookies: rep.cookie })).json()).toMatchObject({ error: { code: 'AUTH_FORBIDDEN' } });
    });

    it('a form post whose session ended signs in with a notice that nothing was saved, then goes back to the form’s page (the upload page too)', async () => {
      const app = await build();
      const { cookie } = await signIn(app, PRIYA);
      const upload = new FormData();
      upload.append('_csrf', await csrfFor(app, cookie));
      upload.append('customer_name', 'Typed before the session ended');
      upload.append('file', new Blob([new Uint8Array(200).fill(3)], { type: 'audio/mpeg' }), 'call.mp3');
      const expired = { callscribe_session: 'garbage' };
      const refused = await app.inject({ method: 'POST', url: '/calls/new', payload: upload, cookies: expired, headers: { accept: 'text/html' } });
      expect([refused.statusCode, refused.headers.location]).toEqual([303, '/sign-in?next=%2Fcalls%2Fnew&unsaved=1']);

      const form = await app.inject({ method: 'GET', url: refused.headers.location as string });
      expect(form.body).toMatch(/role="alert"[^>]*>Your session ended before you sent the form, so what you sent was not saved\./);
      expect(form.body).toContain('name="next" value="/calls/new"');
      // A wrong key keeps the notice; the right one goes back to the upload form.
      const formCookie = form.cookies.find((c) => c.name === 'callscribe_sign_in')!;
      const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      const send = (key: string) => app.inject({
        method: 'POST', url: '/sign-in', cookies: { callscribe_sign_in: formCookie.value },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ key, next: '/calls/new', unsaved: '1', _csrf: token }).toString(),
      });
      const wrong = await send('wrong-key-0123456789abcdef');
      expect(wrong.body).toContain('what you sent was not saved');
      expect(wrong.body).toContain('That key is not valid');
      const right = await send(PRIYA.key);
      expect([right.statusCode, right.headers.location]).toEqual([303, '/calls/new']);
      // Plain sign-in says nothing of the kind.
      expect((await app.inject({ method: 'GET', url: '/sign-in?next=%2F' })).body).not.toContain('not saved');
    });

    it('a decision sent from a page of an earlier session answers the call page with the form as typed (escaped), with this session’s token; nothing is decided', async () => {
      const app = await build();
      const call = `c_${'e'.repeat(24)}`;
      const blobs = createFsBlobStore(temp.dir);
      await storeCallAwaitingReview(blobs, call);
      const { cookie: first } = await signIn(app, LEE);
      const stale = await csrfFor(app, first);
      const { cookie } = await signIn(app, LEE);
      const etag = (await app.inject({ method: 'GET', url: `/v1/calls/${call}`, headers: bearer(LEE) })).headers.etag as string;
      const res = await app.inject({
        method: 'POST', url: `/calls/${call}/review`, cookies: cookie,
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: stale, etag, decisionId: 'deal-stage', decision: 'approve', value: 'closedwon', note: 'Signed <b>today</b> & "confirmed".' }).toString(),
      });
      expect([res.statusCode, res.headers['content-type']]).toEqual([403, 'text/html; charset=utf-8']);
      expect(res.body).toMatch(/<div class="flash flash-error" role="alert" id="form-refused" tabindex="-1">You signed in again [^<]*<span class="hint operator-codes">\(for operators: <code>CSRF_INVALID<\/code>\)<\/span>[^<]* <a href="#dec-1-form">Back to your form<\/a><\/div>/);
      const form = res.body.slice(res.body.indexOf('id="dec-1-form" data-refused'));
      expect(form.slice(0, form.indexOf('</form>'))).toMatch(/<option value="closedwon" selected>[\s\S]*>Signed &lt;b&gt;today&lt;\/b&gt; &amp; &quot;confirmed&quot;.<\/textarea>/);
      expect(form).toContain(`name="_csrf" value="${await csrfFor(app, cookie)}"`);
      const record = await getJson(blobs, callKeys.crm(call), (raw) => CrmRecord.parse(raw));
      expect(record!.review.decisions.map((d) => d.state)).toEqual(['pending', 'pending']);
      expect(record!.review.audit).toEqual([]);
    });

    it('a form post with no token, or one this service never made, gets the plain refusal, not the form again as posted', async () => {
      const app = await build();
      const call = `c_${'f'.repeat(24)}`;
      await storeCallAwaitingReview(createFsBlobStore(temp.dir), call);
      const { cookie } = await signIn(app, LEE);
      const token = await csrfFor(app, cookie);
      const etag = (await app.inject({ method: 'GET', url: `/v1/calls/${call}`, headers: bearer(LEE) })).headers.etag as string;
      const forged = { etag, decisionId: 'deal-stage', decision: 'approve', value: 'closedlost', note: 'Chosen by another site.' };
      const post = (fields: Record<string, string>) => app.inject({
        method: 'POST', url: `/calls/${call}/review`, cookies: cookie,
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
      const lookalike = token.replace(/[A-Za-z]/g, (c) => (c === 'A' ? 'B' : 'A'));
      for (const csrf of [undefined, '', 'garbage', 'A'.repeat(43), lookalike, `${token}x`]) {
        const res = await post(csrf === undefined ? forged : { ...forged, _csrf: csrf });
        expect([csrf, res.statusCode]).toEqual([csrf, 403]);
        expect(res.body).toContain('Your session changed');
        expect(res.body).not.toContain('data-refused');
        expect(res.body).not.toContain('Chosen by another site.');
      }
    });

    it('signs out from a page of an earlier session (a stale token): the person asked to, so they are', async () => {
      const app = await build();
      const { cookie: first } = await signIn(app, PRIYA);
      const stale = await csrfFor(app, first);
      const { cookie } = await signIn(app, PRIYA);
      const out = await app.inject({ method: 'POST', url: '/sign-out', cookies: cookie, payload: `_csrf=${stale}`, headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } });
      expect([out.statusCode, out.headers.location]).toEqual([303, '/sign-in']);
      expect(out.cookies.find((c) => c.name === 'callscribe_session')).toMatchObject({ value: '', maxAge: 0 });
    });

    it("another site's sign-out form signs nobody out: without the session it clears no cookie, with a stale token it is refused", async () => {
      const app = await build();
      const { cookie: first } = await signIn(app, PRIYA);
      const stale = await csrfFor(app, first);
      const { cookie } = await signIn(app, PRIYA);
      const form = { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' };
      // SameSite=Lax keeps the cookie off another site's post; the answer must not clear it all the same.
      const bare = await app.inject({ method: 'POST', url: '/sign-out', payload: '', headers: form });
      expect([bare.statusCode, bare.headers.location]).toEqual([303, '/sign-in']);
      expect(bare.cookies.find((c) => c.name === 'callscribe_session')).toBeUndefined();
      // A browser that sends the cookie anyway: an old page's token is honoured only from this site's own pages.
      const forged = await app.inject({ method: 'POST', url: '/sign-out', cookies: cookie, payload: `_csrf=${stale}`, headers: form });
      expect(forged.statusCode).toBe(403);
      expect(forged.cookies.find((c) => c.name === 'callscribe_session')).toBeUndefined();
      // A sibling subdomain's page is "same-site": its post carries the Lax cookie, yet it is not this site's page.
      const sibling = await app.inject({ method: 'POST', url: '/sign-out', cookies: cookie, payload: `_csrf=${stale}`, headers: { ...form, 'sec-fetch-site': 'same-site' } });
      expect(sibling.statusCode).toBe(403);
      expect(sibling.cookies.find((c) => c.name === 'callscribe_session')).toBeUndefined();
      const own = await app.inject({ method: 'POST', url: '/sign-out', cookies: cookie, payload: `_csrf=${stale}`, headers: { ...form, 'sec-fetch-site': 'same-origin' } });
      expect(own.cookies.find((c) => c.name === 'callscribe_session')).toMatchObject({ value: '', maxAge: 0 });
    });

    it('signs out with the CSRF token: clears the cookie and goes to /sign-in', async () => {
      const app = await build();
      const { cookie } = await signIn(app, PRIYA);
      const token = await csrfFor(app, cookie);

      const forged = await app.inject({ method: 'POST', url: '/sign-out', cookies: cookie });
      expect(forged.statusCode).toBe(403);
      expect(forged.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
      const out = await app.inject({
        method: 'POST',
        url: '/sign-out',
        cookies: cookie,
        payload: `_csrf=${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(out.statusCode).toBe(303);
      expect(out.headers.location).toBe('/sign-in');
      const cleared = out.cookies.find((c) => c.name === 'callscribe_session')!;
      expect(cleared.value).toBe('');
      expect(cleared.maxAge).toBe(0);
    });

    it('limits failed sign-ins per address: 10 a minute, then 429 for wrong keys, while a good key still signs in', async () => {
      const app = await build();
      const from = (remoteAddress: string) => ({ remoteAddress });
      const wrong = (i: number) => apiKey('rep', `wrong-guess-${i}-abcdefghij`);
      for (let i = 0; i < 10; i++) expect((await signIn(app, wrong(i), from('10.0.0.7'))).res.statusCode).toBe(401);
      const limited = await signIn(app, wrong(10), from('10.0.0.7'));
      expect(limited.res.statusCode).toBe(429);
      expect(Number(limited.res.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.session).toBeUndefined();
      // A colleague behind the same address is not locked out by someone else's wrong keys.
      const colleague = await signIn(app, PRIYA, from('10.0.0.7'));
      expect(colleague.res.statusCode).toBe(303);
      expect(colleague.session).toBeDefined();
      expect((await signIn(app, wrong(11), from('10.0.0.7'))).res.statusCode).toBe(429);
      expect((await signIn(app, wrong(12), from('10.0.0.8'))).res.statusCode).toBe(401);
      now = new Date(now.getTime() + 61_000);
      expect((await signIn(app, wrong(13), from('10.0.0.7'))).res.statusCode).toBe(401);
    });

    it('behind a proxy (TRUST_PROXY), the limit keys on the address the proxy saw, not on what the client wrote before it', async () => {
      const app = await build({ trustProxy: true });
      // The proxy (10.0.0.2) appends the client's real address to whatever X-Forwarded-For the client sent.
      const via = (spoofed: string) => ({ remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': `${spoofed}, 203.0.113.7` } });
      for (let i = 0; i < 10; i++) expect((await signIn(app, apiKey('rep', `wrong-guess-${i}-abcdefghij`), via(`198.51.100.${i}`))).res.statusCode).toBe(401);
      expect((await signIn(app, apiKey('rep', 'wrong-guess-x-abcdefghij'), via('198.51.100.99'))).res.statusCode).toBe(429);
      expect((await signIn(app, apiKey('rep', 'wrong-guess-y-abcdefghij'), { remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.8' } })).res.statusCode).toBe(401);
    });

    it('limits wrong API keys in headers per address like the sign-in form (one budget for both): 429 AUTH_LIMITED with Retry-After, never for a right key', async () => {
      const app = await build();
      const get = (authorization: string, remoteAddress = '10.0.0.9') => app.inject({ method: 'GET', url: '/v1/calls', headers: { authorization }, remoteAddress });
      for (let i = 0; i < 5; i++) expect((await get(`Bearer wrong-header-${i}-abcdefghij`)).statusCode).toBe(401);
      for (let i = 0; i < 5; i++) expect((await signIn(app, apiKey('rep', `wrong-form-${i}-abcdefghij`), { remoteAddress: '10.0.0.9' })).res.statusCode).toBe(401);
      const limited = await get('Bearer wrong-header-x-abcdefghij');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('AUTH_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await app.inject({ method: 'GET', url: '/v1/calls', headers: { 'x-api-key': 'wrong-header-y-abcdefghij' }, remoteAddress: '10.0.0.9' })).statusCode).toBe(429);
      // The right key from the same address, in either header, is answered as always.
      expect((await get(`Bearer ${PRIYA.key}`)).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/v1/calls', headers: { 'x-api-key': LEE.key }, remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
      // No key at all is not a wrong key: still 401 with its challenge; another address is not limited.
      expect((await app.inject({ method: 'GET', url: '/v1/calls', remoteAddress: '10.0.0.9' })).statusCode).toBe(401);
      expect((await get('Bearer wrong-header-z-abcdefghij', '10.0.0.10')).statusCode).toBe(401);
      now = new Date(now.getTime() + 61_000);
      expect((await get('Bearer wrong-header-z-abcdefghij')).statusCode).toBe(401);
    });
  });

  it('requireRight takes the right alone: the keys come from buildApp', () => {
    expect(requireRight.length).toBe(1);
    // @ts-expect-error the old (keys, right) form ignored its keys and is gone
    void (() => requireRight(KEYS, 'calls:read'));
  });

  describe('security headers', () => {
    it('sends nosniff and no-referrer everywhere; the page CSP and DENY on HTML, a sandboxing CSP on everything else; no-store on calls and sign-in', async () => {
      const app = await build();
      const html = await app.inject({ method: 'GET', url: '/sign-in' });
      expect(html.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
      });
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');

      const json = await app.inject({ method: 'GET', url: `/v1/calls/${PRIYA_CALL}`, headers: bearer(PRIYA) });
      expect(json.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
      expect(json.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
      const others = [
        await app.inject({ method: 'GET', url: '/v1/calls/nope' }),
        await app.inject({ method: 'GET', url: '/no-such-route' }),
        await app.inject({ method: 'GET', url: '/assets/app.js' }),
        await app.inject({ method: 'GET', url: '/assets/favicon.svg' }),
        await app.inject({ method: 'GET', url: '/healthz' }),
      ];
      for (const res of others) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy'], res.headers['content-type'] as string).toBe(NON_HTML_CONTENT_SECURITY_POLICY);
      }
      expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['cache-control']).toBeUndefined();
      // Per-rep figures and the queue dashboard's data (JSON, so not covered by the rule for pages).
      for (const url of ['/v1/reports/time-saved?from=2026-11-01&to=2026-11-30', '/admin/queues/api/queues']) {
        expect((await app.inject({ method: 'GET', url, headers: bearer(PRIYA) })).headers['cache-control'], url).toBe('no-store');
      }
    });
  });
});
