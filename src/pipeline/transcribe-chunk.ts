import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { Call } from '../domain/call.ts';
import { callKeys } from '../domain/call-keys.ts';
import { Segment } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import { vocabularyOf } from './vocabulary.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import { withTempDir } from './temp-dir.ts';

/** One chunk's recognition, with times already shifted to the whole call. */
export const ChunkTranscript = z.object({
  speaker: z.string(),
  index: z.number().int(),
  offsetSec: z.number(),
  engine: z.string(),
  model: z.string().nullable(),
  language: z.string(),
  segments: z.array(Segment),
});
export type ChunkTranscript = z.infer<typeof ChunkTranscript>;

export type ChunkRef = { speaker: string; index: number };

/**
 * Transcribes one chunk of one track and stores the result (`transcript-parts/…`), unless it is stored
 * already: a retried or duplicated chunk job costs nothing and changes nothing. Segment times are shifted
 * by the chunk's offset, so they count from the start of the call.
 */
export async function transcribeChunk(call: Call, ref: ChunkRef, ports: PipelinePorts): Promise<ChunkTranscript> {
  const key = callKeys.chunkTranscript(call.id, ref.speaker, ref.index);
  const done = await getJson(ports.blobs, key, (raw) => ChunkTranscript.parse(raw));
  if (done) return done;
  const track = call.audio?.tracks.find((t) => t.speaker === ref.speaker);
  const chunk = track?.chunks.find((c) => c.index === ref.index);
  if (!track || !chunk) throw permanent('CHUNK_MISSING', `Call ${call.id} has no audio chunk ${ref.speaker}/${ref.index}; prepare it again.`);
  const transcript = await withTempDir(ports.tmpDir, async (dir) => {
    const path = join(dir, `${ref.speaker}.wav`);
    await pipeline(await ports.blobs.getStream(chunk.key), createWriteStream(path));
    return ports.transcriber.transcribe({
      callId: call.id,
      tracks: [{ path, speaker: ref.speaker === 'mixed' ? null : ref.speaker, durationSec: chunk.durationSec }],
      language: call.meta.language ?? null,
      vocabulary: vocabularyOf(call.meta),
    });
  });
  const result: ChunkTranscript = {
    speaker: ref.speaker,
    index: ref.index,
    offsetSec: chunk.offsetSec,
    engine: transcript.engine,
    model: transcript.model,
    language: transcript.language,
    segments: transcript.segments.map((s) => ({
      ...s,
      startSec: round(s.startSec + chunk.offsetSec),
      endSec: round(s.endSec + chunk.offsetSec),
    })),
  };
  await putJson(ports.blobs, key, result);
  return result;
}

const round = (n: number) => Math.round(n * 100) / 100;
