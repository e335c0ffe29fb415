import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, permanent, toAppError } from '../../errors/app-error.ts';
import { canAccessCall, csrfToken, firstPartCsrfValid, identityOfRequest, requireRight } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';
import { statusOfCode } from '../error-codes.ts';
import { allowWork, httpTimeouts } from '../timeouts.ts';
import { renderUploadPage, sizeWords, UPLOAD_FIELDS, UPLOAD_PAGE, uploadMeta, uploadRefusalField, type UploadField, type UploadForm, type UploadInvalid } from '../ui/upload.page.ts';
import { acceptor, refuseDeclaredTooLarge } from './receive-upload.ts';
import { maxUploadBody, readUploadParts, TRANSCRIPT_MAX_BYTES } from './upload-parts.ts';

/** A refused upload's code in words for the person at the form (the API's messages speak of parts and settings). */
function uploadRefusal(err: AppError, maxUploadBytes: number): string {
  switch (err.code) {
    case 'UPLOAD_TOO_LARGE':
      return `The recording is larger than the largest upload allowed (${sizeWords(maxUploadBytes)}). Send a shorter or more compressed file.`;
    case 'AUDIO_EMPTY':
      return 'The recording file is empty (0 bytes).';
    case 'TRANSCRIPT_INVALID':
      return `The transcript is not a WebVTT file (.vtt) with at least one line of text, or is larger than ${TRANSCRIPT_MAX_BYTES / 1048576} MB. Leave it out to have the recording transcribed.`;
    case 'UPLOAD_INVALID':
      return 'The upload did not arrive whole. Send it again.';
    case 'CSRF_INVALID':
      return 'This form was opened in an earlier session (you signed in again since): nothing was uploaded. Choose the recording on this page and upload it again.';
    case 'FORM_INVALID':
      return err.message;
    case 'RECORDING_ANOTHER_REPS':
      return 'This recording was already uploaded as another rep’s call, so nothing new was created, and that call is not shown to you. If it should be yours, ask a manager: they can see it and say whose it is.';
    case 'CONSENT_STOPPED_EARLIER':
      return 'This recording was uploaded before and stopped because recording consent was refused or not given; its audio was deleted, and sending it again does not reopen it. If the stop was a mistake, a manager erases that call from its page (Erase this call…), then the recording can be uploaded again with consent given.';
    default:
      return `${err.message} (${err.code})`;
  }
}

/**
 * The upload page (`GET /calls/new`) and its form (`POST /calls/new`, multipart): the same parts, limits
 * and call creation as `POST /v1/calls`, the meta from the form's fields. A call made (or found: the same
 * recording sent before) opens its page (303); a refusal answers the form again, as filled in, saying why (the
 * recording found as a call the uploader may not read, another rep's, too: 409 `RECORDING_ANOTHER_REPS`).
 * The form's CSRF token is its first part, checked before anything else is read.
 */
export async function uploadPageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const timeouts = httpTimeouts(deps.maxUploadBytes, deps.timeouts);
  const accept = acceptor(deps);
  const user = (request: FastifyRequest) => {
    const who = identityOfRequest(request);
    return { email: who.email, role: who.role };
  };
  const answer = (request: FastifyRequest, reply: FastifyReply, status: number, form?: UploadForm, error?: string, invalid?: UploadInvalid) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderUploadPage({ user: user(request), csrf: csrfToken(request), maxUploadBytes: deps.maxUploadBytes, form, error, consentRequired: deps.consentRequired, invalid: invalid ?? null }));

  app.get(UPLOAD_PAGE, requireRight('calls:create'), async (request, reply) => answer(request, reply, 200));

  app.post(UPLOAD_PAGE, requireRight('calls:create', { csrfInFirstPart: true }), async (request, reply) => {
    // The fields as they arrive, so a file refused after them (too large) still answers the form as typed.
    const form: UploadForm = {};
    let keys: (string | undefined)[] = [];
    // The field a refusal concerns, when one does: marked and focused on the page shown again.
    let invalid: UploadInvalid | undefined;
    try {
      if (!request.isMultipart()) throw permanent('UPLOAD_NOT_MULTIPART', 'Send the form from the upload page.');
      // As POST /v1/calls: a body declared over the limit is refused before any of it is read (nothing is stored).
      refuseDeclaredTooLarge(request, reply, maxUploadBody(deps.maxUploadBytes), deps.maxUploadBytes);
      const parts = await readUploadParts(request, {
        blobs: deps.blobs,
        maxUploadBytes: deps.maxUploadBytes,
        fields: UPLOAD_FIELDS.length + 1,
        emptyFileIsAbsent: true,
        onPart: (part, index) => {
          if (index === 0 && !firstPartCsrfValid(request, part.fieldname, part.type === 'field' ? part.value : undefined)) {
            if (part.type === 'file') part.file.resume();
            throw new AppError('CSRF_INVALID', 'The form carries no token of this session.');
          }
          const name = part.fieldname as UploadField;
          if (part.type === 'field' && typeof part.value === 'string' && UPLOAD_FIELDS.includes(name) && form[name] === undefined) form[name] = part.value;
        },
      });
      keys = [parts.upload?.uploadKey, parts.transcript?.uploadKey];
      if (!parts.upload) {
        invalid = 'file';
        throw new AppError('FORM_INVALID', 'Choose the recording to upload.');
      }
      if (parts.upload.bytes === 0) throw permanent('AUDIO_EMPTY', 'The uploaded recording is empty (0 bytes).');
      const read = uploadMeta(form, identityOfRequest(request).role, { consentRequired: deps.consentRequired, now: deps.clock() });
      if ('problem' in read) {
        if (read.refill) Object.assign(form, read.refill);
        invalid = read.field;
        throw new AppError('FORM_INVALID', read.problem);
      }
      allowWork(request, timeouts);
      const { call, isNew } = await accept(request, { ...parts.upload, meta: read.meta, transcript: parts.transcript });
      keys = [];
      // The same recording filed as a call this uploader may not read: its page would only refuse them.
      if (!isNew && !canAccessCall(identityOfRequest(request), call)) {
        throw permanent('RECORDING_ANOTHER_REPS', `The recording is call ${call.id}, which the uploader may not read.`);
      }
      return reply.redirect(`/calls/${encodeURIComponent(call.id)}?m=${isNew ? 'uploaded' : 'duplicate'}#done`, 303);
    } catch (thrown) {
      // A refused upload leaves nothing behind in uploads/ (removed before answering: the form may be sent again at once).
      for (const key of keys) if (key) await deps.blobs.delete(key).catch(() => undefined);
      const err = toAppError(thrown);
      if (err.retryable || err.code === 'INTERNAL') throw err;
      request.log.info({ code: err.code }, 'upload form refused');
      // The rest of a refused body is not read: the connection closes after the answer.
      reply.header('connection', 'close');
      return answer(request, reply, statusOfCode(err.code, err.retryable), form, uploadRefusal(err, deps.maxUploadBytes), invalid ?? uploadRefusalField(err.code));
    }
  });
}
