import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { WEBHOOK_BODY_LIMIT } from '../../src/http/routes/webhooks.routes.ts';
import { callIdFromSource } from '../../src/intake/source-record.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import type { WebhookRequest } from '../../src/ports/telephony-source.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';
import { startStack, waitForCalls, type Stack } from '../../src/runtime/embedded-stack.ts';
import { newSid, recordingStatusFields, twilioDelivery } from '../helpers/fakes/twilio.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import {
  genericDelivery,
  PROVIDERS,
  startTelephonyFakes,
  telephonyScenarios,
  type Provider,
  type RecordingAudio,
  type Scenario,
  type TelephonyFakes,
} from '../helpers/telephony-scenarios.ts';

// Every telephony provider through the real stack: Redis, S3 (s3rver), the BullMQ workers, ffmpeg and
// pocketsphinx, with each provider's API faked on loopback and deliveries signed as the provider signs.

const run = promisify(execFile);
/** Seconds of the fixture each fake serves: real speech, short enough to transcribe six calls quickly. */
const CLIP_SEC = 12;
const WAIT_MS = 150_000;

/** The fixture call, cut to CLIP_SEC, as WAV, MP3 and 8 kHz tracks. */
async function fixtureAudio(dir: string): Promise<RecordingAudio> {
  const source = fixtureCall('discovery-brightline').audio;
  const cut = ['-v', 'error', '-y', '-i', source, '-t', String(CLIP_SEC), '-ac', '2'];
  const [wav, mp3, raw] = [join(dir, 'call.wav'), join(dir, 'call.mp3'), join(dir, 'call-8k.s16le')];
  await Promise.all([
    run('ffmpeg', [...cut, '-ar', '16000', '-c:a', 'pcm_s16le', wav]),
    run('ffmpeg', [...cut, '-ar', '16000', '-c:a', 'libmp3lame', '-b:a', '64k', mp3]),
    run('ffmpeg', [...cut, '-ar', '8000', '-f', 's16le', '-c:a', 'pcm_s16le', raw]),
  ]);
  const pcm = await readFile(raw);
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
  const channel = (c: number) => Int16Array.from({ length: samples.length / 2 }, (_, i) => samples[i * 2 + c]!);
  return { wav: await readFile(wav), mp3: await readFile(mp3), tracks8k: [channel(0), channel(1)] };
}

interface Answer {
  status: number;
  body: { id?: string; status?: string; duplicate?: boolean; error?: { code: string; message: string } } | null;
}

/** POSTs a built delivery to callscribe as the provider would. */
async function send(delivery: WebhookRequest): Promise<Answer> {
  const headers = Object.fromEntries(
    Object.entries(delivery.headers).flatMap(([k, v]) => (v === undefined || k === 'content-length' ? [] : [[k, [v].flat().join(', ')]])),
  );
  const res = await fetch(delivery.url, { method: delivery.method, headers, body: delivery.method === 'POST' ? delivery.rawBody : undefined });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Answer['body']) : null };
}

/** A server standing in for an internal service (the metadata endpoint, an admin API): it must never be reached. */
async function startInternalServer(): Promise<{ origin: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'audio/wav' }).end('secret');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

