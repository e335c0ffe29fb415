import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Insights } from '../../src/domain/insights.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { storeTranscript } from '../../src/pipeline/store-upload.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

// Cards and national ids said in a call are redacted in every transcript stored (the engine's parts, the
// transcript, a transcript file sent with the recording), so the API, the search index and the extractor never
// see them. Embedded Redis and S3, queue workers, the API answering with the call. Test numbers only.

const REP = apiKey('rep', 'priya-Key-0123456789abcdef', 'priya@example.com');
const META = { rep: { name: 'Priya Raman', email: 'priya@example.com', channel: 0 }, customer: { name: 'Tomas Berg', channel: 1 } };
const SECRETS = /5555|4444|219.?09.?9999|GB82|5698|7654/;

function multipart(audio: Buffer, transcript?: string): { payload: Buffer; headers: Record<string, string> } {
  const b = 'redaction-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="meta"\r\ncontent-type: application/json\r\n\r\n${JSON.stringify(META)}\r\n`),
    ...(transcript ? [Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="transcript"; filename="call.vtt"\r\ncontent-type: text/vtt\r\n\r\n${transcript}\r\n`)] : []),
    Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="file"; filename="call.wav"\r\ncontent-type: audio/wav\r\n\r\n`),
    audio,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}`, authorization: `Bearer ${REP.key}` } };
}

/**
 * Hears each tone burst of a chunk as one phrase: the customer's track in two chunks, the card read across the
 * border between them; the rep's promise after both.
 */
const PHRASES: Record<string, string[][]> = {
  customer: [
    ['hi there', 'yes my card number is', '5555 5555'],
    ['5555 4444 and my social is 219 09 9999', 'that is all'],
  ],
  rep: [['thanks Tomas I will send the contract for signature today']],
};
const engine: Transcriber = {
  engine: 'phrases', model: null, maxChunkSec: 10, concurrency: 2,
  async transcribe({ tracks }) {
    const track = tracks[0]!;
    const bursts = detectBursts(await readFile(track.path));
    const phrases = PHRASES[track.speaker!]!.find((p) => p.length === bursts.length)!;
    const segments = bursts.map((b, i) => ({ speaker: track.speaker!, ...b, text: phrases[i]!, confidence: 0.9 }));
    return { schemaVersion: 1, engine: 'phrases', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
  },
};

describe('transcripts are stored with cards and national ids redacted (embedded Redis and S3, queue workers, API)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;
  let runtime: QueueRuntime;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    temp = await makeTempDir();
    [redis, s3] = await Promise.all([startEmbeddedRedis(), startEmbeddedS3(join(temp.dir, 's3'), [])]);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `redact-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    review = await reviewDeps(blobs);
    const ports = {
      blobs, transcriber: engine, extractor: createRulesExtractor(), crm: { kind: 'local' }, logger: silentLogger, clock: () => new Date(), tmpDir: temp.dir,
      onCallChanged: review.reindexCall,
      policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 50e6 },
    } as unknown as PipelinePorts;
    runtime = startQueueRuntime(['ingest', 'prepare', 'transcribe', 'extract'], ports, silentLogger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 1 });
    app = await buildApp({
      ...review, blobs, apiKeys: [REP], maxUploadBytes: 10e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, callId) => runtime.queues.enqueue(step, callId, { callId }),
    });
  });
  afterAll(async () => {
    await app?.close();
    await review?.close();
    await runtime?.close();
    await redis?.stop();
    await s3?.stop();
    await temp.cleanup();
  });

  /** Uploads the recording (and transcript) and waits until the call's insights are stored (extract is the last step run). */
  const processed = async (audio: Buffer, transcript?: string): Promise<{ id: string; insights: Insights }> => {
    const res = await app.inject({ method: 'POST', url: '/v1/calls', ...multipart(audio, transcript) });
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const insights = await getJson(blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
      if (insights) return { id, insights };
      const call = await getJson(blobs, callKeys.call(id), (raw) => raw as { status: string; error?: unknown });
      if (call?.status === 'failed') throw new Error(`call failed: ${JSON.stringify(call.error)}`);
      if (Date.now() > deadline) throw new Error(`call ${id} not processed (status ${call?.status})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** What a rep sees of the call: its API answer, and whether searching for a number or a word finds it. */
  const served = async (id: string) => {
    const auth = { authorization: `Bearer ${REP.key}` };
    await review.reindexCall(id);
    const search = async (q: string) => (await app.inject({ method: 'GET', url: `/v1/calls?q=${encodeURIComponent(q)}`, headers: auth })).json().calls.map((c: { id: string }) => c.id);
    return { answer: (await app.inject({ method: 'GET', url: `/v1/calls/${id}`, headers: auth })).body, search };
  };

  it('an engine transcript: the parts, transcript.json, the API answer and the index hold no digits of the card or the SSN, also the card read across a chunk border', async () => {
    const wav = join(temp.dir, 'engine.wav');
    // Customer: three phrases, a long silence, two more (two chunks); the rep after.
    const customer = [1, 2, 3, 13, 14].map((startSec) => ({ channel: 1, startSec }));
    await writeToneCall(wav, 26, [...customer, { channel: 0, startSec: 22 }]);
    const { id, insights } = await processed(await readFile(wav));

    const parts: string[] = [];
    for await (const key of blobs.list!(`calls/${id}/transcript-parts/`)) parts.push(key);
    expect(parts.filter((k) => k.includes('customer'))).toHaveLength(2);
    for (const key of parts) expect((await blobs.getBuffer(key))!.toString('utf8')).not.toMatch(SECRETS);

    const transcript = (await getJson(blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw)))!;
    expect(JSON.stringify(transcript)).not.toMatch(SECRETS);
    // The card's two pieces are one segment spanning both phrases, with one mark; turns and other times as said.
    const card = transcript.segments.find((s) => s.text.includes('[REDACTED CARD]'))!;
    expect(card).toMatchObject({ speaker: 'customer', text: '[REDACTED CARD] and my social is [REDACTED ID]' });
    expect(card.startSec).toBeCloseTo(3, 1);
    expect(card.endSec).toBeCloseTo(13.3, 1);
    expect(transcript.segments.map((s) => s.text)).toEqual(['hi there', 'yes my card number is', card.text, 'that is all', expect.stringMatching(/^thanks Tomas/)]);
    expect(transcript.redactions).toEqual([{ kind: 'payment_card', count: 1 }, { kind: 'us_ssn', count: 1 }]);

    // The extractor read the stored transcript: the rep's promise is grounded in it, and it counts what was redacted.
    expect(insights.actionItems.map((a) => a.evidence[0]!.quote)).toEqual([expect.stringMatching(/send the contract for signature today/i)]);
    expect(insights.redactions).toEqual(expect.arrayContaining([{ kind: 'payment_card', count: 1 }, { kind: 'us_ssn', count: 1 }]));

    const { answer, search } = await served(id);
    expect(answer).toContain('REDACTED CARD');
    expect(answer).not.toMatch(SECRETS);
    expect(await search('5555')).toEqual([]);
    expect(await search('contract signature')).toEqual([id]);
  });

  it('a transcript sent with the recording is redacted already under uploads/, before ingest moves it to the call', async () => {
    const { uploadKey, bytes } = await storeTranscript(blobs, 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>NIE X3071946C and card 5555 5555 5555 4444\n');
    const stored = (await blobs.getBuffer(uploadKey))!.toString('utf8');
    expect(stored).toContain('<v Ana Ruiz>NIE [REDACTED ID] and card [REDACTED CARD]');
    expect(stored).not.toMatch(/3071946|5555|4444/);
    expect(bytes).toBe(Buffer.byteLength(stored));
    await blobs.delete(uploadKey);
  });

  it('ingest stores a transcript that reached uploads/ unredacted (another way in) redacted under the call', async () => {
    const transcriptKey = `uploads/${randomUUID()}.vtt`;
    await blobs.put(transcriptKey, 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>my codice fiscale is BNCLRA92D45F205D\n');
    const uploadKey = `uploads/${randomUUID()}.wav`;
    await blobs.put(uploadKey, Buffer.from('RIFF'));
    const { call } = await ingest(
      { uploadKey, sha256: randomUUID().replace(/-/g, '').repeat(2), bytes: 4, filename: 'call.wav', contentType: 'audio/wav', meta: {}, transcript: { uploadKey: transcriptKey, bytes: 10 } },
      { blobs, clock: () => new Date() },
    );
    const stored = (await blobs.getBuffer(call.providedTranscript!.key))!.toString('utf8');
    expect(stored).toContain('<v Ana Ruiz>my codice fiscale is [REDACTED ID]');
    expect(stored).not.toMatch(/BNCLRA/);
  });

  it('a transcript sent with the recording: its stored copy, transcript.json, the API answer and the index hold none of the numbers', async () => {
    const wav = join(temp.dir, 'provided.wav');
    await writeToneCall(wav, 14, [{ channel: 0, startSec: 1 }, { channel: 1, startSec: 5 }]);
    const vtt = [
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:04.000', '<v Priya Raman>Thanks Tomas, I will send the contract for signature today.', '',
      '00:00:05.000 --> 00:00:07.000', '<v Tomas Berg>Great. For the deposit my card is 5555 5555', '',
      '00:00:07.500 --> 00:00:09.000', '<v Tomas Berg>5555 4444, and the refund goes to GB82 WEST 1234 5698 7654 32.', '',
    ].join('\n');
    const { id, insights } = await processed(await readFile(wav), vtt);

    const stored = (await blobs.getBuffer(callKeys.providedTranscript(id)))!.toString('utf8');
    expect(stored).not.toMatch(SECRETS);
    expect(stored).toContain('<v Tomas Berg>Great. For the deposit my card is [REDACTED CARD], and the refund goes to [REDACTED IBAN].');
    const transcript = (await getJson(blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw)))!;
    expect(JSON.stringify(transcript)).not.toMatch(SECRETS);
    expect(transcript.segments.map((s) => [s.speaker, s.startSec, s.endSec])).toEqual([['rep', 1, 4], ['customer', 5, 9]]);
    expect(transcript.redactions).toEqual([{ kind: 'payment_card', count: 1 }, { kind: 'iban', count: 1 }]);
    expect(insights.actionItems.map((a) => a.evidence[0]!.quote)).toEqual([expect.stringMatching(/send the contract for signature today/i)]);
    expect(insights.redactions).toEqual(expect.arrayContaining([{ kind: 'payment_card', count: 1 }, { kind: 'iban', count: 1 }]));

    const { answer, search } = await served(id);
    expect(answer).not.toMatch(SECRETS);
    expect(await search('4444')).toEqual([]);
    expect(await search('deposit')).toEqual([id]);
  });
});
