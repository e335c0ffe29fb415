import { open } from 'node:fs/promises';

/** Where the samples of a PCM WAV file start and how long they last (reads only the header chunks). */
export async function wavDataInfo(path: string): Promise<{ dataOffset: number; durationSec: number }> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return parseWavHeader(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/** Finds the `fmt ` and `data` chunks of a RIFF/WAVE header. Throws when they are not in `head`. */
export function parseWavHeader(head: Buffer): { dataOffset: number; durationSec: number } {
  if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let byteRate = 0;
  for (let at = 12; at + 8 <= head.length; ) {
    const id = head.toString('ascii', at, at + 4);
    const size = head.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = head.readUInt32LE(at + 16);
    if (id === 'data') return { dataOffset: at + 8, durationSec: byteRate ? size / byteRate : 0 };
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV header has no data chunk in its first 4 KiB');
}

/** The 44-byte header of a mono 16-bit PCM WAV file holding `dataBytes` of samples. */
export function pcmWavHeader(dataBytes: number, sampleRate: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}
