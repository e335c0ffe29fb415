import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeReply } from './fake-server.ts';
export type { FakeReply } from './fake-server.ts';

/** Shapes of the OpenAI fake: the documented error body, request records (replies: fake-server.ts). */

/** What the fake saw, for assertions: multipart fields for uploads, the JSON body for everything else. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Text fields of a multipart request; repeated fields (`timestamp_granularities[]`) become arrays. */
  fields: Record<string, string | string[]> | null;
  file: { name: string; size: number; type: string } | null;
  body: unknown;
}

/** `{error:{message,type,param,code}}`, the body every OpenAI error carries (SDK `core/error.ts`). */
export function apiError(
  status: number,
  message: string,
  extra: { type?: string; param?: string | null; code?: string | null } = {},
): FakeReply {
  return {
    status,
    body: { error: { message, type: extra.type ?? 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null } },
  };
}

export const modelNotFound = (model: string): FakeReply =>
  apiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, { code: 'model_not_found' });

export const missingModel = (): FakeReply => apiError(400, 'you must provide a model parameter');

/**
 * What the API answers while the account's quota is used up (no credit left, a spend limit reached): a 429 like a
 * rate limit, told apart only by its body's `type` (`code` names the cause, or repeats the type).
 */
export const insufficientQuota = (code = 'insufficient_quota'): FakeReply =>
  apiError(429, 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', { type: 'insufficient_quota', code });

/** Default bodies for injected failures, as the API sends them. */
export function defaultFailureBody(status: number): unknown {
  if (status === 429) {
    return { error: { message: 'Rate limit reached for requests. Please try again shortly.', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
  }
  if (status === 503) {
    return { error: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', param: null, code: null } };
  }
  if (status >= 500) {
    return { error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } };
  }
  return apiError(status, `Injected failure ${status}`).body;
}

/**
 * The HTTP server of an OpenAI-style fake (OpenAI, speaches, Ollama) on a free loopback port: records
 * each request as it arrives and lets `serve` read its body and answer. String bodies go out as text,
 * others as JSON with `jsonContentType`; a `serve` that throws (a bug in the fake) gets `crashed`'s reply.
 */
export async function startOpenAiStyleServer(opts: {
  requests: RecordedRequest[];
  serve: (req: IncomingMessage, record: RecordedRequest) => Promise<FakeReply>;
  crashed: (detail: string) => FakeReply;
  jsonContentType: string;
  /** Headers the server sends on every reply (before the reply's own). */
  headers?: () => Record<string, string>;
}): Promise<{ server: Server; baseURL: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://fake').pathname,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v ?? ''].flat().join(', ')])),
      fields: null,
      file: null,
      body: null,
    };
    opts.requests.push(record);
    opts
      .serve(req, record)
      .catch((err: unknown) => opts.crashed(`fake crashed: ${err instanceof Error ? err.stack : String(err)}`))
      .then((reply) => {
        const text = typeof reply.body === 'string';
        res.writeHead(reply.status, { 'content-type': text ? 'text/plain; charset=utf-8' : opts.jsonContentType, ...opts.headers?.(), ...reply.headers });
        res.end(text ? reply.body : JSON.stringify(reply.body));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseURL: `http://127.0.0.1:${port}/v1` };
}
