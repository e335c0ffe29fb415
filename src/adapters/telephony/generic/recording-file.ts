import { AppError, permanent, retryable } from '../../../errors/app-error.ts';
import { retryAfterMs } from '../../../errors/classify-http.ts';
import type { GuardedResponse } from '../../../ports/telephony-source.ts';

/** Audio extensions we keep as they are, and the extension for each audio content type. */
const EXTENSIONS = new Set(['.mp3', '.wav', '.m4a', '.mp4', '.ogg', '.oga', '.opus', '.webm', '.flac', '.aac']);
const BY_TYPE: Record<string, string> = {
  'audio/mpeg': '.mp3',
  'audio/mp3': '.mp3',
  'audio/wav': '.wav',
  'audio/wave': '.wav',
  'audio/x-wav': '.wav',
  'audio/vnd.wave': '.wav',
  'audio/mp4': '.m4a',
  'audio/x-m4a': '.m4a',
  'audio/aac': '.aac',
  'audio/ogg': '.ogg',
  'audio/opus': '.opus',
  'audio/webm': '.webm',
  'audio/flac': '.flac',
  'audio/x-flac': '.flac',
  'video/mp4': '.mp4',
};

/**
 * The recording's extension: the URL path's when it is an audio one, else the content type's, else
 * `fallback`.
 */
export function recordingExtension(url: string, contentType: string | null, fallback: string): string {
  const path = new URL(url).pathname.toLowerCase();
  const ext = path.slice(path.lastIndexOf('.'));
  if (path.lastIndexOf('.') > path.lastIndexOf('/') && EXTENSIONS.has(ext)) return ext;
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return BY_TYPE[type] ?? fallback;
}

/** A filename from a provider's id: only characters safe in a storage key, and not too long. */
export function recordingFilename(id: string, ext: string): string {
  const base = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'recording';
  return base + ext;
}

/**
 * Maps a failed answer from a recording host or provider API to the error that crosses the port:
 * 401/403 → TELEPHONY_AUTH_FAILED (`authFix` says what to check), 404/410 → RECORDING_NOT_FOUND,
 * 408/425/429/5xx → retryable TELEPHONY_UNAVAILABLE (with Retry-After), any other → TELEPHONY_REJECTED.
 * Reads and drops the body so the connection is freed; `what` names the request without its URL.
 */
export function failedAnswer(res: GuardedResponse, what: string, authFix: string): AppError {
  res.body.resume();
  const s = res.status;
  if (s === 401 || s === 403) return permanent('TELEPHONY_AUTH_FAILED', `${what} was refused (${s}). ${authFix}`);
  if (s === 404 || s === 410) return permanent('RECORDING_NOT_FOUND', `${what} answered ${s}: the recording is gone or never existed.`);
  if (s === 408 || s === 425 || s === 429 || s >= 500) {
    const wait = retryAfterMs({ get: (name) => res.headers[name] ?? null });
    return retryable('TELEPHONY_UNAVAILABLE', `${what} answered ${s}; it will be retried.`, undefined, wait);
  }
  return permanent('TELEPHONY_REJECTED', `${what} answered ${s}, which callscribe does not expect.`);
}
