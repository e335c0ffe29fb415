import { apiError, missingModel, modelNotFound, type FakeReply } from './openai-http.ts';
import { decodePcmWav, labelByVoice, readKnownSpeakers, wavChunks } from './openai-voices.ts';

/** `POST /v1/audio/transcriptions`, checked the way api-contracts.md §5 documents it. */

export const TRANSCRIBE_MODELS = [
  'whisper-1',
  'gpt-4o-transcribe',
  'gpt-4o-mini-transcribe',
  'gpt-4o-mini-transcribe-2025-12-15',
  'gpt-4o-transcribe-diarize',
  'gpt-transcribe',
];
const DIARIZE = 'gpt-4o-transcribe-diarize';
/** The models that answer `include[]=logprobs` (SDK `TranscriptionCreateParams.include`). */
const LOGPROB_MODELS = ['gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'gpt-4o-mini-transcribe-2025-12-15'];
const FORMATS = ['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'];
const EXTENSIONS = ['flac', 'mp3', 'mp4', 'mpeg', 'mpga', 'm4a', 'ogg', 'wav', 'webm'];
export const MAX_AUDIO_BYTES = 26_214_400;

export interface TranscribeRequest {
  model: string;
  responseFormat: string;
  prompt: string | null;
  language: string | null;
  fileName: string;
  fileBytes: Buffer;
  /** The upload's length, read from its header: a PCM WAV's `fmt ` and `data` chunks or a FLAC's STREAMINFO; null for other formats. */
  audioDurationSec: number | null;
  /** `known_speaker_names[]` of a diarize request (empty otherwise). */
  knownSpeakerNames: string[];
  /** `include[]` (`logprobs`), checked against model and format. */
  include: string[];
}
export interface TranscribeResult {
  text: string;
  /**
   * Seconds from the start of the file; `speaker` is used by `diarized_json`. Left out, the fake labels
   * the segment by the voice it hears there (known speakers by name, others `A`, `B`…; `A` when quiet).
   */
  segments?: { start: number; end: number; text: string; speaker?: string }[];
  /**
   * The tokens of `text` with their log probabilities, answered when `include[]=logprobs` was asked. Left
   * out, the fake cuts `text` into word-sized tokens (each a word with its leading space, or punctuation)
   * at logprob -0.05. `bytes` defaults to the token's UTF-8 (a token may hold part of a character: then give them).
   */
  logprobs?: { token: string; logprob: number; bytes?: number[] }[];
}
export type TranscribeHandler = (req: TranscribeRequest) => TranscribeResult | Promise<TranscribeResult>;

/** Duration of a PCM WAV from its `fmt ` and `data` chunks; null when the bytes are not a WAV. */
export function wavDurationSec(bytes: Buffer): number | null {
  const wav = wavChunks(bytes);
  return wav?.fmt?.byteRate ? wav.data.length / wav.fmt.byteRate : null;
}

/** Duration of a FLAC file from its STREAMINFO block (total samples / sample rate); null when not FLAC or the total is unknown (0). */
export function flacDurationSec(bytes: Buffer): number | null {
  if (bytes.length < 26 || bytes.toString('ascii', 0, 4) !== 'fLaC' || (bytes[4]! & 0x7f) !== 0) return null;
  const packed = bytes.readBigUInt64BE(18); // sample rate (20 bits), channels - 1 (3), bits per sample - 1 (5), total samples (36)
  const sampleRate = Number(packed >> 44n);
  const samples = Number(packed & 0xfffffffffn);
  return sampleRate > 0 && samples > 0 ? samples / sampleRate : null;
}

const WHISPER_LANGUAGE_NAMES: Record<string, string> = { en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', nl: 'dutch', pt: 'portuguese' };

export async function handleTranscription(
  fields: Record<string, string | string[]>,
  file: File | null,
  handler: TranscribeHandler | undefined,
): Promise<FakeReply> {
  const one = (name: string) => (Array.isArray(fields[name]) ? fields[name][0] : fields[name]) ?? null;
  const model = one('model');
  if (!model) return missingModel();
  if (!TRANSCRIBE_MODELS.includes(model)) return modelNotFound(model);
  if (!file) return apiError(400, "Missing required parameter: 'file'.", { param: 'file', code: 'missing_required_parameter' });
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (!ext || !EXTENSIONS.includes(ext)) {
    return apiError(400, `Invalid file format. Supported formats: ${JSON.stringify(EXTENSIONS)}`, { param: 'file' });
  }
  if (file.size > MAX_AUDIO_BYTES) {
    return apiError(413, `Maximum content size limit (${MAX_AUDIO_BYTES}) exceeded (${file.size} bytes read)`);
  }
  const format = one('response_format') ?? 'json';
  if (!FORMATS.includes(format)) return apiError(400, `Invalid value for 'response_format': '${format}'.`, { param: 'response_format', code: 'invalid_value' });
  const allowed = model === DIARIZE ? ['json', 'text', 'diarized_json'] : model === 'whisper-1' ? FORMATS.filter((f) => f !== 'diarized_json') : ['json'];
  if (!allowed.includes(format)) {
    return apiError(400, `response_format '${format}' is not compatible with model '${model}'. Use ${allowed.map((f) => `'${f}'`).join(' or ')} instead.`, { param: 'response_format', code: 'unsupported_value' });
  }
  const granularities = [fields['timestamp_granularities[]'] ?? []].flat();
  if (granularities.some((g) => g !== 'word' && g !== 'segment')) {
    return apiError(400, "Invalid value for 'timestamp_granularities[]'.", { param: 'timestamp_granularities', code: 'invalid_value' });
  }
  if (granularities.length > 0 && (format !== 'verbose_json' || model === DIARIZE)) {
    return apiError(400, "timestamp_granularities are only supported with response_format 'verbose_json'.", { param: 'timestamp_granularities' });
  }
  const prompt = one('prompt');
  if (model === DIARIZE && prompt !== null) return apiError(400, `prompt is not supported with model '${model}'.`, { param: 'prompt' });
  const language = one('language');
  if (language !== null && !/^[a-z]{2}$/.test(language)) {
    return apiError(400, `Invalid language '${language}'. Language parameter must be specified in ISO-639-1 format.`, { param: 'language' });
  }
  const include = [fields['include[]'] ?? []].flat();
  if (include.some((v) => v !== 'logprobs')) return apiError(400, "Invalid value for 'include[]'. Supported values are: 'logprobs'.", { param: 'include', code: 'invalid_value' });
  if (include.length > 0 && (format !== 'json' || !LOGPROB_MODELS.includes(model))) {
    return apiError(400, `include[]=logprobs is only supported with response_format 'json' and the models ${LOGPROB_MODELS.join(', ')}.`, { param: 'include' });
  }
  const temperature = one('temperature');
  if (temperature !== null && !(Number(temperature) >= 0 && Number(temperature) <= 1)) {
    return apiError(400, `Invalid 'temperature': ${temperature}. Expected a value between 0 and 1.`, { param: 'temperature' });
  }
  const fileBytes = Buffer.from(await file.arrayBuffer());
  const audioSec = ext === 'wav' ? wavDurationSec(fileBytes) : ext === 'flac' ? flacDurationSec(fileBytes) : null;
  const chunking = one('chunking_strategy') ?? Object.keys(fields).find((k) => k.startsWith('chunking_strategy['));
  if (model === DIARIZE && !chunking && (audioSec ?? 0) > 30) {
    return apiError(400, 'chunking_strategy is required for diarization models when the input audio is longer than 30 seconds.', { param: 'chunking_strategy' });
  }
  const known = readKnownSpeakers(fields, model === DIARIZE);
  if (!Array.isArray(known)) return known;
  if (!handler) return apiError(500, 'fake: no transcribe handler was given to startOpenAiFake', { type: 'server_error' });

  const knownSpeakerNames = known.map((k) => k.name);
  const result = await handler({ model, responseFormat: format, prompt, language, fileName: file.name, fileBytes, audioDurationSec: audioSec, knownSpeakerNames, include });
  const duration = audioSec ?? Math.max(0, ...(result.segments ?? []).map((s) => s.end));
  let segments = result.segments ?? (result.text.trim() ? [{ start: 0, end: duration, text: result.text }] : []);
  const pcm = format === 'diarized_json' ? decodePcmWav(fileBytes) : null;
  if (pcm) {
    const heard = labelByVoice(segments.filter((s) => s.speaker === undefined), pcm, known);
    let next = 0;
    segments = segments.map((s) => ({ ...s, speaker: s.speaker ?? heard[next++]!.speaker }));
  }
  const body = shape(format, result.text, segments, duration, language, granularities);
  if (include.includes('logprobs') && typeof body === 'object') {
    const tokens: NonNullable<TranscribeResult['logprobs']> = result.logprobs ?? tokensOf(result.text).map((token) => ({ token, logprob: -0.05 }));
    const logprobs = tokens.map((t) => ({ ...t, bytes: t.bytes ?? [...Buffer.from(t.token)] }));
    return { status: 200, body: { ...body, logprobs } };
  }
  return { status: 200, body };
}

/** Word-sized tokens whose concatenation is `text`: a word with its leading spaces, or a run of punctuation. */
export function tokensOf(text: string): string[] {
  return text.match(/\s*[\p{L}\p{N}']+|\s*[^\s\p{L}\p{N}']+|\s+/gu) ?? [];
}

function shape(
  format: string,
  text: string,
  segments: NonNullable<TranscribeResult['segments']>,
  duration: number,
  language: string | null,
  granularities: string[],
): unknown {
  const usage = { type: 'duration', seconds: Math.ceil(duration) };
  switch (format) {
    case 'text':
      return `${text}\n`;
    case 'srt':
    case 'vtt':
      return subtitles(format, segments);
    case 'diarized_json':
      return {
        task: 'transcribe',
        duration,
        text,
        segments: segments.map((s, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: s.start, end: s.end, speaker: s.speaker ?? 'A', text: s.text })),
        usage,
      };
    case 'verbose_json': {
      const wanted = granularities.length ? granularities : ['segment'];
      return {
        task: 'transcribe',
        language: WHISPER_LANGUAGE_NAMES[language ?? 'en'] ?? language,
        duration,
        text,
        ...(wanted.includes('segment') && {
          segments: segments.map((s, i) => ({
            id: i,
            seek: Math.floor(s.start * 100),
            start: s.start,
            end: s.end,
            text: ` ${s.text.trim()}`,
            tokens: s.text.split(/\s+/).map((_, j) => 50364 + j),
            temperature: 0,
            avg_logprob: -0.25,
            compression_ratio: 1.2,
            no_speech_prob: 0.01,
          })),
        }),
        ...(wanted.includes('word') && { words: segments.flatMap(wordsOf) }),
        usage,
      };
    }
    default:
      return { text, usage };
  }
}

function wordsOf(s: { start: number; end: number; text: string }) {
  const words = s.text.trim().split(/\s+/).filter(Boolean);
  const step = (s.end - s.start) / Math.max(1, words.length);
  return words.map((word, i) => ({ word, start: s.start + i * step, end: s.start + (i + 1) * step }));
}

function subtitles(format: 'srt' | 'vtt', segments: { start: number; end: number; text: string }[]): string {
  const time = (sec: number) => {
    const ms = Math.round(sec * 1000);
    const hh = String(Math.floor(ms / 3_600_000)).padStart(2, '0');
    const mm = String(Math.floor(ms / 60_000) % 60).padStart(2, '0');
    const ss = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
    return `${hh}:${mm}:${ss}${format === 'srt' ? ',' : '.'}${String(ms % 1000).padStart(3, '0')}`;
  };
  const cues = segments.map((s, i) => `${format === 'srt' ? `${i + 1}\n` : ''}${time(s.start)} --> ${time(s.end)}\n${s.text.trim()}\n`);
  return `${format === 'vtt' ? 'WEBVTT\n\n' : ''}${cues.join('\n')}`;
}
