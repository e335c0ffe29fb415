import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const OTHER_REP = apiKey('rep', 'other-rep-key-0123456789abcdef', 'dan@example.com');
const NAMELESS_REP = apiKey('rep', 'nameless-rep-key-0123456789abcdef');
const MANAGER = apiKey('manager', 'manager-key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${REP.key}` };

interface Part {
  name: string;
  body: string | Buffer;
  filename?: string;
  type?: string;
}

/** A multipart/form-data body written by hand, so each part's headers are exactly what a client sends. */
function multipart(parts: Part[], boundary = 'callscribe-test-boundary'): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const recording = (bytes: number, fill = 7): Part => ({ name: 'file', body: Buffer.alloc(bytes, fill), filename: 'call.mp3', type: 'audio/mpeg' });
const META = JSON.stringify({ direction: 'outbound', rep: { name: 'Priya Raman' } });

describe('POST /v1/calls: what the body may look like', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;

  beforeEach(async () => {
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      enqueue: async () => {},
      apiKeys: [REP, OTHER_REP, NAMELESS_REP, MANAGER],
      maxUploadBytes: 64 * 1024,
      clock: () => new Date('2026-11-23T10:00:00Z'),
      logger: silentLogger,
    });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const upload = (parts: Part[]) => app.inject({ method: 'POST', url: '/v1/calls', ...withAuth(multipart(parts)) });
  const withAuth = (body: { payload: Buffer; headers: Record<string, string> }) => ({ payload: body.payload, headers: { ...body.headers, ...auth } });
  const storedMeta = async (res: LightMyRequestResponse) => (await findCall(createFsBlobStore(temp.dir), (res.json() as { id: string }).id))?.meta;
  const leftovers = async () => readdir(join(temp.dir, 'uploads')).catch(() => [] as string[]);

  it('takes `meta` as a file part, as `curl -F meta=@meta.json` sends it, whatever its type', async () => {
    const asFile = await upload([{ name: 'meta', body: META, filename: 'meta.json', type: 'application/octet-stream' }, recording(500, 1)]);
    expect(asFile.statusCode, asFile.body).toBe(202);
    expect(await storedMeta(asFile)).toEqual({ direction: 'outbound', rep: { name: 'Priya Raman', email: 'priya@example.com' } });

    const typedFile = await upload([recording(500, 2), { name: 'meta', body: META, filename: 'meta.json', type: 'application/json' }]);
    expect(typedFile.statusCode, typedFile.body).toBe(202);
    expect(await storedMeta(typedFile)).toMatchObject({ direction: 'outbound' });
  });

  it('takes `meta` as a field typed application/json, and as a plain field', async () => {
    const typed = await upload([{ name: 'meta', body: META, type: 'application/json' }, recording(500, 3)]);
    expect(typed.statusCode, typed.body).toBe(202);
    expect(await storedMeta(typed)).toEqual({ direction: 'outbound', rep: { name: 'Priya Raman', email: 'priya@example.com' } });

    const plain = await upload([{ name: 'meta', body: META }, recording(500, 4)]);
    expect(plain.statusCode, plain.body).toBe(202);
    expect(await storedMeta(plain)).toMatchObject({ direction: 'outbound' });
  });

  it('refuses a `meta` that is not CallMeta JSON, or too big, with META_INVALID, and keeps nothing', async () => {
    const cases: Part[] = [
      { name: 'meta', body: '{"direction":', filename: 'meta.json' },
      { name: 'meta', body: '{"direction":', type: 'application/json' },
      { name: 'meta', body: '{"direction":"sideways"}', filename: 'meta.json', type: 'application/json' },
      { name: 'meta', body: JSON.stringify({ rep: { name: 'x'.repeat(70 * 1024) } }), filename: 'meta.json' },
    ];
    for (const meta of cases) {
      const res = await upload([meta, recording(300, 5)]);
      expect(res.statusCode, String(meta.body).slice(0, 40)).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'META_INVALID' } });
    }
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a `meta` that puts the rep and the customer on the same channel with META_INVALID, saying which, and keeps nothing', async () => {
    const res = await upload([{ name: 'meta', body: JSON.stringify({ rep: { channel: 1 }, customer: { channel: 1 } }), filename: 'meta.json' }, recording(300, 6)]);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'META_INVALID', message: expect.stringMatching(/customer\.channel: the rep and the customer are both on channel 1/) } });
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a `transcript` field over 2 MiB with TRANSCRIPT_INVALID, never taking the part that fitted for the whole', async () => {
    const cue = (i: number) => `\n\n00:00:${String(i % 60).padStart(2, '0')}.000 --> 00:00:${String(i % 60).padStart(2, '0')}.500\n<v Rep>words words words words words`;
    const cues = ['WEBVTT'];
    for (let i = 0, bytes = 6; bytes <= 2 * 1024 * 1024; i++) bytes += Buffer.byteLength(cues[cues.push(cue(i)) - 1]!);
    const vtt = cues.join('');
    const res = await upload([{ name: 'transcript', body: vtt }, recording(300, 12)]);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'TRANSCRIPT_INVALID', message: expect.stringMatching(/larger than 2 MiB/) } });
    expect(await leftovers()).toEqual([]);
  });

  it('answers 400 UPLOAD_INVALID, not 500 or 413, for a body it cannot read or more than one recording', async () => {
    const noBoundary = await app.inject({ method: 'POST', url: '/v1/calls', payload: 'garbage\r\n\r\nmore garbage', headers: { ...auth, 'content-type': 'multipart/form-data' } });
    const garbage = await app.inject({ method: 'POST', url: '/v1/calls', payload: 'this is not multipart at all', headers: { ...auth, 'content-type': 'multipart/form-data; boundary=xyz' } });
    const truncated = multipart([recording(2000, 6)]);
    const cutShort = await app.inject({ method: 'POST', url: '/v1/calls', payload: truncated.payload.subarray(0, 1200), headers: { ...truncated.headers, ...auth } });
    const twoFiles = await upload([recording(300, 7), recording(300, 8)]);
    const threeFiles = await upload([{ name: 'meta', body: '{}', filename: 'm.json' }, recording(300, 9), { ...recording(300, 10), name: 'other' }]);
    const wrongName = await upload([{ ...recording(300, 11), name: 'recording' }]);
    for (const [what, res] of Object.entries({ noBoundary, garbage, cutShort, twoFiles, threeFiles, wrongName })) {
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      expect(res.json(), what).toMatchObject({ error: { code: 'UPLOAD_INVALID' } });
    }
    expect(await leftovers()).toEqual([]);
  });

  it('sends nosniff and no-store on every answer about calls, and a WWW-Authenticate challenge with every 401', async () => {
    const created = await upload([recording(400, 12)]);
    const { id } = created.json() as { id: string };
    const answers: Record<string, LightMyRequestResponse> = {
      created,
      duplicate: await upload([recording(400, 12)]),
      refused: await upload([recording(0)]),
      call: await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth }),
      list: await app.inject({ method: 'GET', url: '/v1/calls', headers: auth }),
      audio: await app.inject({ method: 'GET', url: `/v1/calls/${id}/audio`, headers: auth }),
      missing: await app.inject({ method: 'GET', url: `/v1/calls/c_${'0'.repeat(24)}`, headers: auth }),
      noSuchCallRoute: await app.inject({ method: 'GET', url: `/v1/calls/${id}/nothing-here`, headers: auth }),
      notMultipart: await app.inject({ method: 'POST', url: '/v1/calls', payload: {}, headers: auth }),
      presign: await app.inject({ method: 'POST', url: '/v1/calls/presign', headers: auth }),
      noKey: await app.inject({ method: 'POST', url: '/v1/calls', ...multipart([recording(10)]) }),
      wrongKey: await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: { authorization: 'Bearer nope-0123456789abcdef' } }),
      noKeyPage: await app.inject({ method: 'GET', url: `/calls/${id}` }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.statusCode]))).toEqual({
      created: 202, duplicate: 200, refused: 422, call: 200, list: 200, audio: 200, missing: 404, noSuchCallRoute: 404,
      notMultipart: 415, presign: 501, noKey: 401, wrongKey: 401, noKeyPage: 401,
    });
    for (const [what, res] of Object.entries(answers)) {
      expect(res.headers['x-content-type-options'], what).toBe('nosniff');
      expect(res.headers['cache-control'], what).toBe('no-store');
      expect(res.headers['www-authenticate'], what).toBe(res.statusCode === 401 ? 'Bearer realm="callscribe"' : undefined);
    }
    const elsewhere = await app.inject({ method: 'GET', url: '/no-such-route' });
    expect([elsewhere.statusCode, elsewhere.headers['x-content-type-options']]).toEqual([404, 'nosniff']);
  });
});

