import { CALL_ID } from '../../review/call-service.ts';
import type { ErrorCode } from '../error-codes.ts';
import type { Right } from '../identity.ts';
import { CallListParams } from '../routes/review.routes.ts';
import { SubjectExportParams } from '../routes/data-protection.routes.ts';
import { TimeSavedQuery } from '../../review/time-saved-report.ts';
import { SESSION_COOKIE } from '../session.ts';
import { inlineSchema, schemaRef, type JsonSchema, type SchemaName } from './components.ts';
import { BODY_PARSE_ERRORS, CALL_ERRORS, CHANGE_ERRORS, CORRECTION_ERRORS, DECISION_ERRORS, FORM_POST_ERRORS, INDEX_ERRORS, JSON_BODY_ERRORS, STORAGE_ERRORS, WEBHOOK_ERRORS } from './error-groups.ts';

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
  /** Success and non-error answers; error answers come from the code lists below. */
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

const json = (name: SchemaName, description: string, headers?: Record<string, JsonSchema>): JsonSchema => ({
  description,
  ...(headers && { headers }),
  content: { 'application/json': { schema: schemaRef(name) } },
});
const htmlPage = (description: string): JsonSchema => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const redirect = (description: string): JsonSchema => ({ description, headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } } });
const jsonBody = (name: SchemaName): JsonSchema => ({ required: true, content: { 'application/json': { schema: schemaRef(name) } } });
const formBody = (name: SchemaName): JsonSchema => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema: schemaRef(name) } } });
const header = (name: string, description: string, required = false): JsonSchema => ({ name, in: 'header', required, description, schema: { type: 'string' } });

const ETAG = { ETag: { description: 'The call view’s version: send it back as `If-Match` with a change, or `If-None-Match` to revalidate.', schema: { type: 'string' } } };
const callId: JsonSchema = { name: 'id', in: 'path', required: true, description: 'A call id: `c_` and 24 hex digits (from the recording’s content hash).', schema: { type: 'string', pattern: CALL_ID.source } };
const ifMatch = header('If-Match', 'The ETag of the call as last read; a stale one answers 412 `PRECONDITION_FAILED` (`*` or none: no check).');

/** A recording: audio by its stored extension, else a download. */
const RECORDING_CONTENT = {
  'audio/*': { schema: { type: 'string', contentMediaType: 'audio/*' } },
  'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
};

const QUERY_TEXT: Record<string, string> = {
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
const PAGE_REP_TEXT =
  'The rep: an e-mail address (with an @) is that rep’s exactly; any other text matches the start of the rep’s name, of a word of it, or of their e-mail, case-insensitively (“Owen Park”, “owen”, “park”).';

/** `GET /v1/calls`'s query parameters, from `CallListParams`. */
function listParameters(): JsonSchema[] {
  const schema = inlineSchema(CallListParams, 'input') as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties).map(([name, s]) => ({
    name, in: 'query', required: schema.required?.includes(name) ?? false, description: QUERY_TEXT[name] ?? '', schema: s,
  }));
}

const REPORT_QUERY_TEXT: Record<string, string> = {
  from: 'First day (UTC, YYYY-MM-DD), included; default: the Monday 11 weeks before `to`’s week (12 weeks in all).',
  to: 'Last day (UTC, YYYY-MM-DD), included; default: today. At most 366 days from `from`.',
  rep: 'Only this rep’s calls (e-mail, case-insensitive).',
};

const SUBJECT_QUERY_TEXT: Record<string, string> = {
  email: 'The customer’s e-mail address, whole (case-insensitive). Give `email` or `phone`, not both.',
  phone: 'The customer’s phone number with its country code (`+442079460321`; spaces, dots, dashes and brackets are ignored, `00` reads as `+`).',
  from: 'Only calls that happened at or after this date (UTC day) or instant: to export a person with very many calls in parts.',
  to: 'Only calls that happened on or before this date (the whole UTC day) or instant.',
  cursor: 'The previous page’s `nextCursor`.',
  limit: 'Calls per page (each with its transcript).',
};

/** `GET /v1/subject-export`'s query parameters, from `SubjectExportParams`. */
function subjectParameters(): JsonSchema[] {
  const schema = inlineSchema(SubjectExportParams, 'input') as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, description: SUBJECT_QUERY_TEXT[name] ?? '', schema: s }));
}

