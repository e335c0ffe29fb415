import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { attributeSpeakers } from '../domain/speaker-attribution.ts';
import { dispositionOf, sortSegments, Transcript, transcriptText } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { putJson } from '../ports/blob-store.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { transcribeChunk, type ChunkRef, type ChunkTranscript } from './transcribe-chunk.ts';

/** USD per audio minute, for the cost estimate on call.json (engines not listed cost nothing). */
const USD_PER_MINUTE: Record<string, number> = {
  'whisper-1': 0.006,
  'gpt-4o-transcribe': 0.006,
  'gpt-4o-mini-transcribe': 0.003,
  'gpt-4o-transcribe-diarize': 0.006,
};

/** Every chunk of every track of a prepared call. */
export function chunkRefs(call: Call): ChunkRef[] {
  return (call.audio?.tracks ?? []).flatMap((t) => t.chunks.map((c) => ({ speaker: t.speaker, index: c.index })));
}

/**
 * Transcribes a prepared call and writes transcript.json. Chunks already transcribed (by chunk jobs in
 * parallel, or an earlier attempt) are reused; the rest run here, `transcriber.concurrency` at a time.
 * Chunk results are merged in time order with global timestamps; silent stretches have no chunks, so
 * they add no text.
 */
export async function transcribe(input: { callId: string }, ports: PipelinePorts): Promise<StepResult<Transcript>> {
  const call = await loadCall(ports.blobs, input.callId);
  if (!call.audio) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no prepared audio; run prepare first.`);
  const refs = chunkRefs(call);
  const parts = await mapLimit(refs, ports.transcriber.concurrency ?? 2, (ref) => transcribeChunk(call, ref, ports));
  const transcript = Transcript.parse(attributeSpeakers(mergeChunks(call, parts, ports.transcriber), call.meta));
  await putJson(ports.blobs, callKeys.transcript(call.id), transcript);
  const speechSec = parts.length ? call.audio.tracks.flatMap((t) => t.chunks).reduce((sum, c) => sum + c.durationSec, 0) : 0;
  const rate = transcript.engine === 'local' ? 0 : (USD_PER_MINUTE[transcript.model ?? ''] ?? 0);
  return {
    output: transcript,
    patch: {
      disposition: dispositionOf(transcript, call.audio.tracks.map((t) => t.speaker)),
      engines: { ...call.engines, transcriber: { engine: transcript.engine, model: transcript.model } },
      cost: { audioSeconds: round(speechSec), estimatedUsd: Math.round((call.cost.estimatedUsd + (speechSec / 60) * rate) * 10000) / 10000 },
    },
  };
}

/** One transcript from the chunks of all tracks: segments in time order, speakers from the tracks. */
export function mergeChunks(call: Call, parts: readonly ChunkTranscript[], engine: { engine: string; model: string | null }): Transcript {
  const segments = sortSegments(parts.flatMap((p) => p.segments));
  const ids = [...new Set([...(call.audio?.tracks ?? []).map((t) => t.speaker).filter((s) => s !== 'mixed'), ...segments.map((s) => s.speaker)])];
  return {
    schemaVersion: 1,
    engine: parts[0]?.engine ?? engine.engine,
    model: parts[0]?.model ?? engine.model,
    language: parts[0]?.language ?? call.meta.language ?? 'en',
    durationSec: call.audio?.durationSec ?? 0,
    speakers: ids.map((id) => ({ id, role: id === 'rep' || id === 'customer' ? id : 'unknown' })),
    segments,
    text: transcriptText(segments),
  };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the input order in the result. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

const round = (n: number) => Math.round(n * 100) / 100;
