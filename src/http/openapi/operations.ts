import type { ErrorCode } from '../error-codes.ts';
import type { Right } from '../identity.ts';
import type { JsonSchema } from './components.ts';
import { API_OPERATIONS } from './api-operations.ts';
import { PAGE_OPERATIONS } from './page-operations.ts';

/**
 * Every route the app registers, described for the OpenAPI document: what it takes and answers, who
 * may call it and which error codes it can answer. `buildOpenApiDocument` turns this into OpenAPI;
 * the integration test fails when a registered route is missing here.
 */
export interface OperationSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style: `{id}`, not fastify's `:id`. */
  path: string;
  tag: TagName;
  summary: string;
  description?: string;
  /** The right `requireRight` asks for; null on open routes. */
  right: Right | null;
  /** `api`: an API key or the session cookie; `browser`: the session cookie (keys work too); `none`: anyone. */
  auth: 'api' | 'browser' | 'none';
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  /** Success and non-error answers; error answers come from the code lists that follow. */
  responses: Record<string, JsonSchema>;
  /** Codes answered as `ErrorBody` JSON, each under its status in ERROR_CODES. */
  errors?: readonly ErrorCode[];
  /** Codes answered as an HTML page with their status. */
  pageErrors?: readonly ErrorCode[];
  /** Codes a refused form sends back in the 303's `Location` (`?e=CODE`). */
  formErrors?: readonly ErrorCode[];
}

export const TAGS = {
  calls: 'Recordings in, the call list, one call and its audio.',
  review: 'Decisions, corrections and retries (each queues sync, which writes the CRM once).',
  session: 'Browser sign-in: an API key becomes a session cookie.',
  webhooks: 'Calls from telephony providers and storage events: signed deliveries, verified on their raw bytes.',
  reports: 'Manual entry saved: what callscribe wrote to the CRM, priced as typing by hand, less the time people spent correcting it.',
  pages: 'The review UI: server-rendered pages and the forms they post (post/redirect/get).',
  service: 'Health, readiness, metrics, UI assets and this document.',
} as const;
export type TagName = keyof typeof TAGS;

export const OPERATIONS: readonly OperationSpec[] = [...API_OPERATIONS, ...PAGE_OPERATIONS];
