import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, type FakeReply } from './fake-server.ts';
import { wavDurationSec } from './openai-audio.ts';
import type { RecordedRequest } from './openai-http.ts';

/**
 * A self-hosted Whisper server as speaches 0.8.3 (formerly faster-whisper-server) answers
 * `POST /v1/audio/transcriptions`; read from its source (`src/speaches/routers/stt.py`, `api_types.py`,
 * `dependencies.py`, `model_aliases.py` at tag v0.8.3):
 * - FastAPI: errors are `{"detail": "…"}`, or `{"detail": [{type, loc, msg, input}]}` with 422 for a field
 *   that fails validation; auth (only when the server has an API key) is 403 `Not authenticated` / `Forbidden`.
 * - `response_format` is one of text, json, verbose_json, srt, vtt (`diarized_json` is a 422); json is
 *   `{text}` only (no `logprobs`, no `usage`).
 * - verbose_json: `{task, language (ISO code), duration, text, words, segments}`; every segment has
 *   avg_logprob, compression_ratio, no_speech_prob, tokens, temperature and `words`; `words` is null unless
 *   `timestamp_granularities[]=word` was asked (then each word has a `probability`). No diarization, no
 *   speaker labels.
 * - `timestamp_granularities[]` other than segment/word combinations fails an assert (500, plain text);
 *   with a format other than verbose_json it is only logged.
 * - Fields it does not know (`chunking_strategy`, `include[]`, `known_speaker_names[]`…) are ignored.
 * - A model must be in its cache (`POST /v1/models/{id}` downloads it): else 404 "not installed locally".
 *   `whisper-1` is an alias of Systran/faster-whisper-large-v3.
 * What the "model" hears comes from the handler the test supplies.
 */

export interface SpeachesSegment {
  start: number;
  end: number;
  text: string;
  /** Whisper's scores of the segment (defaults -0.3, 0.02, 1.3). */
  avgLogprob?: number;
  noSpeechProb?: number;
  compressionRatio?: number;
}
export interface SpeachesRequest {
  model: string;
  responseFormat: string;
  language: string | null;
  prompt: string | null;
  timestampGranularities: string[];
  wavDurationSec: number | null;
  fileName: string;
}
export interface SpeachesResult {
  /** Detected language as faster-whisper names it (ISO code); default the request's, else `en`. */
  language?: string;
  segments: SpeachesSegment[];
}
export type SpeachesHandler = (req: SpeachesRequest) => SpeachesResult | Promise<SpeachesResult>;

export interface SpeachesFakeOptions {
  transcribe: SpeachesHandler;
  /** Models in the server's Hugging Face cache. */
  installedModels?: readonly string[];
  /** The server's API_KEY; unset, the server checks no Authorization at all. */
  apiKey?: string;
  /** false: a server without word timings, whose `words` stay null even when asked for. */
  wordTimestamps?: boolean;
}

export interface SpeachesFake {
  /** `http://127.0.0.1:PORT/v1`, what the SDK takes as `baseURL`. */
  baseURL: string;
  requests: RecordedRequest[];
  /** The next `n` transcription requests get this answer (default body: FastAPI's `{detail}` with the status phrase). */
  failNext(n: number, spec: { status: number; headers?: Record<string, string>; body?: unknown }): void;
  close(): Promise<void>;
}

