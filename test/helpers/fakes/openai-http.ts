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
