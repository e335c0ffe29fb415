// The 16 kHz tracks of a fixture call as the local engine gets them, cached in
// $TMPDIR/callscribe-asr-cache-44 so repeated runs skip ffmpeg, keyed by the call's name and a hash of its
// call.ogg (a re-rendered fixture is prepared again). They get the plain 44-byte WAV header
// the pipeline's chunks have (ffmpeg's own adds a LIST chunk, which pocketsphinx_continuous, skipping
// 44 bytes, would decode as 17 samples of audio): the same samples as `npm run eval`, so the same WER.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toEngineWav } from '../../src/audio/convert.ts';
import { probeAudio } from '../../src/audio/probe.ts';
import { parseWavHeader, pcmWavHeader } from '../../src/audio/wav.ts';
import { channelRoles } from '../../src/domain/call-meta.ts';
import type { AudioTrack } from '../../src/ports/transcriber.ts';
import type { EvalFixture } from './fixtures.ts';

export const SPEAKERS = ['rep', 'customer'] as const;

export async function fixtureTracks(f: EvalFixture & { audio: string }): Promise<AudioTrack[]> {
  const audioHash = createHash('sha256').update(await readFile(f.audio)).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'callscribe-asr-cache-44', `${f.name}-${audioHash}`);
  await mkdir(dir, { recursive: true });
  const info = await probeAudio(f.audio);
  const roles = channelRoles(f.meta);
  const tracks: AudioTrack[] = [];
  for (const speaker of SPEAKERS) {
    const path = join(dir, `${speaker}.wav`);
    if (!existsSync(path)) {
      await toEngineWav(f.audio, `${path}.ffmpeg.wav`, roles[speaker]);
      const wav = await readFile(`${path}.ffmpeg.wav`);
      const samples = wav.subarray(parseWavHeader(wav).dataOffset);
      await writeFile(path, Buffer.concat([pcmWavHeader(samples.length, 16000), samples]));
      await rm(`${path}.ffmpeg.wav`);
    }
    tracks.push({ path, speaker, durationSec: info.durationSec });
  }
  return tracks;
}
