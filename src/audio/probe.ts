import { open, stat } from 'node:fs/promises';
import { AppError, permanent } from '../errors/app-error.ts';
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
 * `AUDIO_EMPTY` (no bytes or no duration), `AUDIO_NOT_AUDIO` (no audio stream, or a file that starts as
 * text or a document: `notAudioKind`), `AUDIO_CORRUPT` (ffprobe cannot read it otherwise). `location` is a
 * file path or a presigned URL (then pass `bytes`, from the store); ffprobe reads only what it needs of it. A recording that could not be fetched is `AUDIO_FETCH_FAILED`
 * (retryable).
 */
export async function probeAudio(location: string, opts: { bytes?: number; nice?: number } = {}): Promise<AudioInfo> {
  const bytes = opts.bytes ?? (isRemote(location) ? null : (await stat(location)).size);
  if (bytes === 0) throw permanent('AUDIO_EMPTY', 'The recording is empty (0 bytes). Upload the file again.');
  const notAudio = (kind: string, cause?: unknown) => permanent('AUDIO_NOT_AUDIO', `The file is ${kind}, not a recording. Upload the call recording itself (wav, mp3, ogg, m4a…).`, cause);
  // A local file's first bytes are looked at first: ffprobe's MP3 reader finds "frames" in a long enough text.
  // A URL's only when ffprobe fails (a request more per call otherwise).
  const localKind = isRemote(location) ? null : notAudioKind(await readHead(location));
  if (localKind) throw notAudio(localKind);
  const data = await ffprobe(location, opts.nice).catch(async (err: unknown) => {
    if (!(err instanceof AppError) || err.code !== 'AUDIO_CORRUPT' || !isRemote(location)) throw err;
    const kind = notAudioKind(await readHead(location));
    throw kind ? notAudio(kind, err) : err;
  });
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

/** What a file ffprobe could not read is, when its first bytes say it is plainly not audio: text, a PDF, a zip (office documents); else null (a damaged recording). */
export function notAudioKind(head: Buffer | null): string | null {
  if (!head || head.length === 0) return null;
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF document';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'a zip archive (or an office document)';
  if (head.includes(0)) return null;
  let text: string;
  try {
    // A multi-byte character cut at the end of the head is not a reason to call it binary.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCharBoundary(head)));
  } catch {
    return null;
  }
  const printable = [...text].filter((c) => /[\p{L}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/u.test(c)).length;
  return printable >= 0.95 * [...text].length ? 'text' : null;
}

/** Where the last whole UTF-8 character of `bytes` ends. */
function lastCharBoundary(bytes: Buffer): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) !== 0x80) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return need > back ? end - back : end;
    }
  }
  return end;
}

/** The first 4 KB of the recording (a file, or a presigned URL read with a Range request); null when they cannot be read. */
async function readHead(location: string): Promise<Buffer | null> {
  try {
    if (isRemote(location)) {
      const res = await fetch(location, { headers: { range: 'bytes=0-4095' }, signal: AbortSignal.timeout(10_000) });
      if (!res.ok || !res.body) return null;
      // A server that ignores Range sends the whole recording: read the first 4 KB of it and hang up.
      const reader = res.body.getReader();
      const parts: Buffer[] = [];
      let got = 0;
      while (got < 4096) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(Buffer.from(value));
        got += value.byteLength;
      }
      await reader.cancel().catch(() => undefined);
      return Buffer.concat(parts).subarray(0, 4096);
    }
    const file = await open(location, 'r');
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}
