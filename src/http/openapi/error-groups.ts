import type { ErrorCode } from '../error-codes.ts';

// The error codes routes share, by what goes wrong, for the operations' `errors` lists (operations.ts).

/** What fastify answers for a body it cannot parse, before any handler runs: every route that takes a body. */
export const BODY_PARSE_ERRORS = ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_BODY_TOO_LARGE'] as const satisfies readonly ErrorCode[];
export const JSON_BODY_ERRORS = ['BODY_NOT_JSON', 'BODY_INVALID', ...BODY_PARSE_ERRORS] as const satisfies readonly ErrorCode[];
export const CALL_ERRORS = ['CALL_NOT_FOUND', 'CALL_FORBIDDEN'] as const satisfies readonly ErrorCode[];
/** A change to a settled call, under its lock, checked against If-Match. */
export const CHANGE_ERRORS = [...CALL_ERRORS, 'CALL_BUSY', 'PRECONDITION_FAILED'] as const satisfies readonly ErrorCode[];
export const DECISION_ERRORS = ['REVIEW_NOT_PENDING', 'DECISION_UNKNOWN', 'DECISION_REPEATED', 'STAGE_INVALID', 'VALUE_NOT_AN_OPTION', 'VALUE_REQUIRED', 'VALUE_INVALID', 'DUE_DATE_INVALID', 'DEAL_NOT_FOUND', 'CONTACT_NOT_FOUND'] as const satisfies readonly ErrorCode[];
/** Refusals of an undo of a stage move (`POST /v1/calls/{id}/review/deal-stage/undo`). */
export const UNDO_ERRORS = ['AUTH_FORBIDDEN', 'UNDO_NOT_POSSIBLE', 'UNDO_NOT_YET_APPLIED', 'UNDO_ALREADY_REQUESTED'] as const satisfies readonly ErrorCode[];
export const CORRECTION_ERRORS = ['ITEM_UNKNOWN', 'NOTHING_TO_CORRECT'] as const satisfies readonly ErrorCode[];
/** Storage failing under an upload: the answer names the code only, the log has the details. */
export const STORAGE_ERRORS = ['S3_UNAVAILABLE', 'S3_AUTH', 'S3_CREDENTIALS_MISSING', 'S3_REJECTED', 'S3_NOT_FOUND', 'STORAGE_IO', 'NETWORK'] as const satisfies readonly ErrorCode[];
/** The call index (Postgres) down, migrating (at start) or refusing a statement, where a route reads or writes it. */
export const INDEX_ERRORS = ['INDEX_UNAVAILABLE', 'INDEX_MIGRATING', 'INDEX_FAILED'] as const satisfies readonly ErrorCode[];
export const FORM_POST_ERRORS = ['FORM_INVALID', 'CALL_BUSY', 'PRECONDITION_FAILED'] as const satisfies readonly ErrorCode[];

/**
 * A webhook's refusals, and what a verified delivery that could not be recorded answers: 503 `NETWORK` (Redis or
 * storage away) or `DELIVERY_BUSY` (another delivery of the recording is being recorded), which every provider resends.
 */
export const WEBHOOK_ERRORS = ['WEBHOOK_PROVIDER_OFF', 'WEBHOOK_SIGNATURE_MISSING', 'WEBHOOK_SIGNATURE_INVALID', 'WEBHOOK_STALE', 'WEBHOOK_PAYLOAD_INVALID', 'WEBHOOK_BODY_TOO_LARGE', 'NETWORK', 'DELIVERY_BUSY'] as const satisfies readonly ErrorCode[];
