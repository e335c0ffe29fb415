import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { loadSpeakerReferences } from '../../src/pipeline/speaker-references.ts';
import { chunkRefs, transcribe } from '../../src/pipeline/transcribe.ts';
import { chunkQueueName } from '../../src/queues/queue-names.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts } from '../helpers/tone-audio.ts';
import { voiceAt, writeVoiceCall, type Turn } from '../helpers/voice-tones.ts';

// A mono call of two tone "voices" taking turns for a minute, cut into 20 s chunks and transcribed by
// gpt-4o-transcribe-diarize (the OpenAI fake labels segments by the voice it hears): each voice must
// keep one speaker id in every chunk. A third voice speaks once, late: it gets an id of its own.
const LOW = 300;
const HIGH = 700;
const LATE = 1100;
// Chunks come out 16 s long (cut in the 1 s pauses); chunks 1 and 3 open with the HIGH voice, which the
// engine alone would label first (S1) there.
const VOICES = [LOW, HIGH, LOW, HIGH, HIGH, LOW, HIGH, LOW, LOW, LATE, HIGH, LOW, HIGH, LOW, HIGH];
const TURNS: Turn[] = VOICES.map((hz, i) => ({ hz, startSec: 0.5 + i * 4, durSec: 3 }));

describe('speakers linked across the chunks of a mono call by voice references', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let fake: OpenAiFake;
  let file: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    fake = await startOpenAiFake({
      transcribe: (req) => {
        const segments = detectBursts(req.fileBytes).map((b, i) => ({ start: b.startSec, end: b.endSec, text: `Turn ${i}.` }));
        return { text: segments.map((s) => s.text).join(' '), segments };
      },
    });
    file = join(temp.dir, 'mono.wav');
    await writeVoiceCall(file, 61, TURNS);
  });
  afterEach(async () => {
    await fake.close();
    await temp.cleanup();
  });

  const diarize = (concurrency: number): Transcriber => ({
    ...createOpenAiTranscriber({ apiKey: fake.apiKey, baseURL: fake.baseURL, model: 'gpt-4o-transcribe-diarize', maxRetries: 0 }),
    maxChunkSec: 20,
    concurrency,
  });
  const portsWith = (transcriber: Transcriber, store = blobs) =>
    ({ blobs: store, transcriber, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } }) as unknown as PipelinePorts;
  const audioRequests = () => fake.requests.filter((r) => r.path === '/v1/audio/transcriptions');

  /** Same voice, same id, in every chunk; the late voice's id is its chunk's own. */
  const expectLinked = async (call: Call) => {
    const chunks = call.audio!.tracks[0]!.chunks;
    expect(call.audio!.tracks.map((t) => t.speaker)).toEqual(['mixed']);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    expect(transcript.segments).toHaveLength(TURNS.length);
    const idsOf = (hz: number) => new Set(transcript.segments.filter((s) => voiceAt(TURNS, s.startSec) === hz).map((s) => s.speaker));
    expect(idsOf(LOW)).toEqual(new Set(['S1']));
    expect(idsOf(HIGH)).toEqual(new Set(['S2']));
    const [late] = [...idsOf(LATE)];
    expect(late).toMatch(/^c\d+\.S3$/);
    // Every chunk heard both voices, so the ids really were carried from chunk to chunk.
    for (const c of chunks) {
      const inChunk = transcript.segments.filter((s) => s.startSec >= c.offsetSec && s.startSec < c.offsetSec + c.durationSec);
      expect(inChunk.some((s) => s.speaker === 'S1') && inChunk.some((s) => s.speaker === 'S2')).toBe(true);
    }
    expect(transcript.attribution!.detail).toContain(`Speakers linked across ${chunks.length} chunks by voice references (S1, S2, cut from chunk 0)`);

    // The first chunk went without references; every later one with both, as WAV data URLs.
    const requests = audioRequests();
    expect(requests).toHaveLength(chunks.length);
    const first = requests.filter((r) => !r.fields!['known_speaker_names[]']);
    expect(first).toHaveLength(1);
    for (const r of requests.filter((x) => x !== first[0])) {
      expect(r.fields!['known_speaker_names[]']).toEqual(['S1', 'S2']);
      expect(r.fields!['known_speaker_references[]']).toEqual([expect.stringMatching(/^data:audio\/wav;base64,/), expect.stringMatching(/^data:audio\/wav;base64,/)]);
    }
    const references = (await loadSpeakerReferences(blobs, call.id, 'mixed'))!;
    expect(references).toMatchObject({ track: 'mixed', sourceChunk: 0, skipped: [] });
    expect(references.speakers.map((s) => [s.id, s.endSec - s.startSec])).toEqual([['S1', expect.closeTo(2.8, 1)], ['S2', expect.closeTo(2.8, 1)]]);
  };

  it('in process: the first chunk first, then the rest in parallel', async () => {
    const call = await runInProcess(file, {}, portsWith(diarize(4)), { until: 'transcribe' });
    await expectLinked(call);
  });

  it('a retried run sends nothing again, and stores references a stopped run left out', async () => {
    const call = await runInProcess(file, {}, portsWith(diarize(4)), { until: 'transcribe' });
    const sent = audioRequests().length;
    await blobs.delete(callKeys.speakerReferences(call.id, 'mixed'));
    await transcribe({ callId: call.id }, portsWith(diarize(4)));
    expect(audioRequests()).toHaveLength(sent);
    expect((await loadSpeakerReferences(blobs, call.id, 'mixed'))!.speakers.map((s) => s.id)).toEqual(['S1', 'S2']);
  });

  it('one speaker in the first chunk: that voice is linked, a voice heard only later has ids of its chunks', async () => {
    const turns: Turn[] = [...[0, 1, 2, 3].map((i) => ({ hz: LOW, startSec: 0.5 + i * 4, durSec: 3 })), ...[4, 5, 6, 7, 8, 9, 10, 11].map((i) => ({ hz: i % 2 ? LOW : HIGH, startSec: 0.5 + i * 4, durSec: 3 }))];
    await writeVoiceCall(file, 49, turns);
    const call = await runInProcess(file, {}, portsWith(diarize(4)), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    const chunks = call.audio!.tracks[0]!.chunks;
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(transcript.segments.filter((s) => voiceAt(turns, s.startSec) === LOW).map((s) => s.speaker))).toEqual(new Set(['S1']));
    const high = transcript.segments.filter((s) => voiceAt(turns, s.startSec) === HIGH).map((s) => s.speaker);
    expect(new Set(high)).toEqual(new Set(chunks.slice(1).map((c) => `c${c.index}.S2`)));
    expect(transcript.attribution!.detail).toContain(`Speakers linked across ${chunks.length} chunks by voice references (S1, cut from chunk 0)`);
  });

  it('no speaker turn of 2 s in the first chunk: nothing is linked, and later chunks have ids of their own', async () => {
    const turns: Turn[] = [
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ hz: i % 2 ? HIGH : LOW, startSec: 0.5 + i * 2, durSec: 1.2 })),
      ...[8, 9, 10, 11, 12, 13, 14, 15].map((i) => ({ hz: i % 2 ? HIGH : LOW, startSec: 0.5 + i * 4 - 16, durSec: 3 })),
    ];
    await writeVoiceCall(file, 49, turns);
    const call = await runInProcess(file, {}, portsWith(diarize(4)), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    const chunks = call.audio!.tracks[0]!.chunks;
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect((await loadSpeakerReferences(blobs, call.id, 'mixed'))).toMatchObject({ speakers: [], skipped: ['S1', 'S2'] });
    expect(audioRequests().every((r) => !r.fields!['known_speaker_names[]'])).toBe(true);
    const first = transcript.segments.filter((s) => s.startSec < chunks[1]!.offsetSec).map((s) => s.speaker);
    const later = transcript.segments.filter((s) => s.startSec >= chunks[1]!.offsetSec).map((s) => s.speaker);
    expect(new Set(first)).toEqual(new Set(['S1', 'S2']));
    expect(later.every((id) => /^c[1-9]\d*\.S[12]$/.test(id))).toBe(true);
    expect(transcript.attribution!.detail).toContain(`Speakers not linked across ${chunks.length} chunks`);
  });

  describe('through BullMQ chunk jobs on a real Redis', () => {
    let redis: EmbeddedRedis;
    let runtime: QueueRuntime | null = null;
    beforeEach(async () => {
      redis = await startEmbeddedRedis();
    });
    afterEach(async () => {
      await runtime?.close();
      runtime = null;
      await redis.stop();
    });

    const waitForTranscribe = async (callId: string): Promise<Call> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const call = (await getJson(blobs, callKeys.call(callId), (raw) => raw as Call))!;
        if (call.status === 'failed' || call.steps.some((s) => s.step === 'transcribe' && s.outcome === 'ok')) return call;
        if (Date.now() > deadline) throw new Error(`transcription of ${callId} did not finish: ${call.status}`);
        await sleep(100);
      }
    };

    it('when the first chunk fails for good, the call fails with its code and the waiting chunks give up unsent', async () => {
      const prepared = await runInProcess(file, {}, portsWith(diarize(2)), { until: 'prepare' });
      const prefix = `test-${randomUUID()}`;
      fake.failNext(1, { status: 400 });
      runtime = startQueueRuntime(['transcribe'], portsWith(diarize(2)), silentLogger, { connection: redis.connection, prefix, attempts: 2, backoff: { baseMs: 20, maxMs: 100 } });
      await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
      const call = await waitForTranscribe(prepared.id);
      expect(call).toMatchObject({ status: 'failed', error: { code: 'OPENAI_REJECTED' } });
      const chunkQueue = new Queue(chunkQueueName(prefix), { connection: redis.connection });
      try {
        const unfinished = async () => Object.values(await chunkQueue.getJobCounts('delayed', 'waiting', 'active')).reduce((a, b) => a + b, 0);
        const deadline = Date.now() + 20_000;
        while ((await unfinished()) > 0 && Date.now() < deadline) await sleep(100);
        expect(await unfinished()).toBe(0);
      } finally {
        await chunkQueue.close();
      }
      expect(audioRequests()).toHaveLength(1);
      expect(((await getJson(blobs, callKeys.call(prepared.id), (raw) => raw as Call))!).error!.code).toBe('OPENAI_REJECTED');
    });

    it('later chunks wait for the references without spending an attempt or holding a worker slot', async () => {
      const prepared = await runInProcess(file, {}, portsWith(diarize(2)), { until: 'prepare' });
      // Reads of the references manifest show the later chunks looking for them more than once (waiting).
      let manifestReads = 0;
      const counted: BlobStore = {
        ...blobs,
        getBuffer: (key) => {
          if (key === callKeys.speakerReferences(prepared.id, 'mixed')) manifestReads++;
          return blobs.getBuffer(key);
        },
      };
      // The first chunk's request is slow; one attempt per job and two worker slots, so a chunk that
      // held its slot while waiting, or spent its attempt, would stall or fail the call.
      fake.delayNext(1, 1500);
      runtime = startQueueRuntime(['transcribe'], portsWith(diarize(2), counted), silentLogger, {
        connection: redis.connection,
        prefix: `test-${randomUUID()}`,
        attempts: 1,
        backoff: { baseMs: 20, maxMs: 100 },
      });
      await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));

      const call = await waitForTranscribe(prepared.id);
      expect(call.error).toBeNull();
      expect(call!.steps.some((s) => s.step === 'transcribe' && s.outcome === 'ok')).toBe(true);
      await expectLinked(call!);
      expect(manifestReads).toBeGreaterThan(prepared.audio!.tracks[0]!.chunks.length);
    });
  });
});
