import { readdir } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp, type AppDeps } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { startS3MultipartFake, type S3MultipartFake } from '../helpers/fakes/s3-multipart.fake.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const BOUNDARY = 'callscribe-timeout-test';
const PART_HEAD = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="call.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`;
const MiB = 1024 * 1024;

/** A raw HTTP client: what it writes and when is up to the test; it collects what the server answers. */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    closed,
    received: () => received,
    /** Request headers for a multipart upload of `total` bytes (its first bytes are the part's header). */
    startUpload(total: number, headers: Record<string, string>, path = '/v1/calls') {
      const lines = Object.entries({ host: 'x', 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(total), ...headers }).map(([k, v]) => `${k}: ${v}`);
      socket.write(`POST ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${PART_HEAD}`);
    },
    async sendMiB(count: number) {
      for (let i = 0; i < count; i++) {
        if (!socket.write(Buffer.alloc(MiB, i + 1))) await new Promise((r) => socket.once('drain', r));
      }
    },
  };
}

const until = async (what: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('slow, silent and vanishing clients', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await temp.cleanup();
  });

  const start = async (blobs: BlobStore, overrides: Partial<AppDeps> = {}) => {
    const review = await reviewDeps(blobs);
    const app: FastifyInstance = await buildApp({
      ...review,
      blobs,
      enqueue: async () => {},
      apiKeys: [REP],
      maxUploadBytes: 64 * MiB,
      clock: () => new Date(),
      logger: silentLogger,
      ...overrides,
    });
    const url = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    cleanups.push(async () => {
      await app.close();
      await review.close();
    });
    return { app, port: Number(url.port), url: url.origin };
  };
  const s3Store = (endpoint: string, credentials = { accessKeyId: 'test', secretAccessKey: 'test' }) =>
    createS3BlobStore({ endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials });
  const fakeS3 = async (): Promise<S3MultipartFake> => {
    const fake = await startS3MultipartFake();
    cleanups.push(fake.stop);
    return fake;
  };

  it('checks the key before reading the body: 401, the body left unread, the connection closed', async () => {
    const fake = await fakeS3();
    const { app, port } = await start(s3Store(fake.endpoint));
    // The body is never parsed: JSON that would not parse, and a multipart body, both answer 401.
    for (const url of ['/v1/calls/complete', '/v1/calls/presign', `/v1/calls/c_${'a'.repeat(24)}/review`]) {
      const res = await app.inject({ method: 'POST', url, payload: '{not json', headers: { 'content-type': 'application/json' } });
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 401, 'AUTH_REQUIRED']);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="callscribe"');
    }
    // Over a socket: 50 MiB announced, 1 MiB sent, and the answer comes without the rest.
    const client = rawClient(port);
    client.startUpload(50 * MiB, {});
    await client.sendMiB(1);
    await until(() => client.received().includes('\r\n\r\n{'));
    expect(client.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(client.received()).toMatch(/\r\nwww-authenticate: Bearer realm="callscribe"\r\n/i);
    expect(client.received()).toMatch(/\r\nconnection: close\r\n/i);
    await client.closed;
    expect(fake.calls).toEqual([]);
  });

  it('answers 413 at once to an upload whose Content-Length is over the limit, before reading its body, and closes the connection', async () => {
    const fake = await fakeS3();
    const { port } = await start(s3Store(fake.endpoint));
    // 100 MiB announced against a 64 MiB limit, the part's header sent, then nothing: no byte of the file arrives.
    const client = rawClient(port);
    client.startUpload(100 * MiB, { authorization: `Bearer ${REP.key}` });
    await until(() => client.received().includes('\r\n\r\n{'));
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(client.received()).toMatch(/\r\nconnection: close\r\n/i);
    const body = JSON.parse(client.received().slice(client.received().indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UPLOAD_TOO_LARGE');
    expect(body.error.message).toMatch(/100 MiB .*64 MiB limit \(MAX_UPLOAD_BYTES\)/);
    await client.closed;
    expect(fake.calls).toEqual([]);
  });

  it('answers the upload page at once, with its form, when the Content-Length is over the limit, and closes the connection', async () => {
    const fake = await fakeS3();
    const { port } = await start(s3Store(fake.endpoint));
    // The same body as above, posted to the upload page: nothing of the file arrives.
    const client = rawClient(port);
    client.startUpload(100 * MiB, { authorization: `Bearer ${REP.key}`, accept: 'text/html' }, '/calls/new');
    await until(() => client.received().includes('</html>'));
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(client.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(client.received()).toMatch(/role="alert"[^>]*>The recording is larger than the largest upload allowed \(64 MB\)/);
    await client.closed;
    expect(fake.calls).toEqual([]);
  });

  it('cuts off a client that stops sending mid-body, and aborts its multipart upload', async () => {
    const fake = await fakeS3();
    const { port } = await start(s3Store(fake.endpoint), { timeouts: { idleMs: 400 } });
    const client = rawClient(port);
    // A finished request first: the idle limit holds for later requests on a kept-alive connection too.
    client.socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
    await until(() => client.received().includes('{"ok":true}'));
    client.startUpload(40 * MiB, { authorization: `Bearer ${REP.key}` });
    await client.sendMiB(20);
    await until(() => fake.calls.some((c) => c.op === 'UploadPart'));
    const stalledAt = Date.now();
    await client.closed;
    expect(Date.now() - stalledAt).toBeLessThan(5_000);
    await until(() => fake.calls.some((c) => c.op === 'AbortMultipartUpload'));
    const ops = fake.calls.map((c) => c.op);
    expect(ops[0]).toBe('CreateMultipartUpload');
    expect(ops).not.toContain('CompleteMultipartUpload');
    expect(fake.openUploads()).toEqual([]);
    const key = fake.calls[0]!.key;
    expect(key).toMatch(/^uploads\//);
    await until(() => fake.calls.some((c) => c.op === 'DeleteObject' && c.key === key));
  });

  it('aborts the multipart upload of a client that goes away mid-body', async () => {
    const fake = await fakeS3();
    const { port } = await start(s3Store(fake.endpoint));
    const client = rawClient(port);
    client.startUpload(40 * MiB, { authorization: `Bearer ${REP.key}` });
    await client.sendMiB(20);
    await until(() => fake.calls.some((c) => c.op === 'UploadPart'));
    client.socket.destroy();
    await until(() => fake.calls.some((c) => c.op === 'AbortMultipartUpload'));
    expect(fake.openUploads()).toEqual([]);
    expect(fake.calls.map((c) => c.op)).not.toContain('CompleteMultipartUpload');
  });

  it('against the embedded s3rver a vanished or silent client breaks nothing and leaves no parts', async () => {
    const s3: EmbeddedS3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls']);
    cleanups.push(s3.stop);
    const blobs = s3Store(s3.endpoint, s3.credentials);
    const { port, url } = await start(blobs, { timeouts: { idleMs: 400 } });
    const gone = rawClient(port);
    gone.startUpload(40 * MiB, { authorization: `Bearer ${REP.key}` });
    await gone.sendMiB(20);
    gone.socket.destroy();
    const silent = rawClient(port);
    silent.startUpload(40 * MiB, { authorization: `Bearer ${REP.key}` });
    await silent.sendMiB(12);
    await silent.closed;

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(9 * MiB).fill(5)], { type: 'audio/mpeg' }), 'call.mp3');
    const res = await fetch(`${url}/v1/calls`, { method: 'POST', body: form, headers: { authorization: `Bearer ${REP.key}` } });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    // Nothing of the cut-off uploads is left as an object.
    const keys: string[] = [];
    for await (const key of blobs.list!('')) keys.push(key);
    expect(keys.sort()).toEqual([`calls/${id}/call.json`, `calls/${id}/original.mp3`]);
    // Nor as parts of an unfinished multipart upload (the store aborts them).
    expect(await readdir(join(temp.dir, 's3', 'calls', '._S3rver_uploads')).catch(() => [])).toEqual([]);
  });
});
