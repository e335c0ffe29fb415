import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { goldTrackAnswer } from '../helpers/fakes/gold-tracks.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { until } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The embedded stack (what `demo` runs) stopped while a transcription hangs: running jobs get WORKER_DRAIN_MS,
// as in `work`, and the stop does not wait for the engine to answer.
describe('the embedded stack stopped while a job is running', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let openai: OpenAiFake;
  let stack: Stack | undefined;
  let release = () => {};
  const answered = new Promise<void>((r) => (release = r));

  afterAll(async () => {
    release();
    await openai?.close();
    await temp?.cleanup();
  });

  it('stops within its drain bound while the engine has still not answered', async () => {
    temp = await makeTempDir();
    const fixture = fixtureCall('discovery-brightline');
    // An engine that does not answer until the test lets it.
    openai = await startOpenAiFake({ transcribe: async (req) => (await answered, goldTrackAnswer(fixture.goldTranscript, req)) });
    const env = {
      DATA_DIR: temp.dir, S3_BUCKET: `test-${randomUUID().slice(0, 8)}`, WORKER_DRAIN_MS: '500',
      TRANSCRIBER: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey, EXTRACTOR: 'rules',
    };
    stack = await startStack({ config: loadConfig(env), env, logger: silentLogger, crmSeed: await loadDemoCrmSeed(), queue: { prefix: `test-${randomUUID()}` } });
    const callId = await submitFile(stack, fixture.audio, fixture.meta, 50e6);
    await until(() => openai.requests.some((r) => r.path.endsWith('/audio/transcriptions')), 'a transcription request', 120_000);

    // Waiting for the call stops polling once told to, before the stack it reads is stopped.
    const waiting = new AbortController();
    const waited = waitForCalls(stack, [callId], { since: new Date(0), timeoutMs: 120_000, signal: waiting.signal }).then(() => 'ended', (err: Error) => err.name);
    waiting.abort();
    expect(await waited).toBe('AbortError');

    // Far beyond the half-second bound: only a stop that waits for the engine misses it.
    const stopped = await Promise.race([stack.stop().then(() => 'stopped' as const), sleep(60_000).then(() => 'still waiting' as const)]);
    expect(stopped).toBe('stopped');
  }, 240_000);
});
