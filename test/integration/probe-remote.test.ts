import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeAudio } from '../../src/audio/probe.ts';

/** A text file is told apart from a damaged recording, read from a file or by URL (a presigned one). */
describe('probeAudio on a URL', () => {
  const text = Buffer.from('Call notes: send the proposal on Friday, then book the demo.\n');
  let server: Server;
  let base = '';
  let ranges: (string | undefined)[] = [];
  beforeAll(async () => {
    // Ignores Range, as some servers do: the whole file comes back with 200.
    server = createServer((req, res) => {
      ranges.push(req.headers.range);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': text.length }).end(text);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a text file behind the URL is AUDIO_NOT_AUDIO, read from its first bytes with a Range request', async () => {
    ranges = [];
    await expect(probeAudio(`${base}/notes.mp3`, { bytes: text.length })).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO', message: expect.stringMatching(/^The file is text/) });
    expect(ranges).toContain('bytes=0-4095');
  });

  it('a long text file is AUDIO_NOT_AUDIO before ffprobe, whose MP3 reader would find frames in it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'probe-'));
    try {
      const path = join(dir, 'notes.mp3');
      await writeFile(path, Buffer.from('Call notes: send the proposal on Friday, then book the demo.\n'.repeat(2000)));
      await expect(probeAudio(path)).rejects.toMatchObject({ code: 'AUDIO_NOT_AUDIO' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
