import { CALL_ID } from '../../review/call-service.ts';
import { CallListParams } from '../routes/review.routes.ts';
import { SubjectExportParams } from '../routes/data-protection.routes.ts';
import { TimeSavedQuery } from '../../review/time-saved-report.ts';
import { inlineSchema, schemaRef, type JsonSchema, type SchemaName } from './components.ts';

// The pieces the operation lists are written with: answers, bodies, parameters and texts shared between routes.

export const json = (name: SchemaName, description: string, headers?: Record<string, JsonSchema>): JsonSchema => ({
  description,
  ...(headers && { headers }),
  content: { 'application/json': { schema: schemaRef(name) } },
});
export const htmlPage = (description: string): JsonSchema => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
export const redirect = (description: string): JsonSchema => ({ description, headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } } });
export const jsonBody = (name: SchemaName): JsonSchema => ({ required: true, content: { 'application/json': { schema: schemaRef(name) } } });
export const formBody = (name: SchemaName): JsonSchema => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema: schemaRef(name) } } });
export const header = (name: string, description: string, required = false): JsonSchema => ({ name, in: 'header', required, description, schema: { type: 'string' } });

export const ETAG = { ETag: { description: 'The call view’s version: send it back as `If-Match` with a change, or `If-None-Match` to revalidate.', schema: { type: 'string' } } };
export const callId: JsonSchema = { name: 'id', in: 'path', required: true, description: 'A call id: `c_` and 24 hex digits (from the recording’s content hash).', schema: { type: 'string', pattern: CALL_ID.source } };
export const ifMatch = header('If-Match', 'The ETag of the call as last read; a stale one answers 412 `PRECONDITION_FAILED` (`*` or none: no check).');

/** A recording: audio by its stored extension, else a download. */
export const RECORDING_CONTENT = {
  'audio/*': { schema: { type: 'string', contentMediaType: 'audio/*' } },
  'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
};

export const QUERY_TEXT: Record<string, string> = {
  status: 'Only calls with this status.',
  review: '`pending`: only calls with review decisions waiting.',
  rep: 'The rep’s e-mail (exact, case-insensitive).',
  from: 'Calls that happened at or after this date (UTC day) or instant.',
  to: 'Calls that happened on or before this date (the whole UTC day) or instant.',
  q: 'Full-text search over the customer’s name, company and phone number (its digits, with or without + and separators), the rep’s name, the summary and the transcript (English stemming; web-search syntax: "a phrase", OR, -word). Every word counts, a capitalised name English ignores as a stop word (Don, Will) among the names (in lower case a stop word is ignored, as English does); a phrase matches within one field. Results by relevance, a match in a name or the summary above one in the transcript only.',
  cursor: 'The previous page’s `nextCursor`.',
  limit: 'Calls per page.',
};

/** The list page's rep filter (`parseListFilters`, the index's `CallListQuery.rep`). */
export const PAGE_REP_TEXT =
  'The rep: an e-mail address (with an @) is that rep’s exactly; any other text matches the start of the rep’s name, of a word of it, or of their e-mail, case-insensitively (“Owen Park”, “owen”, “park”).';

/** `GET /v1/calls`'s query parameters, from `CallListParams`. */
export function listParameters(): JsonSchema[] {
  const schema = inlineSchema(CallListParams, 'input') as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties).map(([name, s]) => ({
    name, in: 'query', required: schema.required?.includes(name) ?? false, description: QUERY_TEXT[name] ?? '', schema: s,
  }));
}

export const REPORT_QUERY_TEXT: Record<string, string> = {
  from: 'First day (UTC, YYYY-MM-DD), included; default: the Monday 11 weeks before `to`’s week (12 weeks in all).',
  to: 'Last day (UTC, YYYY-MM-DD), included; default: today. At most 366 days from `from`.',
  rep: 'Only this rep’s calls (e-mail, case-insensitive).',
};

export const SUBJECT_QUERY_TEXT: Record<string, string> = {
  email: 'The customer’s e-mail address, whole (case-insensitive). Give `email` or `phone`, not both.',
  phone: 'The customer’s phone number with its country code (`+442079460321`; spaces, dots, dashes and brackets are ignored, `00` reads as `+`).',
  from: 'Only calls that happened at or after this date (UTC day) or instant: to export a person with very many calls in parts.',
  to: 'Only calls that happened on or before this date (the whole UTC day) or instant.',
  cursor: 'The previous page’s `nextCursor`.',
  limit: 'Calls per page (each with its transcript).',
};

/** `GET /v1/subject-export`'s query parameters, from `SubjectExportParams`. */
export function subjectParameters(): JsonSchema[] {
  const schema = inlineSchema(SubjectExportParams, 'input') as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, description: SUBJECT_QUERY_TEXT[name] ?? '', schema: s }));
}

/** `GET /v1/reports/time-saved`'s query parameters, from `TimeSavedQuery`. */
export function reportParameters(): JsonSchema[] {
  const schema = inlineSchema(TimeSavedQuery, 'input') as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, description: REPORT_QUERY_TEXT[name] ?? '', schema: s }));
}

export const provider: JsonSchema = { name: 'provider', in: 'path', required: true, description: 'A configured provider: `twilio`, `zoom`, `aircall`, `ringcentral` or `generic`.', schema: { type: 'string' } };
export const webhookDescription =
  'Verified on the raw body before anything is parsed (the provider’s signature or token, in constant time; stale timestamps refused), ' +
  'then recorded and queued: from the answer on, the call can be read at status `received` (`GET /v1/calls/{id}`), and the ' +
  'ingest worker fetches the recording from the provider’s configured origin. A retried or replayed ' +
  'delivery of one recording is the same call (`duplicate: true`). Handshakes (Zoom’s `endpoint.url_validation`, RingCentral’s ' +
  '`Validation-Token`) are answered as the provider expects.';
export const webhookResponses = (what: string): Record<string, JsonSchema> => ({
  202: { description: `A new call, its recording to be fetched (${what}); for a delivery listing several recordings (Zoom), \`calls\`: one WebhookAnswer each.`, content: { 'application/json': { schema: { oneOf: [schemaRef('WebhookAnswer'), { type: 'object', properties: { calls: { type: 'array', items: schemaRef('WebhookAnswer') } }, required: ['calls'] }] } } } },
  200: { description: 'A duplicate delivery (`WebhookAnswer` with `duplicate: true`), a verified event with no finished recording (`WebhookIgnored`), or a handshake answered as the provider expects.', content: { 'application/json': { schema: { oneOf: [schemaRef('WebhookAnswer'), schemaRef('WebhookIgnored'), { type: 'object' }] } }, 'text/plain': { schema: { type: 'string' } } } },
});
