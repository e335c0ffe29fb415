import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannedChunk } from '../../src/audio/chunk-plan.ts';
import { splitTracks, startDecode, type ChunkAudio, type TrackSpec } from '../../src/audio/split-tracks.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { writeToneCall } from '../helpers/tone-audio.ts';

const STEREO: TrackSpec[] = [
  { speaker: 'rep', channel: 0 },
  { speaker: 'customer', channel: 1 },
];
/** Bursts on both channels all through a 65 s call, so every chunk of a 10 s limit has speech. */
const BURSTS = Array.from({ length: 80 }, (_, i) => ({ channel: (i % 2) as 0 | 1, startSec: 0.5 + i * 0.8 }));

describe('splitTracks: FLAC chunks from the decoding pass', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let recording: string;
  let scratch: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    recording = join(temp.dir, 'call.wav');
    await writeToneCall(recording, 65, BURSTS);
    scratch = join(temp.dir, 'scratch');
    await mkdir(scratch);
  });
  afterEach(async () => {
    channels.clear();
    await temp.cleanup();
  });

  /** Runs a pass; per chunk, its FLAC bytes and what the scratch directory held when it was stored. */
  async function split(maxChunkSec: number, durationSec: number) {
    const stored: { speaker: string; chunk: PlannedChunk; flac: Buffer; scratch: string[] }[] = [];
    await splitTracks(await startDecode(recording, scratch, STEREO), scratch, maxChunkSec, async (speaker, _index, chunk, audio: ChunkAudio) => {
      expect(audio.format).toBe('flac');
      const flac = (await audio.inMemory())!;
      stored.push({ speaker, chunk, flac, scratch: await readdir(scratch) });
    }, { format: 'flac', durationSec });
    return stored;
  }
  /** A chunk's samples: its FLAC decoded by ffmpeg. */
  const samplesOf = async (flac: Buffer) => {
    const path = join(temp.dir, 'chunk.flac');
    await writeFile(path, flac);
    return execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', path, '-f', 's16le', '-'], { maxBuffer: 1 << 24 });
  };
  /** The same span of the channel, decoded straight from the recording. */
  const channels = new Map<number, Buffer>();
  const expected = (channel: number, chunk: PlannedChunk) => {
    if (!channels.has(channel)) channels.set(channel, execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', recording, '-af', `pan=mono|c0=c${channel}`, '-f', 's16le', '-'], { maxBuffer: 1 << 24 }));
    return channels.get(channel)!.subarray(Math.round(chunk.startSec * 16_000) * 2, Math.round(chunk.endSec * 16_000) * 2);
  };

  it('a track that is one chunk is stored from the file encoded while it was decoded, not encoded again', async () => {
    const stored = await split(300, 65);
    expect(stored.map((s) => s.speaker).sort()).toEqual(['customer', 'rep']);
    for (const s of stored) {
      expect(s.scratch).toContain(`${s.speaker}.flac`);
      expect(s.scratch).not.toContain(`${s.speaker}-0.flac`);
      expect((await samplesOf(s.flac)).equals(expected(s.speaker === 'rep' ? 0 : 1, s.chunk))).toBe(true);
    }
  });

  it('a track longer than the probe said: the encoder is dropped at the first cut and each chunk is encoded from its span', async () => {
    const stored = await split(10, 5);
    expect(stored.length).toBeGreaterThanOrEqual(12);
    for (const s of stored) {
      expect((await samplesOf(s.flac)).equals(expected(s.speaker === 'rep' ? 0 : 1, s.chunk))).toBe(true);
    }
    const last = stored.at(-1)!.scratch;
    expect(last.filter((f) => /^(rep|customer)-\d+\.flac$/.test(f)).length).toBe(stored.length);
  });

  it('a whole-track encoder that fails (its file cannot be written) costs nothing: the chunk is encoded from its span', async () => {
    await mkdir(join(scratch, 'rep.flac')); // a directory where the encoder's file should go
    const stored = await split(300, 65);
    const rep = stored.find((s) => s.speaker === 'rep')!;
    expect(rep.scratch).toContain('rep-0.flac');
    expect((await samplesOf(rep.flac)).equals(expected(0, rep.chunk))).toBe(true);
  });

  it('a chunk that cannot be stored stops the pass, and ffmpeg has exited before splitTracks answers', async () => {
    const fifo = join(temp.dir, 'still-arriving');
    execFileSync('mkfifo', [fifo]);
    // Half of the recording, and the writer kept open: ffmpeg decodes what came and waits for the rest.
    const bytes = await readFile(recording);
    const writer = createWriteStream(fifo);
    // Once ffmpeg is stopped nobody reads the pipe, and what is still being written fails with EPIPE.
    writer.on('error', () => {});
    writer.write(bytes.subarray(0, bytes.length >> 1));
    try {
      const decode = await startDecode(fifo, scratch, STEREO);
      const split = splitTracks(decode, scratch, 10, async () => {
        throw new Error('the blob store is down');
      });
      await expect(split).rejects.toThrow('the blob store is down');
      expect(decode.child.signalCode ?? decode.child.exitCode).not.toBeNull(); // waited for, not only signalled
    } finally {
      writer.destroy();
    }
  });

  it('a pass that is cancelled is stopped, waited for and its files removed, and its failure goes nowhere', async () => {
    const fifo = join(temp.dir, 'never-written');
    execFileSync('mkfifo', [fifo]); // ffmpeg blocks opening it: a pass that would run until killed
    const decode = await startDecode(fifo, scratch, STEREO);
    expect(await readdir(scratch)).toEqual(['customer.pcm', 'rep.pcm']);
    await decode.cancel();
    expect(decode.child.signalCode).toBe('SIGKILL');
    expect(await readdir(scratch)).toEqual([]);
    await expect(decode.exited).rejects.toBeDefined(); // reported to whoever asks, and to no one else
  });
});
