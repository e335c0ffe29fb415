import { SESSION_COOKIE } from '../session.ts';
import { BODY_PARSE_ERRORS, CALL_ERRORS, CORRECTION_ERRORS, DECISION_ERRORS, FORM_POST_ERRORS, INDEX_ERRORS, STORAGE_ERRORS, UNDO_ERRORS } from './error-groups.ts';
import type { OperationSpec } from './operations.ts';
import { json, htmlPage, redirect, formBody, header, callId, PAGE_REP_TEXT, listParameters, reportParameters } from './operation-parts.ts';

/** The browser's routes and the service's own: sign-in, the review UI's pages and forms, health, metrics, assets, this document. */
export const PAGE_OPERATIONS: readonly OperationSpec[] = [
  {
    method: 'get', path: '/sign-in', tag: 'session', right: null, auth: 'none',
    summary: 'The sign-in page', parameters: [{ name: 'next', in: 'query', required: false, description: 'A path on this site to return to.', schema: { type: 'string' } }, { name: 'unsaved', in: 'query', required: false, description: '`1`: a form post was refused for want of a session; the page says that what was sent was not saved (and the form sends it on).', schema: { type: 'string', enum: ['1'] } }],
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
      { name: 'back', in: 'query', required: false, description: 'The cursors of the pages before this one, comma-separated, oldest first (at most 50), as the pager’s links carry them for “Previous page”. Anything else is read as none.', schema: { type: 'string' } },
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
    method: 'get', path: '/calls/{id}/steps', tag: 'pages', right: 'calls:read', auth: 'browser',
    summary: 'A call’s steps table, alone',
    description: 'The `<details class="steps">` element of the call page (each step’s start, time taken, attempt and outcome), for the page to swap in while the call is being processed; its `data-steps` attribute names the runs it shows. Empty before the call’s first step.',
    parameters: [callId],
    responses: { 200: { description: 'The element, or nothing.', content: { 'text/html': { schema: { type: 'string' } } } } },
    errors: CALL_ERRORS,
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
    method: 'post', path: '/calls/{id}/stage-undo', tag: 'pages', right: 'calls:review', auth: 'browser',
    summary: 'Undo a deal-stage move from the call page',
    description: 'Managers only: `POST /v1/calls/{id}/review/deal-stage/undo` with the form’s note, the etag as If-Match.',
    parameters: [callId], requestBody: formBody('StageUndoForm'),
    responses: { 303: redirect('Back to `/calls/{id}?m=stage-undone`, or `?e=CODE` when refused.') },
    errors: BODY_PARSE_ERRORS, pageErrors: CALL_ERRORS, formErrors: [...FORM_POST_ERRORS, ...UNDO_ERRORS],
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
    description: 'The upload page’s form, multipart: its first part is `_csrf` (checked before anything else is read), then `file` (the recording), `transcript` (optional WebVTT) and the text fields `customer_name`, `customer_email`, `customer_phone`, `customer_company`, `deal_id`, `started_at` (`YYYY-MM-DDTHH:MM` on the uploader’s clock) with `timezone` (an IANA zone; UTC when absent or unknown), `direction` (`inbound`, `outbound`), `consent` (`granted`, `refused`, `unknown`; required, `granted` or `refused`, under RECORDING_CONSENT_REQUIRED) and, from a manager, `rep_name`, `rep_email`. The same limits and call creation as `POST /v1/calls`.',
    requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { _csrf: { type: 'string' }, file: { type: 'string', contentMediaType: 'application/octet-stream' }, transcript: { type: 'string', contentMediaType: 'text/vtt' } }, required: ['file'] } } } },
    responses: { 303: redirect('To the call’s page, `/calls/{id}?m=uploaded` (a new call) or `?m=duplicate` (the recording was uploaded before).') },
    errors: ['CALL_BUSY', ...BODY_PARSE_ERRORS, ...STORAGE_ERRORS],
    pageErrors: ['CSRF_INVALID', 'FORM_INVALID', 'UPLOAD_NOT_MULTIPART', 'UPLOAD_TOO_LARGE', 'UPLOAD_INVALID', 'META_INVALID', 'AUDIO_EMPTY', 'TRANSCRIPT_INVALID', 'CONSENT_STOPPED_EARLIER', 'CONSENT_REFUSED_TOO_LATE', 'RECORDING_ANOTHER_REPS'],
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
    parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', examples: ['app.css', 'app.js', 'call-watch.js', 'favicon.svg'] } }, header('If-None-Match', 'A previous ETag.')],
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
