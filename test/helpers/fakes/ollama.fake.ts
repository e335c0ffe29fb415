import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, type FakeReply } from './fake-server.ts';
import type { RecordedRequest } from './openai-http.ts';

/**
 * Ollama's OpenAI-compatible `POST /v1/chat/completions`, as its source answers it (`openai/openai.go`,
 * `middleware/openai.go`, `server/routes.go`, `server/sched.go`; docs/api/openai-compatibility.mdx):
 * - `response_format: {type: "json_schema", json_schema: {schema}}` hands `schema` to the model as its
 *   output format (Ollama ≥ 0.5.0); `name` and `strict` are not read, and nothing checks the schema the way
 *   OpenAI's strict mode does. `json_object` asks for any JSON. Before 0.5.0, and on other compatible
 *   servers, `json_schema` was ignored altogether.
 * - The key is ignored ("required but ignored"). No `refusal` on the message, no `x-request-id` header.
 * - Errors are OpenAI-shaped, `{error: {message, type, param: null, code: null}}` with type
 *   invalid_request_error (400), not_found_error (404) or api_error; a model not pulled is 404
 *   `model 'x' not found`; a full queue is 503 `server busy, please try again.  maximum pending requests exceeded`.
 * What the model writes comes from the handler the test supplies: JSON as asked, JSON inside prose or a
 * ```json fence (`inProse`, `inFence`), or JSON that leaves fields out.
 */

export interface OllamaChatRequest {
  body: Record<string, unknown>;
  /** The output format the model was given: the JSON schema, `json`, or null (free text). */
  format: Record<string, unknown> | 'json' | null;
}
export interface OllamaChatResult {
  content: string;
  finishReason?: 'stop' | 'length';
}
export type OllamaChatHandler = (req: OllamaChatRequest) => OllamaChatResult | Promise<OllamaChatResult>;

export interface OllamaFakeOptions {
  chat: OllamaChatHandler;
  /** Models pulled onto the server. */
  models?: readonly string[];
  /** true: an Ollama before 0.5.0 (or a server like it) that reads no `json_schema`; the handler gets format null. */
  ignoresJsonSchema?: boolean;
}

export interface OllamaFake {
  /** `http://127.0.0.1:PORT/v1`. */
  baseURL: string;
  requests: RecordedRequest[];
  /** The next `n` chat requests get this answer (default body: Ollama's error for the status). */
  failNext(n: number, spec: { status: number; headers?: Record<string, string>; body?: unknown }): void;
  close(): Promise<void>;
}

/** A model's answer with words around the JSON, as a chatty model writes when nothing holds it to a format. */
export const inProse = (json: unknown) => `Sure! Here is the analysis of the call you asked for:\n\n${JSON.stringify(json, null, 2)}\n\nLet me know if you need anything else.`;
/** A model's answer as a Markdown ```json block, with a line before it. */
export const inFence = (json: unknown) => `Here is the JSON:\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\``;

const ERROR_TYPES: Record<number, string> = { 400: 'invalid_request_error', 404: 'not_found_error' };
const ollamaError = (status: number, message: string): FakeReply => ({
  status,
  body: { error: { message, type: ERROR_TYPES[status] ?? 'api_error', param: null, code: null } },
});
const DEFAULT_FAILURES: Record<number, string> = { 503: 'server busy, please try again.  maximum pending requests exceeded' };

export async function startOllamaFake(opts: OllamaFakeOptions): Promise<OllamaFake> {
  const requests: RecordedRequest[] = [];
  const failures: { left: number; spec: { status: number; headers?: Record<string, string>; body?: unknown } }[] = [];
  const models = opts.models ?? ['qwen2.5:7b-instruct'];

  const serve = async (req: IncomingMessage, record: RecordedRequest): Promise<FakeReply> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    if (req.method !== 'POST' || record.path !== '/v1/chat/completions') return { status: 404, body: '404 page not found' };
    try {
      record.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (err) {
      return ollamaError(400, (err as Error).message);
    }
    const failure = failures[0];
    if (failure) {
      if (--failure.left <= 0) failures.shift();
      const reply = ollamaError(failure.spec.status, DEFAULT_FAILURES[failure.spec.status] ?? `injected failure ${failure.spec.status}`);
      return { ...reply, headers: failure.spec.headers, body: failure.spec.body ?? reply.body };
    }
    const body = record.body as Record<string, unknown>;
    if (!Array.isArray(body.messages) || body.messages.length === 0) return ollamaError(400, "[] is too short - 'messages'");
    if (typeof body.model !== 'string' || !models.includes(body.model)) return ollamaError(404, `model '${String(body.model ?? '')}' not found`);

    const responseFormat = body.response_format as { type?: string; json_schema?: { schema?: Record<string, unknown> } } | undefined;
    const type = responseFormat?.type?.trim().toLowerCase();
    const format = type === 'json_object' ? 'json' : type === 'json_schema' && !opts.ignoresJsonSchema ? (responseFormat?.json_schema?.schema ?? null) : null;
    const result = await opts.chat({ body, format });
    const promptTokens = Math.ceil(JSON.stringify(body.messages).length / 4);
    const completionTokens = Math.ceil(result.content.length / 4);
    return {
      status: 200,
      body: {
        id: `chatcmpl-${Math.floor(Math.random() * 1000)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        system_fingerprint: 'fp_ollama',
        choices: [{ index: 0, message: { role: 'assistant', content: result.content }, finish_reason: result.finishReason ?? 'stop' }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      },
    };
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
      .catch((err: unknown): FakeReply => ollamaError(500, `fake crashed: ${err instanceof Error ? err.stack : String(err)}`))
      .then((reply) => {
        const text = typeof reply.body === 'string';
        res.writeHead(reply.status, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...reply.headers });
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
