import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { decodeFlacToWav } from '../audio/flac.ts';
import type { Call } from '../domain/call.ts';
import { callKeys } from '../domain/call-keys.ts';
import { redactionList } from '../domain/redact.ts';
import { redactSegments } from '../domain/redact/segments.ts';
import { Segment } from '../domain/transcript.ts';
import { AppError, permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import type { KnownSpeaker, Transcriber } from '../ports/transcriber.ts';
import { knownSpeakersOf, linkRoleOf, loadSpeakerReferences, storeSpeakerReferences } from './speaker-references.ts';
import { vocabularyOf } from './vocabulary.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import { withTempDir } from '../processes/temp-dir.ts';

const ChunkOrigin = z.object({
  key: z.string(),
  offsetSec: z.number(),
  durationSec: z.number(),
  channel: z.number().int().nullable(),
  engine: z.string(),
  model: z.string().nullable(),
});
type ChunkOrigin = z.infer<typeof ChunkOrigin>;

/** One chunk's recognition, with times already shifted to the whole call. */
export const ChunkTranscript = z.object({
  speaker: z.string(),
  index: z.number().int(),
  offsetSec: z.number(),
  engine: z.string(),
  model: z.string().nullable(),
  language: z.string(),
  segments: z.array(Segment),
  /**
   * Speakers linked across the chunks of a mixed track: the `source` chunk's voices became the
   * references; a `linked` chunk was sent those `references` (ids), and its other voices have ids of
   * their own (`c<index>.S<n>`). Absent when the engine does not link speakers.
   */
  speakerLink: z.object({ role: z.enum(['source', 'linked']), references: z.array(z.string()).optional() }).optional(),
  /**
   * The chunk this part was made from and the engine that heard it. Prepared again (a reprocess, another
   * engine's chunk length), a track's chunk N may be other audio under the same index: a part is reused
   * only while this still describes the call's chunk and the engine configured (`madeFromChunk`).
   * Absent on parts stored before it existed, which are never reused.
   */
  madeFrom: ChunkOrigin.optional(),
  /** What was redacted from the segments before the part was stored (`redactSegments`), one entry per kind. */
  redactions: z.array(z.object({ kind: z.string(), count: z.number().int().min(1) })).optional(),
});
export type ChunkTranscript = z.infer<typeof ChunkTranscript>;

export type ChunkRef = { speaker: string; index: number };

type PreparedChunk = { key: string; offsetSec: number; durationSec: number };

/** What a part was made from: the prepared chunk (its key, place on the track and the track's channel) and the engine. */
export function chunkOrigin(chunk: PreparedChunk, channel: number | null, transcriber: Pick<Transcriber, 'engine' | 'model'>): ChunkOrigin {
  return { key: chunk.key, offsetSec: chunk.offsetSec, durationSec: chunk.durationSec, channel, engine: transcriber.engine, model: transcriber.model };
}

/** Whether a stored part was made from this very chunk, as prepared now, by the engine configured now. */
export function madeFromChunk(part: ChunkTranscript, chunk: PreparedChunk, channel: number | null, transcriber: Pick<Transcriber, 'engine' | 'model'>): boolean {
  const want = chunkOrigin(chunk, channel, transcriber);
  const have = part.madeFrom;
  return !!have && (Object.keys(want) as (keyof ChunkOrigin)[]).every((k) => have[k] === want[k]);
}

/** Thrown for a later chunk of a mixed track while its track's voice references are not stored yet. */
export const REFERENCES_PENDING = 'SPEAKER_REFS_PENDING';

/**
 * Transcribes one chunk of one track and stores the result (`transcript-parts/…`), unless it is stored
 * already (`reused`), made from this very chunk by this engine: a retried or duplicated chunk job costs
 * nothing and changes nothing; a part left by an earlier preparation of the call, or another engine, is
 * transcribed again and replaced. Segment times are shifted
 * by the chunk's offset, so they count from the start of the call.
 *
 * With an engine that links speakers, a mixed track's first chunk is stored with voice references cut
 * from it, and a later chunk needs them: until they are stored it fails with the retryable
 * `SPEAKER_REFS_PENDING` (before any request), and the caller runs it again later.
 */
export async function transcribeChunk(call: Call, ref: ChunkRef, ports: PipelinePorts): Promise<{ part: ChunkTranscript; reused: boolean }> {
  const key = callKeys.chunkTranscript(call.id, ref.speaker, ref.index);
  const track = call.audio?.tracks.find((t) => t.speaker === ref.speaker);
  const chunk = track?.chunks.find((c) => c.index === ref.index);
  const role = linkRoleOf(call, ref, ports.transcriber);
  const current = (part: ChunkTranscript | null) => (part && chunk && madeFromChunk(part, chunk, track!.channel, ports.transcriber) ? part : null);
  const stored = async () => current(await getJson(ports.blobs, key, (raw) => ChunkTranscript.parse(raw)));
  const done = await stored();
  if (done && role === 'source' && chunk) await ensureReferences(call, ref, chunk, done, ports);
  if (done) return { part: done, reused: true };
  if (!track || !chunk) throw permanent('CHUNK_MISSING', `Call ${call.id} has no audio chunk ${ref.speaker}/${ref.index}; prepare it again.`);

  let known: KnownSpeaker[] = [];
  if (role === 'linked') {
    const references = await loadSpeakerReferences(ports.blobs, call.id, ref.speaker);
    if (!references) {
      throw new AppError(REFERENCES_PENDING, `Chunk ${ref.speaker}/${ref.index} of call ${call.id} waits for the voice references of the track's first chunk.`, { retryable: true });
    }
    known = await knownSpeakersOf(ports.blobs, references);
  }
  const knownIds = new Set(known.map((k) => k.id));

  const part = await withChunkAudio(ref, chunk.key, ports, async (path) => {
    const transcript = await ports.transcriber.transcribe({
      callId: call.id,
      tracks: [{ path, speaker: ref.speaker === 'mixed' ? null : ref.speaker, durationSec: chunk.durationSec }],
      language: call.meta.language ?? null,
      vocabulary: vocabularyOf(call.meta),
      ...(known.length > 0 && { knownSpeakers: known }),
      ...(ports.childNice && { nice: ports.childNice }),
    });
    // A voice the engine did not match to a reference is this chunk's own: its id must not meet another chunk's.
    const speakerOf = (id: string) => (role === 'linked' && !knownIds.has(id) ? `c${ref.index}.${id}` : id);
    // Stored redacted: a part holds no card or id in clear. One said across the chunk's border is cut in two
    // here, neither half a whole number; the whole transcript (`transcribe`) redacts it whole.
    const redacted = redactSegments(transcript.segments.map((s) => ({ ...s, speaker: speakerOf(s.speaker) })));
    const redactions = redactionList(redacted.counts);
    const result: ChunkTranscript = {
      speaker: ref.speaker,
      index: ref.index,
      offsetSec: chunk.offsetSec,
      engine: transcript.engine,
      model: transcript.model,
      language: transcript.language,
      segments: redacted.segments.map((s) => ({
        ...s,
        startSec: round(s.startSec + chunk.offsetSec),
        endSec: round(s.endSec + chunk.offsetSec),
      })),
      ...(role === 'source' && { speakerLink: { role } }),
      ...(role === 'linked' && { speakerLink: { role, references: [...knownIds] } }),
      madeFrom: chunkOrigin(chunk, track.channel, ports.transcriber),
      ...(redactions.length > 0 && { redactions }),
    };
    if (role !== 'source') {
      await putJson(ports.blobs, key, result);
      return result;
    }
    // The references must match the stored result: a duplicate job that stored first wins, and ours is dropped.
    const winner = (await stored()) ?? (await putJson(ports.blobs, key, result), result);
    await storeSpeakerReferences(ports.blobs, { callId: call.id, track: ref.speaker, sourceChunk: ref.index }, path, localSegments(winner), ports.transcriber.linksSpeakers!);
    return winner;
  });
  return { part, reused: false };
}

/** Stores the references of a source chunk transcribed earlier (by a run that stopped before storing them). */
async function ensureReferences(call: Call, ref: ChunkRef, chunk: { key: string }, done: ChunkTranscript, ports: PipelinePorts): Promise<void> {
  if (await loadSpeakerReferences(ports.blobs, call.id, ref.speaker)) return;
  await withChunkAudio(ref, chunk.key, ports, (path) =>
    storeSpeakerReferences(ports.blobs, { callId: call.id, track: ref.speaker, sourceChunk: ref.index }, path, localSegments(done), ports.transcriber.linksSpeakers!),
  );
}

/**
 * Runs `work` with the chunk's audio on local disk, removed afterwards: as stored (WAV or FLAC), or as WAV
 * when it was stored as FLAC and the engine now configured takes WAV only (the engine was changed after
 * the call was prepared) or links speakers (voice references are cut from the chunk).
 */
function withChunkAudio<T>(ref: ChunkRef, key: string, ports: PipelinePorts, work: (path: string) => Promise<T>): Promise<T> {
  return withTempDir(ports.tmpDir, async (dir) => {
    const flac = key.endsWith('.flac');
    const path = join(dir, `${ref.speaker}${flac ? '.flac' : '.wav'}`);
    await pipeline(await ports.blobs.getStream(key), createWriteStream(path));
    if (!flac || (ports.transcriber.chunkFormat === 'flac' && !ports.transcriber.linksSpeakers)) return work(path);
    const wav = join(dir, `${ref.speaker}.wav`);
    await decodeFlacToWav(path, wav, ports.childNice);
    return work(wav);
  });
}

/** A stored chunk's segments at times from the chunk's start again. */
function localSegments(part: ChunkTranscript): Segment[] {
  return part.segments.map((s) => ({ ...s, startSec: round(s.startSec - part.offsetSec), endSec: round(s.endSec - part.offsetSec) }));
}

const round = (n: number) => Math.round(n * 100) / 100;
