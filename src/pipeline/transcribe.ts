import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CallMeta } from '../domain/call-meta.ts';
import { callKeys } from '../domain/call-keys.ts';
import { Transcript } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { putJson } from '../ports/blob-store.ts';
import type { AudioTrack } from '../ports/transcriber.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { withTempDir } from './temp-dir.ts';

/** USD per audio minute, for the cost estimate on call.json (engines not listed cost nothing). */
const USD_PER_MINUTE: Record<string, number> = {
  'whisper-1': 0.006,
  'gpt-4o-transcribe': 0.006,
  'gpt-4o-mini-transcribe': 0.003,
  'gpt-4o-transcribe-diarize': 0.006,
};

/** Transcribes the prepared tracks and writes transcript.json. */
export async function transcribe(input: { callId: string }, ports: PipelinePorts): Promise<StepResult<Transcript>> {
  const call = await loadCall(ports.blobs, input.callId);
  if (!call.audio) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no prepared audio; run prepare first.`);
  const audio = call.audio;
  const transcript = await withTempDir(ports.tmpDir, async (dir) => {
    const tracks: AudioTrack[] = [];
    for (const track of audio.tracks) {
      const path = join(dir, `${track.speaker}.wav`);
      await pipeline(await ports.blobs.getStream(track.key), createWriteStream(path));
      tracks.push({ path, speaker: track.speaker === 'mixed' ? null : track.speaker, durationSec: audio.durationSec });
    }
    return ports.transcriber.transcribe({ callId: call.id, tracks, language: call.meta.language ?? null, vocabulary: vocabularyOf(call.meta) });
  });
  const parsed = Transcript.parse(transcript);
  await putJson(ports.blobs, callKeys.transcript(call.id), parsed);
  const minutes = (audio.durationSec * audio.tracks.length) / 60;
  const rate = parsed.engine === 'local' ? 0 : (USD_PER_MINUTE[parsed.model ?? ''] ?? 0);
  return {
    output: parsed,
    patch: {
      engines: { ...call.engines, transcriber: { engine: parsed.engine, model: parsed.model } },
      cost: { audioSeconds: audio.durationSec, estimatedUsd: Math.round((call.cost.estimatedUsd + minutes * rate) * 10000) / 10000 },
    },
  };
}

/** Names and companies from the meta, to bias recognition toward them. */
export function vocabularyOf(meta: CallMeta): string[] {
  const words = [meta.rep?.name, meta.customer?.name, meta.customer?.company].filter((w): w is string => Boolean(w));
  return [...new Set(words)];
}
