import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { toFile } from 'openai';
import type { TranscriptionCreateParamsNonStreaming } from 'openai/resources/audio/transcriptions';
import { sortSegments, Transcript, transcriptText, type Speaker } from '../../../domain/transcript.ts';
import { AppError, permanent } from '../../../errors/app-error.ts';
import type { AudioTrack, KnownSpeaker, SpeakerLinking, Transcriber, TranscribeInput } from '../../../ports/transcriber.ts';
import { silentLogger } from '../../../logging/logger.ts';
import { createOpenAiClient, openAiFailure, parseOpenAiConfig, type OpenAiConfigInput } from '../../openai/openai-client.ts';
import { warnOnce } from '../../openai/warn-once.ts';
import { asksForLogprobs, DIARIZE_MODEL, mapTranscription, responseModeOf, type MappingGap } from './transcription.mapper.ts';
import { whisperLanguageCode } from './whisper-language.ts';

/** The API's upload limit (25 MiB); the pipeline's chunks stay below it. */
const MAX_UPLOAD_BYTES = 26_214_400;
/** Whisper's prompt window is 224 tokens; keep the vocabulary hint well inside it. */
const MAX_PROMPT_CHARS = 600;
/** `known_speaker_names[]` / `known_speaker_references[]` of the diarize model: up to 4 voices, 2–10 s each. */
const DIARIZE_LINKING: SpeakerLinking = { maxSpeakers: 4, minClipSec: 2, maxClipSec: 10 };

/**
 * Transcriber on the OpenAI audio API (`POST /audio/transcriptions`), or any compatible server via `baseURL`.
 * Each track is one request (tracks in parallel); the file is a disk-backed Blob rather than a stream, because
 * the SDK does not retry a request whose body is a stream. The diarize model links speakers: `knownSpeakers`
 * of a mixed track go out as `known_speaker_names[]` and `known_speaker_references[]` (WAV data URLs).
 * The call's language goes out as its ISO-639-1 code (`en-US` and `english` as `en`), or not at all when
 * it names no language Whisper knows (the server then detects it): anything else is a 400.
 */
