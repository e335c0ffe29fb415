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
  'audio/m4a': '.m4a',
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
 * `fallback` (the format the provider records in).
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
