import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { goldTrackAnswer } from '../helpers/fakes/gold-tracks.ts';

const STEPS = ['ingest', 'prepare', 'transcribe', 'extract', 'sync'];

describe("a call's log lines in the step workers (real Redis, S3 and BullMQ workers)", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let openai: OpenAiFake;
  let stack: Stack;
  /** Every line the stack logged, as written. */
  const raw: string[] = [];
  const fixture = fixtureCall('discovery-brightline');

  beforeAll(async () => {
    temp = await makeTempDir();
    openai = await startOpenAiFake({
      transcribe: (req) => goldTrackAnswer(fixture.goldTranscript, req),
    });
    const env = { DATA_DIR: temp.dir, S3_BUCKET: `test-${randomUUID().slice(0, 8)}`, TRANSCRIBER: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey, EXTRACTOR: 'rules' };
    const logger = pino({ level: 'debug', base: undefined }, { write: (line: string) => void raw.push(line) });
    stack = await startStack({ config: loadConfig(env), env, logger, crmSeed: await loadDemoCrmSeed(), queue: { prefix: `test-${randomUUID()}`, attempts: 2 } });
  });
  afterAll(async () => {
    await stack?.stop();
    await openai?.close();
    await temp?.cleanup();
  });

  it('carry the call id and the step on every line of every step, each key once', async () => {
    const since = new Date();
    const callId = await submitFile(stack, fixture.audio, { ...fixture.meta, crm: { currentStage: fixture.meta.crm?.currentStage ?? null } }, 50e6);
    await waitForCalls(stack, [callId], { since, timeoutMs: 120_000 });
    // The step logs that it finished just after it wrote the call's final state.
    await vi.waitFor(() => expect(raw.some((line) => line.includes('"sync finished'))).toBe(true), { timeout: 15_000, interval: 100 });

    const lines = raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    const stepLines = lines.filter((l) => STEPS.includes(l.step as string));
    // What the steps themselves log (prepare's debug line, runStep's lines) and the worker's own.
    expect(stepLines.map((l) => l.msg)).toEqual(expect.arrayContaining(['prepare started', 'audio prepared', 'sync started', expect.stringMatching(/^sync finished/)]));
    for (const line of stepLines) expect(line, String(line.msg)).toMatchObject({ callId });
    for (const line of raw.filter((l) => l.includes(callId))) {
      expect(line.split('"callId":').length - 1, line).toBe(1);
      expect(line.split('"step":').length - 1, line).toBeLessThanOrEqual(1);
    }
  });
});
