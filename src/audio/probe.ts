import ffmpeg from 'fluent-ffmpeg';
import { stat } from 'node:fs/promises';
import { permanent } from '../errors/app-error.ts';
import { missingBinary } from './missing-binary.ts';

export interface AudioInfo {
  durationSec: number;
  channels: number;
  sampleRate: number;
  codec: string | null;
  format: string | null;
}

/**
 * Probes a recording with ffprobe and rejects, with a stable code, what cannot be a call recording:
 * `AUDIO_EMPTY` (no bytes or no duration), `AUDIO_NOT_AUDIO` (no audio stream), `AUDIO_CORRUPT` (ffprobe
 * cannot read it).
 */
export async function probeAudio(path: string): Promise<AudioInfo> {
  const { size } = await stat(path);
  if (size === 0) throw permanent('AUDIO_EMPTY', 'The recording is empty (0 bytes). Upload the file again.');
  const data = await new Promise<ffmpeg.FfprobeData>((resolve, reject) =>
    ffmpeg.ffprobe(path, (err: unknown, out: ffmpeg.FfprobeData) => (err ? reject(err) : resolve(out))),
  ).catch((err: unknown) => {
    throw missingBinary(err) ?? permanent(
      'AUDIO_CORRUPT',
      'The recording could not be read as audio (corrupt or unknown format). Check that the file plays, then upload it again.',
      err,
    );
  });
  const stream = data.streams.find((s) => s.codec_type === 'audio');
  if (!stream) {
    throw permanent('AUDIO_NOT_AUDIO', 'The file has no audio stream. Upload the call recording itself (wav, mp3, ogg, m4a…).');
  }
  const durationSec = Number(stream.duration ?? data.format.duration ?? 0);
  if (!Number.isFinite(durationSec) || durationSec <= 0) {
    throw permanent('AUDIO_EMPTY', 'The recording has no audio duration. Upload the file again.');
  }
  return {
    durationSec,
    channels: stream.channels ?? 1,
    sampleRate: Number(stream.sample_rate ?? 0),
    codec: stream.codec_name ?? null,
    format: data.format.format_name ?? null,
  };
}