export function createOpenAiTranscriber(cfg: OpenAiConfigInput & { concurrency?: number; audioFormat?: 'wav' | 'flac' }): Transcriber {
  const settings = parseOpenAiConfig('OpenAI transcriber', cfg);
  const client = createOpenAiClient(settings, cfg.fetch);
  const model = settings.model;
  const mode = responseModeOf(model);
  const logprobs = asksForLogprobs(model, mode);
  const server = settings.baseURL ?? 'https://api.openai.com/v1';
  const warn = warnOnce((cfg.logger ?? silentLogger).child({ adapter: 'openai-transcriber' }));

  /** One request per track; null for a track too short to hold speech (the API needs 0.1 s). */
  async function requestTrack(track: AudioTrack, input: TranscribeInput, language: string | null): Promise<unknown> {
    if (track.durationSec < 0.1) return null;
    const format = /\.flac$/i.test(track.path) ? 'flac' : 'wav';
    const blob = await openAsBlob(track.path, { type: `audio/${format}` }).catch((err: unknown) => {
      throw permanent('AUDIO_TRACK_MISSING', `Prepared audio ${track.path} cannot be read; run the prepare stage again.`, err);
    });
    if (blob.size > MAX_UPLOAD_BYTES) {
      throw permanent('OPENAI_AUDIO_TOO_LARGE', `Track ${basename(track.path)} is ${blob.size} bytes; the OpenAI audio API takes at most ${MAX_UPLOAD_BYTES}. Split it into shorter chunks.`);
    }
    const name = /\.(wav|flac)$/i.test(track.path) ? basename(track.path) : `${basename(track.path)}.wav`;
    const params: TranscriptionCreateParamsNonStreaming = {
      file: await toFile(blob, name, { type: `audio/${format}` }),
      model,
      response_format: mode,
      temperature: 0,
      ...(language && { language }),
      ...vocabularyHint(model, mode, input.vocabulary),
      // Segments only: Segment has no word times, and word timestamps cost Whisper an extra alignment pass.
      ...(mode === 'verbose_json' && { timestamp_granularities: ['segment' as const] }),
      ...(logprobs && { include: ['logprobs' as const] }),
      ...(mode === 'diarized_json' && { chunking_strategy: 'auto' as const }),
      ...(track.speaker === null && knownSpeakerFields(input.knownSpeakers ?? [])),
    };

    try {
      return await client.audio.transcriptions.create(params);
    } catch (err) {
      throw openAiFailure(err, `transcribing ${name} with ${model}`, 'TRANSCRIBE_BASE_URL (or OPENAI_BASE_URL)');
    }
  }

  return {
    engine: 'openai',
    model,
    // 10 minutes of 16 kHz mono WAV is 19 MB, under the 25 MB request limit (and the diarize model's 1,400 s).
    maxChunkSec: 600,
    // WAV unless TRANSCRIBE_AUDIO_FORMAT=flac (OpenAI's API takes FLAC; a server of your own may not): a third of the bytes
    // to store and upload for about a fifth more CPU per call. Always WAV for the diarize model: voice references are cut from its chunks.
    chunkFormat: mode === 'diarized_json' ? 'wav' : (cfg.audioFormat ?? 'wav'),
    // A server of your own (often one CPU box) works through requests one at a time: more would only queue and time out.
    concurrency: cfg.concurrency ?? (settings.baseURL ? 2 : 8),
    ...(mode === 'diarized_json' && { linksSpeakers: DIARIZE_LINKING }),
    async transcribe(input) {
      const known = input.knownSpeakers ?? [];
      if (known.length > 0 && mode !== 'diarized_json') {
        throw permanent('SPEAKER_LINKING_UNSUPPORTED', `${model} does not take known speakers; only ${DIARIZE_MODEL} does.`);
      }
      if (known.length > DIARIZE_LINKING.maxSpeakers) {
        throw permanent('SPEAKER_LINKING_UNSUPPORTED', `${known.length} known speakers given; ${model} takes at most ${DIARIZE_LINKING.maxSpeakers}.`);
      }
      const language = whisperLanguageCode(input.language);
      if (input.language && !language) {
        warn(
          'language-unrecognised',
          `The call's language "${input.language}" is not an ISO-639-1 code or a language name Whisper knows: chunks are sent without one, ` +
            'and the server detects the language. Give CallMeta.language as a code such as "en" or "es-MX".',
          { model, server, language: input.language },
        );
      }
      const bodies = await Promise.all(input.tracks.map((track) => requestTrack(track, input, language)));
      // Mapped in track order, so S1, S2… are the same whichever answer arrived first; known ids are never handed out again.
      const knownSpeakers = new Set(known.map((k) => k.id));
      let next = 0;
      const newSpeakerId = (): string => {
        const id = `S${++next}`;
        return knownSpeakers.has(id) ? newSpeakerId() : id;
      };
      if (mode !== 'diarized_json' && input.tracks.some((t) => t.speaker === null)) {
        warn(
          'no-diarization',
          `${model} does not tell speakers apart: a single-channel (mixed) recording becomes one speaker, S1. ` +
            `Record calls with one channel per speaker, or use ${DIARIZE_MODEL} on OpenAI's API.`,
          { model, server },
        );
      }
      const results = input.tracks.map((track, i) => {
        if (bodies[i] === null) return { segments: [], language: null };
        const mapped = mapTranscription(mode, bodies[i], { durationSec: track.durationSec, speaker: track.speaker, newSpeakerId, knownSpeakers, askedLogprobs: logprobs });
        if ('problem' in mapped) {
          throw permanent('OPENAI_INVALID_RESPONSE', `The transcription server answered ${basename(track.path)} with an unexpected body (${mapped.problem}); check that TRANSCRIBE_MODEL=${model} suits the server at TRANSCRIBE_BASE_URL (or OPENAI_BASE_URL).`);
        }
        for (const gap of mapped.gaps) warn(gap, GAP_WARNINGS[gap](model), { model, server });
        return mapped;
      });
      const segments = sortSegments(results.flatMap((r) => r.segments));
      const speakerIds = [...new Set([...input.tracks.flatMap((t) => (t.speaker ? [t.speaker] : [])), ...segments.map((s) => s.speaker)])];
      const speakers: Speaker[] = speakerIds.map((id) => ({ id, role: id === 'rep' || id === 'customer' ? id : 'unknown' }));
      const transcript = Transcript.safeParse({
        schemaVersion: 1,
        engine: 'openai',
        model,
        language: language ?? results.map((r) => r.language).find(Boolean) ?? 'und',
        durationSec: Math.max(0, ...input.tracks.map((t) => t.durationSec), ...segments.map((s) => s.endSec)),
        speakers,
        segments,
        text: transcriptText(segments),
      });
      if (!transcript.success) {
        throw new AppError('OPENAI_INVALID_RESPONSE', `The transcription could not be turned into a transcript: ${transcript.error.message}`);
      }
      return transcript.data;
    },
  };
}

/** What each gap in a server's answers costs the transcript, said once per process. */
const GAP_WARNINGS: Record<MappingGap, (model: string) => string> = {
  'untimed-segments': (model) =>
    `The server answers ${model} in verbose_json without segments: segment times are estimated from the text's length, and segments have no confidence.`,
  'no-logprobs': (model) => `The server does not answer include[]=logprobs for ${model}: segments have no confidence.`,
  'unaligned-logprobs': (model) =>
    `The log probabilities ${model} answered do not spell its text: each segment gets the mean of the whole answer, and words get no confidence.`,
};

/** The voices to recognise, as the diarize model takes them: names, and WAV clips as data URLs in the same order. */
function knownSpeakerFields(known: readonly KnownSpeaker[]): { known_speaker_names?: string[]; known_speaker_references?: string[] } {
  if (known.length === 0) return {};
  return {
    known_speaker_names: known.map((k) => k.id),
    known_speaker_references: known.map((k) => `data:audio/wav;base64,${k.wav.toString('base64')}`),
  };
}

/** Names and terms to listen for: `keywords` where the model takes them, else a `prompt` (never for diarize). */
function vocabularyHint(model: string, mode: string, vocabulary: string[]): { prompt?: string; keywords?: string[] } {
  const terms = [...new Set(vocabulary.map((v) => v.trim()).filter(Boolean))];
  if (terms.length === 0 || mode === 'diarized_json') return {};
  if (model.startsWith('gpt-transcribe')) return { keywords: terms };
  let prompt = 'Names and terms in this call:';
  for (const term of terms) {
    if (prompt.length + term.length + 2 > MAX_PROMPT_CHARS) break;
    prompt += ` ${term},`;
  }
  return { prompt: `${prompt.replace(/,$/, '')}.` };
}