describe('telephony webhooks end to end through Redis, S3 and the workers', () => {
  let stack: Stack;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let fakes: TelephonyFakes;
  let internal: Awaited<ReturnType<typeof startInternalServer>>;
  let audio: RecordingAudio;
  let scenarios: Map<Provider, Scenario>;
  let webhooks: string;

  beforeAll(async () => {
    temp = await makeTempDir('telephony-e2e-');
    [audio, fakes, internal] = await Promise.all([fixtureAudio(temp.dir), startTelephonyFakes(), startInternalServer()]);
    // The stack builds its providers from the process env, as `serve` does.
    for (const [name, value] of Object.entries(fakes.env)) vi.stubEnv(name, value);
    const config = loadConfig({ DATA_DIR: temp.dir, TRANSCRIBER: 'local', EXTRACTOR: 'rules', S3_BUCKET: `test-${randomUUID().slice(0, 8)}` });
    stack = await startStack({
      config,
      logger: silentLogger,
      listen: { host: '127.0.0.1', port: 0 },
      queue: { prefix: `test-${randomUUID()}`, attempts: 3, backoff: { baseMs: 50, maxMs: 200 } },
      crmSeed: await loadDemoCrmSeed(),
    });
    expect([...stack.ports.telephony!.keys()].sort()).toEqual([...PROVIDERS].sort());
    webhooks = `${stack.url}/v1/webhooks`;
    scenarios = telephonyScenarios(fakes, webhooks, audio);
  });

  afterAll(async () => {
    await stack?.stop();
    await fakes?.close();
    await new Promise((resolve) => internal?.server.close(resolve));
    await temp?.cleanup();
    vi.unstubAllEnvs();
  });

  const callOf = (provider: Provider, recordingId: string) => findCall(stack.ports.blobs, callIdFromSource(provider, recordingId));

  /** Waits for the call to end and checks it went through every step on the fixture's speech. */
  async function expectTranscribed(id: string, since: Date): Promise<Call> {
    const call = (await waitForCalls(stack, [id], { since, timeoutMs: WAIT_MS })).get(id)!;
    expect(call.error).toBeNull();
    expect(['done', 'needs_review']).toContain(call.status);
    expect(call.steps.map((s) => `${s.step}:${s.outcome}`)).toEqual(['ingest:ok', 'prepare:ok', 'transcribe:ok', 'extract:ok', 'sync:ok']);
    expect(call.audio?.durationSec).toBeCloseTo(CLIP_SEC, 0);
    const transcript = await getJson(stack.ports.blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw));
    // The rep's question near the end of the clip is heard on the rep's track, whatever channel the provider put it on.
    const said = (speaker: string) => transcript!.segments.filter((s) => s.speaker === speaker).map((s) => s.text).join(' ');
    expect(said('customer')).not.toBe('');
    expect(said('customer')).not.toMatch(/how do you/);
    expect(said('rep')).toMatch(/how do you/);
    return call;
  }

  describe.each(PROVIDERS)('%s', (provider) => {
    it('refuses forged, stale, unsigned and oversized deliveries: no call, no download', async () => {
      const s = scenarios.get(provider)!;
      const seenBefore = s.seen();
      const refusals: [string, WebhookRequest, number, string][] = [
        ['forged', s.delivery({ forged: true }), 401, 'WEBHOOK_SIGNATURE_INVALID'],
        ...(s.signsTimestamp ? [['stale', s.delivery({ stale: true }), 401, 'WEBHOOK_STALE'] as [string, WebhookRequest, number, string]] : []),
        ['unsigned', s.unsigned(), 401, 'WEBHOOK_SIGNATURE_MISSING'],
        ['oversized', s.delivery({ padding: WEBHOOK_BODY_LIMIT }), 413, 'WEBHOOK_BODY_TOO_LARGE'],
      ];
      for (const [kind, delivery, status, code] of refusals) {
        if (kind === 'oversized') expect(delivery.rawBody.length).toBeGreaterThan(WEBHOOK_BODY_LIMIT);
        const answer = await send(delivery);
        expect({ kind, status: answer.status, code: answer.body?.error?.code }).toEqual({ kind, status, code });
      }
      expect(await callOf(provider, s.recordingId)).toBeNull();
      expect(s.seen()).toBe(seenBefore);
    });

    it('makes one call of ten concurrent deliveries, downloads the recording once with credentials, and transcribes it', async () => {
      const s = scenarios.get(provider)!;
      const id = callIdFromSource(provider, s.recordingId);
      const delivery = s.delivery();
      const since = new Date();
      const answers = await Promise.all(Array.from({ length: 10 }, () => send(delivery)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 202]);
      expect(answers.find((a) => a.status === 202)?.body?.duplicate).toBe(false);
      expect(answers.filter((a) => a.status === 200).every((a) => a.body?.duplicate === true)).toBe(true);
      expect(new Set(answers.map((a) => a.body?.id))).toEqual(new Set([id]));

      const call = await expectTranscribed(id, since);
      expect(call.meta.rep?.email).toBe(s.repEmail);
      expect(call.meta.customer?.phone).toBe(s.customerPhone);
      expect(call.meta.source).toMatchObject({ kind: provider, recordingId: s.recordingId });
      // A manager finds it in the call list by the rep it was mapped to.
      const manager = { authorization: `Bearer ${stack.apiKeys.find((k) => k.role === 'manager')!.key}` };
      // The index follows call.json a moment later (the worker refreshes it after writing the call).
      await vi.waitFor(async () => {
        const listed = await fetch(`${stack.url}/v1/calls?rep=${encodeURIComponent(s.repEmail)}`, { headers: manager });
        expect(listed.status).toBe(200);
        expect(((await listed.json()) as { calls: { id: string; status: string }[] }).calls).toEqual([expect.objectContaining({ id, status: call.status })]);
      }, { timeout: 15_000, interval: 200 });

      const downloads = s.downloads();
      expect(downloads).toHaveLength(1);
      s.expectAuthenticated(downloads[0]!);

      // The same delivery again, once the call is done: the same call, nothing fetched again.
      const replay = await send(delivery);
      expect(replay).toEqual({ status: 200, body: { id, duplicate: true } });
      expect((await findCall(stack.ports.blobs, id))?.updatedAt).toBe(call.updatedAt);
      expect(s.downloads()).toHaveLength(1);
    });
  });

  it('generic: refuses recording URLs off GENERIC_RECORDING_ORIGINS at the route, fetching nothing', async () => {
    const hostBefore = fakes.host.requests.length;
    const urls = [
      `${internal.origin}/latest/meta-data/`,
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://10.0.0.1/recording.wav',
      'http://[::1]/recording.wav',
      'https://recordings.elsewhere.example/recording.wav',
    ];
    for (const [i, recordingUrl] of urls.entries()) {
      const recordingId = `ssrf-route-${i}`;
      const answer = await send(genericDelivery(`${webhooks}/generic`, { recordingUrl, recordingId }));
      expect({ recordingUrl, status: answer.status, code: answer.body?.error?.code }).toEqual({ recordingUrl, status: 400, code: 'WEBHOOK_PAYLOAD_INVALID' });
      expect(answer.body?.error?.message).toMatch(/GENERIC_RECORDING_ORIGINS/);
      expect(await callOf('generic', recordingId)).toBeNull();
    }
    expect(internal.requests).toEqual([]);
    expect(fakes.host.requests.length).toBe(hostBefore);
  });

  it('generic: a recording host that redirects to an internal address or another origin fails the call with RECORDING_URL_REFUSED', async () => {
    const targets = [`${internal.origin}/latest/meta-data/`, 'http://169.254.169.254/latest/meta-data/', 'https://recordings.elsewhere.example/recording.wav'];
    for (const [i, location] of targets.entries()) {
      const recordingId = `ssrf-redirect-${i}`;
      const path = `/recordings/${recordingId}.wav`;
      fakes.host.put(path, audio.wav, { contentType: 'audio/wav' });
      fakes.host.failNext(1, { status: 302, headers: { location } });
      const since = new Date();
      const answer = await send(genericDelivery(`${webhooks}/generic`, { recordingUrl: fakes.host.url(path), recordingId }));
      expect(answer.status).toBe(202);
      const call = (await waitForCalls(stack, [answer.body!.id!], { since, timeoutMs: WAIT_MS })).get(answer.body!.id!)!;
      expect({ location, status: call.status, code: call.error?.code, step: call.error?.step }).toEqual({ location, status: 'failed', code: 'RECORDING_URL_REFUSED', step: 'ingest' });
      expect(call.error!.message).not.toContain(path);
      expect(call.recording).toBeNull();
      expect(fakes.host.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([302]);
    }
    expect(internal.requests).toEqual([]);
  });

  it('generic: a recording host that answers 503 twice still yields a transcribed call', async () => {
    const recordingId = 'flaky-host';
    const path = `/recordings/${recordingId}.wav`;
    fakes.host.put(path, audio.wav, { contentType: 'audio/wav' });
    fakes.host.failNext(2, { status: 503 });
    const since = new Date();
    const answer = await send(genericDelivery(`${webhooks}/generic`, { recordingUrl: fakes.host.url(path), recordingId, meta: { customer: { phone: '+14155550199' } } }));
    expect(answer.status).toBe(202);
    const call = await expectTranscribed(answer.body!.id!, since);
    expect(call.meta.customer?.phone).toBe('+14155550199');
    expect(fakes.host.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('twilio: a dual-channel recording whose call Twilio no longer has keeps the rep on the rep track, and says the roles were assumed', async () => {
    // Laid out as Twilio lays out an inbound call: the parent leg's far end, the customer, on the first channel.
    const rec = fakes.twilio.addRecording({ callSid: newSid('CA'), tracks: [audio.tracks8k[1], audio.tracks8k[0]] });
    const fields = recordingStatusFields({ accountSid: fakes.twilio.accountSid, recordingUrl: fakes.twilio.recordingUrl(rec.sid), recordingSid: rec.sid, callSid: rec.callSid, channels: 2 });
    const since = new Date();
    const answer = await send(twilioDelivery({ authToken: fakes.twilio.authToken, url: `${webhooks}/twilio`, fields }));
    expect(answer.status).toBe(202);
    const call = await expectTranscribed(answer.body!.id!, since);
    expect(fakes.twilio.requests.filter((r) => r.path.endsWith(`/Calls/${rec.callSid}.json`)).map((r) => r.status)).toEqual([404]);
    expect(call.meta).toMatchObject({ rep: { channel: 1 }, customer: { channel: 0 }, channelsAssumed: expect.stringContaining('404') });
    expect([call.meta.direction, call.meta.rep?.phone, call.meta.rep?.email, call.meta.customer?.phone]).toEqual([undefined, undefined, undefined, undefined]);
    const transcript = await getJson(stack.ports.blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw));
    expect(transcript?.attribution).toMatchObject({ method: 'channels', assumed: true });
  });

  it('fetched no recording a second time later on (replays queue nothing)', async () => {
    for (const provider of PROVIDERS) expect({ provider, downloads: scenarios.get(provider)!.downloads().length }).toEqual({ provider, downloads: 1 });
  });
});
