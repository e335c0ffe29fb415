import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildIndex } from '../../src/cli/commands/reindex.command.ts';
import { loadConfig } from '../../src/config/env.ts';
import { isTerminal } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { freePort } from '../helpers/free-port.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { writeToneCall } from '../helpers/tone-audio.ts';

// Real redis-server and embedded S3, the stack's own BullMQ workers; Redis is wiped (FLUSHALL) while
// calls are at every step, then `reindex` rebuilds the index from S3 and queues the unfinished calls again.
describe('reindex after Redis was lost', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let openai: OpenAiFake;
  let stack: Stack;

  beforeAll(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    // A slow engine keeps calls in flight while Redis is wiped.
    openai = await startOpenAiFake({
      transcribe: async (req) => {
        await sleep(300);
        return { text: `we agreed to send the proposal by friday, number ${req.fileBytes.length}` };
      },
    });
    const config = loadConfig({
      DATA_DIR: temp.dir, REDIS_URL: redis.url!, S3_BUCKET: `test-${randomUUID().slice(0, 8)}`,
      TRANSCRIBER: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey, EXTRACTOR: 'rules',
    });
    stack = await startStack({ config, logger: silentLogger, queue: { concurrency: 2, backoff: { baseMs: 50, maxMs: 200 } } });
  });

  afterAll(async () => {
    await stack?.stop();
    await openai?.close();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('every call still reaches a terminal state, none is lost', async () => {
    const since = new Date();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const file = join(temp.dir, `call-${i}.wav`);
      await writeToneCall(file, 3 + (i % 3), [{ channel: 0, startSec: 0.2 + i * 0.05 }, { channel: 1, startSec: 1.5 }]);
      ids.push(await submitFile(stack, file, {}, 50e6));
    }
    expect(new Set(ids).size).toBe(12);
    // Wait until some calls have moved past ingest, then lose every queue and job.
    await waitUntil(async () => (await Promise.all(ids.map((id) => findCall(stack.ports.blobs, id)))).some((c) => c && c.status !== 'received'));
    const admin = new Redis(redis.url!);
    await admin.flushall();
    await admin.quit();
    const unfinished = (await Promise.all(ids.map((id) => findCall(stack.ports.blobs, id)))).filter((c) => c && !isTerminal(c.status)).length;

    const lines: string[] = [];
    const result = await rebuildIndex(stack.ports.blobs, stack.index, { stdout: (l) => lines.push(l) }, (step, callId) => stack.runtime.queues.enqueue(step, callId, { callId }));
    expect(unfinished).toBeGreaterThan(0);
    expect(result.requeued.length).toBeGreaterThan(0);
    expect(lines.some((l) => /calls not finished queued again/.test(l))).toBe(true);

    // A call whose ingest job was wiped before it wrote call.json has no record to resume from (its
    // upload is sent again); every call with a record must finish.
    const recorded = (await Promise.all(ids.map((id) => findCall(stack.ports.blobs, id)))).filter((c) => c !== null).map((c) => c.id);
    expect(recorded.length).toBeGreaterThan(0);
    const calls = await waitForCalls(stack, recorded, { since, timeoutMs: 90_000 });
    for (const call of calls.values()) expect(['done', 'needs_review']).toContain(call.status);
    expect((await stack.index.list({ limit: 50 })).calls.length).toBeGreaterThanOrEqual(calls.size);
  }, 120_000);
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}
