import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleTranscription, MAX_AUDIO_BYTES, type TranscribeHandler, type TranscribeRequest } from './openai-audio.ts';
import { CHAT_MODELS, handleChatCompletion, type ChatHandler, type ChatRequest } from './openai-chat.ts';
import { closeServer, mulberry32, type ChaosSpec } from './fake-server.ts';
import { apiError, defaultFailureBody, insufficientQuota, startOpenAiStyleServer, type FakeReply, type RecordedRequest } from './openai-http.ts';

export type { RecordedRequest } from './openai-http.ts';
export type { TranscribeHandler, TranscribeRequest, TranscribeResult } from './openai-audio.ts';
export type { ChatHandler, ChatRequest, ChatResult } from './openai-chat.ts';

export interface OpenAiFakeOptions {
  /** The key clients must send as `Authorization: Bearer …`. */
  apiKey?: string;
  transcribe?: TranscribeHandler;
  chat?: ChatHandler;
  /** Chat models the fake knows; others get the API's 404 `model_not_found`. */
  chatModels?: readonly string[];
  /**
   * How long the "model" works on a request the fake serves (a realistic engine, for benchmarks): called
   * per transcription with its request (e.g. by `audioDurationSec`) and per chat completion. None: no wait.
   */
  latency?: { transcribe?: (req: TranscribeRequest) => number; chat?: (req: ChatRequest) => number };
  /**
   * Told of each latency wait, as wall-clock milliseconds (`Date.now()`), so a benchmark can subtract the engine's time:
   * `arrivedMs` when the request's headers arrived, `startMs` when its body was read and checked and the wait began.
   */
  onWait?: (wait: { route: 'transcribe' | 'chat'; arrivedMs: number; startMs: number; endMs: number }) => void;
}

export interface FailureSpec {
  status: number;
  headers?: Record<string, string>;
  /** Defaults to the documented error body for the status. */
  body?: unknown;
  /** Wait this long before answering (a slow failure, e.g. to hit the client's timeout). */
  delayMs?: number;
}

export interface OpenAiFake {
  /** `http://127.0.0.1:PORT/v1`, what the SDK takes as `baseURL`. */
  baseURL: string;
  apiKey: string;
  requests: RecordedRequest[];
  /** The next `n` authenticated requests get this answer instead of being served. */
  failNext(n: number, spec: FailureSpec): void;
  /** The next `n` requests are served normally, after `ms` (slow upstream). */
  delayNext(n: number, ms: number): void;
  /**
   * The account's quota is used up: every authenticated request gets OpenAI's 429 `insufficient_quota` (with `code`,
   * default `insufficient_quota`) until `quotaExhausted(false)`, as billing that someone fixed.
   */
  quotaExhausted(on: boolean, code?: string): void;
  /** Random failures (with `retry-after: 1` on a 429) from a seeded generator, until `chaos(null)`. */
  chaos(spec: ChaosSpec | null): void;
  /** Answers injected by `chaos`, by status. */
  injected: Record<number, number>;
  close(): Promise<void>;
}

/**
 * A local OpenAI API on loopback that follows the documented contract (shared/reference/api-contracts.md §5):
 * checks auth, multipart and JSON requests, structured-output schemas, and answers with the documented
 * shapes. What the "model" says comes from the handlers the test supplies.
 */
