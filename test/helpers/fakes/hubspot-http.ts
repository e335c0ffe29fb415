import { randomUUID } from 'node:crypto';
import type { FakeReply } from './fake-server.ts';
export type { FakeReply, RecordedRequest } from './fake-server.ts';

/** HubSpot's error bodies for the HubSpot fake (replies and request records are shared: fake-server.ts). */

/** `{status:"error", message, correlationId, category, …}`: HubSpot's error body (SDK `models/ModelError.ts`). */
export function hsError(status: number, message: string, extra: Record<string, unknown> = {}): FakeReply {
  return { status, body: { status: 'error', message, correlationId: randomUUID(), ...extra } };
}

export const validationError = (message: string, extra: Record<string, unknown> = {}) => hsError(400, message, { category: 'VALIDATION_ERROR', ...extra });

/** Jackson's complaint when the JSON does not fit the request class (what HubSpot answers for malformed bodies). */
export const invalidJson = (detail: string) => validationError(`Invalid input JSON on line 1, column 1: ${detail}`);

export interface PropertyProblem {
  name: string;
  error: string;
  message: string;
}

/**
 * A property-level validation failure, as the v3 object endpoints send it: the problems are a JSON array
 * inside the message string (e.g. `PROPERTY_DOESNT_EXIST`, `INVALID_OPTION`).
 */
export function propertyErrors(problems: PropertyProblem[]): FakeReply {
  const detail = problems.map((p) => ({ isValid: false, message: p.message, error: p.error, name: p.name, localizedErrorMessage: p.message }));
  return validationError(`Property values were not valid: ${JSON.stringify(detail)}`);
}

export const notFound = (message = 'resource not found') => hsError(404, message, { category: 'OBJECT_NOT_FOUND' });

export const unauthorized = (): FakeReply => ({
  ...hsError(
    401,
    'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
    { category: 'INVALID_AUTHENTICATION' },
  ),
  headers: { 'x-hubspot-auth-failure': '401 Unauthorized' },
});

/**
 * What a private app without a scope the endpoint needs gets (HubSpot's documented 403: category MISSING_SCOPES, the
 * scopes in `errors[].context.requiredGranularScopes`).
 */
export const missingScopes = (scopes: string[] = ['crm.objects.deals.write']): FakeReply =>
  hsError(403, "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.", {
    category: 'MISSING_SCOPES',
    errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: scopes } }],
    links: { scopes: 'https://developers.hubspot.com/scopes' },
  });

/**
 * A 403 about one record the token may not reach (a user-level token whose user lacks access to the record's owner or
 * team): not a missing scope, so no MISSING_SCOPES category and no scope list. The wording and category are ⚠️.
 */
export const recordForbidden = (type: string, id: string): FakeReply => hsError(403, `You do not have permission to access ${type} ${id}.`, { category: 'FORBIDDEN' });

export type RatePolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY';

const RATE_MESSAGES: Record<RatePolicy, string> = {
  TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
  SECONDLY: 'You have reached your secondly limit.',
  DAILY: 'You have reached your daily limit.',
};

/** The rate limiter's 429 body; the official SDK's retry decorator keys on `policyName` and these messages. */
export function rateLimited(policy: RatePolicy): FakeReply {
  return {
    status: 429,
    body: { status: 'error', message: RATE_MESSAGES[policy], errorType: 'RATE_LIMIT', correlationId: randomUUID(), policyName: policy, requestId: randomUUID() },
  };
}

/** Bodies for injected failures when the test gives none. */
export function defaultFailure(status: number, search: boolean): FakeReply {
  if (status === 429) return rateLimited(search ? 'SECONDLY' : 'TEN_SECONDLY_ROLLING');
  if (status === 401) return unauthorized();
  if (status === 403) return missingScopes();
  if (status === 502 || status === 504) return { status, body: '<html><body><h1>Bad gateway</h1></body></html>' };
  if (status >= 500) return hsError(status, 'internal error', { category: 'INTERNAL_ERROR' });
  return hsError(status, `Injected failure ${status}`);
}
