import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const CALL = `c_${'c3'.repeat(12)}`;

describe('request logs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    // The service's logger at `info`, written to a stream the test reads.
    const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger });
    // The synthetic call's customer is Elena Novak.
    await storeCall(blobs, syntheticCall(CALL), { insights: syntheticInsights('Elena will sign this week.'), transcript: syntheticTranscript('Hello Elena.') });
    await review.reindexCall(CALL);
  });
  afterAll(async () => {
    await app?.close();
    await review?.close();
    await temp?.cleanup();
  });

  it('log one line per answer with the path but never the query: no customer name or rep e-mail at info', async () => {
    lines.length = 0;
    const list = await app.inject({ method: 'GET', url: '/v1/calls?q=Elena&rep=priya@example.com', headers: auth });
    expect(list.statusCode).toBe(200);
    expect(list.json().calls.map((c: { id: string }) => c.id)).toEqual([CALL]);
    expect((await app.inject({ method: 'GET', url: '/?q=Elena', headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v1/calls?rep=not-an-email-Elena', headers: auth })).statusCode).toBe(400);

    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toMatch(/elena|priya/i);
    const answers = lines.filter((l) => l.msg === 'request completed');
    expect(answers.map((l) => [l.method, l.path, l.route, l.statusCode])).toEqual([
      ['GET', '/v1/calls', '/v1/calls', 200],
      ['GET', '/', '/', 200],
      ['GET', '/v1/calls', '/v1/calls', 400],
    ]);
    for (const l of answers) expect(l).toMatchObject({ level: 30, reqId: expect.any(String), responseTimeMs: expect.any(Number) });
  });

  it('names the call on :id routes, and the path of an unknown route with no route pattern', async () => {
    lines.length = 0;
    await app.inject({ method: 'GET', url: `/v1/calls/${CALL}?x=Elena`, headers: auth });
    await app.inject({ method: 'GET', url: '/no-such-page?name=Elena' });
    const answers = lines.filter((l) => l.msg === 'request completed');
    expect(answers[0]).toMatchObject({ method: 'GET', path: `/v1/calls/${CALL}`, route: '/v1/calls/:id', statusCode: 200, callId: CALL });
    expect(answers[1]).toMatchObject({ method: 'GET', path: '/no-such-page', statusCode: 404 });
    expect(answers[1]).not.toHaveProperty('callId');
    expect(JSON.stringify(lines)).not.toMatch(/elena/i);
  });
});
