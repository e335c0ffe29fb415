import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { probeAudio, type AudioInfo } from '../audio/probe.ts';
import { splitTracks, startDecode, type TrackSpec } from '../audio/split-tracks.ts';
import { channelRoles, sharedChannelProblem } from '../domain/call-meta.ts';
import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { loadCall } from './call-record.ts';
import { enforceConsent } from './consent.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { withTempDir } from '../processes/temp-dir.ts';
import { dropStaleTranscription } from './transcribe-leftovers.ts';

const CONTENT_TYPES = { wav: 'audio/wav', flac: 'audio/flac' } as const;

/** Chunk length when the engine does not say. */
export const DEFAULT_MAX_CHUNK_SEC = 300;

/** How long a presigned recording URL stays valid: long enough for ffmpeg to decode a capped recording. */
const READ_URL_TTL_SEC = 6 * 3600;

/**
 * Checks the recording consent (`enforceConsent`), then the recording, and readies it for the engine: one 16 kHz mono track per speaker for a
 * dual-channel call (roles from CallMeta, rep on channel 0 by default), one mixed track otherwise;
 * each track cut at silences into chunks the engine takes, each knowing its offset, stored as WAV or, for
 * an engine that takes it (`Transcriber.chunkFormat`), as FLAC. ffprobe and ffmpeg
 * read the recording straight from the store (a presigned URL, or the file) — only stores that cannot
 * say where an object is get a temp copy — and it is decoded into scratch tracks in one pass (started
 * beside the probe; a mono recording's is started again once the probe says so), chunks going to the
 * store while decoding goes on. Nothing holds the whole recording in memory; scratch files go, also on
 * failure. What an earlier preparation of the call left and the new chunks do not use (chunks, transcript
 * parts, voice references) is deleted before the new audio is recorded on the call (`dropStaleTranscription`).
 */
