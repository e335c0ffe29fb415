import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey, type ApiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { CallLocks } from '../../src/review/call-lock.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const SECRET = 'test-session-secret-0123456789abcdef';
const form = 'application/x-www-form-urlencoded';

/** Erasing a call from its page, as a browser does: a session cookie, the pages' CSRF token, form posts. */
describe('erasing a call from its page (embedded S3, PGlite index, the real app)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let busy: boolean;

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), []);
  });
  afterAll(async () => {
    await s3?.stop();
    await temp.cleanup();
  });
  beforeEach(async () => {
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `erase-page-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    review = await reviewDeps(blobs);
    busy = false;
    // The Redis locks' answer when another process holds the call past the wait: retryable CALL_BUSY.
    const locks: CallLocks = {
      withLock: (callId, work) => (busy ? Promise.reject(retryable('CALL_BUSY', `Call ${callId} is being changed by someone else; try again in a moment.`)) : review.locks.withLock(callId, work)),
      close: async () => undefined,
    };
    app = await buildApp({ ...review, locks, blobs, apiKeys: [MANAGER, PRIYA], session: { secret: SECRET }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger, enqueue: async () => undefined });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
  });

  const stored = async (n: number) => {
    const c = await storeFullCall(blobs, testCallId(n), { meta: { rep: { email: 'priya@example.com' }, customer: { name: 'Elena Novak' } } });
    await review.reindexCall(c.call.id);
    return c.call;
  };
  const signIn = async (key: ApiKey) => {
    const page = await app.inject({ method: 'GET', url: '/sign-in' });
    const formCookie = page.cookies.find((c) => c.name === 'callscribe_sign_in')!;
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await app.inject({
      method: 'POST', url: '/sign-in', cookies: { callscribe_sign_in: formCookie.value }, headers: { 'content-type': form },
      payload: new URLSearchParams({ key: key.key, next: '/', _csrf: token }).toString(),
    });
    return { callscribe_session: res.cookies.find((c) => c.name === 'callscribe_session')!.value };
  };
  const open = (cookies: Record<string, string>, url: string) => app.inject({ method: 'GET', url, cookies, headers: { accept: 'text/html' } });
  const post = (cookies: Record<string, string>, url: string, fields: Record<string, string>) =>
    app.inject({ method: 'POST', url, cookies, headers: { 'content-type': form, accept: 'text/html' }, payload: new URLSearchParams(fields).toString() });
  const eraseCsrf = (body: string) => /<form method="post" action="\/calls\/c_[0-9a-f]+\/erase"><input type="hidden" name="_csrf" value="([^"]+)">/.exec(body)?.[1];
  const listed = async () => (await review.index.list({ limit: 100 })).calls.map((c) => c.id);

  it('a manager goes from the call page to a confirmation that says what goes and what stays in the CRM, erases, and is told what stays, with ids', async () => {
    const call = await stored(1);
    const manager = await signIn(MANAGER);
    const callPage = await open(manager, `/calls/${call.id}`);
    expect(callPage.body).toContain(`<a class="button" href="/calls/${call.id}/erase" aria-describedby="erase-hint">Erase this call…</a>`);

    const confirm = await open(manager, `/calls/${call.id}/erase`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('<h1>Erase this call?</h1>');
    expect(confirm.body).toContain('<li>the recording and the audio prepared from it</li>');
    expect(confirm.body).toContain('<li>the transcript</li>');
    for (const id of ['log-1', 'task-1', 'ct-1', 'deal-1']) expect(confirm.body, id).toContain(`<code class="code">${id}</code>`);
    expect(confirm.body).toContain(`<a href="/calls/${call.id}">Cancel, keep the call</a>`);
    // Opening the confirmation changes nothing.
    expect(await keysOf(blobs, call.id)).not.toEqual([]);

    const done = await post(manager, `/calls/${call.id}/erase`, { _csrf: eraseCsrf(confirm.body)! });
    expect([done.statusCode, done.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(done.body).toContain('<h1>Call erased</h1>');
    for (const id of ['log-1', 'task-1', 'ct-1', 'deal-1']) expect(done.body, id).toContain(`<code class="code">${id}</code>`);
    expect(done.body).toContain('These stay in the local CRM');
    expect(await keysOf(blobs, call.id)).toEqual([]);
    expect(await listed()).not.toContain(call.id);

    // Sent again (reload, back button): the call is unknown, said on a page.
    const again = await post(manager, `/calls/${call.id}/erase`, { _csrf: eraseCsrf(confirm.body)! });
    expect([again.statusCode, again.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
    expect((await open(manager, `/calls/${call.id}/erase`)).statusCode).toBe(404);
  });

  it('a post without the session’s CSRF token erases nothing', async () => {
    const call = await stored(2);
    const manager = await signIn(MANAGER);
    for (const fields of [{}, { _csrf: 'forged-token' }] as Record<string, string>[]) {
      const res = await post(manager, `/calls/${call.id}/erase`, fields);
      expect(res.statusCode).toBe(403);
    }
    expect(await keysOf(blobs, call.id)).not.toEqual([]);
    expect(await listed()).toContain(call.id);
  });

  it('a rep never sees the control, and the confirmation and the erasure refuse them (403), their own call too', async () => {
    const call = await stored(3);
    const rep = await signIn(PRIYA);
    const page = await open(rep, `/calls/${call.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('/erase');
    expect(page.body).not.toContain('Erase this call');
    expect((await open(rep, `/calls/${call.id}/erase`)).statusCode).toBe(403);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    expect((await post(rep, `/calls/${call.id}/erase`, { _csrf: token })).statusCode).toBe(403);
    expect(await keysOf(blobs, call.id)).not.toEqual([]);
  });

  it('a call busy under someone else’s change is not erased: the confirmation again, 409, saying why', async () => {
    const call = await stored(4);
    const manager = await signIn(MANAGER);
    const token = eraseCsrf((await open(manager, `/calls/${call.id}/erase`)).body)!;
    busy = true;
    const res = await post(manager, `/calls/${call.id}/erase`, { _csrf: token });
    expect([res.statusCode, res.headers['content-type']]).toEqual([409, 'text/html; charset=utf-8']);
    expect(res.body).toMatch(/<div class="flash flash-error" role="alert">Not erased: .*\(CALL_BUSY\)<\/div>/);
    expect(res.body).toContain('<h1>Erase this call?</h1>');
    expect(await keysOf(blobs, call.id)).not.toEqual([]);
  });
});
