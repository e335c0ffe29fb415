import ffmpeg from 'fluent-ffmpeg';
import { permanent } from '../errors/app-error.ts';
import { inputOptions, refusedInput } from './media-input.ts';
import { missingBinary } from './missing-binary.ts';

/**
 * Decodes `input` and writes a 16 kHz mono 16-bit PCM WAV of one channel (`channel` given) or of all
 * channels mixed (`channel` null). Uses `pan` rather than `channelsplit`, whose WAVE_FORMAT_EXTENSIBLE
 * output pocketsphinx rejects. A decode failure is `AUDIO_CORRUPT`.
 */
export async function toEngineWav(input: string, output: string, channel: number | null): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const cmd = ffmpeg(input).inputOptions(inputOptions(input)).noVideo().audioCodec('pcm_s16le').audioFrequency(16000).audioChannels(1);
    if (channel !== null) cmd.audioFilters(`pan=mono|c0=c${channel}`);
    cmd
      .outputOptions(['-map_metadata', '-1', '-xerror'])
      .format('wav')
      .on('error', (err: Error, _stdout: string | null, stderr: string | null) =>
        reject(
          missingBinary(err) ??
          refusedInput(stderr ?? '') ??
          permanent(
            'AUDIO_CORRUPT',
            `The recording could not be decoded (${lastLine(stderr) ?? err.message}). Check that the file plays, then upload it again.`,
            err,
          ),
        ),
      )
      .on('end', () => resolve())
      .save(output);
  });
}

function lastLine(text: string | null): string | null {
  const lines = (text ?? '').trim().split('\n').filter(Boolean);
  return lines.at(-1)?.trim() ?? null;
}
