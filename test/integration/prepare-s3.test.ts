import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { prepare } from '../../src/pipeline/prepare.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { detectBursts, writeToneCall } from '../helpers/tone-audio.ts';

const toneEngine: Transcriber = {
  engine: 'tone',
  model: null,
  maxChunkSec: 10,
  async transcribe({ tracks }) {
    const track = tracks[0]!;
    const segments = detectBursts(await readFile(track.path)).map((b) => ({ speaker: track.speaker ?? 'S1', ...b, text: 'tone', confidence: 1 }));
    return { schemaVersion: 1, engine: 'tone', model: null, language: 'en', durationSec: track.durationSec, speakers: [], segments, text: '' };
  },
};

describe('prepare reads the recording straight from S3 (presigned URL into ffmpeg)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let store: S3BlobStore;
  let unavailable: Server;
  const ports = (blobs: BlobStore, tmpDir: string) =>
    ({ blobs, transcriber: toneEngine, logger: silentLogger, clock: () => new Date(), tmpDir, policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } }) as unknown as PipelinePorts;

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls']);
    store = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'calls', forcePathStyle: true, credentials: s3.credentials });
    // Object storage having a bad moment: every read answers 503.
    unavailable = createServer((_req, res) => res.writeHead(503, { 'content-type': 'application/xml' }).end('<Error><Code>SlowDown</Code></Error>'));
    await new Promise<void>((resolve) => unavailable.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => unavailable.close(resolve));
    await s3.stop();
    await temp.cleanup();
  });

  it('decodes an m4a whose index sits at the end (ffmpeg seeks with range requests), chunks it, and leaves no temp file', async () => {
    const wav = join(temp.dir, 'tones.wav');
    const bursts = [
      ...Array.from({ length: 20 }, (_, i) => ({ channel: 0 as const, startSec: 0.5 + i * 0.8 })),
      ...Array.from({ length: 20 }, (_, i) => ({ channel: 1 as const, startSec: 17 + i * 0.8 })),
    ];
    await writeToneCall(wav, 34, bursts);
    const m4a = join(temp.dir, 'call.m4a');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-i', wav, '-c:a', 'aac', '-b:a', '96k', '-y', m4a]);
    expect(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=format_name', '-of', 'csv=p=0', m4a]).toString()).toMatch(/mp4|m4a/);

    const scratch = join(temp.dir, 'scratch');
    execFileSync('mkdir', ['-p', scratch]);
    const call = await runInProcess(m4a, {}, ports(store, scratch), { until: 'transcribe' });
    const transcript = (await getJson(store, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;

    expect(call.status).not.toBe('failed');
    expect(call.audio!.codec).toBe('aac');
    expect(call.audio!.tracks.flatMap((t) => t.chunks).length).toBeGreaterThanOrEqual(4);
    expect(transcript.segments.filter((s) => s.speaker === 'rep')).toHaveLength(20);
    expect(transcript.segments.filter((s) => s.speaker === 'customer')).toHaveLength(20);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('an 8 kHz mono telephony mp3 becomes one 16 kHz mixed track, every word once', async () => {
    const wav = join(temp.dir, 'phone.wav');
    const bursts = Array.from({ length: 30 }, (_, i) => ({ channel: (i % 2) as 0 | 1, startSec: 0.5 + i * 0.8 }));
    await writeToneCall(wav, 26, bursts);
    const mp3 = join(temp.dir, 'phone.mp3');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-i', wav, '-ac', '1', '-ar', '8000', '-c:a', 'libmp3lame', '-b:a', '32k', '-y', mp3]);

    const call = await runInProcess(mp3, {}, ports(store, temp.dir), { until: 'transcribe' });
    const transcript = (await getJson(store, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;

    expect(call.audio).toMatchObject({ channels: 1, sampleRate: 8000, codec: 'mp3' });
    expect(call.audio!.tracks.map((t) => t.speaker)).toEqual(['mixed']);
    const chunk = await store.getBuffer(call.audio!.tracks[0]!.chunks[0]!.key);
    expect(chunk!.readUInt32LE(24)).toBe(16000); // the WAV the engine gets
    expect(transcript.segments).toHaveLength(bursts.length);
    transcript.segments.forEach((s, i) => expect(Math.abs(s.startSec - bursts[i]!.startSec)).toBeLessThan(0.08));
  });

  it('a recording that cannot be fetched is retryable AUDIO_FETCH_FAILED (not AUDIO_CORRUPT), and the URL is never shown', async () => {
    const wav = join(temp.dir, 'short.wav');
    await writeToneCall(wav, 3, [{ channel: 0, startSec: 1 }]);
    const call = await runInProcess(wav, {}, ports(store, temp.dir), { until: 'prepare' });
    const flaky: BlobStore = { ...store, readLocation: async () => `http://127.0.0.1:${(unavailable.address() as AddressInfo).port}/calls/rec.wav?X-Amz-Signature=secret` };

    const err = await prepare({ callId: call.id }, ports(flaky, temp.dir)).then(
      () => null,
      (e: unknown) => e as { code: string; retryable: boolean; message: string },
    );
    expect(err).toMatchObject({ code: 'AUDIO_FETCH_FAILED', retryable: true });
    expect(err!.message).toMatch(/5XX|503/);
    expect(err!.message).not.toMatch(/secret|127\.0\.0\.1/);
    expect((await readdir(temp.dir)).filter((name) => name.startsWith('callscribe-'))).toEqual([]); // scratch removed on failure too
  });
});
