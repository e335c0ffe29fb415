import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { loadConfig } from '../../src/config/env.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { Insights } from '../../src/domain/insights.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { startStack, submitFile, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// Real redis-server child, the S3 API (embedded server on loopback), BullMQ workers, ffmpeg and pocketsphinx.
// A test may take as long as the waits it makes for its calls (pocketsphinx takes longer on voices it matches badly).
const WAIT_MS = 240_000;

describe('pipeline end to end through Redis, S3 and BullMQ workers', () => {
  let stack: Stack;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const good = ['discovery-brightline', 'contract-signed-acme'].map(fixtureCall);

  beforeAll(async () => {
    temp = await makeTempDir();
    const config = loadConfig({ DATA_DIR: temp.dir, TRANSCRIBER: 'local', EXTRACTOR: 'rules', S3_BUCKET: `test-${randomUUID().slice(0, 8)}` });
    stack = await startStack({
      config,
      logger: silentLogger,
      listen: { host: '127.0.0.1', port: 0 },
      queue: { prefix: `test-${randomUUID()}`, attempts: 3, backoff: { baseMs: 50, maxMs: 200 } },
      crmSeed: await loadDemoCrmSeed(),
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await temp?.cleanup();
  });

  it('completes good calls, fails a corrupt and an empty recording with clear codes, and never duplicates CRM records', async () => {
    const corrupt = join(temp.dir, 'corrupt.ogg');
    await writeFile(corrupt, Buffer.concat([Buffer.from('OggS'), randomBytes(4096)]));
    const empty = join(temp.dir, 'empty.wav');
    await writeFile(empty, '');

    const since = new Date();
    const goodIds = await Promise.all(good.map((f) => submitFile(stack, f.audio, f.meta, 50e6)));
    const corruptId = await submitFile(stack, corrupt, {}, 50e6);
    const emptyId = await submitFile(stack, empty, {}, 50e6);
    const calls = await waitForCalls(stack, [...goodIds, corruptId, emptyId], { since, timeoutMs: WAIT_MS });

    expect(calls.get(corruptId)).toMatchObject({ status: 'failed', error: { code: 'AUDIO_CORRUPT', step: 'prepare' } });
    expect(calls.get(corruptId)!.error!.message).toMatch(/upload it again/);
    expect(calls.get(emptyId)).toMatchObject({ status: 'failed', error: { code: 'AUDIO_EMPTY' } });

    const blobs = stack.ports.blobs;
    for (const id of goodIds) {
      const call = calls.get(id)!;
      expect(['done', 'needs_review']).toContain(call.status);
      expect(call.audio).toMatchObject({ channels: 2, tracks: [{ speaker: 'rep', channel: 0 }, { speaker: 'customer', channel: 1 }] });
      expect(call.steps.map((s) => `${s.step}:${s.outcome}`)).toEqual(['prepare:ok', 'transcribe:ok', 'extract:ok', 'sync:ok']);
      expect(call.steps.every((s) => typeof s.durationMs === 'number')).toBe(true);
      const transcript = await getJson(blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw));
      expect(transcript!.speakers.map((s) => s.id).sort()).toEqual(['customer', 'rep']);
      expect(transcript!.segments.length).toBeGreaterThan(3);
      const insights = await getJson(blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
      if (insights!.transcriptQuality?.reliable === false) {
        // Too unreliable to summarise (the fixture voices are not picked for the engine): nothing is extracted, a person checks the call.
        expect(insights).toMatchObject({ summary: '', actionItems: [], dealStage: { proposed: null } });
        expect(call.status).toBe('needs_review');
      } else {
        expect(insights!.summary.length).toBeGreaterThan(0);
      }
      const crm = await getJson(blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
      expect(crm!.callLog).not.toBeNull();
      expect(crm!.tasks).toHaveLength(insights!.actionItems.length);
    }

    const crm = stack.ports.crm as LocalCrm;
    const before = await crm.snapshot();
    expect(before.callLogs).toHaveLength(2);

    // The same recordings again: the same calls, processed again, and not one new CRM record.
    const again = new Date();
    const sameIds = await Promise.all(good.map((f) => submitFile(stack, f.audio, f.meta, 50e6)));
    expect(sameIds).toEqual(goodIds);
    await waitForCalls(stack, sameIds, { since: again, timeoutMs: WAIT_MS });
    const after = await crm.snapshot();
    expect(after.callLogs).toEqual(before.callLogs);
    expect(after.tasks).toEqual(before.tasks);
  }, 2 * WAIT_MS);

  it('accepts an upload over HTTP with CallMeta, processes it, and reports it on GET /v1/calls/:id', async () => {
    const f = fixtureCall('lost-to-competitor-orbit');
    // A manager's upload may name any rep (a rep's only their own: REP_NOT_YOURS); the sample call names another rep.
    const key = stack.apiKeys.find((k) => k.role === 'manager')!.key;
    const auth = { authorization: `Bearer ${key}` };
    const upload = async (headers: Record<string, string>) => {
      const form = new FormData();
      form.set('meta', JSON.stringify(f.meta));
      form.set('file', new Blob([await readFile(f.audio)], { type: 'audio/ogg' }), 'call.ogg');
      return fetch(`${stack.url}/v1/calls`, { method: 'POST', body: form, headers });
    };

    expect((await upload({})).status).toBe(401);
    const since = new Date();
    const res = await upload(auth);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await waitForCalls(stack, [id], { since, timeoutMs: WAIT_MS });

    const got = await fetch(`${stack.url}/v1/calls/${id}`, { headers: auth });
    expect(got.status).toBe(200);
    const view = (await got.json()) as { call: { id: string; status: string; meta: unknown }; transcript: unknown; insights: unknown; crm: unknown };
    expect(view.call).toMatchObject({ id, meta: { customer: { name: f.meta.customer!.name } } });
    expect(['done', 'needs_review']).toContain(view.call.status);
    expect(view.transcript).not.toBeNull();
    expect(view.insights).not.toBeNull();
    expect(view.crm).not.toBeNull();

    const dup = await upload(auth);
    expect(dup.status).toBe(200);
    expect(await dup.json()).toMatchObject({ id, duplicate: true });

    const missing = await fetch(`${stack.url}/v1/calls/c_000000000000000000000000`, { headers: auth });
    expect(missing.status).toBe(404);
  }, WAIT_MS);
});
