import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of keys) out.push(key);
  return out;
}

/**
 * Calls per store. The fs store walks 1,003; the embedded S3 server (s3rver 3.7) answers 500 to any
 * truncated ListObjectsV2 on Node >= 17 (it encrypts its continuation tokens with DES, which OpenSSL 3
 * dropped), so against it the list stays within one page.
 */
const CALLS = Array.from({ length: 1003 }, (_, i) => `c_${String(i).padStart(5, '0')}`);
const COUNT: Record<string, number> = { fs: 1003, s3: 990 };

describe('BlobStore.list', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  const stores: Record<string, BlobStore> = {};

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['list-test']);
    stores.fs = createFsBlobStore(join(temp.dir, 'fs'));
    stores.s3 = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'list-test', forcePathStyle: true, credentials: s3.credentials });
    for (const [name, store] of Object.entries(stores)) {
      const calls = CALLS.slice(0, COUNT[name]);
      for (let i = 0; i < calls.length; i += 50) {
        await Promise.all(calls.slice(i, i + 50).map((id) => store.put(`calls/${id}/call.json`, '{}')));
      }
      await store.put(`calls/${CALLS[0]}/audio/rep/chunk-0000.wav`, 'x');
      await store.put('callsign/other.json', '{}');
      await store.put('exports/a.json', '{}');
    }
  });
  afterAll(async () => {
    await s3.stop();
    await temp.cleanup();
  });

  for (const name of ['fs', 's3']) {
    it(`${name}: lists every key under a prefix, across pages, and nothing outside it`, async () => {
      const calls = CALLS.slice(0, COUNT[name]);
      const keys = await collect(stores[name]!.list!('calls/'));
      expect(keys).toHaveLength(calls.length + 1);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.filter((k) => k.endsWith('/call.json')).sort()).toEqual(calls.map((id) => `calls/${id}/call.json`));
      expect(keys).toContain(`calls/${CALLS[0]}/audio/rep/chunk-0000.wav`);
      expect(await collect(stores[name]!.list!('calls/c_00900/'))).toEqual(['calls/c_00900/call.json']);
      expect(await collect(stores[name]!.list!('nothing/'))).toEqual([]);
    });
  }
});
