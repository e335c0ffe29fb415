import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey, type ApiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { Lane } from '../../src/queues/lanes.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const REP = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const SECRET = 'test-session-secret-0123456789abcdef';
const id = (n: number) => `c_${String(n).padStart(24, '0')}`;
const failedWith = (code: string, step: StepName, day: number) => ({
  status: 'failed' as const,
  meta: { startedAt: `2026-11-${day}T09:00:00Z`, rep: { email: 'priya@example.com' } },
  error: { code, message: `${code} happened.`, step, retryable: false, at: `2026-11-${day}T09:05:00.000Z` },
});
const form = 'application/x-www-form-urlencoded';

/** The call list's per-cause retry, used as a browser does: a session cookie, the page's CSRF token, form posts. */
describe('retrying the failed calls of one cause from the call list', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let queued: { step: StepName; callId: string; lane: Lane | undefined }[];

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    queued = [];
    app = await buildApp({
      ...review, blobs, apiKeys: [MANAGER, REP], session: { secret: SECRET }, maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: async (step, callId, opts) => void queued.push({ step, callId, lane: opts?.lane }),
    });
    await storeCall(blobs, syntheticCall(id(1), failedWith('OPENAI_QUOTA_EXCEEDED', 'transcribe', 11)));
    await storeCall(blobs, syntheticCall(id(2), failedWith('OPENAI_QUOTA_EXCEEDED', 'extract', 12)));
    await storeCall(blobs, syntheticCall(id(3), failedWith('AUDIO_UNREADABLE', 'prepare', 13)));
    await storeCall(blobs, syntheticCall(id(4), { status: 'done' }));
    for (const n of [1, 2, 3, 4]) await review.reindexCall(id(n));
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  /** Signs in through the form; answers the session cookie. */
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
  const listPage = (cookies: Record<string, string>, url = '/?status=failed') => app.inject({ method: 'GET', url, cookies, headers: { accept: 'text/html' } });
  const csrfOf = (body: string) => /<form method="post" action="\/calls\/retry-failed"[^>]*><input type="hidden" name="_csrf" value="([^"]+)">/.exec(body)?.[1];
  const post = (cookies: Record<string, string>, fields: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/calls/retry-failed', cookies, headers: { 'content-type': form, accept: 'text/html' }, payload: new URLSearchParams(fields).toString() });

  it('shows a manager the failed calls by code with a count each and a labelled retry button; not on other filters', async () => {
    const page = await listPage(await signIn(MANAGER));
    expect(page.statusCode).toBe(200);
    const causes = page.body.slice(page.body.indexOf('<section class="failed-causes"'), page.body.indexOf('</section>'));
    expect(causes).toContain('<h2 id="failed-causes-title">Failed calls by cause</h2>');
    // Most calls first; each code with its count and a form naming it.
    expect(causes.replace(/<[^>]+>/g, '').match(/[A-Z_]+ — \d+ calls?/g)).toEqual(['OPENAI_QUOTA_EXCEEDED — 2 calls', 'AUDIO_UNREADABLE — 1 call']);
    expect(causes).toContain('<input type="hidden" name="code" value="OPENAI_QUOTA_EXCEEDED"><button type="submit">Retry these calls<span class="visually-hidden"> (2 calls that failed with OPENAI_QUOTA_EXCEEDED)</span></button>');
    expect(causes.match(/<button type="submit">Retry these calls/g)).toHaveLength(2);
    expect(csrfOf(page.body)).toBeTruthy();
    expect((await listPage(await signIn(MANAGER), '/?status=done')).body).not.toContain('failed-causes');
  });

  it('never shows a rep the causes or lets one retry', async () => {
    const rep = await signIn(REP);
    const page = await listPage(rep);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(id(1)); // the rep sees their failed calls
    expect(page.body).not.toContain('failed-causes');
    expect(page.body).not.toContain('/calls/retry-failed');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await post(rep, { _csrf: token, code: 'OPENAI_QUOTA_EXCEEDED' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('(AUTH_FORBIDDEN)');
    expect(queued).toEqual([]);
    // A link crafted to look like a retry's outcome shows a rep no notice.
    const crafted = await listPage(rep, '/?status=failed&code=OPENAI_QUOTA_EXCEEDED&retried=500&skipped=0');
    expect(crafted.body).not.toContain('queued again');
  });

  it('retries the calls of the code posted, then answers 303 back to the failed calls with what it did', async () => {
    const manager = await signIn(MANAGER);
    const token = csrfOf((await listPage(manager)).body)!;
    const res = await post(manager, { _csrf: token, code: 'OPENAI_QUOTA_EXCEEDED' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/?status=failed&code=OPENAI_QUOTA_EXCEEDED&retried=2&skipped=0#done');
    // Several are queued at a time, so in no set order.
    expect([...queued].sort((a, b) => a.callId.localeCompare(b.callId))).toEqual([{ step: 'transcribe', callId: id(1), lane: 'bulk' }, { step: 'extract', callId: id(2), lane: 'bulk' }]);
    expect((await findCall(blobs, id(3)))!.status).toBe('failed');

    const after = await listPage(manager, res.headers.location as string);
    expect(after.body).toContain('<div class="flash flash-success" role="status" id="done" tabindex="-1">2 calls queued again; 0 skipped (OPENAI_QUOTA_EXCEEDED).</div>');
    // The counts follow: only the other cause is left.
    expect(after.body.replace(/<[^>]+>/g, '').match(/[A-Z_]+ — \d+ calls?/g)).toEqual(['AUDIO_UNREADABLE — 1 call']);
    // When more remain, the notice says so.
    const more = await listPage(manager, '/?status=failed&code=AUDIO_UNREADABLE&retried=500&skipped=3&more=1');
    expect(more.body).toContain('500 calls queued again; 3 skipped (AUDIO_UNREADABLE). More calls that failed with AUDIO_UNREADABLE remain: retry again to queue the next 500.');
  });

  it('refuses a post without the page’s CSRF token, or with a wrong one, and retries nothing', async () => {
    const manager = await signIn(MANAGER);
    const token = csrfOf((await listPage(manager)).body)!;
    const attempts: Record<string, string>[] = [{ code: 'OPENAI_QUOTA_EXCEEDED' }, { code: 'OPENAI_QUOTA_EXCEEDED', _csrf: `${token.slice(0, -2)}AA` }];
    for (const fields of attempts) {
      const res = await post(manager, fields);
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('CSRF_INVALID');
    }
    expect(queued).toEqual([]);
    expect((await findCall(blobs, id(1)))!.status).toBe('failed');
  });

  it('sends a code that is not one back to the failed calls with FORM_INVALID, retrying nothing', async () => {
    const manager = await signIn(MANAGER);
    const token = csrfOf((await listPage(manager)).body)!;
    for (const code of ['', 'quota; DROP TABLE']) {
      const res = await post(manager, { _csrf: token, code });
      expect([res.statusCode, res.headers.location]).toEqual([303, '/?status=failed&e=FORM_INVALID']);
    }
    expect(queued).toEqual([]);
    expect((await listPage(manager, '/?status=failed&e=FORM_INVALID')).body).toContain('<code>FORM_INVALID</code>');
  });
});
