import OpenAI, { APIError } from 'openai';
import { z } from 'zod';
import { ConfigError } from '../../config/config-error.ts';
import { AppError } from '../../errors/app-error.ts';
import { classifyHttp } from '../../errors/classify-http.ts';
import type { Logger } from '../../logging/logger.ts';
import { withCompatibleErrors } from './compatible-errors.ts';
import { isQuotaExhausted, OPENAI_BILLING_URL } from './quota-exhausted.ts';

/** Settings shared by the OpenAI transcriber and extractor (also any OpenAI-compatible server via `baseURL`). */
export const OpenAiConfig = z
  .object({
    /** null only with a `baseURL`: a self-hosted server that takes any key or none (no Authorization header is sent). */
    apiKey: z.string().min(1).nullable(),
    baseURL: z.url().nullable(),
    model: z.string().min(1),
    /** SDK retries for short blips (connection errors, 408/409/429/5xx, honouring Retry-After); BullMQ retries the rest. */
    maxRetries: z.number().int().min(0).max(10).default(2),
    timeoutMs: z.number().int().positive().default(600_000),
  })
  .refine((c) => c.apiKey !== null || c.baseURL !== null, {
    path: ['apiKey'],
    message: "set OPENAI_API_KEY for OpenAI's API, or a base URL of a self-hosted OpenAI-compatible server (which needs no key)",
  });
export type OpenAiConfigInput = z.input<typeof OpenAiConfig> & {
  fetch?: typeof fetch;
  /** Where warnings about a server's missing features go (once each); silent when absent. */
  logger?: Logger;
};
export type OpenAiSettings = z.output<typeof OpenAiConfig>;

export function parseOpenAiConfig(adapter: string, cfg: OpenAiConfigInput): OpenAiSettings {
  const parsed = OpenAiConfig.safeParse(cfg);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`${adapter} configuration is invalid: ${issues}`);
  }
  return parsed.data;
}

/** The SDK client; the base URL is passed explicitly so the SDK never reads the environment on its own. */
export function createOpenAiClient(settings: OpenAiSettings, fetchImpl?: typeof fetch): OpenAI {
  return new OpenAI({
    // The SDK wants a key; without one, the Authorization header it would carry is left out.
    apiKey: settings.apiKey ?? 'no-key',
    ...(settings.apiKey === null && { defaultHeaders: { Authorization: null } }),
    baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
    organization: null,
    project: null,
    maxRetries: settings.maxRetries,
    timeout: settings.timeoutMs,
    fetch: withCompatibleErrors(fetchImpl ?? ((input, init) => globalThis.fetch(input, init))),
  });
}

/**
 * Classifies what the SDK threw, after its own retries: HTTP answers by status through classifyHttp
 * (429 → OPENAI_RATE_LIMITED, 401/403 → OPENAI_AUTH, other 4xx → OPENAI_REJECTED, 5xx → OPENAI_UNAVAILABLE),
 * except a 429 whose body says the account's quota is used up: OPENAI_QUOTA_EXCEEDED, a setting a person must fix
 * like a rejected key (permanent, kind `credentials`), not a rate limit to wait out. No answer at all (connection
 * refused, reset, timeout) → retryable OPENAI_UNAVAILABLE. `baseUrlVariable` names the setting that chose the
 * server, for the message.
 */
export function openAiFailure(err: unknown, context: string, baseUrlVariable = 'OPENAI_BASE_URL'): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof APIError && typeof err.status === 'number') {
    const apiMessage = (err.error as { message?: unknown } | undefined)?.message;
    const detail = `${typeof apiMessage === 'string' ? apiMessage : err.message}${err.requestID ? ` (request ${err.requestID})` : ''}`;
    if (err.status === 429 && isQuotaExhausted(err.error)) {
      return new AppError(
        'OPENAI_QUOTA_EXCEEDED',
        `${context}: the OpenAI account's quota is used up (${err.code ?? err.type}): ${detail.replace(/\.$/, '')}. Add credit or raise the spend limit at ${OPENAI_BILLING_URL}, or use an API key of a project that has quota; then retry the call (a manager can, from its page).`,
        { status: err.status, kind: 'credentials', cause: err },
      );
    }
    const failure = classifyHttp('openai', err.status, `${context}: ${detail}`, err.headers ?? new Headers());
    return new AppError(failure.code, failure.message, { retryable: failure.retryable, retryAfterMs: failure.retryAfterMs, status: failure.status, kind: failure.kind, cause: err });
  }
  if (err instanceof APIError) {
    return new AppError('OPENAI_UNAVAILABLE', `${context}: could not reach the OpenAI API or the server standing in for it (${err.message}). Check ${baseUrlVariable} and the network.`, { retryable: true, cause: err, kind: 'unavailable' });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('OPENAI_FAILED', `${context}: ${message}`, { retryable: true, cause: err });
}
