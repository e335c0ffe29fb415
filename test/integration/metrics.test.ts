import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { goldTrackAnswer } from '../helpers/fakes/gold-tracks.ts';

/** The samples of one metric in Prometheus text: each as its labels and value. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text.split('\n').flatMap((line) => {
    const m = new RegExp(`^${name}(?:\\{(.*)\\})? (\\S+)$`).exec(line);
    if (!m) return [];
    const labels = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]));
    return [{ labels, value: Number(m[2]) }];
  });
}
const find = (text: string, name: string, labels: Record<string, string>) =>
  samples(text, name).filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));

describe('/metrics after calls went through the real stack (Redis, S3, BullMQ workers)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let openai: OpenAiFake;
  let stack: Stack;
  let metrics: Metrics;
  const prefix = `test-${randomUUID()}`;
  const fixture = fixtureCall('discovery-brightline');

  beforeAll(async () => {
    temp = await makeTempDir();
    openai = await startOpenAiFake({
      transcribe: (req) => goldTrackAnswer(fixture.goldTranscript, req),
    });
    const env = {
      DATA_DIR: temp.dir, S3_BUCKET: `test-${randomUUID().slice(0, 8)}`,
      TRANSCRIBER: 'openai', OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: openai.apiKey, EXTRACTOR: 'rules',
      GENERIC_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com',
    };
    metrics = createMetrics();
    stack = await startStack({ config: loadConfig(env), env, logger: silentLogger, metrics, crmSeed: await loadDemoCrmSeed(), queue: { prefix, attempts: 2, backoff: { baseMs: 50, maxMs: 200 } } });
  });
  afterAll(async () => {
    await stack?.stop();
    await openai?.close();
    await temp?.cleanup();
  });

  it('counts jobs per queue and state, step times and failures by code, engine and CRM requests, audio and its cost, webhook verdicts', async () => {
    const corrupt = join(temp.dir, 'corrupt.ogg');
    await writeFile(corrupt, Buffer.concat([Buffer.from('OggS'), randomBytes(4096)]));
    const since = new Date();
    const good = await submitFile(stack, fixture.audio, { ...fixture.meta, crm: { currentStage: fixture.meta.crm?.currentStage ?? null } }, 50e6);
    const bad = await submitFile(stack, corrupt, {}, 50e6);
    const calls = await waitForCalls(stack, [good, bad], { since, timeoutMs: 120_000 });
    expect(['done', 'needs_review']).toContain(calls.get(good)!.status);
    expect(calls.get(bad)!.status).toBe('failed');
    const failedCode = calls.get(bad)!.error!.code;

    // An unsigned delivery to a configured provider is refused, and counted.
    const refused = await stack.app.inject({ method: 'POST', url: '/v1/webhooks/generic', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(refused.statusCode).toBe(401);

    // A call's record says a step ended a moment before its job is counted complete: read until every step's is.
    const scrape = () => stack.app.inject({ method: 'GET', url: '/metrics' });
    let res = await scrape();
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; res = await scrape()) {
      const counted = (step: string) => find(res.body, 'callscribe_step_duration_seconds_count', { queue: `${prefix}-${step}`, step, outcome: 'completed' }).length > 0;
      if (['ingest', 'prepare', 'transcribe', 'extract', 'sync'].every(counted)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;

    for (const step of ['ingest', 'prepare', 'transcribe', 'extract', 'sync']) {
      expect(find(text, 'callscribe_queue_jobs', { queue: `${prefix}-${step}`, state: 'completed' }), step).toHaveLength(1);
      expect(find(text, 'callscribe_step_duration_seconds_count', { queue: `${prefix}-${step}`, step, outcome: 'completed' })[0]?.value, step).toBeGreaterThanOrEqual(1);
    }
    expect(find(text, 'callscribe_queue_jobs', { queue: `${prefix}-transcribe-chunk`, state: 'waiting' })).toHaveLength(1);
    expect(find(text, 'callscribe_step_duration_seconds_bucket', { step: 'transcribe-chunk', outcome: 'completed', le: '+Inf' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(text, 'callscribe_step_failures_total', { step: 'prepare', code: failedCode, final: 'true' })[0]?.value).toBe(1);
    expect(find(text, 'callscribe_step_duration_seconds_count', { step: 'prepare', outcome: 'failed' })[0]?.value).toBe(1);

    expect(find(text, 'callscribe_engine_requests_total', { kind: 'transcription', engine: 'openai', outcome: 'ok' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(text, 'callscribe_engine_requests_total', { kind: 'extraction', engine: 'rules', outcome: 'ok' })[0]?.value).toBe(1);
    expect(find(text, 'callscribe_crm_requests_total', { crm: 'local', operation: 'logCall', outcome: 'ok' })[0]?.value).toBe(1);
    expect(find(text, 'callscribe_crm_requests_total', { crm: 'local', operation: 'findContact' })).not.toHaveLength(0);

    // The counters agree with the call's own cost estimate.
    const cost = calls.get(good)!.cost;
    const audio = find(text, 'callscribe_audio_transcribed_seconds_total', { engine: 'openai', model: 'whisper-1' })[0]?.value ?? 0;
    expect(audio).toBeCloseTo(cost.audioSeconds, 0);
    expect(find(text, 'callscribe_transcription_cost_usd_total', { engine: 'openai', model: 'whisper-1' })[0]?.value).toBeCloseTo(cost.estimatedUsd, 3);

    expect(find(text, 'callscribe_webhook_deliveries_total', { provider: 'generic', verdict: 'signature_missing' })[0]?.value).toBe(1);
  });

  it('keeps each registry to itself: a second one starts empty, and the global default registry is not used', async () => {
    const other = createMetrics();
    other.audioSeconds.inc({ engine: 'x', model: 'y' }, 5);
    expect(await metrics.registry.getSingleMetricAsString('callscribe_audio_transcribed_seconds_total')).not.toContain('engine="x"');
    const { register } = await import('prom-client');
    expect(register.getMetricsAsArray().filter((m) => m.name.startsWith('callscribe_'))).toEqual([]);
  });
});
