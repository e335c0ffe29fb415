import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { SubjectExport } from '../../src/review/subject-export.ts';
import { mapLimit } from '../../src/domain/map-limit.ts';
import { SEARCH_CANDIDATES } from '../../src/ports/call-index.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { indexDoc } from '../helpers/index-documents.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const PRIYA = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const auth = (k: { key: string }) => ({ authorization: `Bearer ${k.key}` });

const EMAIL = 'elena.novak@brightline.example';
const PHONE = '+442079460321';
const customer = (c: { email?: string | null; phone?: string | null; name?: string }) => ({ name: c.name ?? 'Elena Novak', company: 'Brightline Foods', email: c.email ?? null, phone: c.phone ?? null });
const meta = (day: number, c: Parameters<typeof customer>[0]) => ({ startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`, rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: customer(c) });

describe('GET /v1/subject-export (embedded S3, PGlite index, the real app)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), []);
  });
  afterAll(async () => {
    await s3?.stop();
    await temp.cleanup();
  });
  beforeEach(async () => {
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `subject-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    review = await reviewDeps(blobs);
    app = await buildApp({ ...review, blobs, apiKeys: [MANAGER, PRIYA], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger, enqueue: async () => undefined });
  });
  afterEach(async () => {
    await app.close();
    await review.close();
  });

  /** A settled call with a transcript and insights, indexed. */
  const stored = async (n: number, callMeta: Call['meta'], text = `We talked about call ${n}.`) => {
    const call = syntheticCall(testCallId(n), { status: 'done', meta: callMeta });
    await storeCall(blobs, call, { transcript: syntheticTranscript(text), insights: syntheticInsights(`Summary of call ${n}`) });
    await review.reindexCall(call.id);
    return call;
  };
  const get = (query: string, key = MANAGER) => app.inject({ method: 'GET', url: `/v1/subject-export?${query}`, headers: auth(key) });
  const searched = async (q: string) => (await review.index.list({ q, limit: 100 })).calls.map((c) => c.id).sort();

  it('finds the calls whose customer has the e-mail, whatever its case, with meta, transcript text, insights, crm.json and CRM ids; no audio, its route instead', async () => {
    const { call: full } = await storeFullCall(blobs, testCallId(1), { meta: meta(3, { email: 'Elena.Novak@Brightline.example' }) });
    await review.reindexCall(full.id);
    const removed = await stored(2, meta(5, { email: EMAIL }));
    const call2 = { ...removed, audioRemoved: { at: '2026-11-20T03:30:00.000Z', reason: 'retention' as const } };
    await storeCall(blobs, call2);
    // Another customer's call that quotes the address: the search finds it, its meta is not the person's.
    const mention = await stored(3, meta(6, { email: 'sam@other.example', name: 'Sam Ortiz' }), `Elena's address is ${EMAIL} if you need it.`);
    const other = await stored(4, meta(7, { email: 'someone@brightline.example', name: 'Some One' }));
    expect(await searched(EMAIL)).toEqual(expect.arrayContaining([full.id, removed.id, mention.id]));

    const res = await get(`email=${encodeURIComponent(EMAIL)}`);
    expect(res.statusCode).toBe(200);
    const body = SubjectExport.parse(res.json());
    expect(body.calls.map((c) => c.id)).toEqual([removed.id, full.id]);
    expect(body.calls.map((c) => c.id)).not.toContain(other.id);
    expect(body.nextCursor).toBeNull();
    const [withoutAudio, first] = body.calls;
    expect(first).toMatchObject({
      meta: { customer: { email: 'Elena.Novak@Brightline.example' } },
      transcriptText: `We talked about ${full.id}`,
      // Who said what: the person's own words are told from the rep's.
      transcriptSegments: [{ speaker: 'rep', role: 'rep', startSec: 0, endSec: 5, text: `We talked about ${full.id}` }],
      insights: { summary: `Summary of ${full.id}` },
      crm: { adapter: 'local', callLog: { id: 'log-1' } },
      crmWritten: { adapter: 'local', callLog: { id: 'log-1' }, tasks: [{ id: 'task-1', subject: 'Send the contract' }], contactCreated: { id: 'ct-1' } },
      audio: { url: `/v1/calls/${full.id}/audio` },
      matchedBy: 'email',
    });
    expect(withoutAudio).toMatchObject({ audio: { url: null }, crm: null, crmWritten: null, transcriptText: 'We talked about call 2.' });
    expect(res.body).not.toContain('RIFF');
    expect(body.note).toContain('/v1/calls/{id}/audio');
    // The audio route it names serves the recording.
    expect((await app.inject({ method: 'GET', url: first!.audio.url!, headers: auth(MANAGER) })).body).toBe('RIFF');
  });

  it('is never kept by a browser or a proxy (no-store): it holds everything about a person', async () => {
    await stored(1, meta(3, { email: EMAIL }));
    const res = await get(`email=${encodeURIComponent(EMAIL)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('finds the calls whose customer has the phone number, written with separators or 00, and leaves out one that only says the digits', async () => {
    const own = await stored(11, meta(3, { phone: '+44 20 7946 0321', email: null }));
    const mention = await stored(12, meta(4, { phone: '+14155550123', name: 'Sam Ortiz' }), 'Call her back on 442079460321 tomorrow.');
    expect(await searched(PHONE)).toEqual([own.id, mention.id].sort());
    for (const phone of [PHONE, '0044 20 7946 0321', '+44 (20) 7946-0321']) {
      const res = await get(`phone=${encodeURIComponent(phone)}`);
      expect(res.statusCode, phone).toBe(200);
      expect(SubjectExport.parse(res.json()).calls.map((c) => c.id), phone).toEqual([own.id]);
    }
  });

  it('finds a customer phone stored without its country code by its national digits, marked phone_without_country; the same digits with another country are not the person', async () => {
    const international = await stored(13, meta(3, { phone: '+44 20 7946 0321' }));
    const trunk = await stored(14, meta(4, { phone: '020 7946 0321' }));
    const compact = await stored(15, meta(5, { phone: '2079460321' }));
    const elsewhere = await stored(16, meta(6, { phone: '+1 207-946-0321', name: 'Sam Ortiz' }));
    // Dialled from abroad: 00 and a two-digit country code before the national digits.
    const fromAbroad = await stored(17, meta(2, { phone: '0044 20 7946 0321' }));
    const res = await get(`phone=${encodeURIComponent(PHONE)}`);
    expect(res.statusCode).toBe(200);
    const body = SubjectExport.parse(res.json());
    expect(body.calls.map((c) => [c.id, c.matchedBy])).toEqual([
      [compact.id, 'phone_without_country'],
      [trunk.id, 'phone_without_country'],
      [international.id, 'phone'],
      [fromAbroad.id, 'phone'],
    ]);
    expect(body.calls.map((c) => c.id)).not.toContain(elsewhere.id);
    expect(body.note).toContain('phone_without_country');
  });

  it('exports a call whose crm.json is damaged, saying it could not be read, rather than fail the whole request', async () => {
    const call = await stored(17, meta(8, { email: EMAIL }));
    await blobs.put(callKeys.crm(call.id), 'not json at all');
    const res = await get(`email=${encodeURIComponent(EMAIL)}`);
    expect(res.statusCode).toBe(200);
    expect(SubjectExport.parse(res.json()).calls).toMatchObject([{ id: call.id, crm: null, crmWritten: null, crmUnreadable: true, transcriptText: 'We talked about call 17.' }]);
  });

  it('exports a call whose transcript.json and insights.json are damaged, flagging each, rather than fail the whole request', async () => {
    const call = await stored(18, meta(8, { email: EMAIL }));
    await blobs.put(callKeys.transcript(call.id), '{"text": "cut short');
    await blobs.put(callKeys.insights(call.id), '{"summary": 42}');
    const res = await get(`email=${encodeURIComponent(EMAIL)}`);
    expect(res.statusCode).toBe(200);
    const [exported] = SubjectExport.parse(res.json()).calls;
    expect(exported).toMatchObject({ id: call.id, transcriptText: null, transcriptSegments: null, transcriptUnreadable: true, insights: null, insightsUnreadable: true });
    expect(exported).not.toHaveProperty('crmUnreadable');
  });

  it('pages newest first: `limit` calls, then `nextCursor` to the rest; a cursor it did not hand out is CURSOR_INVALID', async () => {
    const ids = [];
    for (const [n, day] of [[21, 2], [22, 9], [23, 4], [24, 7], [25, 1]] as const) ids.push({ id: (await stored(n, meta(day, { email: EMAIL }))).id, day });
    const newest = ids.sort((a, b) => b.day - a.day).map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`email=${encodeURIComponent(EMAIL)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const body = SubjectExport.parse(res.json());
      expect(body.calls.length).toBeLessThanOrEqual(2);
      seen.push(...body.calls.map((c) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 5);
    expect([seen, pages]).toEqual([newest, 3]);
    expect((await get(`email=${encodeURIComponent(EMAIL)}&cursor=bm90LWEtY3Vyc29y`)).json()).toMatchObject({ error: { code: 'CURSOR_INVALID' } });
  });

  it('refuses, with SUBJECT_TOO_MANY_CALLS, more candidates than the search ranks, rather than answer part of them; `from` and `to` export them in parts', async () => {
    // Index rows alone (one a minute from 2026-11-01T00:00Z): the bound is the index's, whatever S3 holds.
    const docs = Array.from({ length: SEARCH_CANDIDATES + 1 }, (_, i) => indexDoc(i + 1, { customerEmail: EMAIL }));
    await mapLimit(docs, 8, (doc) => review.index.upsert(doc));
    const all = await get(`email=${encodeURIComponent(EMAIL)}`);
    expect([all.statusCode, all.json().error.code]).toEqual([422, 'SUBJECT_TOO_MANY_CALLS']);
    expect(all.json().error.message).toContain('`from` and `to`');
    const part = await get(`email=${encodeURIComponent(EMAIL)}&to=2026-11-01T08:00:00Z`);
    expect(part.statusCode).toBe(200);
    // No call.json behind those rows: nothing of them is the person's.
    expect(SubjectExport.parse(part.json()).calls).toEqual([]);
  });

  it('is a manager’s: a rep gets 403; the query needs exactly one of e-mail and an international phone number', async () => {
    await stored(31, meta(3, { email: EMAIL }));
    const rep = await get(`email=${encodeURIComponent(EMAIL)}`, PRIYA);
    expect([rep.statusCode, rep.json().error.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    for (const query of ['', `email=${EMAIL}&phone=${encodeURIComponent(PHONE)}`, 'phone=020%207946%200321', 'email=not-an-address', `email=${EMAIL}&limit=51`, `email=${EMAIL}&extra=1`]) {
      const res = await get(query);
      expect([res.statusCode, res.json().error.code], query).toEqual([400, 'QUERY_INVALID']);
    }
  });
});
