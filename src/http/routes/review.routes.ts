import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CallStatus } from '../../domain/call.ts';
import { queryDate } from '../../domain/query-date.ts';
import { permanent } from '../../errors/app-error.ts';
import type { ByteRange, CallReader } from '../../review/call-service.ts';
import type { CallView } from '../../review/call-view.ts';
import { ReviewRequest } from '../../review/decide.ts';
import { InsightsCorrection, type ReviewActions } from '../../review/review-actions.ts';
import { RetryFailedRequest } from '../../review/retry-failed.ts';
import { StageUndoRequest } from '../../review/stage-undo.ts';
import { identityOfRequest, requireRight } from '../auth.ts';
import { CONTROL, listRange } from '../ui/list-filters.ts';

const JSON_BODY_LIMIT = 64 * 1024;

const noControl = (s: string) => !CONTROL.test(s);
const NO_CONTROL = 'must not contain control characters';

/** `GET /v1/calls`'s query. Dates are ISO dates or instants, 1970 to 9999; no text has a control character (a NUL never reaches the index). */
export const CallListParams = z
  .object({
    status: CallStatus.optional(),
    review: z.literal('pending').optional(),
    rep: z.email().refine(noControl, NO_CONTROL).optional(),
    from: queryDate({ instants: true }).optional(),
    to: queryDate({ instants: true }).optional(),
    q: z.string().refine(noControl, NO_CONTROL).trim().min(1).max(200).optional(),
    cursor: z.string().max(500).refine(noControl, NO_CONTROL).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Parses a value with a schema, or fails with the route's code and every problem named. */
export function parseOr<T>(schema: z.ZodType<T>, value: unknown, code: 'BODY_INVALID' | 'QUERY_INVALID'): T {
  // Fastify hands text/plain bodies over as strings: this API takes JSON only.
  if (code === 'BODY_INVALID' && typeof value === 'string') throw permanent('BODY_NOT_JSON', 'Send the body as JSON, with Content-Type: application/json.');
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || (code === 'BODY_INVALID' ? 'body' : 'query')}: ${i.message}`).join('; ');
  throw permanent(code, `${code === 'BODY_INVALID' ? 'The body' : 'The query'} is not valid: ${detail}`);
}

/** The view as JSON, its ETag in the header; `progress` only while a call is transcribing, `noWorker` only while no worker takes its step. */
function sendView(reply: FastifyReply, view: CallView) {
  const { etag, progress, noWorker, ...rest } = view;
  return reply.header('etag', etag).send({ ...rest, ...(progress ? { progress } : {}), ...(noWorker ? { noWorker } : {}) });
}

/**
 * The review API: the call list, one call with its review and audit (ETag), decisions (and undoing an applied stage
 * move), corrections, retries, erasure and the recording. Rights: a rep acts on their own calls only; a manager on every
 * call, and only a manager erases one.
 */
export async function reviewRoutes(app: FastifyInstance, deps: { reader: CallReader; actions: ReviewActions }): Promise<void> {
  app.get('/v1/calls', requireRight('calls:read'), async (request) => {
    const p = parseOr(CallListParams, request.query, 'QUERY_INVALID');
    return deps.reader.list(identityOfRequest(request), {
      status: p.status, reviewPending: p.review === 'pending', rep: p.rep, q: p.q, cursor: p.cursor, limit: p.limit, ...listRange(p.from, p.to),
    });
  });

  app.get<{ Params: { id: string } }>('/v1/calls/:id', requireRight('calls:read'), async (request, reply) => {
    const view = await deps.reader.view(identityOfRequest(request), request.params.id);
    if (request.headers['if-none-match'] === view.etag) return reply.code(304).header('etag', view.etag).send();
    return sendView(reply, view);
  });

  app.post<{ Params: { id: string } }>('/v1/calls/:id/review', { ...requireRight('calls:review'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr(ReviewRequest, request.body, 'BODY_INVALID');
    const view = await deps.actions.review(identityOfRequest(request), request.params.id, body, request.headers['if-match']);
    return reply.header('etag', view.etag).send({ review: view.review, audit: view.audit, status: view.call.status });
  });

  // A manager moves the deal back before an applied stage move; sync writes it. Answers as a decision does.
  app.post<{ Params: { id: string } }>('/v1/calls/:id/review/deal-stage/undo', { ...requireRight('calls:review'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr(StageUndoRequest, request.body, 'BODY_INVALID');
    const view = await deps.actions.undoStage(identityOfRequest(request), request.params.id, body, request.headers['if-match']);
    return reply.header('etag', view.etag).send({ review: view.review, audit: view.audit, status: view.call.status });
  });

  app.patch<{ Params: { id: string } }>('/v1/calls/:id/insights', { ...requireRight('calls:review'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr(InsightsCorrection, request.body, 'BODY_INVALID');
    return sendView(reply, await deps.actions.correct(identityOfRequest(request), request.params.id, body, request.headers['if-match']));
  });

  app.post('/v1/calls/retry-failed', { ...requireRight('calls:retry'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr(RetryFailedRequest, request.body, 'BODY_INVALID');
    return reply.code(202).send(await deps.actions.retryFailed(identityOfRequest(request), body));
  });

  app.post<{ Params: { id: string } }>('/v1/calls/:id/retry', { ...requireRight('calls:retry'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const view = await deps.actions.retry(identityOfRequest(request), request.params.id);
    return reply.code(202).header('etag', view.etag).send({ id: view.call.id, status: view.call.status });
  });

  app.delete<{ Params: { id: string } }>('/v1/calls/:id', requireRight('calls:erase'), async (request) =>
    deps.actions.erase(identityOfRequest(request), request.params.id));

  app.get<{ Params: { id: string } }>('/v1/calls/:id/audio', requireRight('calls:read'), async (request, reply) => {
    const audio = await deps.reader.audio(identityOfRequest(request), request.params.id, parseRange(request.headers.range));
    reply.header('accept-ranges', 'bytes');
    if (audio.unsatisfiable) {
      reply.header('content-range', `bytes */${audio.bytes}`);
      throw permanent('RANGE_NOT_SATISFIABLE', `The recording has ${audio.bytes} bytes; the requested range is outside it.`);
    }
    reply.header('content-type', audio.contentType);
    // Not a known audio type: a download, never rendered (an uploaded SVG or HTML must not run here).
    if (audio.download) reply.header('content-disposition', 'attachment');
    if (audio.range) {
      reply.code(206).header('content-range', `bytes ${audio.range.start}-${audio.range.end}/${audio.bytes}`).header('content-length', audio.range.end - audio.range.start + 1);
    } else {
      reply.header('content-length', audio.bytes);
    }
    return reply.send(audio.stream);
  });
}

/**
 * One `bytes=` range (`a-b`, `a-`, or the last `-n` bytes). Anything else — several ranges, a last
 * byte before the first, a malformed header — is ignored and the recording served whole (RFC 9110 §14.2).
 */
export function parseRange(header: string | undefined): ByteRange | null {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') return { suffix: Number(m[2]) };
  const first = Number(m[1]);
  // A last byte too large to be a number here is past any recording's end: the range runs to the end.
  const last = m[2] === '' || !Number.isSafeInteger(Number(m[2])) ? null : Number(m[2]);
  if (!Number.isSafeInteger(first) || (last !== null && !(Number.isSafeInteger(last) && last >= first))) return null;
  return { first, last };
}
