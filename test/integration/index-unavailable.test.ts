import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { ERROR_CODES } from '../../src/http/error-codes.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };

/** The call index (Postgres) stopped: the list answers a retryable 503 that says what is down, as the document promises. */
describe('the call list while its index is down', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: PostgresServer;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    temp = await makeTempDir();
    server = await startPostgresServer();
    const blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs, await server.createDatabase());
    app = await buildApp({ ...review, blobs, enqueue: async () => undefined, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await review?.close();
    await server?.stop();
    await temp?.cleanup();
  });

  it('answers 503 INDEX_UNAVAILABLE with a message an operator can act on, listed in the OpenAPI document', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/calls', headers: auth })).statusCode).toBe(200);
    await server.stop();
    const res = await app.inject({ method: 'GET', url: '/v1/calls', headers: auth });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('INDEX_UNAVAILABLE');
    expect(res.json().error.message).not.toBe(ERROR_CODES.INTERNAL.description);
    expect(res.json().error.message).toMatch(/call index/i);
    const doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    for (const [path, method] of [['/v1/calls', 'get'], ['/v1/reports/time-saved', 'get'], ['/v1/calls/{id}', 'delete']] as const) {
      expect(doc.paths[path][method].responses['503']['x-error-codes'], `${method} ${path}`).toContain('INDEX_UNAVAILABLE');
    }
  }, 60_000);
});
