import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall, markStepStarted, updateCall } from '../../src/pipeline/call-record.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');

describe('POST /v1/calls: one recording sent many times at once is one call', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let url: string;
  const started = new Set<string>();

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls']);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials: s3.credentials });
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review,
      blobs,
      // A worker picks the first job up at once and records its step on call.json (job ids keep it single).
      enqueue: async (step, callId) => {
        if (started.has(callId)) return;
        started.add(callId);
        await updateCall(blobs, callId, (call) => markStepStarted(call, step, 1, new Date()), new Date());
      },
      apiKeys: [REP],
      maxUploadBytes: 1024 * 1024,
      clock: () => new Date('2026-11-23T10:00:00Z'),
      logger: silentLogger,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await review.close();
    await s3.stop();
    await temp.cleanup();
  });

  it('30 parallel uploads over real connections: exactly one 202 `duplicate: false`, and call.json keeps its meta and step history', async () => {
    const audio = new Uint8Array(200 * 1024).map((_, i) => (i * 31) % 251);
    const send = (i: number) => {
      const form = new FormData();
      form.append('meta', JSON.stringify({ rep: { name: `Sender ${i}` } }));
      form.append('file', new Blob([audio], { type: 'audio/mpeg' }), 'call.mp3');
      return fetch(`${url}/v1/calls`, { method: 'POST', body: form, headers: { authorization: `Bearer ${REP.key}` } });
    };
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const res = await send(i);
        return { i, status: res.status, body: (await res.json()) as { id: string; duplicate: boolean } };
      }),
    );
    const created = answers.filter((a) => a.body.duplicate === false);
    expect(created, JSON.stringify(answers.map((a) => a.status))).toHaveLength(1);
    expect(created[0]!.status).toBe(202);
    expect(answers.filter((a) => a.body.duplicate === true).map((a) => a.status)).toEqual(Array(29).fill(200));
    const id = created[0]!.body.id;
    expect(new Set(answers.map((a) => a.body.id))).toEqual(new Set([id]));

    const call = (await findCall(blobs, id))!;
    expect(call.meta).toEqual({ rep: { name: `Sender ${created[0]!.i}`, email: 'priya@example.com' } });
    expect(call.steps.map((s) => s.step)).toEqual(['prepare']);
    expect(call.status).toBe('preparing');
    // Every duplicate's upload was removed; the recording is stored once.
    const keys: string[] = [];
    for await (const key of blobs.list!('')) keys.push(key);
    expect(keys.sort()).toEqual([`calls/${id}/call.json`, `calls/${id}/original.mp3`]);
  });
});