export async function startOpenAiFake(opts: OpenAiFakeOptions = {}): Promise<OpenAiFake> {
  const apiKey = opts.apiKey ?? 'sk-test-openai-fake';
  const requests: RecordedRequest[] = [];
  const failures: { left: number; spec: FailureSpec }[] = [];
  const delays: { left: number; ms: number }[] = [];
  let chaos: (ChaosSpec & { next: () => number }) | null = null;
  let quotaCode: string | null = null;
  const injected: Record<number, number> = {};

  const take = <T extends { left: number }>(queue: T[]): T | undefined => {
    const head = queue[0];
    if (head && --head.left <= 0) queue.shift();
    return head;
  };

  /** The handler, answering after the request's latency (once the request is checked and parsed). */
  const withLatency = <Req, Res>(route: 'transcribe' | 'chat', arrivedMs: number, handler: ((req: Req) => Res | Promise<Res>) | undefined, latency: ((req: Req) => number) | undefined) => {
    if (!latency || !handler) return handler;
    return async (req: Req): Promise<Res> => {
      const startMs = Date.now();
      await sleep(latency(req));
      opts.onWait?.({ route, arrivedMs, startMs, endMs: Date.now() });
      return handler(req);
    };
  };

  const serve = async (req: IncomingMessage, record: RecordedRequest): Promise<FakeReply> => {
    const arrivedMs = Date.now();
    const { bytes, total, tooLarge } = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    let file: File | null = null;
    if (contentType.startsWith('multipart/form-data') && !tooLarge) {
      const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData().catch(() => null);
      if (!form) return apiError(400, 'Could not parse multipart form');
      record.fields = {};
      for (const [key, value] of form.entries()) {
        if (typeof value !== 'string') {
          if (key !== 'file') continue;
          file = value;
          record.file = { name: value.name, size: value.size, type: value.type };
        } else if (key in record.fields || key.endsWith('[]')) {
          record.fields[key] = [record.fields[key] ?? []].flat().concat(value);
        } else {
          record.fields[key] = value;
        }
      }
    } else if (contentType.startsWith('application/json')) {
      try {
        record.body = JSON.parse(bytes.toString('utf8'));
      } catch {
        return apiError(400, 'We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.');
      }
    }

    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return apiError(401, 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.', { code: 'invalid_api_key' });
    }
    if (quotaCode !== null) return insufficientQuota(quotaCode);
    let failure = take(failures);
    if (!failure && chaos && chaos.next() < chaos.rate) {
      const status = chaos.statuses[Math.floor(chaos.next() * chaos.statuses.length)] ?? 503;
      injected[status] = (injected[status] ?? 0) + 1;
      failure = { left: 0, spec: { status, headers: status === 429 ? { 'retry-after': '1' } : undefined } };
    }
    if (failure) {
      if (failure.spec.delayMs) await sleep(failure.spec.delayMs);
      return { status: failure.spec.status, body: failure.spec.body ?? defaultFailureBody(failure.spec.status), headers: failure.spec.headers };
    }
    const delay = take(delays);
    if (delay) await sleep(delay.ms);

    const route = `${req.method} ${record.path}`;
    if (route === 'POST /v1/audio/transcriptions') {
      if (tooLarge) return apiError(413, `Maximum content size limit (${MAX_AUDIO_BYTES}) exceeded (${total} bytes read)`);
      if (!record.fields) return apiError(400, "Invalid Content-Type header (expected multipart/form-data).");
      return handleTranscription(record.fields, file, withLatency('transcribe', arrivedMs, opts.transcribe, opts.latency?.transcribe));
    }
    if (route === 'POST /v1/chat/completions') return handleChatCompletion(record.body, withLatency('chat', arrivedMs, opts.chat, opts.latency?.chat), opts.chatModels ?? CHAT_MODELS);
    return apiError(404, `Invalid URL (${route})`);
  };

  const { server, baseURL } = await startOpenAiStyleServer({
    requests,
    serve,
    crashed: (detail) => apiError(500, detail, { type: 'server_error' }),
    jsonContentType: 'application/json',
    headers: () => ({ 'x-request-id': `req_${randomBytes(16).toString('hex')}`, 'openai-processing-ms': '3' }),
  });

  return {
    baseURL,
    apiKey,
    requests,
    failNext: (n, spec) => void failures.push({ left: n, spec }),
    delayNext: (n, ms) => void delays.push({ left: n, ms }),
    quotaExhausted: (on, code = 'insufficient_quota') => void (quotaCode = on ? code : null),
    chaos: (spec) => void (chaos = spec ? { ...spec, next: mulberry32(spec.seed) } : null),
    injected,
    close: () => closeServer(server),
  };
}

/** Reads the whole body, keeping at most a little over the API's upload limit (the rest is drained). */
async function readBody(req: IncomingMessage): Promise<{ bytes: Buffer; total: number; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total <= MAX_AUDIO_BYTES + 1_048_576) chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), total, tooLarge: total > MAX_AUDIO_BYTES + 1_048_576 };
}
