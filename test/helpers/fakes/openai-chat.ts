import { randomBytes } from 'node:crypto';
import { apiError, missingModel, modelNotFound, type FakeReply } from './openai-http.ts';

/** `POST /v1/chat/completions` with structured outputs, checked the way api-contracts.md §5 documents it. */

export const CHAT_MODELS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano'];
const ROLES = ['system', 'developer', 'user', 'assistant', 'tool'];

export interface ChatMessage {
  role: string;
  content: unknown;
}
export interface ChatRequest {
  body: Record<string, unknown>;
  messages: ChatMessage[];
  /** `response_format.json_schema.schema` when one was sent. */
  schema: Record<string, unknown> | null;
}
export interface ChatResult {
  content?: string;
  refusal?: string;
  finishReason?: 'stop' | 'length' | 'content_filter';
}
export type ChatHandler = (req: ChatRequest) => ChatResult | Promise<ChatResult>;

export async function handleChatCompletion(body: unknown, handler: ChatHandler | undefined, models: readonly string[]): Promise<FakeReply> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return apiError(400, 'We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.');
  }
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || !b.model) return missingModel();
  if (!models.includes(b.model)) return modelNotFound(b.model);
  if (b.messages === undefined) return apiError(400, "Missing required parameter: 'messages'.", { param: 'messages', code: 'missing_required_parameter' });
  if (!Array.isArray(b.messages)) return apiError(400, "Invalid type for 'messages': expected an array.", { param: 'messages', code: 'invalid_type' });
  if (b.messages.length === 0) {
    return apiError(400, "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", { param: 'messages', code: 'empty_array' });
  }
  for (const [i, m] of (b.messages as ChatMessage[]).entries()) {
    if (!ROLES.includes(m?.role)) return apiError(400, `Invalid value for 'messages[${i}].role'.`, { param: `messages[${i}].role`, code: 'invalid_value' });
    if (m.content === undefined && m.role !== 'assistant') {
      return apiError(400, `Missing required parameter: 'messages[${i}].content'.`, { param: `messages[${i}].content`, code: 'missing_required_parameter' });
    }
  }
  if (b.temperature !== undefined && !(typeof b.temperature === 'number' && b.temperature >= 0 && b.temperature <= 2)) {
    return apiError(400, `Invalid 'temperature': ${JSON.stringify(b.temperature)}. Expected a value between 0 and 2.`, { param: 'temperature' });
  }
  const format = b.response_format as { type?: string; json_schema?: { name?: unknown; strict?: unknown; schema?: unknown } } | undefined;
  let schema: Record<string, unknown> | null = null;
  if (format !== undefined) {
    if (!['text', 'json_object', 'json_schema'].includes(format?.type ?? '')) {
      return apiError(400, "Invalid value for 'response_format.type'. Supported values are: 'text', 'json_object' and 'json_schema'.", { param: 'response_format.type', code: 'invalid_value' });
    }
    if (format.type === 'json_schema') {
      const js = format.json_schema;
      if (!js || typeof js.name !== 'string') return apiError(400, "Missing required parameter: 'response_format.json_schema.name'.", { param: 'response_format.json_schema.name', code: 'missing_required_parameter' });
      if (!/^[a-zA-Z0-9_-]{1,64}$/.test(js.name)) return apiError(400, `Invalid 'response_format.json_schema.name': string does not match pattern.`, { param: 'response_format.json_schema.name', code: 'invalid_value' });
      if (typeof js.schema !== 'object' || js.schema === null) return apiError(400, "Missing required parameter: 'response_format.json_schema.schema'.", { param: 'response_format.json_schema.schema', code: 'missing_required_parameter' });
      schema = js.schema as Record<string, unknown>;
      const problem = js.strict === true ? strictSchemaProblem(schema) : null;
      if (problem) return apiError(400, `Invalid schema for response_format '${js.name}': ${problem}`, { param: 'response_format' });
    }
  }
  if (!handler) return apiError(500, 'fake: no chat handler was given to startOpenAiFake', { type: 'server_error' });

  const messages = b.messages as ChatMessage[];
  const result = await handler({ body: b, messages, schema });
  const content = result.refusal ? null : (result.content ?? '');
  const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
  const completionTokens = Math.ceil((content ?? result.refusal ?? '').length / 4);
  return {
    status: 200,
    body: {
      id: `chatcmpl-${randomBytes(12).toString('hex')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: b.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: result.refusal ?? null, annotations: [] },
          finish_reason: result.finishReason ?? 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      system_fingerprint: 'fp_fake',
    },
  };
}

/**
 * The strict-mode rules the API enforces before generating: the root is an object, and every object
 * sets `additionalProperties: false` and lists every property in `required`. Null when the schema passes.
 */
export function strictSchemaProblem(root: Record<string, unknown>): string | null {
  if (root.type !== 'object' || root.anyOf) return "In context=(), schema must be a JSON Schema of 'type: \"object\"', got a different type.";
  const visit = (node: unknown, path: string[]): string | null => {
    if (typeof node !== 'object' || node === null) return null;
    const n = node as Record<string, unknown>;
    const context = `In context=(${path.map((p) => `'${p}'`).join(', ')})`;
    const types = [n.type].flat();
    if (types.includes('object') || n.properties) {
      if (n.additionalProperties !== false) return `${context}, 'additionalProperties' is required to be supplied and to be false.`;
      const keys = Object.keys((n.properties as object | undefined) ?? {});
      const required = Array.isArray(n.required) ? (n.required as string[]) : null;
      const missing = keys.filter((k) => !required?.includes(k));
      if (!required || missing.length) {
        return `${context}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0] ?? keys[0]}'.`;
      }
    }
    const children: [unknown, string[]][] = [
      ...Object.entries((n.properties as object | undefined) ?? {}).map(([k, v]): [unknown, string[]] => [v, [...path, 'properties', k]]),
      ...[n.items].filter(Boolean).map((v): [unknown, string[]] => [v, [...path, 'items']]),
      ...[(n.anyOf as unknown[] | undefined) ?? []].flat().map((v, i): [unknown, string[]] => [v, [...path, 'anyOf', String(i)]]),
      ...Object.entries({ ...((n.$defs as object) ?? {}), ...((n.definitions as object) ?? {}) }).map(([k, v]): [unknown, string[]] => [v, [...path, '$defs', k]]),
    ];
    for (const [child, childPath] of children) {
      const problem = visit(child, childPath);
      if (problem) return problem;
    }
    return null;
  };
  return visit(root, []);
}