describe('POST /v1/calls: whose call an upload is', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;

  beforeEach(async () => {
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({ ...review, blobs, enqueue: async () => {}, apiKeys: [REP, OTHER_REP, NAMELESS_REP, MANAGER], maxUploadBytes: 64 * 1024, clock: () => new Date('2026-11-23T10:00:00Z'), logger: silentLogger });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const bearer = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });
  const uploadAs = async (key: { key: string }, parts: Part[]) => {
    const body = multipart(parts);
    const res = await app.inject({ method: 'POST', url: '/v1/calls', payload: body.payload, headers: { ...body.headers, ...bearer(key) } });
    expect(res.statusCode, res.body).toBe(202);
    return (res.json() as { id: string }).id;
  };
  const listed = async (key: { key: string }, query = '') => {
    const res = await app.inject({ method: 'GET', url: `/v1/calls${query}`, headers: bearer(key) });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { calls: { id: string; rep: unknown }[] }).calls;
  };
  const metaOf = async (id: string) => (await findCall(createFsBlobStore(temp.dir), id))?.meta;

  it('makes a rep’s upload without meta their call: the rep is the key’s e-mail, in the list and under the rep filter', async () => {
    const id = await uploadAs(REP, [recording(500, 21)]);
    expect(await metaOf(id)).toEqual({ rep: { email: 'priya@example.com' } });
    expect(await listed(REP)).toEqual([expect.objectContaining({ id, rep: { name: null, email: 'priya@example.com' } })]);
    expect((await listed(MANAGER, '?rep=priya@example.com')).map((c) => c.id)).toEqual([id]);
    expect(await listed(OTHER_REP)).toEqual([]);
  });

  it('fills in only the rep e-mail a meta leaves out: a named rep keeps their name, the rep’s own e-mail given stays', async () => {
    const named = await uploadAs(REP, [{ name: 'meta', body: JSON.stringify({ rep: { name: 'Priya Raman', channel: 1 } }) }, recording(500, 22)]);
    expect((await metaOf(named))?.rep).toEqual({ name: 'Priya Raman', channel: 1, email: 'priya@example.com' });
    const own = await uploadAs(REP, [{ name: 'meta', body: JSON.stringify({ rep: { email: ' Priya@Example.com' } }) }, recording(500, 23)]);
    expect((await metaOf(own))?.rep).toEqual({ email: ' Priya@Example.com' });
  });

  it('refuses a rep’s upload naming another rep’s e-mail (or any, from a rep key without one) with 403 REP_NOT_YOURS, keeping nothing; a manager names any rep', async () => {
    const send = (key: { key: string }, meta: unknown, seed: number) => {
      const body = multipart([{ name: 'meta', body: JSON.stringify(meta) }, recording(500, seed)]);
      return app.inject({ method: 'POST', url: '/v1/calls', payload: body.payload, headers: { ...body.headers, ...bearer(key) } });
    };
    for (const [key, seed] of [[REP, 26], [NAMELESS_REP, 27]] as const) {
      const res = await send(key, { rep: { name: 'Dan', email: 'dan@example.com' } }, seed);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'REP_NOT_YOURS']);
    }
    expect(await listed(OTHER_REP)).toEqual([]);
    expect(await listed(MANAGER)).toEqual([]);
    expect(await readdir(join(temp.dir, 'uploads')).catch(() => [])).toEqual([]);
    // Sending a recording already here does not get round it either.
    const mine = await uploadAs(REP, [recording(500, 28)]);
    const again = await send(REP, { rep: { email: 'dan@example.com' } }, 28);
    expect([again.statusCode, again.json().error.code]).toEqual([403, 'REP_NOT_YOURS']);
    expect((await metaOf(mine))?.rep).toEqual({ email: 'priya@example.com' });

    const byManager = await send(MANAGER, { rep: { email: 'dan@example.com' } }, 29);
    expect(byManager.statusCode).toBe(202);
    expect((await listed(OTHER_REP)).map((c) => c.id)).toEqual([(byManager.json() as { id: string }).id]);
  });

  it('leaves the rep unset for a manager’s upload and for a rep key without an e-mail', async () => {
    const byManager = await uploadAs(MANAGER, [recording(500, 24)]);
    expect(await metaOf(byManager)).toEqual({});
    const byKeyAlone = await uploadAs(NAMELESS_REP, [recording(500, 25)]);
    expect(await metaOf(byKeyAlone)).toEqual({});
    expect((await listed(NAMELESS_REP)).map((c) => c.id)).toEqual([byKeyAlone]);
  });
});
