import { writeFile } from 'node:fs/promises';
import { parseWavHeader } from '../../src/audio/wav.ts';

const RATE = 16000;

/** A 16-bit PCM WAV file's bytes. */
export function wavBytes(channels: Int16Array[], rate = RATE): Buffer {
  const frames = channels[0]!.length;
  const data = Buffer.alloc(frames * channels.length * 2);
  for (let i = 0; i < frames; i++) channels.forEach((ch, c) => data.writeInt16LE(ch[i]!, (i * channels.length + c) * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels.length, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * channels.length * 2, 28);
  header.writeUInt16LE(channels.length * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * A "call" of tone bursts standing in for words, stereo unless `channelCount` says otherwise: each burst
 * (0.3 s of a 440 Hz tone) is a word at a known time on one channel.
 */
export async function writeToneCall(path: string, durationSec: number, bursts: { channel: number; startSec: number }[], channelCount = 2): Promise<void> {
  const frames = Math.round(durationSec * RATE);
  const channels = Array.from({ length: channelCount }, () => new Int16Array(frames));
  for (const b of bursts) {
    const from = Math.round(b.startSec * RATE);
    for (let i = 0; i < 0.3 * RATE && from + i < frames; i++) channels[b.channel]![from + i] = Math.round(12000 * Math.sin((2 * Math.PI * 440 * i) / RATE));
  }
  await writeFile(path, wavBytes(channels));
}

/** Start and end (seconds) of each loud stretch in a 16 kHz mono 16-bit WAV, by 10 ms frame energy. */
export function detectBursts(wav: Buffer): { startSec: number; endSec: number }[] {
  const { dataOffset } = parseWavHeader(wav);
  const pcm = Buffer.from(wav.subarray(dataOffset)); // a copy, so the samples are 2-byte aligned
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length >> 1);
  const frame = RATE / 100;
  const found: { startSec: number; endSec: number }[] = [];
  let open: number | null = null;
  for (let f = 0; f * frame < samples.length; f++) {
    let energy = 0;
    for (let i = f * frame; i < Math.min(samples.length, (f + 1) * frame); i++) energy += samples[i]! * samples[i]!;
    const loud = Math.sqrt(energy / frame) > 1000;
    if (loud && open === null) open = f / 100;
    if (!loud && open !== null) {
      found.push({ startSec: open, endSec: f / 100 });
      open = null;
    }
  }
  if (open !== null) found.push({ startSec: open, endSec: samples.length / RATE });
  return found;
}
