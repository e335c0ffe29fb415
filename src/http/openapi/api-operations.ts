import { schemaRef } from './components.ts';
import { BODY_PARSE_ERRORS, CALL_ERRORS, CHANGE_ERRORS, CORRECTION_ERRORS, DECISION_ERRORS, INDEX_ERRORS, JSON_BODY_ERRORS, STORAGE_ERRORS, UNDO_ERRORS, WEBHOOK_ERRORS } from './error-groups.ts';
import type { OperationSpec } from './operations.ts';
import { json, jsonBody, header, ETAG, callId, ifMatch, RECORDING_CONTENT, listParameters, subjectParameters, reportParameters, provider, webhookDescription, webhookResponses } from './operation-parts.ts';

/** The JSON API: webhooks and storage events, calls, review, reports (see `OperationSpec`). */
export const API_OPERATIONS: readonly OperationSpec[] = [
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
    errors: ['STORAGE_EVENTS_OFF', 'WEBHOOK_SIGNATURE_MISSING', 'WEBHOOK_SIGNATURE_INVALID', 'WEBHOOK_STALE', 'WEBHOOK_PAYLOAD_INVALID', 'STORAGE_META_INVALID', 'SNS_CERTIFICATE_UNAVAILABLE', 'SNS_CERTIFICATE_NOT_FOUND', 'SNS_CONFIRM_FAILED', 'WEBHOOK_BODY_TOO_LARGE', 'NETWORK', 'DELIVERY_BUSY'],
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
    errors: ['UPLOAD_NOT_MULTIPART', 'UPLOAD_INVALID', 'META_INVALID', 'TRANSCRIPT_INVALID', 'AUDIO_EMPTY', 'UPLOAD_TOO_LARGE', 'REP_NOT_YOURS', 'CALL_BUSY', 'CONSENT_STOPPED_EARLIER', 'CONSENT_REFUSED_TOO_LATE', ...BODY_PARSE_ERRORS, ...STORAGE_ERRORS],
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
    errors: ['UPLOAD_TOKEN_INVALID', 'UPLOAD_NOT_FOUND', 'UPLOAD_TOO_LARGE', 'AUDIO_EMPTY', 'REP_NOT_YOURS', 'CALL_BUSY', 'DELIVERY_BUSY', 'CONSENT_STOPPED_EARLIER', 'CONSENT_REFUSED_TOO_LATE', ...JSON_BODY_ERRORS, ...STORAGE_ERRORS],
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
    method: 'post', path: '/v1/calls/{id}/review/deal-stage/undo', tag: 'review', right: 'calls:review', auth: 'api',
    summary: 'Undo an applied deal-stage move',
    description:
      'Managers only. Asks sync to move the deal back to the stage it had before (`from` of the `deal-stage` decision); the request is kept as the decision’s `undo` and audited (`undo`). ' +
      'Only an approved move that sync wrote and that changed the deal, from a known other stage, can be undone, once: `UNDO_NOT_YET_APPLIED` while it waits to be written, `UNDO_ALREADY_REQUESTED` while an undo waits or after one moved the deal back, `UNDO_NOT_POSSIBLE` otherwise (the message says why). ' +
      'Sync never overwrites a later change: a deal no longer in the CRM, or moved by someone since, is left as it is, and `undo.applied` says why nothing was written (then it may be asked again). Body optional.',
    parameters: [callId, ifMatch],
    requestBody: { ...jsonBody('StageUndoRequest'), required: false },
    responses: { 200: json('ReviewAnswer', 'The review with the undo asked; the call is `syncing`.', ETAG) },
    errors: [...JSON_BODY_ERRORS, ...CHANGE_ERRORS, ...UNDO_ERRORS],
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
];
