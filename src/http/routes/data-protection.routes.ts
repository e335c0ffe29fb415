import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { queryDate } from '../../domain/query-date.ts';
import { AppError, toAppError } from '../../errors/app-error.ts';
import type { CallReader, CallServiceDeps } from '../../review/call-service.ts';
import { createErasePreviewer } from '../../review/erase-preview.ts';
import type { ReviewActions } from '../../review/review-actions.ts';
import { createSubjectExporter, internationalPhone } from '../../review/subject-export.ts';
import { csrfToken, identityOfRequest, requireRight } from '../auth.ts';
import { statusOfCode } from '../error-codes.ts';
import { renderErasedPage, renderEraseConfirmPage } from '../ui/erase.section.ts';
import { renderNotAvailablePage } from '../ui/refused.page.ts';
import { CONTROL, listRange } from '../ui/list-filters.ts';
import { parseOr } from './review.routes.ts';

const noControl = (s: string) => !CONTROL.test(s);

/** `GET /v1/subject-export`'s query: the person by e-mail or by phone (one of them), optional dates, a page. */
export const SubjectExportParams = z
  .object({
    email: z.email().max(320).refine(noControl, 'must not contain control characters').optional(),
    phone: z.string().max(40).refine((p) => internationalPhone(p) !== null, 'must be an international number: + and the country code, e.g. +442079460321').optional(),
    from: queryDate({ instants: true }).optional(),
    to: queryDate({ instants: true }).optional(),
    cursor: z.string().max(500).refine(noControl, 'must not contain control characters').optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
  .superRefine((q, ctx) => {
    if ((q.email === undefined) === (q.phone === undefined)) ctx.addIssue({ code: 'custom', path: ['email'], message: 'give exactly one of `email` and `phone`' });
  });

/** The app's storage, index and log, with the reader and actions the other call routes use (erasure is `actions.erase`). */
export type DataProtectionDeps = Pick<CallServiceDeps, 'blobs' | 'index' | 'logger'> & { reader: CallReader; actions: ReviewActions };

/**
 * A data subject's rights, for managers. The export of what is held about one customer
 * (`GET /v1/subject-export`, see `createSubjectExporter`). A call's erasure from its page: `GET /calls/{id}/erase` says what would be
 * deleted and what stays in the CRM, and its form posts `POST /calls/{id}/erase` (CSRF checked by
 * `requireRight`), which erases through the same action as `DELETE /v1/calls/{id}` and answers the page
 * saying it is done. That page is the post's own answer, not a redirect: nothing of the call is kept to show again.
 */
export async function dataProtectionRoutes(app: FastifyInstance, deps: DataProtectionDeps): Promise<void> {
  const exportSubject = createSubjectExporter(deps, deps.reader);
  const previewErasure = createErasePreviewer(deps, deps.reader);
  app.get('/v1/subject-export', requireRight('subjects:export'), async (request) => {
    const p = parseOr(SubjectExportParams, request.query, 'QUERY_INVALID');
    const subject = p.email !== undefined ? { email: p.email } : { phone: p.phone! };
    return exportSubject(identityOfRequest(request), subject, { limit: p.limit, cursor: p.cursor, ...listRange(p.from, p.to) });
  });

  const userOf = (request: FastifyRequest) => {
    const who = identityOfRequest(request);
    return { email: who.email, role: who.role };
  };
  const htmlReply = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);
  /** A call not there (or a refusal a person cannot act on here) as a page, as the call page answers it. */
  const notAvailable = (request: FastifyRequest, reply: FastifyReply, err: AppError) =>
    htmlReply(reply, statusOfCode(err.code, err.retryable), renderNotAvailablePage({ user: userOf(request), csrf: csrfToken(request), message: err.message }));
  /** Answers a thrown error as a page when it is about the call (not there, or not the reader's), else lets it through. */
  const asPage = (request: FastifyRequest, reply: FastifyReply, thrown: unknown) => {
    const err = toAppError(thrown);
    if (err.code !== 'CALL_NOT_FOUND' && err.code !== 'CALL_FORBIDDEN') throw err;
    return notAvailable(request, reply, err);
  };
  const confirmPage = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, status: number, error: string | null) => {
    const preview = await previewErasure(identityOfRequest(request), request.params.id);
    return htmlReply(reply, status, renderEraseConfirmPage({ user: userOf(request), csrf: csrfToken(request), preview, error }));
  };

  app.get<{ Params: { id: string } }>('/calls/:id/erase', requireRight('calls:erase'), async (request, reply) => {
    try {
      return await confirmPage(request, reply, 200, null);
    } catch (thrown) {
      return asPage(request, reply, thrown);
    }
  });

  app.post<{ Params: { id: string } }>('/calls/:id/erase', requireRight('calls:erase'), async (request, reply) => {
    const who = identityOfRequest(request);
    try {
      const answer = await deps.actions.erase(who, request.params.id);
      return htmlReply(reply, 200, renderErasedPage({ user: userOf(request), csrf: csrfToken(request), answer }));
    } catch (thrown) {
      const err = toAppError(thrown);
      // A step of the call running (or someone else's change): nothing was erased; the confirmation again, with why.
      if (err.code === 'CALL_BUSY') {
        request.log.info({ callId: request.params.id, code: err.code }, 'form refused');
        return confirmPage(request, reply, statusOfCode(err.code, err.retryable), `Not erased: ${err.message} (${err.code})`).catch((again: unknown) => asPage(request, reply, again));
      }
      return asPage(request, reply, err);
    }
  });
}
