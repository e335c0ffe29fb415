import type { ErrorKind } from '../errors/app-error.ts';
/**
 * Every error code an API answer can carry, with its HTTP status and what it means: the error handler
 * answers with these statuses and the OpenAPI document lists them. Codes not here answer 400 when
 * permanent, 503 when retryable. A 5xx answer's message is its description here, never the failure's
 * own message (which names storage keys and servers; the log has it).
 */
export const ERROR_CODES = {
  AUTH_REQUIRED: { status: 401, description: 'No valid API key or session.' },
  AUTH_FORBIDDEN: { status: 403, description: 'The key or session lacks the right for this route.' },
  CSRF_INVALID: { status: 403, description: 'A session request without its CSRF token.' },
  AUTH_LIMITED: { status: 429, description: 'Too many wrong API keys from this address; wait for `Retry-After`.' },
  SIGN_IN_LIMITED: { status: 429, description: 'Too many failed sign-ins from this address; wait a minute.' },
  CALL_NOT_FOUND: { status: 404, description: 'No call with this id.' },
  CALL_FORBIDDEN: { status: 403, description: "A rep asked for another rep's call." },
  CALL_BUSY: { status: 409, description: 'The call is still being processed (or changed by someone else); try again when it settles.' },
  DELIVERY_BUSY: { status: 503, description: 'Another delivery of the same recording (or completion of the same upload) is being recorded at this moment; send it again after `Retry-After` seconds, and it is answered as a duplicate or taken.' },
  CALL_NOT_FAILED: { status: 409, description: 'Only a failed call can be retried.' },
  RECORDING_ANOTHER_REPS: { status: 409, description: "The recording was uploaded before as another rep's call: nothing new was made, and a rep sees only their own calls." },
  CONSENT_REFUSED_TOO_LATE: { status: 409, description: 'The recording is a call already taken in with consent granted or unknown; a refusal sent with it now changes nothing: a manager erases the call to honour it.' },
  CONSENT_STOPPED_EARLIER: { status: 409, description: 'The recording is a call stopped for recording consent; a manager erases it before it can be sent again.' },
  REVIEW_NOT_PENDING: { status: 409, description: 'The decision was already approved or rejected.' },
  UNDO_NOT_POSSIBLE: { status: 409, description: 'The stage move cannot be undone: it was not approved, changed nothing in the CRM, or callscribe does not know the stage before it. The message says which.' },
  UNDO_NOT_YET_APPLIED: { status: 409, description: 'The approved stage move has not been written to the CRM yet; undo it once the call shows it written.' },
  UNDO_ALREADY_REQUESTED: { status: 409, description: 'The stage move was already moved back, or an undo of it waits for the CRM to be updated.' },
  PRECONDITION_FAILED: { status: 412, description: 'If-Match names an older version of the call; reload and decide again.' },
  DECISION_UNKNOWN: { status: 422, description: 'The call has no decision with this id.' },
  DECISION_REPEATED: { status: 422, description: 'The same decision appears twice in one request.' },
  STAGE_INVALID: { status: 422, description: 'The value is not a canonical stage key.' },
  VALUE_NOT_AN_OPTION: { status: 422, description: "The value is not one of the decision's options." },
  VALUE_REQUIRED: { status: 422, description: 'The decision has no single proposal: send a value.' },
  VALUE_INVALID: { status: 422, description: "The value does not fit the decision's kind." },
  DEAL_NOT_FOUND: { status: 422, description: 'The deal id given for the decision does not exist in the CRM.' },
  CONTACT_NOT_FOUND: { status: 422, description: 'The contact id given for the decision does not exist in the CRM.' },
  DUE_DATE_INVALID: { status: 422, description: 'A due date that is not a date (YYYY-MM-DD).' },
  ITEM_UNKNOWN: { status: 422, description: 'The correction names an action item the call does not have.' },
  NOTHING_TO_CORRECT: { status: 422, description: 'The correction changes nothing.' },
  FORM_INVALID: { status: 422, description: 'The form was incomplete; check its fields.' },
  BODY_NOT_JSON: { status: 415, description: 'The body is not JSON (send Content-Type: application/json).' },
  BODY_INVALID: { status: 400, description: 'The JSON body does not match the route schema.' },
  QUERY_INVALID: { status: 400, description: 'A query parameter is malformed.' },
  REPORT_RANGE_INVALID: { status: 400, description: 'The report’s `from` is after its `to`, or the range is longer than 366 days.' },
  SUBJECT_TOO_MANY_CALLS: { status: 422, description: 'More calls match the person than one export reads: export them in parts with `from` and `to`.' },
  CURSOR_INVALID: { status: 400, description: 'The cursor is not one this server handed out.' },
  RANGE_NOT_SATISFIABLE: { status: 416, description: 'The Range starts past the end of the recording, or asks for none of it (`bytes=-0`); `Content-Range: bytes */size` gives its size.' },
  AUDIO_MISSING: { status: 410, description: 'The recording is no longer stored.' },
  UPLOAD_TOO_LARGE: { status: 413, description: 'The recording is larger than the upload limit.' },
  UPLOAD_NOT_MULTIPART: { status: 415, description: 'Uploads are multipart/form-data.' },
  UPLOAD_INVALID: { status: 400, description: 'The multipart body is malformed, or has not exactly one `file` part.' },
  META_INVALID: { status: 400, description: 'The `meta` part (a field or a file) is not CallMeta JSON, or is over 64 KiB.' },
  TRANSCRIPT_INVALID: { status: 400, description: 'The `transcript` part is not a WebVTT transcript with at least one cue of text, or is over 2 MiB.' },
  PRESIGN_UNSUPPORTED: { status: 501, description: 'This server stores recordings without S3, so it has no presigned uploads: upload with POST /v1/calls.' },
  REP_NOT_YOURS: { status: 403, description: "A rep's upload names another rep's e-mail in meta rep.email (or any, from a rep key without an e-mail): a rep files calls under their own." },
  UPLOAD_TOKEN_INVALID: { status: 403, description: 'The upload token is not one this server gave for this key and caller, or it has expired: presign again.' },
  UPLOAD_NOT_FOUND: { status: 404, description: 'Nothing was uploaded under this key (or it was already completed): POST the file to the presigned URL first.' },
  AUDIO_EMPTY: { status: 422, description: 'The recording is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, description: 'The request body is over the limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, description: 'The body is not JSON (send Content-Type: application/json).' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, description: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, description: 'The JSON body is empty.' },
  WEBHOOK_PROVIDER_OFF: { status: 404, description: 'No telephony provider of this name is configured here.' },
  WEBHOOK_SIGNATURE_MISSING: { status: 401, description: 'The delivery lacks the signature, token or timestamp header its provider always sends.' },
  WEBHOOK_SIGNATURE_INVALID: { status: 401, description: 'The signature or token does not match the configured secret (or the account is not ours).' },
  WEBHOOK_STALE: { status: 401, description: 'The signed timestamp is outside the allowed window (a replay, or a clock far off).' },
  WEBHOOK_BODY_TOO_LARGE: { status: 413, description: 'The body is over 256 KiB, the limit of a webhook delivery or storage event; it was not read.' },
  WEBHOOK_PAYLOAD_INVALID: { status: 400, description: 'Signed correctly, but the body is not what the provider sends.' },
  STORAGE_EVENTS_OFF: { status: 404, description: 'Storage events are not configured here.' },
  STORAGE_META_INVALID: { status: 400, description: "The object's sidecar NAME.meta.json or its callscribe metadata is not CallMeta." },
  SNS_CERTIFICATE_UNAVAILABLE: { status: 503, description: "SNS's signing certificate could not be fetched just now; SNS delivers again." },
  SNS_CERTIFICATE_NOT_FOUND: { status: 401, description: 'The signing certificate the SNS message names does not exist.' },
  SNS_CONFIRM_FAILED: { status: 503, description: 'Confirming the SNS subscription failed; SNS sends the confirmation again.' },
  ASSET_NOT_FOUND: { status: 404, description: 'No UI asset with this name.' },
  ROUTE_NOT_FOUND: { status: 404, description: 'No route with this method and path; /docs lists them.' },
  NETWORK: { status: 503, description: 'Storage, the index or the queue could not be reached; try again shortly.' },
  S3_UNAVAILABLE: { status: 503, description: 'Object storage could not be reached or failed; try again shortly.' },
  S3_CREDENTIALS_MISSING: { status: 500, description: 'This server has no credentials for object storage; an operator must set them (the server log has the details).' },
  S3_AUTH: { status: 500, description: 'Object storage refused this server’s credentials; an operator must check them (the server log has the details).' },
  S3_REJECTED: { status: 500, description: 'Object storage rejected a request from this server; an operator must check its storage settings (the server log has the details).' },
  S3_NOT_FOUND: { status: 500, description: 'The storage bucket is missing; an operator must check S3_BUCKET (the server log has the details).' },
  INDEX_UNAVAILABLE: { status: 503, description: 'The call index (Postgres) could not be reached or is busy; try again shortly. If it lasts, an operator must check that the database in DATABASE_URL is running.' },
  INDEX_MIGRATING: { status: 503, description: 'The call index is being opened and migrated to this version (after an upgrade: about 30 s per 100,000 calls); try again after the `Retry-After` seconds. Uploads and webhooks are taken meanwhile.' },
  INDEX_FAILED: { status: 500, description: 'The call index (Postgres) failed; an operator must check it (the server log has the details).' },
  STORAGE_IO: { status: 500, description: 'Local storage failed (full or not writable); an operator must check DATA_DIR (the server log has the details).' },
  INTERNAL: { status: 500, description: 'An unexpected failure; the server log has the details.' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function statusOfCode(code: string, retryable: boolean, kind: ErrorKind | null = null): number {
  const listed = (ERROR_CODES as Record<string, { status: number }>)[code]?.status;
  if (listed) return listed;
  // Another service refusing our credentials (or down for good): the request was fine, what it needed failed. A
  // `rejected` answer stays 400: it may be the request's own value (a deal id a manager typed) the service refused.
  if ((kind === 'credentials' || kind === 'unavailable') && !retryable) return 502;
  return retryable ? 503 : 400;
}

/** What a 5xx answer says: the code's description, which names no storage key, server or bucket. */
export function serverFailureMessage(code: string, status = 500): string {
  const listed = (ERROR_CODES as Record<string, { description: string }>)[code]?.description;
  if (listed) return listed;
  return status === 502 ? UPSTREAM_FAILURE : ERROR_CODES.INTERNAL.description;
}

/** A 502's message: the other service's own words (ids, personal data, hints about our credentials) stay in the server log. */
const UPSTREAM_FAILURE = 'A service callscribe depends on (the CRM, a speech engine) refused or failed this request; the code says which, and an operator finds why in the server log.';
