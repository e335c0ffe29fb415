import { stat } from 'node:fs/promises';
import { permanent } from '../errors/app-error.ts';
import { inputOptions, isRemote, runOnRecording } from './media-input.ts';

export interface AudioInfo {
  durationSec: number;
  channels: number;
  sampleRate: number;
  codec: string | null;
  format: string | null;
}

interface ProbeOutput {
  streams?: { codec_type?: string; codec_name?: string; channels?: number; sample_rate?: string; duration?: string }[];
  format?: { duration?: string; format_name?: string };
}

/**
 * Probes a recording with ffprobe and rejects, with a stable code, what cannot be a call recording:
 * `AUDIO_EMPTY` (no bytes or no duration), `AUDIO_NOT_AUDIO` (no audio stream), `AUDIO_CORRUPT` (ffprobe
 * cannot read it). `location` is a file path or a presigned URL (then pass `bytes`, from the store);
 * ffprobe reads only what it needs of it. A recording that could not be fetched is `AUDIO_FETCH_FAILED`
 * (retryable).
 */
export async function probeAudio(location: string, opts: { bytes?: number; nice?: number } = {}): Promise<AudioInfo> {
  const bytes = opts.bytes ?? (isRemote(location) ? null : (await stat(location)).size);
  if (bytes === 0) throw permanent('AUDIO_EMPTY', 'The recording is empty (0 bytes). Upload the file again.');
  const data = await ffprobe(location, opts.nice);
  const stream = data.streams?.find((s) => s.codec_type === 'audio');
  if (!stream) {
    throw permanent('AUDIO_NOT_AUDIO', 'The file has no audio stream. Upload the call recording itself (wav, mp3, ogg, m4a…).');
  }
  const durationSec = Number(stream.duration ?? data.format?.duration ?? 0);
  if (!Number.isFinite(durationSec) || durationSec <= 0) {
    throw permanent('AUDIO_EMPTY', 'The recording has no audio duration. Upload the file again.');
  }
  return {
    durationSec,
    channels: stream.channels ?? 1,
    sampleRate: Number(stream.sample_rate ?? 0),
    codec: stream.codec_name ?? null,
    format: data.format?.format_name ?? null,
  };
}

async function ffprobe(location: string, nice?: number): Promise<ProbeOutput> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', ...inputOptions(location), '-i', location];
  const unreadable = (detail: string) =>
    permanent('AUDIO_CORRUPT', 'The recording could not be read as audio (corrupt or unknown format). Check that the file plays, then upload it again.', new Error(detail));
  const stdout = await runOnRecording('ffprobe', args, location, unreadable, nice).exited;
  try {
    return JSON.parse(stdout.toString('utf8')) as ProbeOutput;
  } catch {
    throw unreadable('ffprobe printed no JSON');
  }
}
