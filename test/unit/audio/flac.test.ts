import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeFlacToWav, encodeFlacSpan, startFlacEncoder } from '../../../src/audio/flac.ts';
import { parseWavHeader } from '../../../src/audio/wav.ts';
import { flacDurationSec } from '../../helpers/fakes/openai-audio.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** `seconds` of 16 kHz mono s16le noise: every sample differs, so any lost, added or shifted sample shows. */
function noisePcm(seconds: number, seed = 7): Buffer {
  const samples = new Int16Array(seconds * 16_000);
  let x = seed;
  for (let i = 0; i < samples.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    samples[i] = ((x >>> 8) & 0xffff) - 0x8000;
  }
  return Buffer.from(samples.buffer);
}

/** The samples of an audio file, decoded by ffmpeg into 16 kHz mono s16le. */
const samplesOf = (path: string) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', path, '-f', 's16le', '-ac', '1', '-ar', '16000', '-'], { maxBuffer: 1 << 26 });

describe('FLAC chunks: lossless, sample-exact', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('a span of a PCM track encodes to exactly the samples a WAV chunk of that span holds, and says its length', async () => {
    const pcm = noisePcm(12);
    const track = join(temp.dir, 'rep.pcm');
    await writeFile(track, pcm);
    const out = join(temp.dir, 'rep-1.flac');
    await encodeFlacSpan(track, { startSec: 2.345, endSec: 9.5 }, out);

    const flac = await readFile(out);
    expect(flac.toString('ascii', 0, 4)).toBe('fLaC');
    expect(samplesOf(out).equals(pcm.subarray(2.345 * 32_000, 9.5 * 32_000))).toBe(true);
    expect(flacDurationSec(flac)).toBeCloseTo(9.5 - 2.345, 6);
  });

  it('an encoder fed the track piece by piece, as it is decoded, writes the whole track, and a killed one writes nothing usable', async () => {
    const pcm = noisePcm(5);
    const out = join(temp.dir, 'customer.flac');
    const encoder = startFlacEncoder(out);
    for (let at = 0; at < pcm.length; at += 70_001) await encoder.write(pcm.subarray(at, at + 70_001));
    await encoder.finish();
    expect(samplesOf(out).equals(pcm)).toBe(true);

    const killed = startFlacEncoder(join(temp.dir, 'killed.flac'));
    await killed.write(pcm.subarray(0, 32_000));
    await killed.kill();
    await expect(killed.finish()).rejects.toMatchObject({ code: 'AUDIO_ENCODE_FAILED', retryable: true });
  });

  it('decodes a FLAC chunk back into a plain 16 kHz mono PCM WAV (44-byte header) with the same samples, for an engine that takes WAV only', async () => {
    const pcm = noisePcm(3);
    const track = join(temp.dir, 'mixed.pcm');
    await writeFile(track, pcm);
    await encodeFlacSpan(track, { startSec: 0, endSec: 3 }, join(temp.dir, 'mixed.flac'));
    await decodeFlacToWav(join(temp.dir, 'mixed.flac'), join(temp.dir, 'mixed.wav'));

    const wav = await readFile(join(temp.dir, 'mixed.wav'));
    expect(parseWavHeader(wav)).toEqual({ dataOffset: 44, durationSec: 3 });
    expect(wav.subarray(44).equals(pcm)).toBe(true);
  });

  it('a span that cannot be encoded (no such track) is the retryable AUDIO_ENCODE_FAILED, not a verdict on the recording', async () => {
    const err = await encodeFlacSpan(join(temp.dir, 'gone.pcm'), { startSec: 0, endSec: 1 }, join(temp.dir, 'x.flac')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AUDIO_ENCODE_FAILED', retryable: true });
  });
});