/** `GET /v1/reports/time-saved`'s query parameters, from `TimeSavedQuery`. */
function reportParameters(): JsonSchema[] {
  const schema = inlineSchema(TimeSavedQuery, 'input') as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, description: REPORT_QUERY_TEXT[name] ?? '', schema: s }));
}

const provider: JsonSchema = { name: 'provider', in: 'path', required: true, description: 'A configured provider: `twilio`, `zoom`, `aircall`, `ringcentral` or `generic`.', schema: { type: 'string' } };
const webhookDescription =
  'Verified on the raw body before anything is parsed (the provider’s signature or token, in constant time; stale timestamps refused), ' +
  'then recorded and queued: from the answer on, the call can be read at status `received` (`GET /v1/calls/{id}`), and the ' +
  'ingest worker fetches the recording from the provider’s configured origin. A retried or replayed ' +
  'delivery of one recording is the same call (`duplicate: true`). Handshakes (Zoom’s `endpoint.url_validation`, RingCentral’s ' +
  '`Validation-Token`) are answered as the provider expects.';
const webhookResponses = (what: string): Record<string, JsonSchema> => ({
  202: { description: `A new call, its recording to be fetched (${what}); for a delivery listing several recordings (Zoom), \`calls\`: one WebhookAnswer each.`, content: { 'application/json': { schema: { oneOf: [schemaRef('WebhookAnswer'), { type: 'object', properties: { calls: { type: 'array', items: schemaRef('WebhookAnswer') } }, required: ['calls'] }] } } } },
  200: { description: 'A duplicate delivery (`WebhookAnswer` with `duplicate: true`), a verified event with no finished recording (`WebhookIgnored`), or a handshake answered as the provider expects.', content: { 'application/json': { schema: { oneOf: [schemaRef('WebhookAnswer'), schemaRef('WebhookIgnored'), { type: 'object' }] } }, 'text/plain': { schema: { type: 'string' } } } },
});

