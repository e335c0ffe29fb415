import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { transcribe } from '../../src/pipeline/transcribe.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

/** Hears each tone burst of the chunk it is sent as the word "tone"; counts what it is sent. */
function toneEngine(name: string, maxChunkSec: number) {
  const requests: number[] = [];
  const engine: Transcriber = {
    engine: name,
    model: null,
    maxChunkSec,
    concurrency: 3,
    async transcribe({ tracks }) {
      const track = tracks[0]!;
      requests.push(track.durationSec);
      const segments = detectBursts(await readFile(track.path)).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
      return { schemaVersion: 1, engine: name, model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
    },
  };
  return { engine, requests };
}

// The rep "speaks" a word every 0.8 s for 56 s: cut into 10 s chunks or 20 s chunks, the borders differ.
const bursts = Array.from({ length: 70 }, (_, i) => ({ channel: 0 as const, startSec: 0.5 + i * 0.8 }));

describe('a call prepared again (a reprocess, another engine) is transcribed from its new chunks only', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let file: string;
  const ports = (transcriber: Transcriber) =>
    ({ blobs, transcriber, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } }) as unknown as PipelinePorts;
  const heard = async (callId: string) => (await getJson(blobs, callKeys.transcript(callId), (raw) => Transcript.parse(raw)))!;
  const keysUnder = async (callId: string, folder: string) => {
    const keys: string[] = [];
    for await (const key of blobs.list!(`calls/${callId}/${folder}/`)) keys.push(key);
    return keys.sort();
  };
  const expectEveryBurstOnce = (transcript: Transcript) => {
    const rep = transcript.segments.filter((s) => s.speaker === 'rep');
    expect(rep).toHaveLength(bursts.length);
    rep.forEach((s, i) => expect(Math.abs(s.startSec - bursts[i]!.startSec)).toBeLessThan(0.05));
  };
  const partKeys = (call: Call) => call.audio!.tracks.flatMap((t) => t.chunks.map((c) => callKeys.chunkTranscript(call.id, t.speaker, c.index))).sort();

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    file = join(temp.dir, 'tones.wav');
    await writeToneCall(file, 60, bursts);
  });
  afterEach(() => temp.cleanup());

  it.each([
    [10, 20],
    [20, 10],
  ])('chunks of %i s, then of %i s by another engine: every word once, the new engine named, nothing of the first run left', async (first, second) => {
    const a = await runInProcess(file, {}, ports(toneEngine('A', first).engine), { until: 'transcribe' });
    expectEveryBurstOnce(await heard(a.id));
    await blobs.put(callKeys.speakerReferences(a.id, 'mixed'), '{}');
    await blobs.put(callKeys.speakerReferenceClip(a.id, 'mixed', 'S1'), Buffer.from('RIFF'));

    const { engine, requests } = toneEngine('B', second);
    const b = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    expect(b.id).toBe(a.id);
    const transcript = await heard(b.id);
    expectEveryBurstOnce(transcript);
    expect(transcript.engine).toBe('B');
    expect(requests).toHaveLength(b.audio!.tracks.flatMap((t) => t.chunks).length);
    expect(await keysUnder(b.id, 'transcript-parts')).toEqual(partKeys(b));
    expect(await keysUnder(b.id, 'audio')).toEqual(b.audio!.tracks.flatMap((t) => t.chunks.map((c) => c.key)).sort());
    expect(await keysUnder(b.id, 'speaker-refs')).toEqual([]);
  });

  it('the same engine with another chunk length: the parts of the old chunks are not taken for the new ones', async () => {
    const a = await runInProcess(file, {}, ports(toneEngine('tone', 10).engine), { until: 'transcribe' });
    const { engine, requests } = toneEngine('tone', 20);
    const b = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    expect(b.audio!.tracks[0]!.chunks.length).toBeLessThan(a.audio!.tracks[0]!.chunks.length);
    expect(requests).toHaveLength(b.audio!.tracks.flatMap((t) => t.chunks).length);
    expectEveryBurstOnce(await heard(b.id));
  });

  it('a part the earlier run stored after the call was prepared again (a late chunk job) is transcribed again, not reused', async () => {
    const a = await runInProcess(file, {}, ports(toneEngine('tone', 10).engine), { until: 'transcribe' });
    const late = await Promise.all(partKeys(a).map(async (key) => [key, (await blobs.getBuffer(key))!] as const));
    const { engine, requests } = toneEngine('tone', 20);
    const b = await runInProcess(file, {}, ports(engine), { until: 'prepare' });
    for (const [key, body] of late) await blobs.put(key, body);

    await transcribe({ callId: b.id }, ports(engine));
    expect(requests).toHaveLength(b.audio!.tracks.flatMap((t) => t.chunks).length);
    expectEveryBurstOnce(await heard(b.id));
  });

  it('prepared again with the same engine: every part is still this chunk\'s and is reused, nothing is sent', async () => {
    const { engine, requests } = toneEngine('tone', 10);
    const a = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    const sent = requests.length;
    const b = await runInProcess(file, {}, ports(engine), { until: 'transcribe' });
    expect(requests).toHaveLength(sent);
    expect(await keysUnder(b.id, 'transcript-parts')).toEqual(partKeys(a));
    expectEveryBurstOnce(await heard(b.id));
  });
});
