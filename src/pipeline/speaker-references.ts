import { open } from 'node:fs/promises';
import { z } from 'zod';
import { SAMPLE_RATE } from '../audio/silence-meter.ts';
import { parseWavHeader, pcmWavHeader } from '../audio/wav.ts';
import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import type { Segment } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';
import type { KnownSpeaker, SpeakerLinking, Transcriber } from '../ports/transcriber.ts';

/**
 * Voice references of a mixed track: one clip per speaker of its first chunk, which later chunks send
 * to the engine so the same voice keeps the same id. Stored as clips first, then this manifest, so a
 * manifest that is there is complete.
 */
export const SpeakerReferences = z.object({
  track: z.string(),
  sourceChunk: z.number().int().min(0),
  /** Times are seconds from the start of the source chunk. */
  speakers: z.array(z.object({ id: z.string(), key: z.string(), startSec: z.number(), endSec: z.number() })),
  /** Speakers of the source chunk left out: no turn long enough for a clip, or over the engine's limit. */
  skipped: z.array(z.string()),
});
export type SpeakerReferences = z.infer<typeof SpeakerReferences>;

/** Trimmed off each end of a turn when there is room, so a clip holds no neighbour's voice. */
const EDGE_MS = 100;

/**
 * The part a chunk plays in linking speakers: the first chunk of a mixed track is the `source` of the
 * references, the others are `linked`; null when the engine cannot link or there is nothing to link.
 */
export function linkRoleOf(call: Call, ref: { speaker: string; index: number }, transcriber: Transcriber): 'source' | 'linked' | null {
  if (!transcriber.linksSpeakers || ref.speaker !== 'mixed') return null;
  const chunks = call.audio?.tracks.find((t) => t.speaker === ref.speaker)?.chunks ?? [];
  if (chunks.length < 2) return null;
  return ref.index === Math.min(...chunks.map((c) => c.index)) ? 'source' : 'linked';
}

/**
 * One clip span per speaker, from their longest turn: at least `minClipSec` (else the speaker is
 * skipped), at most `maxClipSec` (the middle of a longer turn). With more speakers than the engine
 * takes, the ones who spoke longest. Times in whole milliseconds, from the chunk's start.
 */
export function referenceSpans(segments: readonly Segment[], limits: SpeakerLinking): { spans: { id: string; startSec: number; endSec: number }[]; skipped: string[] } {
  const ids = [...new Set(segments.map((s) => s.speaker))];
  const minMs = limits.minClipSec * 1000;
  const maxMs = limits.maxClipSec * 1000;
  const candidates = ids.flatMap((id) => {
    const turns = segments.filter((s) => s.speaker === id);
    const longest = turns.reduce((a, b) => (b.endSec - b.startSec > a.endSec - a.startSec ? b : a));
    let from = Math.round(longest.startSec * 1000);
    let to = Math.round(longest.endSec * 1000);
    if (to - from - 2 * EDGE_MS >= minMs) [from, to] = [from + EDGE_MS, to - EDGE_MS];
    if (to - from < minMs) return [];
    if (to - from > maxMs) {
      from += Math.floor((to - from - maxMs) / 2);
      to = from + maxMs;
    }
    const spoken = turns.reduce((sum, s) => sum + s.endSec - s.startSec, 0);
    return [{ id, startSec: from / 1000, endSec: to / 1000, spoken }];
  });
  const kept = new Set([...candidates].sort((a, b) => b.spoken - a.spoken).slice(0, limits.maxSpeakers).map((c) => c.id));
  return {
    spans: candidates.filter((c) => kept.has(c.id)).map(({ id, startSec, endSec }) => ({ id, startSec, endSec })),
    skipped: ids.filter((id) => !kept.has(id)),
  };
}

/** A 16 kHz mono 16-bit WAV of `[startSec, endSec)` of such a WAV file, read without loading the whole file. */
export async function cutWavClip(path: string, startSec: number, endSec: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const { dataOffset } = parseWavHeader(head.subarray(0, bytesRead));
    const from = Math.round(startSec * SAMPLE_RATE) * 2;
    const pcm = Buffer.alloc(Math.max(0, Math.round(endSec * SAMPLE_RATE) * 2 - from));
    const { bytesRead: got } = await file.read(pcm, 0, pcm.length, dataOffset + from);
    return Buffer.concat([pcmWavHeader(got, SAMPLE_RATE), pcm.subarray(0, got)]);
  } finally {
    await file.close();
  }
}

/** Cuts and stores the references of a track from its source chunk (`wavPath`, with its segments at chunk-local times). */
export async function storeSpeakerReferences(
  blobs: BlobStore,
  at: { callId: string; track: string; sourceChunk: number },
  wavPath: string,
  segments: readonly Segment[],
  limits: SpeakerLinking,
): Promise<SpeakerReferences> {
  const { spans, skipped } = referenceSpans(segments, limits);
  const speakers = await Promise.all(
    spans.map(async (span) => {
      const key = callKeys.speakerReferenceClip(at.callId, at.track, span.id);
      await blobs.put(key, await cutWavClip(wavPath, span.startSec, span.endSec), { contentType: 'audio/wav' });
      return { ...span, key };
    }),
  );
  const references: SpeakerReferences = { track: at.track, sourceChunk: at.sourceChunk, speakers, skipped };
  await putJson(blobs, callKeys.speakerReferences(at.callId, at.track), references);
  return references;
}

export function loadSpeakerReferences(blobs: BlobStore, callId: string, track: string): Promise<SpeakerReferences | null> {
  return getJson(blobs, callKeys.speakerReferences(callId, track), (raw) => SpeakerReferences.parse(raw));
}

/** The stored references as the engine takes them. */
export async function knownSpeakersOf(blobs: BlobStore, references: SpeakerReferences): Promise<KnownSpeaker[]> {
  return Promise.all(
    references.speakers.map(async ({ id, key }) => {
      const wav = await blobs.getBuffer(key);
      if (!wav) throw permanent('SPEAKER_REFS_MISSING', `The voice reference ${key} is gone though its manifest is stored; transcribe the call again.`);
      return { id, wav };
    }),
  );
}