export const OPERATIONS: readonly OperationSpec[] = [
  {
    method: 'post', path: '/v1/webhooks/{provider}', tag: 'webhooks', right: null, auth: 'none',
    summary: 'A telephony provider’s webhook', description: webhookDescription,
    parameters: [provider],
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } },
    responses: webhookResponses('POST'),
    errors: WEBHOOK_ERRORS,
  },
  {
    method: 'post', path: '/v1/events/s3', tag: 'webhooks', right: null, auth: 'none',
    summary: 'S3 and MinIO storage events',
    description: 'S3 `ObjectCreated` notifications (direct, wrapped in an SNS envelope whose signature is verified, or from EventBridge with the token) and MinIO’s webhook (`Authorization` token), for objects under S3_INBOX_PREFIX. `s3:TestEvent` is acknowledged and ignored; an SNS SubscriptionConfirmation is verified, then confirmed. Each object becomes one call however often it is announced; its meta comes from a sidecar `NAME.meta.json`, else from its `x-amz-meta-callscribe-*` metadata. `HEAD` answers MinIO’s liveness probe.',
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'text/plain': { schema: { type: 'string' } } } },
    responses: {
      202: { description: 'New calls for the announced objects (`calls`: WebhookAnswer each).', content: { 'application/json': { schema: { type: 'object', properties: { calls: { type: 'array', items: schemaRef('WebhookAnswer') } }, required: ['calls'] } } } },
      200: { description: 'Only duplicates (`calls`), a test event or nothing for us (`WebhookIgnored`), or a confirmed SNS subscription (`{ confirmed: true }`).', content: { 'application/json': { schema: { oneOf: [schemaRef('WebhookIgnored'), { type: 'object' }] } } } },
    },
    errors: ['STORAGE_EVENTS_OFF', 'WEBHOOK_SIGNATURE_MISSING', 'WEBHOOK_SIGNATURE_INVALID', 'WEBHOOK_STALE', 'WEBHOOK_PAYLOAD_INVALID', 'STORAGE_META_INVALID', 'SNS_CERTIFICATE_UNAVAILABLE', 'SNS_CERTIFICATE_NOT_FOUND', 'SNS_CONFIRM_FAILED', 'FST_ERR_CTP_BODY_TOO_LARGE'],
  },
  {
    method: 'get', path: '/v1/webhooks/{provider}', tag: 'webhooks', right: null, auth: 'none',
    summary: 'A telephony provider’s webhook sent as GET (Twilio, parameters in the query)', description: webhookDescription,
    parameters: [provider],
    responses: webhookResponses('GET'),
    errors: WEBHOOK_ERRORS,
  },
  {
    method: 'post', path: '/v1/calls', tag: 'calls', right: 'calls:create', auth: 'api',
    summary: 'Upload a recording',
    description: 'Streamed multipart: a `file` part (the recording) and an optional `meta` part (CallMeta JSON, as a field, typed `application/json` or not, or as a file: `curl -F meta=@meta.json`). A rep’s upload whose meta names no rep e-mail takes the key’s e-mail as the rep’s. The call id comes from the recording’s content hash, so the same recording twice is one call, even sent at the same moment. A session upload must send `X-CSRF-Token` (the multipart body is read after the CSRF check). The key is checked before the body is read; a body that stalls for a minute is cut off.',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The recording (wav, mp3, ogg, flac, m4a, webm …).' },
              meta: schemaRef('CallMeta'),
              transcript: { type: 'string', contentMediaType: 'text/vtt', description: 'Optional: the call’s transcript from a meeting tool (WebVTT, at most 2 MiB; speakers from `<v Name>` voice spans or `Name:` prefixes, matched to the rep’s and the customer’s names in `meta`). The call is transcribed from it instead of by the speech engine.' },
            },
            required: ['file'],
          },
          encoding: { meta: { contentType: 'application/json' }, transcript: { contentType: 'text/vtt' } },
        },
      },
    },
    responses: {
      202: json('UploadAnswer', 'A new call, queued for processing.'),
      200: json('UploadAnswer', 'A recording already received (`duplicate: true`): the call resumes where it stopped.'),
    },
    errors: ['UPLOAD_NOT_MULTIPART', 'UPLOAD_INVALID', 'META_INVALID', 'TRANSCRIPT_INVALID', 'AUDIO_EMPTY', 'UPLOAD_TOO_LARGE', 'REP_NOT_YOURS', 'CALL_BUSY', 'CONSENT_STOPPED_EARLIER', ...BODY_PARSE_ERRORS, ...STORAGE_ERRORS],
  },
  {
    method: 'post', path: '/v1/calls/presign', tag: 'calls', right: 'calls:create', auth: 'api',
    summary: 'Presign an upload straight to S3',
    description: 'For recordings that should not pass through this server: a presigned S3 POST for a key the server chooses (`uploads/{uuid}`), 1 byte to `maxBytes` (MAX_UPLOAD_BYTES), to be started within 15 minutes. POST a multipart/form-data body to `url` with every field of `fields`, then the recording as the last part, `file`; then call `POST /v1/calls/complete` with `key` and `uploadToken`. No body (or `{}`).',
    requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false } } } },
    responses: { 200: json('PresignAnswer', 'Where and how to upload, and the token to complete with.') },
    errors: ['PRESIGN_UNSUPPORTED', ...JSON_BODY_ERRORS, ...STORAGE_ERRORS],
  },
  {
    method: 'post', path: '/v1/calls/complete', tag: 'calls', right: 'calls:create', auth: 'api',
    summary: 'Turn a presigned upload into a call',
    description: 'After the POST to S3: checks the token (only the caller who presigned the key may complete it, up to 6 hours after the presign expired), checks the object’s size (over the limit it is removed), hashes it and ingests it exactly as `POST /v1/calls` would, with the same answers.',
    requestBody: jsonBody('CompleteRequest'),
    responses: {
      202: json('UploadAnswer', 'A new call, queued for processing.'),
      200: json('UploadAnswer', 'A recording already received (`duplicate: true`): the call resumes where it stopped.'),
    },
    errors: ['UPLOAD_TOKEN_INVALID', 'UPLOAD_NOT_FOUND', 'UPLOAD_TOO_LARGE', 'AUDIO_EMPTY', 'REP_NOT_YOURS', 'CALL_BUSY', 'CONSENT_STOPPED_EARLIER', ...JSON_BODY_ERRORS, ...STORAGE_ERRORS],
  },
  {
    method: 'get', path: '/v1/calls', tag: 'calls', right: 'calls:read', auth: 'api',
    summary: 'List calls', description: 'Newest first (by relevance with `q`). A rep sees only their own calls.',
    parameters: listParameters(),
    responses: { 200: json('CallList', 'A page of calls.') },
    errors: ['QUERY_INVALID', 'CURSOR_INVALID', ...INDEX_ERRORS],
  },
  {
    method: 'get', path: '/v1/calls/{id}', tag: 'calls', right: 'calls:read', auth: 'api',
    summary: 'Read one call', description: 'The call, its transcript, insights, what was written to the CRM, its review decisions and audit.',
    parameters: [callId, header('If-None-Match', 'A previous ETag: 304 when nothing changed.')],
    responses: {
      200: json('CallView', 'The call as the reader may see it.', ETAG),
      304: { description: 'Not modified since the ETag in If-None-Match.', headers: ETAG },
    },
    errors: CALL_ERRORS,
  },
  {
    method: 'get', path: '/v1/calls/{id}/audio', tag: 'calls', right: 'calls:read', auth: 'api',
    summary: 'Stream the recording',
    description: 'The recording as received, whole or one byte range (`bytes=a-b`, `a-`, `-n`; several ranges, or a range whose last byte comes before its first, are ignored and the recording served whole). A recording stored under a known audio extension is served as that audio type; any other as `application/octet-stream` with `Content-Disposition: attachment` (never the type the uploader sent).',
    parameters: [callId, header('Range', 'One byte range.')],
    responses: {
      200: { description: 'The whole recording.', headers: { 'Accept-Ranges': { schema: { type: 'string', const: 'bytes' } } }, content: RECORDING_CONTENT },
      206: { description: 'The requested range.', headers: { 'Content-Range': { description: '`bytes a-b/size`', schema: { type: 'string' } } }, content: RECORDING_CONTENT },
      416: { description: 'The range is outside the recording.', headers: { 'Content-Range': { description: '`bytes */size`', schema: { type: 'string' } } } },
    },
    errors: [...CALL_ERRORS, 'AUDIO_MISSING', 'RANGE_NOT_SATISFIABLE'],
  },
  {
    method: 'post', path: '/v1/calls/{id}/review', tag: 'review', right: 'calls:review', auth: 'api',
    summary: 'Decide review decisions',
    description: 'All or nothing: every id must name a pending decision and every value fit its kind. Approved changes are written to the CRM by sync, once. A rep decides on their own calls only.',
    parameters: [callId, ifMatch],
    requestBody: jsonBody('ReviewRequest'),
    responses: { 200: json('ReviewAnswer', 'The review after the decisions; the call is `syncing`.', ETAG) },
    errors: [...JSON_BODY_ERRORS, ...CHANGE_ERRORS, ...DECISION_ERRORS],
  },
  {
    method: 'patch', path: '/v1/calls/{id}/insights', tag: 'review', right: 'calls:review', auth: 'api',
    summary: 'Correct the insights', description: 'Summary, key points and action items (by index); audited, and the CRM’s call log is updated in place.',
    parameters: [callId, ifMatch],
    requestBody: jsonBody('InsightsCorrection'),
    responses: { 200: json('CallView', 'The call after the correction.', ETAG) },
    errors: [...JSON_BODY_ERRORS, ...CHANGE_ERRORS, ...CORRECTION_ERRORS],
  },
  {
    method: 'post', path: '/v1/calls/{id}/retry', tag: 'review', right: 'calls:retry', auth: 'api',
    summary: 'Retry a failed call', description: 'Managers only: the call resumes at the step that failed. No body. A call stopped for recording consent (`CONSENT_REFUSED`, `CONSENT_NOT_GRANTED`) had its recording deleted on purpose and is never processed again: 409 `CONSENT_STOPPED_EARLIER`.',
    parameters: [callId],
    responses: { 202: json('RetryAnswer', 'Queued again.', ETAG) },
    errors: [...CALL_ERRORS, 'CALL_NOT_FAILED', 'CALL_BUSY', 'CONSENT_STOPPED_EARLIER', ...BODY_PARSE_ERRORS],
  },
  {
    method: 'post', path: '/v1/calls/retry-failed', tag: 'review', right: 'calls:retry', auth: 'api',
    summary: 'Retry failed calls',
    description: 'Managers only. Failed calls resume at the step that failed, newest first, each audited as a retry: those that failed with `code` when given (e.g. every call an exhausted OpenAI quota failed, once billing is fixed), at most `limit` (default 100, at most 500). They are queued as bulk work, behind new uploads and webhooks. `more` says that more failed calls match: ask again. A call that failed on its recording’s content (`AUDIO_NOT_AUDIO`, `AUDIO_CORRUPT`, `AUDIO_EMPTY`) fails the same way again: it is in `skipped` with code `RETRY_WONT_HELP` (at most `limit` of them listed; they take no room in the batch) unless `force` is true. A call stopped for recording consent is in `skipped` with code `CONSENT_STOPPED_EARLIER`, even with `force`: its recording was deleted on purpose. A call that changed while the batch ran is in `skipped` with why. Body optional.',
    requestBody: { ...jsonBody('RetryFailedRequest'), required: false },
    responses: { 202: json('RetryFailedAnswer', 'Queued again.') },
    errors: [...JSON_BODY_ERRORS, ...STORAGE_ERRORS, ...INDEX_ERRORS],
  },
  {
    method: 'delete', path: '/v1/calls/{id}', tag: 'calls', right: 'calls:erase', auth: 'api',
    summary: 'Erase a call',
    description: 'Managers only. Removes the call’s queued jobs, deletes every object of the call (recording, prepared audio, transcript, insights, what was written to the CRM, call.json) and its row in the call list, and answers what stays in the CRM: callscribe never deletes CRM records (the call log, tasks, stage changes and a contact it created keep their ids in `crmRemaining`). Refused with `CALL_BUSY` while a step of the call runs. Not repeatable: once erased, the call is unknown, so a second DELETE answers 404 `CALL_NOT_FOUND`. No body.',
    parameters: [callId],
    responses: { 200: json('EraseAnswer', 'Erased; what stays in the CRM.') },
    errors: [...CALL_ERRORS, 'CALL_BUSY', ...STORAGE_ERRORS, ...INDEX_ERRORS],
  },
  {
    method: 'get', path: '/v1/subject-export', tag: 'calls', right: 'subjects:export', auth: 'api',
    summary: 'Export what is held about one person',
    description:
      'Managers only: a data subject’s access request. Every call whose customer’s e-mail or phone in its meta is the one asked for (exactly: the call index’s search finds candidates, each call’s own record decides), newest first, ' +
      'with its meta, transcript text, insights, its crm.json and the CRM records callscribe wrote (`crmWritten`, with ids). No audio: each call’s `audio.url` is its `GET /v1/calls/{id}/audio`. ' +
      '`limit` calls a page (default 10, at most 50); `nextCursor` fetches the next. More than 1,000 calls matching the search are refused with `SUBJECT_TOO_MANY_CALLS`: export them in parts with `from` and `to`.',
    parameters: subjectParameters(),
    responses: { 200: json('SubjectExport', 'The person’s calls, a page of them.') },
    errors: ['QUERY_INVALID', 'CURSOR_INVALID', 'SUBJECT_TOO_MANY_CALLS', ...STORAGE_ERRORS, ...INDEX_ERRORS],
  },
  {
    method: 'get', path: '/v1/reports/time-saved', tag: 'reports', right: 'calls:read', auth: 'api',
    summary: 'Manual entry saved, per rep and week',
    description:
      'For every call logged to the CRM in the range: the items callscribe wrote (call log, its fields and words, links to contact and deal, tasks with owner and due date, stage changes, fields fixed) and what people did afterwards (corrections, changed approvals, rejections, approvals), in minutes with the configured seconds per item (`typingTimes`; TYPING_TIMES). ' +
      'Per rep and week (`rows`), per rep (`reps`), per week (`weeks`) and in all (`totals`). Added up by the call index in one query (calls indexed before these counts existed count after `callscribe reindex`). A rep gets their own calls’ figures only.',
    parameters: reportParameters(),
    responses: { 200: json('TimeSavedReport', 'The figures.') },
    errors: ['QUERY_INVALID', 'REPORT_RANGE_INVALID', ...INDEX_ERRORS],
  },
  {
    method: 'get', path: '/sign-in', tag: 'session', right: null, auth: 'none',
    summary: 'The sign-in page', parameters: [{ name: 'next', in: 'query', required: false, description: 'A path on this site to return to.', schema: { type: 'string' } }],
    responses: { 200: htmlPage('The form, with a sign-in form cookie and its CSRF token.') },
  },
  {
    method: 'post', path: '/sign-in', tag: 'session', right: null, auth: 'none',
    summary: 'Sign in with an API key', description: `Sets the \`${SESSION_COOKIE}\` cookie (HttpOnly, SameSite=Lax, 8 hours).`,
    requestBody: formBody('SignInForm'),
    responses: {
      303: redirect('Signed in: to `next` (a path on this site), else `/`.'),
      401: htmlPage('The page again: the key is not valid.'),
      403: htmlPage('The page again: the form expired (its CSRF token or form cookie is missing).'),
      429: { description: 'The page again; `Retry-After` says when to try again.', headers: { 'Retry-After': { description: 'Seconds.', schema: { type: 'string' } } } },
    },
    errors: BODY_PARSE_ERRORS, pageErrors: ['SIGN_IN_LIMITED'],
  },
  {
    method: 'post', path: '/sign-out', tag: 'session', right: null, auth: 'none',
    summary: 'Sign out', description: 'Clears the session cookie. With a session, the form’s `_csrf` (or `X-CSRF-Token`) is required.',
    requestBody: { ...formBody('CsrfForm'), required: false },
    responses: { 303: redirect('To `/sign-in`.') },
    errors: ['CSRF_INVALID', ...BODY_PARSE_ERRORS],
  },
  {
    method: 'get', path: '/', tag: 'pages', right: 'calls:read', auth: 'browser',
    summary: 'The call list page',
    description: 'The same filters as `GET /v1/calls` (a filter that does not parse is dropped and named; a stale cursor starts again). With `status=failed`, a manager also sees every failed call counted by error code, each code with a form that retries its calls (`POST /calls/retry-failed`).',
    parameters: [
      // The page's rep filter also takes a name (the API's takes an e-mail only).
      ...listParameters().map((p) => (p.name === 'rep' ? { ...p, description: PAGE_REP_TEXT, schema: { type: 'string', maxLength: 320 } } : p)),
      { name: 'code', in: 'query', required: false, description: 'With `retried` and `skipped`: the error code a retry from the list queued again, shown as a notice.', schema: { type: 'string' } },
      { name: 'retried', in: 'query', required: false, description: 'How many calls that retry queued again.', schema: { type: 'string' } },
      { name: 'skipped', in: 'query', required: false, description: 'How many it skipped (changed meanwhile).', schema: { type: 'string' } },
      { name: 'more', in: 'query', required: false, description: '`1`: more failed calls of that code remain.', schema: { type: 'string' } },
      { name: 'e', in: 'query', required: false, description: 'The error code a refused form sent back, shown in words.', schema: { type: 'string' } },
    ],
    responses: { 200: htmlPage('The call list.') },
  },
  {
    method: 'get', path: '/calls/{id}', tag: 'pages', right: 'calls:read', auth: 'browser',
    summary: 'A call’s page', description: 'Transcript, insights, decisions with their forms, audit, and the player.',
    parameters: [
      callId,
      { name: 'm', in: 'query', required: false, description: 'What a form did (`decided`, `corrected`, `retried`, `uploaded`, `duplicate`), shown as a notice.', schema: { type: 'string' } },
      { name: 'e', in: 'query', required: false, description: 'The error code a refused form sent back, shown in words.', schema: { type: 'string' } },
    ],
    responses: { 200: htmlPage('The call page.') },
    pageErrors: CALL_ERRORS,
  },
  {
    method: 'get', path: '/reports/time-saved', tag: 'pages', right: 'reports:team', auth: 'browser',
    summary: 'The manual-entry-saved page',
    description: 'The figures of `GET /v1/reports/time-saved` as a page: a chart per week and per rep (SVG drawn on the server), the tables, and the seconds per item. Managers only. A query that does not parse, or a range that is backwards or too long, answers 400 with the page and the reason.',
    parameters: reportParameters(),
    responses: { 200: htmlPage('The report.'), 400: htmlPage('The page with the form and why the query was refused (`QUERY_INVALID`, `REPORT_RANGE_INVALID`).') },
  },
  {
    method: 'post', path: '/calls/{id}/review', tag: 'pages', right: 'calls:review', auth: 'browser',
    summary: 'Decide from the call page', parameters: [callId], requestBody: formBody('DecisionForm'),
    responses: { 303: redirect('Back to `/calls/{id}?m=decided`. Refused: the call page with the refusal’s status, the form as it was filled in and why.') },
    errors: BODY_PARSE_ERRORS, pageErrors: [...CALL_ERRORS, ...FORM_POST_ERRORS, ...DECISION_ERRORS],
  },
  {
    method: 'post', path: '/calls/{id}/insights', tag: 'pages', right: 'calls:review', auth: 'browser',
    summary: 'Correct from the call page', parameters: [callId], requestBody: formBody('CorrectionForm'),
    responses: { 303: redirect('Back to `/calls/{id}?m=corrected`. Refused: the call page with the refusal’s status, the form as it was filled in and why.') },
    errors: BODY_PARSE_ERRORS, pageErrors: [...CALL_ERRORS, ...FORM_POST_ERRORS, ...CORRECTION_ERRORS],
  },
  {
    method: 'post', path: '/calls/retry-failed', tag: 'pages', right: 'calls:retry', auth: 'browser',
    summary: 'Retry the failed calls of one cause from the call list',
    description: 'Managers only. `POST /v1/calls/retry-failed` with the form’s `code` and a limit of 500: the calls that failed with that code resume at the step that failed, newest first, as bulk work. Answers 303 back to the failed calls with what was done (`retried`, `skipped`, `more`) shown as a notice.',
    requestBody: formBody('RetryFailedForm'),
    responses: { 303: redirect('To `/?status=failed&code=…&retried=N&skipped=N` (and `&more=1`), or `/?status=failed&e=FORM_INVALID` when `code` is not an error code.') },
    errors: [...BODY_PARSE_ERRORS, ...STORAGE_ERRORS, ...INDEX_ERRORS], formErrors: ['FORM_INVALID'],
  },
  {
    method: 'get', path: '/calls/new', tag: 'pages', right: 'calls:create', auth: 'browser',
    summary: 'The upload page',
    description: 'A form for a recording, an optional WebVTT transcript and what the uploader knows of the call (the customer, the deal, who called, the recording consent; a manager also names the rep). It posts to `POST /calls/new`.',
    responses: { 200: htmlPage('The upload form.') },
  },
  {
    method: 'post', path: '/calls/new', tag: 'pages', right: 'calls:create', auth: 'browser',
    summary: 'Upload a recording from the upload page',
    description: 'The upload page’s form, multipart: its first part is `_csrf` (checked before anything else is read), then `file` (the recording), `transcript` (optional WebVTT) and the text fields `customer_name`, `customer_email`, `customer_phone`, `customer_company`, `deal_id`, `direction` (`inbound`, `outbound`), `consent` (`granted`, `refused`, `unknown`) and, from a manager, `rep_name`, `rep_email`. The same limits and call creation as `POST /v1/calls`.',
    requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { _csrf: { type: 'string' }, file: { type: 'string', contentMediaType: 'application/octet-stream' }, transcript: { type: 'string', contentMediaType: 'text/vtt' } }, required: ['file'] } } } },
    responses: { 303: redirect('To the call’s page, `/calls/{id}?m=uploaded` (a new call) or `?m=duplicate` (the recording was uploaded before).') },
    errors: ['CALL_BUSY', ...BODY_PARSE_ERRORS, ...STORAGE_ERRORS],
    pageErrors: ['CSRF_INVALID', 'FORM_INVALID', 'UPLOAD_NOT_MULTIPART', 'UPLOAD_TOO_LARGE', 'UPLOAD_INVALID', 'META_INVALID', 'AUDIO_EMPTY', 'TRANSCRIPT_INVALID', 'CONSENT_STOPPED_EARLIER'],
  },
  {
    method: 'post', path: '/calls/{id}/retry', tag: 'pages', right: 'calls:retry', auth: 'browser',
    summary: 'Retry from the call page', parameters: [callId], requestBody: formBody('CsrfForm'),
    responses: { 303: redirect('Back to `/calls/{id}?m=retried`, or `?e=CODE` when refused.') },
    errors: BODY_PARSE_ERRORS, pageErrors: CALL_ERRORS, formErrors: ['CALL_NOT_FAILED', 'CALL_BUSY'],
  },
  {
    method: 'get', path: '/calls/{id}/erase', tag: 'pages', right: 'calls:erase', auth: 'browser',
    summary: 'Confirm a call’s erasure',
    description: 'Managers only. What erasing the call deletes from callscribe and what stays in the CRM (the records callscribe wrote, with ids, as `DELETE /v1/calls/{id}` lists them in `crmRemaining`), and the form that erases it. Changes nothing.',
    parameters: [callId],
    responses: { 200: htmlPage('The confirmation page.') },
    pageErrors: CALL_ERRORS,
  },
  {
    method: 'post', path: '/calls/{id}/erase', tag: 'pages', right: 'calls:erase', auth: 'browser',
    summary: 'Erase a call from its page',
    description: 'Managers only. Erases the call as `DELETE /v1/calls/{id}` does, and answers the page saying so, listing what stays in the CRM with ids (not a redirect: nothing of the call is kept to show again). While a step of the call runs: the confirmation page again with 409 `CALL_BUSY`, nothing erased.',
    parameters: [callId], requestBody: formBody('CsrfForm'),
    responses: { 200: htmlPage('Erased: what stays in the CRM.') },
    errors: [...BODY_PARSE_ERRORS, ...STORAGE_ERRORS, ...INDEX_ERRORS], pageErrors: [...CALL_ERRORS, 'CALL_BUSY'],
  },
  {
    method: 'get', path: '/healthz', tag: 'service', right: null, auth: 'none',
    summary: 'Liveness', responses: { 200: json('HealthAnswer', 'The process answers.') },
  },
  {
    method: 'get', path: '/readyz', tag: 'service', right: null, auth: 'none',
    summary: 'Readiness',
    description: 'Checks Redis (PING), the S3 bucket (HeadBucket), the call index (a count) and the CRM credentials (the adapter’s ping, at most once a minute; CRMs without one pass), each within 2 s.',
    responses: {
      200: json('ReadyAnswer', 'Every dependency answered.'),
      503: json('ReadyAnswer', 'A dependency is down: `checks.<name>.error` says why.'),
    },
  },
  {
    method: 'get', path: '/metrics', tag: 'service', right: null, auth: 'none',
    summary: 'Prometheus metrics',
    description: 'This process’s metrics in the Prometheus text format (names start with `callscribe_`; see the README, “Operating it”). The API process reports the queues’ job counts and webhook deliveries; worker processes serve their step, engine and CRM metrics on `METRICS_PORT`. No call data.',
    responses: { 200: { description: 'The metrics.', content: { 'text/plain': { schema: { type: 'string' } } } } },
  },
  {
    method: 'get', path: '/admin/queues', tag: 'service', right: 'queues:view', auth: 'browser',
    summary: 'The queue dashboard',
    description: 'Bull Board over every pipeline queue (one per step, and the transcription chunks): jobs by state, their data and errors. Managers only; read-only. Its own API and assets below `/admin/queues/` belong to Bull Board and are not described here.',
    responses: { 200: htmlPage('The dashboard.') },
  },
  {
    method: 'get', path: '/assets/{name}', tag: 'service', right: null, auth: 'none',
    summary: 'A UI asset', description: 'The review UI’s CSS, script and icon; 304 on a matching If-None-Match.',
    parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', examples: ['app.css', 'app.js', 'favicon.svg'] } }, header('If-None-Match', 'A previous ETag.')],
    responses: {
      200: { description: 'The file.', content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } }, 'image/svg+xml': { schema: { type: 'string' } } } },
      304: { description: 'Not modified.' },
    },
    errors: ['ASSET_NOT_FOUND'],
  },
  {
    method: 'get', path: '/docs', tag: 'service', right: null, auth: 'none',
    summary: 'This reference, as a page', responses: { 200: htmlPage('Every route, its answers and the error codes.') },
  },
  {
    method: 'get', path: '/docs/openapi.json', tag: 'service', right: null, auth: 'none',
    summary: 'This reference, as OpenAPI 3.1', responses: { 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
];
