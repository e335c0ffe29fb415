import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCrmData } from '../../src/adapters/crm/local/local-crm.store.ts';
import { listFixtureCalls } from '../../src/cli/commands/demo.command.ts';
import { loadConfig } from '../../src/config/env.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { Insights } from '../../src/domain/insights.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { startStack, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A recording uploaded with its meeting tool's transcript (WebVTT), on the embedded stack with the demo's seed
// CRM and the local engine configured: the call is transcribed from the file, not by the engine, and the
// extraction and hygiene findings read it. The demo call whose customer gives a new e-mail is sent this way.

const call = fixtureCall('new-email-juniper');
const vtt = join(call.dir, 'transcript.vtt');

describe('a recording uploaded with its transcript', () => {
  let stack: Stack;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let auth: Record<string, string>;

  beforeAll(async () => {
    temp = await makeTempDir();
    const config = loadConfig({ DATA_DIR: temp.dir, TRANSCRIBER: 'local', EXTRACTOR: 'rules', STAGE_POLICY: 'review', S3_BUCKET: `test-${randomUUID().slice(0, 8)}` });
    stack = await startStack({ config, logger: silentLogger, listen: { host: '127.0.0.1', port: 0 }, queue: { prefix: `test-${randomUUID()}` }, crmSeed: await loadDemoCrmSeed() });
    // A manager's upload may name any rep (a rep's only their own: REP_NOT_YOURS); the sample call names another rep.
    auth = { authorization: `Bearer ${stack.apiKeys.find((k) => k.role === 'manager')!.key}` };
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await temp?.cleanup();
  });

  const upload = async (transcript: string | null) => {
    const form = new FormData();
    form.set('meta', JSON.stringify(call.meta));
    form.set('file', new Blob([await readFile(call.audio)], { type: 'audio/ogg' }), 'call.ogg');
    if (transcript !== null) form.set('transcript', new Blob([transcript], { type: 'text/vtt' }), 'call.vtt');
    return fetch(`${stack.url}/v1/calls`, { method: 'POST', body: form, headers: auth });
  };

  it('refuses a transcript that is not WebVTT, saying why, and keeps nothing of the upload', async () => {
    const res = await upload('1\n00:00:00,000 --> 00:00:02,000\nan SRT file\n');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'TRANSCRIPT_INVALID', message: expect.stringMatching(/WEBVTT/) } });
    const left: string[] = [];
    for await (const key of stack.ports.blobs.list!('uploads/')) left.push(key);
    expect(left).toEqual([]);
  });

  it('transcribes from the file, extracts from it and raises the changed e-mail as a finding', async () => {
    const since = new Date();
    const res = await upload(await readFile(vtt, 'utf8'));
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const done = await waitForCalls(stack, [id], { since, timeoutMs: 120_000 });
    expect(done.get(id)?.status).toBe('needs_review');

    const blobs = stack.ports.blobs;
    const stored = await findCall(blobs, id);
    expect(stored?.providedTranscript).toMatchObject({ key: callKeys.providedTranscript(id), format: 'webvtt' });
    expect(stored?.engines.transcriber).toEqual({ engine: 'provided', model: 'webvtt' });
    expect(stored?.cost.estimatedUsd).toBe(0);
    // No chunk was sent to the engine.
    const parts: string[] = [];
    for await (const key of blobs.list!(`calls/${id}/transcript-parts/`)) parts.push(key);
    expect(parts).toEqual([]);

    const transcript = await getJson(blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw));
    expect(transcript?.attribution?.method).toBe('names');
    expect(transcript?.quality?.reliable).toBe(true);
    const insights = await getJson(blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
    expect(insights?.actionItems.length).toBeGreaterThanOrEqual(3);
    expect(insights?.dealStage.proposed).toBe('presentationscheduled');

    const crm = await getJson(blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
    const email = crm?.review.decisions.find((d) => d.finding?.type === 'field_contradicted' && d.finding.field === 'email');
    expect(email).toMatchObject({
      state: 'pending',
      proposed: 'rosa.lindqvist@junipergroup.example.com',
      finding: { crmValue: 'rosa.lindqvist@juniperfreight.example.com', record: { kind: 'contact', id: 'contact-2017' } },
    });
    expect(email?.evidence[0]).toMatchObject({ speaker: 'customer' });
    // The CRM is unchanged until someone approves.
    const data = LocalCrmData.parse(JSON.parse(await readFile(join(temp.dir, 'crm', 'local-crm.json'), 'utf8')));
    expect(data.contacts.find((c) => c.id === 'contact-2017')?.email).toBe('rosa.lindqvist@juniperfreight.example.com');
  }, 150_000);

  it('is how the demo sends a fixture call that has a transcript.vtt', async () => {
    const calls = await listFixtureCalls();
    expect(calls.find((c) => c.name === 'new-email-juniper')?.transcript).toBe(vtt);
    expect(calls.find((c) => c.name === 'reschedule-cobalt')?.transcript).toBeNull();
  });
});
