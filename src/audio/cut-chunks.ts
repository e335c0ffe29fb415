import { join } from 'node:path';
import type { Span } from './chunk-plan.ts';
import { runFfmpeg } from './split-tracks.ts';
import { wavDataInfo } from './wav.ts';

export interface CutChunk extends Span {
  path: string;
}

/**
 * Cuts a 16 kHz mono WAV into `spans`, one short ffmpeg pass per span over PCM (seeking in PCM is
 * sample-exact, so each chunk starts at its span's offset), which costs little next to decoding.
 * A single span covering the whole track is the track itself.
 */
export async function cutChunks(wav: string, spans: readonly Span[], outDir: string, prefix: string): Promise<CutChunk[]> {
  const { durationSec: totalSec } = await wavDataInfo(wav);
  const chunks: CutChunk[] = [];
  for (const [i, span] of spans.entries()) {
    if (spans.length === 1 && span.startSec === 0 && span.endSec >= totalSec - 0.001) {
      chunks.push({ ...span, path: wav });
      continue;
    }
    const path = join(outDir, `${prefix}-${String(i).padStart(4, '0')}.wav`);
    await runFfmpeg([
      '-hide_banner', '-nostdin', '-loglevel', 'error',
      '-ss', String(span.startSec), '-to', String(span.endSec), '-i', wav,
      '-c:a', 'pcm_s16le', '-map_metadata', '-1', '-fflags', '+bitexact', '-y', path,
    ]);
    chunks.push({ ...span, path });
  }
  return chunks;
}
