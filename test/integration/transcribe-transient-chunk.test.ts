import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { permanent, retryable } from '../../src/errors/app-error.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs, transcribe } from '../../src/pipeline/transcribe.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

/** An engine that refuses the n-th distinct chunk it is sent, the first time only (for now, or for good), and answers the rest. */
function engineRefusingOneChunk(refusal: 'for now' | 'for good') {
  const sent = new Map<string, number>();
  const engine: Transcriber = {
    engine: 'tone',
    model: null,
    maxChunkSec: 10,
    concurrency: 1,
    async transcribe({ tracks }) {
      const track = tracks[0]!;
      const bytes = await readFile(track.path);
      const key = `${track.speaker}:${bytes.length}:${bytes.subarray(-64).toString('hex')}`;
      const times = (sent.get(key) ?? 0) + 1;
      sent.set(key, times);
      if (sent.size === 2 && times === 1) {
        throw refusal === 'for now' ? retryable('ENGINE_UNAVAILABLE', 'the engine answered 503') : permanent('AUDIO_REJECTED', 'the engine refused the audio');
      }
      const segments = detectBursts(bytes).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
      return { schemaVersion: 1, engine: 'tone', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
    },
  };
  return { engine, sent };
}

// In-process transcription (the CLI's `process`): chunks one at a time, one of them refused by the engine.
describe('a chunk the engine refuses while the others are being transcribed', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  const prepare = async (engine: Transcriber) => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 34, Array.from({ length: 24 }, (_, i) => ({ channel: (i % 2) as 0 | 1, startSec: 0.5 + i * 1.3 + ((i * i) % 7) * 0.04 })));
    const ports = { blobs, transcriber: engine, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });
    return { ports, prepared };
  };

  it('refused for now: the others are still transcribed and stored, so the next attempt sends only that chunk again', async () => {
    const { engine, sent } = engineRefusingOneChunk('for now');
    const { ports, prepared } = await prepare(engine);
    const chunks = chunkRefs(prepared).length;
    expect(chunks).toBeGreaterThanOrEqual(4);

    await expect(transcribe({ callId: prepared.id }, ports)).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE', retryable: true });
    expect(sent.size).toBe(chunks);
    const transcript = await transcribe({ callId: prepared.id }, ports);
    expect(transcript.output!.segments.length).toBeGreaterThan(0);
    // Every chunk answered once; the refused one was sent twice.
    expect([...sent.values()].sort()).toEqual([...Array<number>(chunks - 1).fill(1), 2]);
  });

  it('refused for good: no other chunk is sent after it', async () => {
    const { engine, sent } = engineRefusingOneChunk('for good');
    const { ports, prepared } = await prepare(engine);
    expect(chunkRefs(prepared).length).toBeGreaterThanOrEqual(4);

    await expect(transcribe({ callId: prepared.id }, ports)).rejects.toMatchObject({ code: 'AUDIO_REJECTED' });
    expect(sent.size).toBe(2);
  });
});
