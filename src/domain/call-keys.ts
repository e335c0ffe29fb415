/** Object keys of a call's artifacts (DESIGN.md, "S3 layout"). Keys are built only from our own ids, never from user input. */
export const callKeys = {
  call: (callId: string) => `calls/${callId}/call.json`,
  original: (callId: string, ext: string) => `calls/${callId}/original.${ext}`,
  chunk: (callId: string, speaker: string, index: number, format: 'wav' | 'flac' = 'wav') => `calls/${callId}/audio/${speaker}/chunk-${String(index).padStart(4, '0')}.${format}`,
  chunkTranscript: (callId: string, speaker: string, index: number) => `calls/${callId}/transcript-parts/${speaker}-${String(index).padStart(4, '0')}.json`,
  transcript: (callId: string) => `calls/${callId}/transcript.json`,
  /** A transcript that came with the recording, as sent (WebVTT). */
  providedTranscript: (callId: string) => `calls/${callId}/transcript.provided.vtt`,
  /** Voice references cut from a mixed track's first chunk, so later chunks keep its speaker ids. */
  speakerReferences: (callId: string, speaker: string) => `calls/${callId}/speaker-refs/${speaker}.json`,
  speakerReferenceClip: (callId: string, speaker: string, id: string) => `calls/${callId}/speaker-refs/${speaker}-${id}.wav`,
  insights: (callId: string) => `calls/${callId}/insights.json`,
  crm: (callId: string) => `calls/${callId}/crm.json`,
};

const SAFE_EXTENSIONS = new Set(['wav', 'mp3', 'ogg', 'opus', 'flac', 'm4a', 'mp4', 'webm', 'aac', 'amr', 'bin']);

/** The extension we store a recording under: a known audio extension taken from the filename, else `bin`. */
export function recordingExtension(filename: string | null | undefined): string {
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]{1,5})$/)?.[1];
  return ext && SAFE_EXTENSIONS.has(ext) ? ext : 'bin';
}

/** A call id derived from its source: the recording's content hash, or the provider's recording id. */
export function callIdFromSha256(sha256Hex: string): string {
  return `c_${sha256Hex.slice(0, 24)}`;
}
