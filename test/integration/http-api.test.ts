import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { StepName } from '../../src/domain/call.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { findCall, saveCall } from '../../src/pipeline/call-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = 'rep-key-0123456789abcdef';

describe('HTTP API: POST /v1/calls', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: FastifyInstance;
  let url: string;
  let queued: [StepName, string][];
  let review: Awaited<ReturnType<typeof reviewDeps>>;

  beforeEach(async () => {
    temp = await makeTempDir();
    queued = [];
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      enqueue: async (stage, callId) => void queued.push([stage, callId]),
      apiKeys: [apiKey('rep', REP)],
      maxUploadBytes: 64 * 1024,
      clock: () => new Date('2026-11-23T10:00:00Z'),
      logger: silentLogger,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const post = (parts: [string, string | Blob, string?][], key: string | null = REP) => {
    const form = new FormData();
    for (const [name, value, filename] of parts) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, filename);
    }
    return fetch(`${url}/v1/calls`, { method: 'POST', body: form, headers: key ? { authorization: `Bearer ${key}` } : {} });
  };
  const leftovers = async () => readdir(join(temp.dir, 'uploads')).catch(() => [] as string[]);
  const audio = (bytes: number) => new Blob([new Uint8Array(bytes).fill(7)], { type: 'audio/mpeg' });

  it('stores a recording under an id from its content, queues prepare, and treats the same bytes as the same call', async () => {
    const first = await post([['meta', '{"direction":"outbound"}'], ['file', audio(4000), 'call.mp3']]);
    expect(first.status).toBe(202);
    const body = (await first.json()) as { id: string; duplicate: boolean };
    expect(body).toMatchObject({ id: expect.stringMatching(/^c_[0-9a-f]{24}$/), duplicate: false });
    expect(queued).toEqual([['prepare', body.id]]);
    expect(await readdir(join(temp.dir, 'calls', body.id))).toEqual(['call.json', 'original.mp3']);

    const again = await post([['file', audio(4000), 'other-name.mp3']]);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: body.id, duplicate: true, status: 'received' });
    // Still `received` (its job may have been lost): it is queued again; the job id keeps it single.
    expect(queued).toEqual([['prepare', body.id], ['prepare', body.id]]);
    expect(await leftovers()).toEqual([]);
  });

  it('says which meta keys it ignored (not CallMeta fields), and takes the call all the same', async () => {
    const meta = { direction: 'outbound', customer: { name: 'Ada Example', phnoe: '+15550100' }, dealStage: 'x' };
    const res = await post([['meta', JSON.stringify(meta)], ['file', audio(3000), 'call.mp3']]);
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; warnings?: string[] };
    expect(body.warnings).toEqual(['meta keys `customer.phnoe`, `dealStage` are not CallMeta fields and were ignored (see CallMeta in /docs)']);
    expect((await findCall(createFsBlobStore(temp.dir), body.id))?.meta.customer).toEqual({ name: 'Ada Example' });
    // A meta of known keys only: no warnings at all.
    const clean = (await (await post([['meta', '{"direction":"inbound"}'], ['file', audio(3001), 'call.mp3']])).json()) as Record<string, unknown>;
    expect(clean).not.toHaveProperty('warnings');
  });

  it('shows why a call waits for review on GET /v1/calls/:id', async () => {
    const posted = (await (await post([['meta', '{"customer":{"phone":"+15555550199"}}'], ['file', audio(500), 'call.mp3']])).json()) as { id: string };
    const blobs = createFsBlobStore(temp.dir);
    const reason = "No CRM contact has the customer's phone, email or company domain; create the contact or pick one.";
    const call = (await findCall(blobs, posted.id))!;
    await saveCall(blobs, { ...call, status: 'needs_review', review: { reason } });
    const res = await fetch(`${url}/v1/calls/${posted.id}`, { headers: { authorization: `Bearer ${REP}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ call: { status: 'needs_review', review: { reason } } });
  });

  it('serves a recording that is not known audio as a sandboxed download, never with the uploader’s type', async () => {
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'], { type: 'image/svg+xml' });
    const posted = (await (await post([['file', svg, 'recording.svg']])).json()) as { id: string };
    expect(await readdir(join(temp.dir, 'calls', posted.id))).toContain('original.bin');
    const res = await fetch(`${url}/v1/calls/${posted.id}/audio`, { headers: { authorization: `Bearer ${REP}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<script>');
    // A known audio extension is served as audio, inline, under the same sandbox.
    const mp3 = (await (await post([['file', audio(300), 'call.mp3']])).json()) as { id: string };
    const played = await fetch(`${url}/v1/calls/${mp3.id}/audio`, { headers: { authorization: `Bearer ${REP}` } });
    expect([played.headers.get('content-type'), played.headers.get('content-disposition'), played.headers.get('content-security-policy')]).toEqual(['audio/mpeg', null, "default-src 'none'; frame-ancestors 'none'; sandbox"]);
    expect((await played.arrayBuffer()).byteLength).toBe(300);
  });

  it('needs an API key', async () => {
    const res = await post([['file', audio(10), 'a.mp3']], null);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'AUTH_REQUIRED' } });
    expect((await post([['file', audio(10), 'a.mp3']], 'wrong-key-0123456789abcdef')).status).toBe(401);
  });

  it('rejects bad uploads with a stable code and leaves nothing in storage', async () => {
    const tooBig = await post([['file', audio(100 * 1024), 'big.mp3']]);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { code: 'UPLOAD_TOO_LARGE' } });

    const badMeta = await post([['file', audio(100), 'a.mp3'], ['meta', '{"direction":"sideways"}']]);
    expect(badMeta.status).toBe(400);
    expect(await badMeta.json()).toMatchObject({ error: { code: 'META_INVALID', message: expect.stringContaining('direction') } });

    const empty = await post([['file', audio(0), 'a.mp3']]);
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ error: { code: 'AUDIO_EMPTY' } });

    const noFile = await post([['meta', '{}']]);
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toMatchObject({ error: { code: 'UPLOAD_INVALID' } });

    expect(await leftovers()).toEqual([]);
    expect(queued).toEqual([]);
  });
});
