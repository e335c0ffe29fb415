import type { ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { permanent, retryable, type AppError } from '../errors/app-error.ts';
import { spawnTied } from '../processes/tied-spawn.ts';
import { missingBinary } from './missing-binary.ts';

/** True for a location ffmpeg reads over the network (a presigned S3 URL) rather than from disk. */
export const isRemote = (location: string) => /^https?:\/\//i.test(location);

/**
 * The demuxers (ffmpeg's format names) a recording is read with: the containers of the audio callscribe takes
 * (wav, mp3, m4a/mp4/mov/3gp, ogg/opus, webm/mkv, flac, aac, amr). None of them opens anything but the file
 * itself. Left out on purpose: playlists and lists of files (hls, dash, concat, image sequences) and every
 * other demuxer, which could make ffmpeg read other files or addresses on the worker's behalf.
 */
export const RECORDING_FORMATS = ['wav', 'mp3', 'mov', 'ogg', 'matroska', 'flac', 'aac', 'amr', 'amrnb', 'amrwb'] as const;

/**
 * ffmpeg/ffprobe options to put before `-i location`, for every run that reads a recording: only the
 * recording's own location may be opened (the file protocol for a path; http(s) for a presigned URL, with a
 * proxy's tunnel to the same host), and only by a demuxer in RECORDING_FORMATS. Remote inputs also reconnect
 * after a dropped connection (resuming with a range request) and give up on a stalled one after 30 s instead
 * of hanging.
 */
export function inputOptions(location: string): string[] {
  const only = ['-format_whitelist', RECORDING_FORMATS.join(',')];
  if (!isRemote(location)) return ['-protocol_whitelist', 'file', ...only];
  return [
    '-protocol_whitelist', 'http,https,tcp,tls,httpproxy', ...only,
    '-reconnect', '1', '-reconnect_on_network_error', '1', '-reconnect_on_http_error', '5xx', '-reconnect_delay_max', '4', '-rw_timeout', '30000000',
  ];
}

/**
 * When ffmpeg/ffprobe refused to read a recording with inputOptions (a format not in RECORDING_FORMATS, or
 * a file that points at other files or addresses), the permanent `AUDIO_NOT_AUDIO` to report; else null.
 */
export function refusedInput(stderr: string): AppError | null {
  if (!/not on whitelist/i.test(stderr)) return null;
  return permanent(
    'AUDIO_NOT_AUDIO',
    'The file is not a recording callscribe reads: its format is not one of wav, mp3, m4a/mp4, ogg/opus, webm, flac, aac or amr, or it refers to other files or addresses (a playlist, a list of files). Upload the call recording itself.',
  );
}

/** `text` with the location (a presigned URL is a credential) replaced by `what`. */
export function hideLocation(text: string, location: string, what = 'the recording'): string {
  if (!isRemote(location)) return text;
  const base = location.split('?')[0]!;
  return text.split(location).join(what).split(base).join(what).replace(/https?:\/\/\S+/gi, what);
}

/**
 * When ffmpeg/ffprobe failed because the stored recording could not be fetched (storage down, link
 * expired, connection dropped) rather than because of its content, the retryable error to report; else null.
 */
export function fetchFailure(location: string, stderr: string, err?: unknown): AppError | null {
  if (!isRemote(location)) return null;
  const line = /Server returned [^\n]*|HTTP error [^\n]*|Connection (refused|reset|timed out)[^\n]*|Operation timed out|Network is unreachable|Failed to resolve hostname[^\n]*|Input\/output error/i.exec(stderr)?.[0];
  if (!line) return null;
  return retryable('AUDIO_FETCH_FAILED', `The recording could not be read from storage (${hideLocation(line.trim(), location)}). Check that object storage is reachable; the step is retried while attempts remain, and submitting the recording again resumes it.`, err);
}

/**
 * Gives a started program the niceness `nice` (a kernel priority, -20 to 19: higher yields the CPU to
 * others). Best effort: a program already gone, or a host that forbids it, keeps its priority.
 */
export function lowerPriority(child: ChildProcess, nice: number): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, nice);
  } catch {
    // Exited already, or not allowed here: it runs at the worker's priority.
  }
}

/**
 * Runs ffmpeg or ffprobe on a recording (`location` is among `args`). `exited` resolves with its stdout
 * when it exits 0, else rejects: `FFMPEG_MISSING` when it is not installed, `AUDIO_NOT_AUDIO` when inputOptions
 * refused what it read (`refusedInput`), `AUDIO_FETCH_FAILED` when the recording could not be fetched,
 * `AUDIO_TOOL_STOPPED` (retryable) when a signal ended it and `unreadable` would blame the recording, otherwise `unreadable(last line of stderr, location hidden)`. With
 * `nice`, the program runs at that niceness (lowerPriority); with `stdin: 'pipe'`, it reads what is written
 * to `child.stdin`. The program dies with this process (spawnTied).
 */
export function runOnRecording(
  tool: 'ffmpeg' | 'ffprobe',
  args: readonly string[],
  location: string,
  unreadable: (lastLine: string) => AppError,
  nice?: number,
  stdin: 'ignore' | 'pipe' = 'ignore',
): { child: ChildProcess; exited: Promise<Buffer> } {
  const child = spawnTied(tool, args, { stdio: [stdin, 'pipe', 'pipe'] });
  if (nice) lowerPriority(child, nice);
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => out.push(d));
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<Buffer>((resolve, reject) => {
    child.once('error', (err) => reject(missingBinary(err) ?? err));
    child.once('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const last = hideLocation(stderr.trim().split('\n').at(-1)?.trim() || `${tool} exit code ${code}`, location);
      const failure = refusedInput(stderr) ?? fetchFailure(location, stderr) ?? unreadable(last);
      // Stopped from outside (its worker stopping, the OOM killer), not by what it read: no verdict on the recording.
      if (code === null && signal && !failure.retryable) {
        return reject(retryable('AUDIO_TOOL_STOPPED', `${tool} was stopped (${signal}) before it finished; the step is retried while attempts remain.`, failure));
      }
      reject(failure);
    });
  });
  return { child, exited };
}
