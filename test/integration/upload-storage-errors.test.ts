import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { closeServer } from '../helpers/fakes/fake-server.ts';
import { freePort } from '../helpers/free-port.ts';
import { reviewDeps } from '../helpers/review-deps.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const auth = { authorization: `Bearer ${REP.key}` };
const STORAGE_SECRET_DETAIL = 'bucket calls-prod-7 on node s3-internal-4.corp';

describe('storage failing under an upload', () => {
  let apps: FastifyInstance[];
  let closers: (() => Promise<void>)[];
  let lines: Record<string, unknown>[];

  beforeEach(() => {
    apps = [];
    closers = [];
    lines = [];
  });
  afterEach(async () => {
    for (const app of apps) await app.close();
    for (const close of closers) await close();
  });

  const appOn = async (endpoint: string) => {
    const blobs = createS3BlobStore({ endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const review = await reviewDeps(blobs);
    closers.push(review.close);
    const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const app = await buildApp({ ...review, blobs, enqueue: async () => {}, apiKeys: [REP], maxUploadBytes: 1024 * 1024, clock: () => new Date(), logger });
    apps.push(app);
    return app;
  };
  const upload = (app: FastifyInstance) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(2000).fill(4)], { type: 'audio/mpeg' }), 'call.mp3');
    return app.inject({ method: 'POST', url: '/v1/calls', payload: form, headers: auth });
  };

  it('answers the code and words for a person, never the storage key, address or message; the log has them', async () => {
    const port = await freePort();
    const down = await upload(await appOn(`http://127.0.0.1:${port}`));
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ error: { code: 'S3_UNAVAILABLE', message: 'Object storage could not be reached or failed; try again shortly.' } });
    expect(down.body).not.toMatch(/uploads\/|127\.0\.0\.1|ECONNREFUSED|writing/);
    const logged = JSON.stringify(lines.filter((l) => l.msg === 'request failed'));
    expect(logged).toContain('uploads/');
    expect(logged).toContain('ECONNREFUSED');
  });

  it('keeps a storage server’s own error message out of the answer', async () => {
    // A storage server answering every request with an error that names its insides.
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500, { 'content-type': 'application/xml' }).end(`<Error><Code>InternalError</Code><Message>${STORAGE_SECRET_DETAIL}</Message></Error>`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => closeServer(server));
    const res = await upload(await appOn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('S3_UNAVAILABLE');
    expect(res.body).not.toContain(STORAGE_SECRET_DETAIL);
    expect(res.body).not.toContain('uploads/');
    expect(JSON.stringify(lines)).toContain(STORAGE_SECRET_DETAIL);
  });
});