export async function prepare(input: { callId: string; call?: Call }, ports: PipelinePorts): Promise<StepResult> {
  const call = input.call ?? (await loadCall(ports.blobs, input.callId));
  await enforceConsent(call, ports, ports.policy.consentRequired ?? false);
  const shared = sharedChannelProblem(call.meta);
  if (shared) {
    throw permanent(
      'AUDIO_CHANNEL_CONFLICT',
      `CallMeta of call ${call.id} is not usable: ${shared}. Fix rep.channel / customer.channel where this call's meta comes from; to process this recording, send it again with the fixed meta (a failed call takes the meta it is sent with).`,
    );
  }
  const { recording } = call;
  if (!recording) throw permanent('BLOB_NOT_FOUND', `Call ${call.id} has no recording yet: it was never fetched from its source. Retry the call to fetch it.`);
  const size = await ports.blobs.head(recording.key);
  if (!size) throw permanent('BLOB_NOT_FOUND', `The recording of call ${call.id} (${recording.key}) is missing from ${ports.blobs.describe}; upload it again.`);
  if (size.bytes > ports.policy.maxBytes) {
    throw permanent('AUDIO_TOO_LARGE', `The recording is ${mib(size.bytes)}, over the ${mib(ports.policy.maxBytes)} limit. Split it or raise MAX_UPLOAD_BYTES.`);
  }
  return withTempDir(ports.tmpDir, async (scratch) => {
    const location = await recordingLocation({ ...call, recording }, ports, scratch);
    // Decoding starts beside the probe, on the guess that the recording has two channels or more: its tracks are then
    // the rep's and the customer's channels, whatever the count. A mono recording is decoded again once the probe says so.
    const likely = trackSpecs(call, Number.POSITIVE_INFINITY);
    const early = await startDecode(location, scratch, likely, ports.childNice);
    let info: AudioInfo;
    let specs: TrackSpec[];
    try {
      info = await probeAudio(location, { bytes: size.bytes, nice: ports.childNice });
      if (info.durationSec > ports.policy.maxDurationSec) {
        throw permanent(
          'AUDIO_TOO_LONG',
          `The recording lasts ${Math.round(info.durationSec / 60)} min, over the ${Math.round(ports.policy.maxDurationSec / 60)} min limit. ` +
            `Split it, or raise MAX_AUDIO_SECONDS (now ${ports.policy.maxDurationSec}).`,
        );
      }
      specs = trackSpecs(call, info.channels);
    } catch (err) {
      await early.cancel();
      throw err;
    }
    const decode = sameTracks(specs, likely) ? early : (await early.cancel(), await startDecode(location, scratch, specs, ports.childNice));
    const maxChunkSec = ports.transcriber.maxChunkSec ?? DEFAULT_MAX_CHUNK_SEC;
    type Stored = NonNullable<Call['audio']>['tracks'][number]['chunks'][number];
    const stored = new Map<string, Stored[]>(specs.map((s) => [s.speaker, []]));
    // Chunks are stored as soon as their borders are decided, while the rest is still being decoded.
    // An engine that links speakers gets WAV: voice references are cut from its chunks.
    const format = ports.transcriber.linksSpeakers ? 'wav' : (ports.transcriber.chunkFormat ?? 'wav');
    await splitTracks(decode, scratch, maxChunkSec, async (speaker, index, span, audio) => {
      const key = callKeys.chunk(call.id, speaker, index, audio.format);
      // In one buffer (one request, no copying into upload parts) unless it is too long to hold.
      await ports.blobs.put(key, (await audio.inMemory()) ?? audio.stream(), { contentType: CONTENT_TYPES[audio.format] });
      stored.get(speaker)!.push({ index, key, offsetSec: span.startSec, durationSec: round(span.endSec - span.startSec) });
    }, { nice: ports.childNice, format, durationSec: info.durationSec });
    const tracks: NonNullable<Call['audio']>['tracks'] = specs.map((t) => ({
      speaker: t.speaker,
      channel: t.channel,
      chunks: stored.get(t.speaker)!.sort((a, b) => a.index - b.index),
    }));
    // A call prepared before (a reprocess, another engine) may hold parts of its old chunks; a first preparation
    // has none to find (parts and voices are made from prepared audio), so it lists nothing.
    if (call.audio) await dropStaleTranscription(ports.blobs, call.id, call.audio, tracks, ports.transcriber);
    ports.logger.debug({ channels: info.channels, durationSec: info.durationSec, chunks: tracks.map((t) => t.chunks.length) }, 'audio prepared');
    return {
      patch: { audio: { durationSec: info.durationSec, channels: info.channels, sampleRate: info.sampleRate, codec: info.codec, tracks } },
    };
  });
}

/** Where ffmpeg can read the recording: the store's own location for it, else a copy in `scratch`. */
async function recordingLocation(call: Call & { recording: NonNullable<Call['recording']> }, ports: PipelinePorts, scratch: string): Promise<string> {
  const { key } = call.recording;
  if (ports.blobs.readLocation) return ports.blobs.readLocation(key, READ_URL_TTL_SEC);
  const copy = join(scratch, `original.${key.split('.').pop()}`);
  await pipeline(await ports.blobs.getStream(key), createWriteStream(copy));
  return copy;
}

function trackSpecs(call: Call, channels: number): TrackSpec[] {
  if (channels < 2) return [{ speaker: 'mixed', channel: null }];
  const roles = channelRoles(call.meta);
  for (const [speaker, channel] of Object.entries(roles)) {
    if (channel >= channels) {
      throw permanent('AUDIO_CHANNEL_MISSING', `CallMeta puts the ${speaker} on channel ${channel}, but the recording has ${channels} channels. Fix rep.channel / customer.channel in the meta.`);
    }
  }
  return [
    { speaker: 'rep', channel: roles.rep },
    { speaker: 'customer', channel: roles.customer },
  ];
}

const sameTracks = (a: readonly TrackSpec[], b: readonly TrackSpec[]) => a.length === b.length && a.every((t, i) => t.speaker === b[i]!.speaker && t.channel === b[i]!.channel);

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const round = (n: number) => Math.round(n * 1000) / 1000;
