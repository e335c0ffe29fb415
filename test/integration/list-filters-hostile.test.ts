import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { storeCall, syntheticCall, syntheticInsights } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const CALL = `c_${'a7'.repeat(12)}`;

/** Control characters in the list's filters never reach the index; an index failure says nothing of the server. */
describe('the call list with hostile filters', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let failing: boolean;

  beforeEach(async () => {
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    failing = false;
    // The Postgres adapter's answer to a statement the database refuses: permanent INDEX_FAILED, the driver's words in the message.
    const index = { ...review.index, list: (q: Parameters<typeof review.index.list>[0]) => (failing ? Promise.reject(new AppError('INDEX_FAILED', 'The call index at /tmp/pglite-x1/index failed: invalid byte sequence for encoding "UTF8": 0x00')) : review.index.list(q)) };
    app = await buildApp({ ...review, index, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
    await storeCall(blobs, syntheticCall(CALL), { insights: syntheticInsights('The buyer will sign this week.') });
    await review.reindexCall(CALL);
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  it('the page drops a q or rep with a control character, says so, and lists the calls', async () => {
    for (const [name, value] of ([['q', 'sign\u0000'], ['q', 'a\u0007b'], ['rep', 'priya@example.com\u0000'], ['q', 'x\ny']] as [string, string][])) {
      const res = await app.inject({ method: 'GET', url: `/?${new URLSearchParams({ [name]: value })}`, headers: { ...auth, accept: 'text/html' } });
      expect(res.statusCode, JSON.stringify(value)).toBe(200);
      expect(res.body).toContain(`Ignored a filter that was not understood: ${name}.`);
      expect(res.body).toContain(`/calls/${CALL}`);
    }
  });

  it('the rep filter suggests the reps of the calls listed', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { ...auth, accept: 'text/html' } });
    expect(res.body).toContain('list="f-rep-list"');
    expect(res.body).toContain('<datalist id="f-rep-list"><option value="Priya Raman"></option><option value="priya@example.com"></option></datalist>');
  });

  it('the API refuses a q, rep or cursor with a control character: 400 QUERY_INVALID', async () => {
    for (const [name, value] of ([['q', 'sign\u0000'], ['q', '\u001b[31m'], ['rep', 'priya@example.com\u0000'], ['cursor', 'abc\u0000']] as [string, string][])) {
      const res = await app.inject({ method: 'GET', url: `/v1/calls?${new URLSearchParams({ [name]: value })}`, headers: auth });
      expect([res.statusCode, res.json().error.code], JSON.stringify(value)).toEqual([400, 'QUERY_INVALID']);
      expect(res.json().error.message).toContain(name);
    }
    expect((await app.inject({ method: 'GET', url: '/v1/calls?q=sign', headers: auth })).statusCode).toBe(200);
  });

  it('the API refuses dates before 1970 or past 9999 (the index cannot take year 0): 400 QUERY_INVALID', async () => {
    for (const q of ['from=0000-06-01T00:00:00Z', 'to=0000-01-02', 'from=0001-01-01', 'to=1969-12-31T23:59:59Z', 'to=9999-12-31T23:00:00-05:00']) {
      const res = await app.inject({ method: 'GET', url: `/v1/calls?${q}`, headers: auth });
      expect([res.statusCode, res.json().error.code], q).toEqual([400, 'QUERY_INVALID']);
      expect(res.json().error.message, q).toContain('1970');
    }
    const all = await app.inject({ method: 'GET', url: '/v1/calls?from=1970-01-01&to=9999-12-31T23:59:59Z', headers: auth });
    expect([all.statusCode, all.json().calls.map((c: { id: string }) => c.id)]).toEqual([200, [CALL]]);
    // The list page drops such a date, as any it cannot read.
    const page = await app.inject({ method: 'GET', url: '/?from=0000-06-01', headers: { ...auth, accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ignored a filter that was not understood: from.');
  });

  it('an index failure answers 500 INDEX_FAILED with a fixed message: no driver text, no path', async () => {
    failing = true;
    const res = await app.inject({ method: 'GET', url: '/v1/calls?q=sign', headers: auth });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INDEX_FAILED', message: 'The call index (Postgres) failed; an operator must check it (the server log has the details).' } });
  });
});
