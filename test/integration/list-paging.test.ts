import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}`, accept: 'text/html' };

describe('paging through the call list page (PGlite index, the real app)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;

  beforeEach(async () => {
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({ ...review, blobs, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger, enqueue: async () => undefined });
    // Seven calls, one a day: newest first, pages of two.
    for (let n = 1; n <= 7; n++) {
      await storeCall(blobs, syntheticCall(testCallId(n), { status: 'done', meta: { startedAt: `2026-11-0${n}T10:00:00Z` } }));
      await review.reindexCall(testCallId(n));
    }
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  const open = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: auth });
    expect(res.statusCode, url).toBe(200);
    const link = (rel: string) => [...res.body.matchAll(/<a href="([^"]+)" rel="(\w+)">/g)].find((m) => m[2] === rel)?.[1]?.replaceAll('&amp;', '&') ?? null;
    const ids = [...res.body.matchAll(/href="\/calls\/(c_[0-9a-f]{24})"/g)].map((m) => m[1]!);
    return { ids: [...new Set(ids)], next: link('next'), prev: link('prev'), first: link('first') };
  };

  it('goes forward page by page, and back the same way, to the first page', async () => {
    const pages = [await open('/?limit=2')];
    while (pages.at(-1)!.next) pages.push(await open(pages.at(-1)!.next!));
    expect(pages.map((p) => p.ids)).toEqual([[7, 6], [5, 4], [3, 2], [1]].map((ns) => ns.map(testCallId)));
    expect(pages[0]!.prev).toBeNull();
    expect(pages[1]!.first).toBeNull();
    // Back from the last page, one page at a time: each previous page holds what it held going forward.
    let at = pages.at(-1)!;
    for (let i = pages.length - 2; i >= 0; i--) {
      at = await open(at.prev!);
      expect(at.ids, `page ${i + 1}`).toEqual(pages[i]!.ids);
    }
    expect(at.prev).toBeNull();
    expect((await open(pages.at(-1)!.first!)).ids).toEqual(pages[0]!.ids);
  });
});
