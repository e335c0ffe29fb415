import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { transcribe } from '../../src/pipeline/transcribe.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

/** An engine that "recognises" each tone burst in the chunk it is given as the word "tone", at chunk-local times. */
function toneEngine(maxChunkSec: number) {
  const requests: { durationSec: number; speaker: string | null }[] = [];
  const engine: Transcriber = {
    engine: 'tone',
    model: null,
    maxChunkSec,
    concurrency: 3,
    async transcribe({ tracks }) {
      const track = tracks[0]!;
      requests.push({ durationSec: track.durationSec, speaker: track.speaker });
      const segments = detectBursts(await readFile(track.path)).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
      return { schemaVersion: 1, engine: 'tone', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
    },
  };
  return { engine, requests };
}

/** The tone engine taking FLAC chunks (`chunkFormat: 'flac'`): it hears what ffmpeg decodes from the file it is sent. */
function flacToneEngine(maxChunkSec: number) {
  const { engine, requests } = toneEngine(maxChunkSec);
  const files: string[] = [];
  const flac: Transcriber = {
    ...engine,
    chunkFormat: 'flac',
    async transcribe(input) {
      const track = input.tracks[0]!;
      files.push(track.path);
      expect((await readFile(track.path)).toString('ascii', 0, 4)).toBe('fLaC');
      const wav = `${track.path}.wav`; // beside the chunk, in the step's temp dir, removed with it
      execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', track.path, '-f', 'wav', '-y', wav]);
      return engine.transcribe({ ...input, tracks: [{ ...track, path: wav }] });
    },
  };
  return { engine: flac, requests, files };
}

describe('prepare and transcribe: chunks, merge order, global timestamps, speakers, silence', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  const ports = (transcriber: Transcriber, policy: Partial<PipelinePorts['policy']> = {}) =>
    ({ blobs, transcriber, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6, ...policy } }) as unknown as PipelinePorts;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
  });
  afterEach(() => temp.cleanup());

  it('cuts each track at silences into chunks within the engine limit, and merges every word once, in order, at its global time', async () => {
    // Rep "speaks" 0–30 s on the left channel, the customer 31–60 s on the right; 65 s in all.
    const bursts = [
      ...Array.from({ length: 37 }, (_, i) => ({ channel: 0 as const, startSec: 0.5 + i * 0.8 })),
      ...Array.from({ length: 36 }, (_, i) => ({ channel: 1 as const, startSec: 31 + i * 0.8 })),
    ];
    const file = join(temp.dir, 'tones.wav');
    await writeToneCall(file, 65, bursts);
    const { engine, requests } = toneEngine(10);

    const call = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;

    const chunks = call.audio!.tracks.flatMap((t) => t.chunks.map((c) => ({ ...c, speaker: t.speaker })));
    expect(chunks.length).toBeGreaterThanOrEqual(6);
    expect(chunks.every((c) => c.durationSec <= 10)).toBe(true);
    expect(requests).toHaveLength(chunks.length); // silent stretches were never sent
    expect(call.audio!.tracks.find((t) => t.speaker === 'rep')!.chunks.at(-1)!.offsetSec).toBeLessThan(31);

    expect(transcript.segments).toHaveLength(bursts.length);
    expect(transcript.segments.map((s) => s.startSec)).toEqual([...transcript.segments.map((s) => s.startSec)].sort((a, b) => a - b));
    transcript.segments.forEach((segment, i) => {
      expect(segment.speaker).toBe(bursts[i]!.channel === 0 ? 'rep' : 'customer');
      expect(Math.abs(segment.startSec - bursts[i]!.startSec)).toBeLessThan(0.05);
    });
    expect(transcript.speakers).toEqual([{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }]);
    expect(call.disposition).toBe('conversation');
  });

  it('where speech runs on with no silence, cuts between words (at the quietest moment), so no word is split or doubled', async () => {
    // "Words" every 0.4 s with 0.1 s gaps: never a 0.4 s silence, so every cut has to be made inside speech.
    const bursts = Array.from({ length: 140 }, (_, i) => ({ channel: 0 as const, startSec: 0.2 + i * 0.4 }));
    const file = join(temp.dir, 'rapid.wav');
    await writeToneCall(file, 57, bursts);
    const { engine } = toneEngine(10);

    const call = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;

    const chunks = call.audio!.tracks.find((t) => t.speaker === 'rep')!.chunks;
    expect(chunks.length).toBeGreaterThanOrEqual(6);
    for (const border of chunks.slice(1).map((c) => c.offsetSec)) {
      // Each border lies in a gap between two bursts, not inside one.
      expect(bursts.some((b) => border > b.startSec + 0.3 - 0.01 && border < b.startSec + 0.4 + 0.01)).toBe(true);
    }
    const rep = transcript.segments.filter((s) => s.speaker === 'rep');
    expect(rep).toHaveLength(bursts.length);
    rep.forEach((segment, i) => {
      expect(Math.abs(segment.startSec - bursts[i]!.startSec)).toBeLessThan(0.05);
      expect(Math.abs(segment.endSec - segment.startSec - 0.3)).toBeLessThan(0.05); // whole, not a piece
    });
  });

  it('prices the audio sent to the engine once: a re-run that reuses every chunk adds nothing', async () => {
    const file = join(temp.dir, 'paid.wav');
    await writeToneCall(file, 25, [{ channel: 0, startSec: 1 }, { channel: 1, startSec: 12 }, { channel: 0, startSec: 21 }]);
    const { engine, requests } = toneEngine(10);
    const paid: Transcriber = { ...engine, engine: 'openai', model: 'whisper-1', transcribe: async (input) => ({ ...(await engine.transcribe(input)), engine: 'openai', model: 'whisper-1' }) };

    const first = await runInProcess(file, {}, ports(paid), { until: 'transcribe' });
    const sentSec = requests.reduce((sum, r) => sum + r.durationSec, 0);
    expect(sentSec).toBeGreaterThan(0);
    expect(first.cost.estimatedUsd).toBeCloseTo((sentSec / 60) * 0.006, 4);

    const again = await runInProcess(file, {}, ports(paid), { until: 'transcribe' });
    expect(again.id).toBe(first.id);
    expect(requests.reduce((sum, r) => sum + r.durationSec, 0)).toBe(sentSec);
    expect(again.cost).toEqual(first.cost);
  });

  it('follows CallMeta for which channel is the rep', async () => {
    const file = join(temp.dir, 'swapped.wav');
    await writeToneCall(file, 6, [{ channel: 1, startSec: 1 }]);
    const meta: CallMeta = { rep: { channel: 1 }, customer: { channel: 0 } };
    const call = await runInProcess(file, meta, ports(toneEngine(300).engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    expect(transcript.segments.map((s) => s.speaker)).toEqual(['rep']);
    expect(call.disposition).toBe('voicemail'); // one side only spoke
  });

  it('a recording of more than two channels: the rep\'s and the customer\'s channels, as CallMeta names them, and no other', async () => {
    const file = join(temp.dir, 'four.wav');
    await writeToneCall(file, 12, [{ channel: 0, startSec: 1 }, { channel: 2, startSec: 3 }, { channel: 1, startSec: 5 }, { channel: 3, startSec: 7 }, { channel: 2, startSec: 9 }], 4);
    const meta: CallMeta = { rep: { channel: 2 }, customer: { channel: 3 } };
    const call = await runInProcess(file, meta, ports(toneEngine(300).engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    expect(call.audio).toMatchObject({ channels: 4 });
    expect(transcript.segments.map((s) => [s.speaker, Math.round(s.startSec)])).toEqual([['rep', 3], ['customer', 7], ['rep', 9]]);
  });

  it('a mono recording is one mixed track, every word once (the two-channel decoding begun beside the probe is dropped)', async () => {
    const stereo = join(temp.dir, 'stereo.wav');
    await writeToneCall(stereo, 8, [{ channel: 0, startSec: 1 }, { channel: 1, startSec: 4 }]);
    const file = join(temp.dir, 'mono.wav');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', stereo, '-ac', '1', '-y', file]);
    const { engine, requests } = toneEngine(300);
    const call = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    expect(call.audio!.tracks.map((t) => t.speaker)).toEqual(['mixed']);
    expect(requests).toEqual([{ durationSec: 8, speaker: null }]);
    expect(transcript.segments.map((s) => Math.round(s.startSec))).toEqual([1, 4]);
  });

  it('gives no text and sends nothing to the engine for a silent recording', async () => {
    const file = join(temp.dir, 'silence.wav');
    await writeToneCall(file, 20, []);
    const { engine, requests } = toneEngine(300);
    const call = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    const transcript = (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    expect(requests).toEqual([]);
    expect(call.disposition).toBe('no_speech');
    expect(transcript.segments).toEqual([]);
    expect(transcript.text).toBe('');
  });

  describe('rejects what cannot be a call recording, with a stable code, and the call ends failed', () => {
    const rejected = async (file: string, meta: CallMeta, policy: Partial<PipelinePorts['policy']> = {}) => {
      const err = await runInProcess(file, meta, ports(toneEngine(300).engine, policy)).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      const calls = await findCallFor(file);
      return { code: err?.code, message: err?.message, status: calls?.status, stored: calls?.error?.code };
    };
    const findCallFor = async (file: string) => {
      const { createHash } = await import('node:crypto');
      const sha = createHash('sha256').update(await readFile(file)).digest('hex');
      return findCall(blobs, `c_${sha.slice(0, 24)}`);
    };

    it.each([
      ['AUDIO_EMPTY', async (f: string) => writeFile(f, '')],
      ['AUDIO_CORRUPT', async (f: string) => writeFile(f, Buffer.concat([Buffer.from('RIFF'), randomBytes(3000)]))],
      ['AUDIO_NOT_AUDIO', async (f: string) => void execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=16x16', '-frames:v', '1', '-f', 'image2', '-y', f])],
    ])('%s', async (code, make) => {
      const file = join(temp.dir, `input-${code}`);
      await make(file);
      const result = await rejected(file, {});
      expect(result).toMatchObject({ code, status: 'failed', stored: code });
      expect(result.message).toMatch(/\./);
    });

    it('AUDIO_TOO_LONG, AUDIO_TOO_LARGE and AUDIO_CHANNEL_MISSING', async () => {
      const file = join(temp.dir, 'long.wav');
      await writeToneCall(file, 12, [{ channel: 0, startSec: 1 }]);
      expect(await rejected(file, {}, { maxDurationSec: 10 })).toMatchObject({ code: 'AUDIO_TOO_LONG', status: 'failed', message: expect.stringMatching(/raise MAX_AUDIO_SECONDS \(now 10\)/) });
      const other = join(temp.dir, 'large.wav');
      await writeToneCall(other, 3, [{ channel: 0, startSec: 1 }]);
      expect(await rejected(other, {}, { maxBytes: 1000 })).toMatchObject({ code: 'AUDIO_TOO_LARGE', message: expect.stringMatching(/MAX_UPLOAD_BYTES/) });
      const third = join(temp.dir, 'channels.wav');
      await writeToneCall(third, 4, [{ channel: 0, startSec: 2 }]);
      expect(await rejected(third, { customer: { channel: 3 } })).toMatchObject({ code: 'AUDIO_CHANNEL_MISSING' });
    });

    it('AUDIO_CHANNEL_CONFLICT: a meta (from a webhook, the CLI) that puts the rep and the customer on one channel, before anything is sent', async () => {
      const file = join(temp.dir, 'same-channel.wav');
      await writeToneCall(file, 4, [{ channel: 0, startSec: 1 }, { channel: 1, startSec: 2 }]);
      const result = await rejected(file, { rep: { channel: 1 }, customer: { channel: 1 } });
      expect(result).toMatchObject({ code: 'AUDIO_CHANNEL_CONFLICT', status: 'failed', stored: 'AUDIO_CHANNEL_CONFLICT' });
      expect(result.message).toMatch(/both on channel 1.*Fix rep\.channel \/ customer\.channel/);
    });
  });

  describe('FLAC chunks, for an engine that takes them: the same samples in a third of the bytes', () => {
    // Rep 0–30 s on the left, the customer 31–60 s on the right (as the first test).
    const bursts = [
      ...Array.from({ length: 37 }, (_, i) => ({ channel: 0 as const, startSec: 0.5 + i * 0.8 })),
      ...Array.from({ length: 36 }, (_, i) => ({ channel: 1 as const, startSec: 31 + i * 0.8 })),
    ];
    const heard = async (callId: string) => (await getJson(blobs, callKeys.transcript(callId), (raw) => Transcript.parse(raw)))!.segments;
    const expectEveryBurst = (segments: Transcript['segments']) => {
      expect(segments).toHaveLength(bursts.length);
      segments.forEach((segment, i) => {
        expect(segment.speaker).toBe(bursts[i]!.channel === 0 ? 'rep' : 'customer');
        expect(Math.abs(segment.startSec - bursts[i]!.startSec)).toBeLessThan(0.05);
      });
    };

    it('a call cut into many chunks: each chunk is a FLAC file of its own span, and every burst is heard once at its time', async () => {
      const file = join(temp.dir, 'tones.wav');
      await writeToneCall(file, 65, bursts);
      const { engine, requests, files } = flacToneEngine(10);
      const call = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });

      const chunks = call.audio!.tracks.flatMap((t) => t.chunks);
      expect(chunks.length).toBeGreaterThanOrEqual(6);
      expect(chunks.every((c) => c.key.endsWith('.flac'))).toBe(true);
      expect(files.every((f) => f.endsWith('.flac'))).toBe(true);
      expect(requests).toHaveLength(chunks.length);
      expectEveryBurst(await heard(call.id));
    });

    it('a call that fits one chunk per track: each track is one FLAC chunk holding exactly the samples its WAV chunk holds', async () => {
      const file = join(temp.dir, 'short.wav');
      await writeToneCall(file, 65, bursts);
      const flacCall = await runInProcess(file, {}, ports(flacToneEngine(300).engine), { until: 'transcribe' });
      expectEveryBurst(await heard(flacCall.id));

      const wavBlobs = blobs;
      blobs = createFsBlobStore(join(temp.dir, 'wav-data'));
      const wavCall = await runInProcess(file, {}, ports(toneEngine(300).engine), { until: 'transcribe' });
      for (const speaker of ['rep', 'customer']) {
        const [flacChunk] = flacCall.audio!.tracks.find((t) => t.speaker === speaker)!.chunks;
        const [wavChunk] = wavCall.audio!.tracks.find((t) => t.speaker === speaker)!.chunks;
        expect(flacChunk!.key).toMatch(/chunk-0000\.flac$/);
        const flacBytes = (await wavBlobs.getBuffer(flacChunk!.key))!;
        const wavBytes = (await blobs.getBuffer(wavChunk!.key))!;
        expect(flacBytes.length).toBeLessThan(wavBytes.length / 2);
        const path = join(temp.dir, `${speaker}.flac`);
        await writeFile(path, flacBytes);
        const samples = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', path, '-f', 's16le', '-'], { maxBuffer: 1 << 24 });
        expect(samples.equals(wavBytes.subarray(44))).toBe(true);
      }
    });

    it('chunks stored as FLAC still reach an engine that takes WAV only (the engine was changed after the call was prepared)', async () => {
      const file = join(temp.dir, 'switch.wav');
      await writeToneCall(file, 65, bursts);
      const prepared = await runInProcess(file, {}, ports(flacToneEngine(300).engine), { until: 'prepare' });
      expect(prepared.audio!.tracks.every((t) => t.chunks.every((c) => c.key.endsWith('.flac')))).toBe(true);

      const { engine, requests } = toneEngine(300);
      await transcribe({ callId: prepared.id }, ports(engine));
      expect(requests).toHaveLength(2);
      expectEveryBurst(await heard(prepared.id));
    });
  });
});
