import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeAudio } from '../../src/audio/probe.ts';
import { splitTracks, startDecode } from '../../src/audio/split-tracks.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** A loopback HTTP server that notes every path asked for and answers with `handle`. */
async function listener(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; base: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Serves `bytes` whole or one `bytes=a-b` / `a-` range, as object storage does. */
function serveBytes(res: ServerResponse, bytes: Buffer, range: string | undefined): void {
  const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
  if (!m) return void res.writeHead(200, { 'content-length': bytes.length, 'accept-ranges': 'bytes' }).end(bytes);
  const start = Number(m[1]);
  const end = Math.min(m[2] ? Number(m[2]) : bytes.length - 1, bytes.length - 1);
  if (start >= bytes.length) return void res.writeHead(416, { 'content-range': `bytes */${bytes.length}` }).end();
  res.writeHead(206, { 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${bytes.length}`, 'accept-ranges': 'bytes' }).end(bytes.subarray(start, end + 1));
}

/**
 * ffprobe and ffmpeg read a recording as itself only. A "recording" that is a playlist or a list of files
 * (HLS, ffconcat) must not make the worker open what it lists (an internal address, another object in the
 * bucket, a local file): it fails as not audio, and nothing but the recording is requested.
 */
describe('a recording is read as itself only', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let internal: Awaited<ReturnType<typeof listener>>;
  let storage: Awaited<ReturnType<typeof listener>>;
  /** What the storage listener serves, by path. */
  const objects = new Map<string, Buffer>();
  /** An MPEG-TS segment of audio, the kind a playlist lists. */
  let segment: Buffer;

  beforeAll(async () => {
    internal = await listener((_req, res) => res.writeHead(200, { 'content-type': 'video/mp2t' }).end(segment));
    storage = await listener((req, res) => {
      const body = objects.get((req.url ?? '').split('?')[0]!);
      if (!body) return void res.writeHead(404).end();
      serveBytes(res, body, req.headers.range);
    });
    segment = execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=d=3', '-c:a', 'mp2', '-f', 'mpegts', '-']);
  });
  afterAll(async () => {
    await close(internal.server);
    await close(storage.server);
  });
  beforeEach(async () => {
    temp = await makeTempDir();
    internal.paths.length = 0;
    storage.paths.length = 0;
    objects.clear();
  });
  afterEach(() => temp.cleanup());

  /** Runs the decoding pass prepare runs (one mixed track); the number of chunks it stored. */
  async function decode(location: string): Promise<number> {
    const scratch = join(temp.dir, `scratch-${Math.random().toString(36).slice(2)}`);
    await mkdir(scratch);
    let chunks = 0;
    await splitTracks(await startDecode(location, scratch, [{ speaker: 'mixed', channel: null }]), scratch, 300, async () => void chunks++);
    return chunks;
  }

  /** `body` served by the storage listener as a presigned recording URL would be. */
  const stored = (name: string, body: Buffer) => {
    objects.set(`/calls/${name}`, body);
    return { url: `${storage.base}/calls/${name}?X-Amz-Signature=abc`, path: `/calls/${name}`, bytes: body.length };
  };

  const hls = (segmentUrl: string) => Buffer.from(`#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3.0,\n${segmentUrl}\n#EXT-X-ENDLIST\n`);
  const ffconcat = (file: string) => Buffer.from(`ffconcat version 1.0\nfile ${file}\n`);

  describe('by URL (a presigned storage URL)', () => {
    it('an HLS playlist listing an internal address: AUDIO_NOT_AUDIO, and the address gets no request', async () => {
      const rec = stored('call.mp3', hls(`${internal.base}/internal-only/seg.ts`));
      await expect(probeAudio(rec.url, { bytes: rec.bytes })).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO', retryable: false });
      await expect(decode(rec.url)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO', retryable: false });
      expect(internal.paths).toEqual([]);
      expect(new Set(storage.paths.map((p) => p.split('?')[0]))).toEqual(new Set([rec.path]));
    });

    it('an ffconcat list naming another object beside it: AUDIO_NOT_AUDIO, and only the recording is requested', async () => {
      objects.set('/calls/other.ts', segment);
      const rec = stored('call.mp3', ffconcat('other.ts'));
      await expect(probeAudio(rec.url, { bytes: rec.bytes })).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
      await expect(decode(rec.url)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
      expect(new Set(storage.paths.map((p) => p.split('?')[0]))).toEqual(new Set([rec.path]));
      expect(internal.paths).toEqual([]);
    });
  });

  describe('from a file (the directory store, the CLI)', () => {
    it('an HLS playlist listing a local file or an internal address: AUDIO_NOT_AUDIO, neither is read', async () => {
      const local = join(temp.dir, 'seg.ts');
      await writeFile(local, segment);
      for (const target of [local, `${internal.base}/internal-only/seg.ts`]) {
        const path = join(temp.dir, 'call.mp3');
        await writeFile(path, hls(target));
        await expect(probeAudio(path)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
        await expect(decode(path)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
      }
      expect(internal.paths).toEqual([]);
    });

    it('an ffconcat list naming a file beside it: AUDIO_NOT_AUDIO, the file is not read', async () => {
      await writeFile(join(temp.dir, 'beside.ts'), segment);
      const path = join(temp.dir, 'call.mp3');
      await writeFile(path, ffconcat('beside.ts'));
      await expect(probeAudio(path)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
      await expect(decode(path)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
    });
  });

  /** Each container callscribe takes, made by ffmpeg from a 2 s tone (AMR, which this ffmpeg cannot encode, by hand). */
  const FORMATS: [name: string, make: (path: string) => Promise<void>][] = [
    ...(
      [
        ['call.wav', ['-c:a', 'pcm_s16le']],
        ['call.mp3', ['-c:a', 'libmp3lame']],
        ['call.m4a', ['-c:a', 'aac']], // index at the end: read with range requests
        ['call.mp4', ['-c:a', 'aac', '-movflags', '+faststart']],
        ['call.ogg', ['-c:a', 'libvorbis']],
        ['call.opus', ['-c:a', 'libopus']],
        ['call.webm', ['-c:a', 'libopus']],
        ['call.flac', ['-c:a', 'flac']],
        ['call.aac', ['-c:a', 'aac', '-f', 'adts']],
      ] as const
    ).map(([name, codec]): [string, (path: string) => Promise<void>] => [
      name,
      async (path) => void execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=2', ...codec, '-y', path]),
    ]),
    [
      'call.amr',
      async (path) => {
        // AMR-NB 12.2 kbit/s: a 1-byte frame header (mode 7) and 31 bytes of payload per 20 ms.
        const frames = Array.from({ length: 100 }, (_, i) => Buffer.from([0x3c, ...Array.from({ length: 31 }, (_, j) => (i * 31 + j * 7) & 0xff)]));
        await writeFile(path, Buffer.concat([Buffer.from('#!AMR\n'), ...frames]));
      },
    ],
  ];

  it.each(FORMATS)('%s is still read, from a file and by URL', async (name, make) => {
    const path = join(temp.dir, name);
    await make(path);
    const rec = stored(name, await readFile(path));
    for (const [location, bytes] of [[path, undefined], [rec.url, rec.bytes]] as const) {
      const info = await probeAudio(location, { bytes });
      expect(info.durationSec).toBeGreaterThan(1.5);
      expect(await decode(location)).toBeGreaterThan(0);
    }
  });
});
