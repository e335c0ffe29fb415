import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import type { Transcriber } from '../ports/transcriber.ts';
import { loadSpeakerReferences } from './speaker-references.ts';
import { ChunkTranscript, madeFromChunk } from './transcribe-chunk.ts';

type Tracks = NonNullable<Call['audio']>['tracks'];

/**
 * After the call's audio is prepared (again), deletes what an earlier preparation left that no longer
 * belongs to it: chunk audio that is not one of `tracks`' chunks, transcript parts not made from the
 * chunk now under their index by this engine, and every voice reference (they are cut again from the
 * first chunk's part when it is reused). A part that still matches is kept, so a prepare run again on
 * the same recording with the same engine (a retry after a crash, a reprocess) pays for nothing twice.
 * A mixed track's later parts go with its first: their speaker ids came from its voices.
 *
 * What is there is found by listing the call's prefix, or, from a store that cannot list, from the
 * previous preparation (`before`). Transcription checks every part it reuses anyway (`transcribeChunk`),
 * so a part this misses (a chunk job of the earlier run still finishing) is never taken for the new chunk.
 */
export async function dropStaleTranscription(
  blobs: BlobStore,
  callId: string,
  before: Call['audio'] | undefined,
  tracks: Tracks,
  transcriber: Pick<Transcriber, 'engine' | 'model'>,
): Promise<void> {
  const listed = async (folder: string): Promise<string[] | null> => {
    if (!blobs.list) return null;
    const keys: string[] = [];
    for await (const key of blobs.list(`calls/${callId}/${folder}/`)) keys.push(key);
    return keys;
  };
  const chunkKeys = new Set(tracks.flatMap((t) => t.chunks.map((c) => c.key)));
  const oldChunks = (await listed('audio')) ?? (before?.tracks ?? []).flatMap((t) => t.chunks.map((c) => c.key));
  const staleAudio = oldChunks.filter((key) => !chunkKeys.has(key));

  const keep = new Set<string>();
  for (const track of tracks) {
    let firstKept = false;
    for (const [i, chunk] of track.chunks.entries()) {
      const key = callKeys.chunkTranscript(callId, track.speaker, chunk.index);
      const part = await getJson(blobs, key, (raw) => ChunkTranscript.safeParse(raw).data ?? null).catch(() => null);
      const current = !!part && madeFromChunk(part, chunk, track.channel, transcriber);
      if (i === 0) firstKept = current;
      if (current && (firstKept || !part.speakerLink)) keep.add(key);
    }
  }
  const oldParts =
    (await listed('transcript-parts')) ??
    [...(before?.tracks ?? []), ...tracks].flatMap((t) => t.chunks.map((c) => callKeys.chunkTranscript(callId, t.speaker, c.index)));
  const staleParts = oldParts.filter((key) => !keep.has(key));

  // The manifest first: one that is there names clips that are all there.
  const references = (await listed('speaker-refs')) ?? (await referenceKeys(blobs, callId, [...(before?.tracks ?? []), ...tracks].map((t) => t.speaker)));
  const manifests = references.filter((key) => key.endsWith('.json'));
  for (const key of [...manifests, ...references.filter((key) => !manifests.includes(key)), ...staleParts, ...staleAudio]) await blobs.delete(key);
}

/** The voice reference manifests and clips stored for these tracks (for a store that cannot list). */
async function referenceKeys(blobs: BlobStore, callId: string, speakers: string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const speaker of new Set(speakers)) {
    const manifest = await loadSpeakerReferences(blobs, callId, speaker).catch(() => null);
    keys.push(callKeys.speakerReferences(callId, speaker), ...(manifest?.speakers.map((s) => s.key) ?? []));
  }
  return keys;
}
