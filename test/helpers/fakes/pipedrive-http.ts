import type { FakeReply } from './fake-server.ts';
export type { FakeReply, RecordedRequest } from './fake-server.ts';

/** Pipedrive's error bodies for the Pipedrive fake (replies and request records are shared: fake-server.ts). */

const INFO = 'Please check developers.pipedrive.com';

/** `{success:false, error, error_info, data:null}`: Pipedrive's error body (api-contracts.md §3; the exact `error` texts are ⚠️). */
export const pdError = (status: number, error: string, extra: Record<string, unknown> = {}): FakeReply => ({
  status,
  body: { success: false, error, error_info: INFO, data: null, additional_data: null, ...extra },
});

export const badRequest = (error: string) => pdError(400, error);

/**
 * API v2's refusal of a body or parameter that does not match the endpoint's schema: a numeric string where an
 * integer is due ("7" for owner_id), 0/1 for a boolean, or a field the endpoint does not know (v1's `user_id` on a v2
 * activity) is refused whole, nothing written. The code is `ERR_SCHEMA_VALIDATION_FAILED` (api-contracts.md §3b;
 * Pipedrive's "API v2 migration guide": v2 is "strict about types" and rejects "unknown fields" instead of ignoring
 * them as v1 did; the Node SDK's v2 models (pipedrive 32.x `src/versions/v2/models/add-activity-request.ts`) type
 * `owner_id`, `deal_id`, `person_id` as `number` and `done` as `boolean`). The body's wording is ⚠️.
 */
export const schemaError = (field: string, problem: string): FakeReply =>
  pdError(400, `ERR_SCHEMA_VALIDATION_FAILED: ${field}: ${problem}`, { code: 'ERR_SCHEMA_VALIDATION_FAILED' });
export const notFound = (what: string) => pdError(404, `${what} not found`);

/** What Pipedrive answers a missing, revoked or wrong token (brief; shape matches the documented error body). */
export const unauthorized = (): FakeReply => ({ status: 401, body: { success: false, error: 'unauthorized access', errorCode: 401, error_info: INFO } });

/**
 * A refusal Pipedrive gives a token whose user may not see or change an item (a visibility group hides the deal, a
 * permission set forbids the edit), and a user lacking a permission altogether, alike: it names neither the record nor
 * the reason (Pipedrive changelog "Introducing pipeline visibility": 403 for a deal that is not visible). Wording ⚠️.
 */
export const forbidden = (): FakeReply => pdError(403, 'Forbidden');

/** The burst limiter's 429 (body ⚠️; the x-ratelimit-* headers are documented). */
export const rateLimited = (): FakeReply => ({ status: 429, body: { success: false, error: 'Request over limit', errorCode: 429, error_info: INFO } });

/** Bodies for injected failures when the test gives none. */
export function defaultFailure(status: number): FakeReply {
  if (status === 429) return rateLimited();
  if (status === 401) return unauthorized();
  if (status === 403) return forbidden();
  if (status === 502 || status === 504) return { status, body: '<html><body><h1>Bad gateway</h1></body></html>' };
  if (status >= 500) return pdError(status, 'Internal server error');
  return pdError(status, `Injected failure ${status}`);
}
