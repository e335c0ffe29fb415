import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { loadConfig } from '../../src/config/env.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { goldTrackAnswer } from '../helpers/fakes/gold-tracks.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * An OpenAI account whose quota is used up answers 429 `insufficient_quota`. The call must not wait on it as on a rate
 * limit: it fails at once with OPENAI_QUOTA_EXCEEDED, as with a rejected key, and nothing reaches the CRM. Once billing
 * is fixed, a manager's retry carries it through (real Redis, S3 and BullMQ workers; OpenAI is the local fake).
 */
describe('a call whose OpenAI quota is used up (real Redis, S3 and BullMQ workers)', () => {
  const fixture = fixtureCall('discovery-brightline');
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let openai: OpenAiFake;
  let stack: Stack;

  beforeAll(async () => {
    temp = await makeTempDir();
    openai = await startOpenAiFake({
      transcribe: (req) => goldTrackAnswer(fixture.goldTranscript, req),
      chat: () => ({
        content: JSON.stringify({
          summary: 'Discovery call with Brightline Foods.',
          keyPoints: [],
          actionItems: [],
          dealStage: { proposed: null, confidence: 0.9, rationale: 'A first discovery call.', quotes: [] },
          followUpEmail: { subject: 'Thanks', body: 'Thanks for your time today.' },
        }),
      }),
    });
    const env = { DATA_DIR: temp.dir, S3_BUCKET: `test-${randomUUID().slice(0, 8)}`, TRANSCRIBER: 'openai', EXTRACTOR: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey };
    // Attempts and backoff a rate limit would spend: a quota answer must not spend them.
    stack = await startStack({ config: loadConfig(env), env, logger: silentLogger, crmSeed: await loadDemoCrmSeed(), queue: { prefix: `test-${randomUUID()}`, attempts: 3, backoff: { baseMs: 5_000, maxMs: 5_000 } } });
  });
  afterAll(async () => {
    await stack?.stop();
    await openai?.close();
    await temp?.cleanup();
  });

  it('fails with OPENAI_QUOTA_EXCEEDED and a message saying to fix billing, writes nothing to the CRM, and goes through once billing is fixed and it is retried', async () => {
    openai.quotaExhausted(true);
    const since = new Date();
    const callId = await submitFile(stack, fixture.audio, { ...fixture.meta, crm: { currentStage: fixture.meta.crm?.currentStage ?? null } }, 50e6);
    const failed = (await waitForCalls(stack, [callId], { since, timeoutMs: 60_000 })).get(callId)!;

    expect(failed).toMatchObject({ status: 'failed', error: { code: 'OPENAI_QUOTA_EXCEEDED', retryable: false } });
    expect(failed.error!.message).toMatch(/the OpenAI account's quota is used up.*https:\/\/platform\.openai\.com\/settings\/organization\/billing.*retry the call/);
    // Asked once per channel: neither the SDK nor the queue retried a quota answer.
    expect(openai.requests.filter((r) => r.path === '/v1/audio/transcriptions')).toHaveLength(2);
    expect(openai.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
    expect(await stack.ports.blobs.head(callKeys.crm(callId))).toBeNull();
    const crm = await (stack.ports.crm as LocalCrm).snapshot();
    expect([crm.callLogs, crm.tasks, crm.stageChanges]).toEqual([[], [], []]);

    openai.quotaExhausted(false);
    const manager = stack.apiKeys.find((k) => k.role === 'manager')!;
    const retried = new Date();
    const res = await stack.app.inject({ method: 'POST', url: `/v1/calls/${callId}/retry`, headers: { authorization: `Bearer ${manager.key}` } });
    expect(res.statusCode).toBe(202);
    const done = (await waitForCalls(stack, [callId], { since: retried, timeoutMs: 60_000 })).get(callId)!;

    expect(done.status, JSON.stringify(done.error)).toMatch(/^(done|needs_review)$/);
    expect(openai.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(1);
    expect((await (stack.ports.crm as LocalCrm).snapshot()).callLogs).toHaveLength(1);
  });
});