const FORMATS = ['text', 'json', 'verbose_json', 'srt', 'vtt'];
const GRANULARITIES = [[], ['segment'], ['word'], ['word', 'segment'], ['segment', 'word']].map((g) => g.join(','));
const ALIASES: Record<string, string> = { 'whisper-1': 'Systran/faster-whisper-large-v3' };
const PHRASES: Record<number, string> = { 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

const detail = (status: number, message: string): FakeReply => ({ status, body: { detail: message } });
/** FastAPI's 422 for one form field. */
const invalid = (field: string, type: string, msg: string, input: unknown): FakeReply => ({ status: 422, body: { detail: [{ type, loc: ['body', field], msg, input }] } });

export async function startSpeachesFake(opts: SpeachesFakeOptions): Promise<SpeachesFake> {
  const requests: RecordedRequest[] = [];
  const failures: { left: number; spec: { status: number; headers?: Record<string, string>; body?: unknown } }[] = [];
  const installed = opts.installedModels ?? ['Systran/faster-whisper-small'];

  const serve = async (req: IncomingMessage, record: RecordedRequest): Promise<FakeReply> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    if (req.method === 'GET' && record.path === '/health') return { status: 200, body: 'OK' };
    if (req.method !== 'POST' || record.path !== '/v1/audio/transcriptions') return detail(404, 'Not Found');

    if (opts.apiKey !== undefined) {
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ')) return detail(403, 'Not authenticated');
      if (auth.slice('Bearer '.length) !== opts.apiKey) return detail(403, 'Forbidden');
    }
    const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData().catch(() => null);
    if (!form) return invalid('file', 'missing', 'Field required', null);
    record.fields = {};
    let file: File | null = null;
    for (const [key, value] of form.entries()) {
      if (typeof value !== 'string') {
        if (key === 'file') file = value;
        record.file = { name: value.name, size: value.size, type: value.type };
      } else if (key in record.fields || key.endsWith('[]')) {
        record.fields[key] = [record.fields[key] ?? []].flat().concat(value);
      } else {
        record.fields[key] = value;
      }
    }
    const failure = failures[0];
    if (failure) {
      if (--failure.left <= 0) failures.shift();
      return { status: failure.spec.status, headers: failure.spec.headers, body: failure.spec.body ?? { detail: PHRASES[failure.spec.status] ?? 'Error' } };
    }

    if (!file) return invalid('file', 'missing', 'Field required', null);
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length === 0) return detail(400, 'Failed to decode audio. The provided file is likely empty.');
    const durationSec = wavDurationSec(bytes);
    if (durationSec === null) return detail(415, 'Failed to decode audio. The provided file type is not supported.');

    const one = (name: string) => (Array.isArray(record.fields![name]) ? record.fields![name][0] : record.fields![name]) ?? null;
    const requested = one('model');
    if (!requested) return invalid('model', 'missing', 'Field required', null);
    const format = one('response_format') ?? 'json';
    if (!FORMATS.includes(format)) return invalid('response_format', 'literal_error', "Input should be 'text', 'json', 'verbose_json', 'srt' or 'vtt'", format);
    const granularities = [record.fields['timestamp_granularities[]'] ?? ['segment']].flat();
    if (!GRANULARITIES.includes(granularities.join(','))) return { status: 500, body: 'Internal Server Error' };
    const model = ALIASES[requested] ?? requested;
    if (!installed.includes(model)) return detail(404, `Model '${model}' is not installed locally. You can download the model using \`POST /v1/models\``);

    const language = one('language');
    const result = await opts.transcribe({ model, responseFormat: format, language, prompt: one('prompt'), timestampGranularities: granularities, wavDurationSec: durationSec, fileName: file.name });
    const segments = result.segments.map((s, id) => {
      const words = granularities.includes('word') && opts.wordTimestamps !== false ? wordsOf(s) : null;
      return {
        avg_logprob: s.avgLogprob ?? -0.3,
        compression_ratio: s.compressionRatio ?? 1.3,
        end: s.end,
        id: id + 1,
        no_speech_prob: s.noSpeechProb ?? 0.02,
        seek: Math.floor(s.start * 100),
        start: s.start,
        temperature: 0,
        text: ` ${s.text.trim()}`,
        tokens: s.text.trim().split(/\s+/).map((_, j) => 50365 + j),
        words,
      };
    });
    const text = segments.map((s) => s.text).join('').trim();
    switch (format) {
      case 'text':
        return { status: 200, body: text };
      case 'json':
        return { status: 200, body: { text } };
      case 'verbose_json': {
        const words = segments.some((s) => s.words) ? segments.flatMap((s) => s.words ?? []) : null;
        return { status: 200, body: { task: 'transcribe', language: result.language ?? language ?? 'en', duration: durationSec, text, words, segments } };
      }
      default:
        return { status: 200, body: segments.map((s, i) => `${i + 1}\n${s.start} --> ${s.end}\n${s.text}\n\n`).join('') };
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://fake').pathname,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v ?? ''].flat().join(', ')])),
      fields: null,
      file: null,
      body: null,
    };
    requests.push(record);
    serve(req, record)
      .catch((err: unknown): FakeReply => ({ status: 500, body: `fake crashed: ${err instanceof Error ? err.stack : String(err)}` }))
      .then((reply) => {
        const text = typeof reply.body === 'string';
        res.writeHead(reply.status, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json', ...reply.headers });
        res.end(text ? reply.body : JSON.stringify(reply.body));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (n, spec) => void failures.push({ left: n, spec }),
    close: () => closeServer(server),
  };
}

/** faster-whisper's words: each with its leading space, evenly spread over the segment, probability 0.9. */
function wordsOf(s: SpeachesSegment) {
  const words = s.text.trim().split(/\s+/).filter(Boolean);
  const step = (s.end - s.start) / Math.max(1, words.length);
  return words.map((word, i) => ({ start: s.start + i * step, end: s.start + (i + 1) * step, word: ` ${word}`, probability: 0.9 }));
}
