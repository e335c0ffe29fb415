import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, toAppError } from '../../errors/app-error.ts';
import { CALL_ID, type CallReader } from '../../review/call-service.ts';
import type { CallView } from '../../review/call-view.ts';
import type { ReviewActions } from '../../review/review-actions.ts';
import { RetryFailedRequest } from '../../review/retry-failed.ts';
import { stageConfirmQuestion } from '../../review/stage-confirm.ts';
import { csrfToken, hasRight, identityOfRequest, requireRight, type SessionChangedPage } from '../auth.ts';
import { ERROR_CODES, statusOfCode } from '../error-codes.ts';
import { callSteps } from '../ui/call-header.section.ts';
import { renderCallList } from '../ui/call-list.page.ts';
import { DONE_ID, refusedFormId, renderCallPage, type Flash, type RefusedForm } from '../ui/call-page.page.ts';
import { RETRY_FAILED_BATCH, RETRY_FAILED_PAGE, retryFailedLocation, retryFailedNotice } from '../ui/failed-causes.section.ts';
import { decisionRefusal } from '../ui/decision-refusal.ts';
import { decisionFormValue, decisionValueField, formField, parseCorrectionForm, parseDecisionForm, parseStageUndoForm, type FormBody } from '../ui/form-input.ts';
import type { Decision } from '../../domain/review.ts';
import type { UiUser } from '../ui/html.ts';
import { renderNotAvailablePage, SESSION_CHANGED } from '../ui/refused.page.ts';
import { listHref, parseBackCursors, parseListFilters, toCallListQuery, type ListFilters } from '../ui/list-filters.ts';
import { UPLOAD_PAGE } from '../ui/upload.page.ts';
import { renderTimeSavedPage, reportQueryProblem, TIME_SAVED_PAGE, type TimeSavedFilters } from '../ui/time-saved.page.ts';
import { countWork } from '../../pipeline/count-work.ts';
import type { CallListItem } from '../../ports/call-index.ts';
import { timeSaved } from '../../domain/time-saved.ts';
import { TimeSavedQuery, type TimeSavedReporter } from '../../review/time-saved-report.ts';


/** What a redirect after a form post says, by the code in `?m=` (success) or `?e=` (an error code). */
const DONE: Record<string, string> = {
  decided: 'Decision recorded; the CRM is being updated.',
  corrected: 'Correction saved; the CRM is being updated.',
  'stage-undone': 'Undo recorded; the deal is being moved back in the CRM. The stage decision below says what was done.',
  retried: 'The call was queued again at the step that failed.',
  uploaded: 'Recording received; it is being processed. Its progress is shown below.',
  duplicate: 'This recording was uploaded before: this is its call (nothing new was created).',
};

/** The section a form's notice is shown in (where the form was); a retry's where the failure and its button were. */
const DONE_AT: Record<string, Flash['at']> = { decided: 'review', corrected: 'correction', 'stage-undone': 'review', retried: 'processing' };

/** Retryable codes a form post answers as a refusal (`?e=CODE`) rather than as a server failure. */
const REFUSED_RETRYABLE = new Set(['CALL_BUSY']);

/**
 * The review UI: the call list at `/` (for managers filtering on failed calls, a retry form per error
 * code) and a call's page at `/calls/{id}`, with the forms they post
 * (post/redirect/get: a post that works answers 303 back to the page with what it did; a refused
 * decision or correction answers the page again, as filled in). Rights as the API's.
 */
export async function pagesRoutes(app: FastifyInstance, deps: { reader: CallReader; actions: ReviewActions; timeSaved: TimeSavedReporter }): Promise<void> {
  const userOf = (request: FastifyRequest): UiUser => {
    const identity = identityOfRequest(request);
    return { email: identity.email, role: identity.role };
  };
  const htmlReply = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);
  const errorPage = (request: FastifyRequest, reply: FastifyReply, err: AppError) =>
    htmlReply(reply, statusOfCode(err.code, err.retryable), renderNotAvailablePage({ user: userOf(request), csrf: csrfToken(request), message: err.message }));

  app.get('/', requireRight('calls:read'), async (request, reply) => {
    const raw = request.query as Record<string, unknown>;
    const { filters, dropped } = parseListFilters(raw);
    const who = identityOfRequest(request);
    // The failed calls by cause, with their retry forms, for a manager looking at the failed calls.
    const failedCauses = filters.status === 'failed' && hasRight(who, 'calls:retry') ? await deps.reader.failedByCode(who) : null;
    const e = typeof raw.e === 'string' ? raw.e : undefined;
    // A retry's notice is read from the query: shown only to whom could have retried (a crafted link shows a rep nothing).
    const retried = hasRight(who, 'calls:retry') ? retryFailedNotice(raw) : null;
    const flash: Flash | null = retried ?? (e ? { kind: 'error', message: errorText(e) } : null);
    const render = async (shown: ListFilters, droppedShown: string[]) => {
      const result = await deps.reader.list(who, toCallListQuery(shown));
      return htmlReply(reply, 200, renderCallList({ user: userOf(request), csrf: csrfToken(request), query: shown, page: result, pendingReview: result.pendingReview, pendingForRep: result.pendingForRep, reps: repsOf(result.calls), dropped: droppedShown, reportLink: hasRight(who, 'reports:team') ? TIME_SAVED_PAGE : null, failedCauses, flash, uploadLink: hasRight(who, 'calls:create') ? UPLOAD_PAGE : null, back: shown.cursor ? parseBackCursors(raw) : [] }));
    };
    try {
      return await render(filters, dropped);
    } catch (thrown) {
      const err = toAppError(thrown);
      // A browser is told on a page, with when to look again (the index opening at start, after an upgrade).
      if (err.code === 'INDEX_MIGRATING') return errorPage(request, reply.header('retry-after', String(Math.ceil((err.retryAfterMs ?? 5_000) / 1000))), err);
      if (err.code !== 'CURSOR_INVALID') throw err;
      return render({ ...filters, cursor: undefined }, [...dropped, 'cursor']);
    }
  });

  /** The call page as the reader may see it, with a notice and, after a refusal, the form as it was filled in. */
  const callPage = async (request: FastifyRequest, reply: FastifyReply, id: string, status: number, flash: Flash | null, refused: RefusedForm | null = null, loaded?: CallView) => {
    const view = loaded ?? (await deps.reader.view(identityOfRequest(request), id));
    const audioUrl = view.call.recording && !view.call.audioRemoved ? `/v1/calls/${view.call.id}/audio` : null;
    const work = countWork({ call: view.call, insights: view.insights, crm: view.crm, decisions: view.review, audit: view.audit });
    const saved = { work, figures: timeSaved(work, deps.timeSaved.typingTimes), times: deps.timeSaved.typingTimes };
    return htmlReply(reply, status, renderCallPage({ user: userOf(request), csrf: csrfToken(request), view, audioUrl, flash, refused, timeSaved: saved }));
  };

  app.get<{ Params: { id: string }; Querystring: { m?: string; e?: string } }>('/calls/:id', requireRight('calls:read'), async (request, reply) => {
    const { m, e } = request.query;
    const flash: Flash | null = m && DONE[m] ? { kind: 'success', message: DONE[m], at: DONE_AT[m] } : e ? { kind: 'error', message: errorText(e) } : null;
    try {
      return await callPage(request, reply, request.params.id, 200, flash);
    } catch (thrown) {
      const err = toAppError(thrown);
      if (err.retryable || err.code === 'INTERNAL') throw err;
      return errorPage(request, reply, err);
    }
  });

  // The call's steps table alone, as on its page: call-watch.js swaps it in while the call is being processed.
  app.get<{ Params: { id: string } }>('/calls/:id/steps', requireRight('calls:read'), async (request, reply) =>
    htmlReply(reply, 200, callSteps(await deps.reader.load(identityOfRequest(request), request.params.id)).value));

  // Manual entry saved per rep and week, for managers; the same figures as GET /v1/reports/time-saved.
  app.get(TIME_SAVED_PAGE, requireRight('reports:team'), async (request, reply) => {
    const raw = request.query as Record<string, unknown>;
    const text = (name: string) => (typeof raw[name] === 'string' && (raw[name] as string).trim() ? (raw[name] as string).trim().slice(0, 320) : undefined);
    const filters: TimeSavedFilters = { from: text('from'), to: text('to'), rep: text('rep') };
    const base = { user: userOf(request), csrf: csrfToken(request), filters };
    const parsed = TimeSavedQuery.safeParse(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)));
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'query')))];
      return htmlReply(reply, 400, renderTimeSavedPage({ ...base, report: null, error: reportQueryProblem(fields) }));
    }
    try {
      return htmlReply(reply, 200, renderTimeSavedPage({ ...base, report: await deps.timeSaved.report(identityOfRequest(request), parsed.data) }));
    } catch (thrown) {
      const err = toAppError(thrown);
      if (err.code !== 'REPORT_RANGE_INVALID') throw err;
      return htmlReply(reply, 400, renderTimeSavedPage({ ...base, report: null, error: `${err.message} (${err.code})` }));
    }
  });

  /**
   * Runs a form's action, then sends the browser back to the call page with what happened. A refused
   * decision or correction (`form`) answers the call page itself with the refusal's status, the form as the
   * reviewer filled it in and why (`fieldOf`: the form field a refusal concerns, when it concerns one); a refused
   * retry (nothing typed) goes back with `?e=CODE`.
   */
  const act = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, form: RefusedForm['form'] | null, action: () => Promise<string>, fieldOf: (err: AppError) => string | undefined = () => undefined) => {
    const id = request.params.id;
    if (!CALL_ID.test(id)) return errorPage(request, reply, new AppError('CALL_NOT_FOUND', `No call with id ${id}.`));
    try {
      // `#done`: the page opens at its notice, in the section the form was in (app.js focuses it).
      return reply.redirect(`/calls/${id}?m=${await action()}#${DONE_ID}`, 303);
    } catch (thrown) {
      const err = toAppError(thrown);
      // A call busy under someone else's change is refused like any other: the reviewer reads why and tries again.
      if ((err.retryable && !REFUSED_RETRYABLE.has(err.code)) || err.code === 'INTERNAL') throw err;
      if (err.code === 'CALL_NOT_FOUND' || err.code === 'CALL_FORBIDDEN') return errorPage(request, reply, err);
      request.log.info({ callId: id, code: err.code }, 'form refused');
      if (!form) return reply.redirect(`/calls/${id}?e=${encodeURIComponent(err.code)}`, 303);
      const fields = (request.body ?? {}) as FormBody;
      const message = refusalText(err);
      const field = fieldOf(err);
      return callPage(request, reply, id, statusOfCode(err.code, err.retryable), { kind: 'error', message }, { form, fields, message, ...(field && { field }) });
    }
  };

  /**
   * A decision or correction sent from a page of an earlier session (`CSRF_INVALID`): nothing is applied;
   * the call page answers with the form as typed, carrying this session's token, to check and send again.
   */
  const sessionChanged = (form: RefusedForm['form']): SessionChangedPage => async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const message = `${SESSION_CHANGED} What you entered is in the form below: check it and send it again.`;
    const refused = { form, fields: (request.body ?? {}) as FormBody, message };
    const view = await deps.reader.view(identityOfRequest(request), id);
    // A form no longer on the page (decided meanwhile, nothing to correct): the plain page says what happened.
    if (!refusedFormId(view, refused)) return false;
    await callPage(request, reply, id, 403, { kind: 'error', message }, refused, view);
    return true;
  };

  app.post<{ Params: { id: string } }>('/calls/:id/review', requireRight('calls:review', { sessionChanged: sessionChanged('decision') }), async (request, reply) => {
    // A stage that closes the deal or moves it back, other than the proposal, is asked again before it is recorded.
    const asked = await stageConfirmation(request);
    if (asked) return callPage(request, reply, request.params.id, 200, null, asked.form, asked.view);
    const body = (request.body ?? {}) as FormBody;
    let decision: Decision | undefined;
    return act(request, reply, 'decision', async () => {
      const form = parseDecisionForm(body);
      if (!form.ok) throw new AppError(form.code, form.message);
      const who = identityOfRequest(request);
      decision = (await deps.reader.view(who, request.params.id)).review.find((d) => d.id === form.decisionId);
      const value = decision && form.decision === 'approve' ? decisionFormValue(decision, body) : undefined;
      await deps.actions
        .review(who, request.params.id, { decisions: [{ id: form.decisionId, decision: form.decision, ...(value !== undefined && { value: value as string }), ...(form.note && { note: form.note }), ...(form.summary && { summary: form.summary }) }] }, form.etag)
        // A value left empty is said as the field to fill (the API's words name the decision and the format).
        .catch((thrown: unknown) => {
          throw form.decision === 'approve' ? decisionRefusal(thrown, decision, value) : thrown;
        });
      return 'decided';
    }, (err) => (decision ? decisionValueField(decision, body, err.code) : undefined));
  });

  /** The decision form to show again with a confirmation to give, when its approval needs one (see `stageConfirmQuestion`). */
  const stageConfirmation = async (request: FastifyRequest<{ Params: { id: string } }>): Promise<{ form: RefusedForm; view: CallView } | null> => {
    const body = (request.body ?? {}) as FormBody;
    const form = parseDecisionForm(body);
    if (!form.ok || form.decision !== 'approve' || !CALL_ID.test(request.params.id)) return null;
    // A call that cannot be read is refused the usual way, by the action.
    const view = await deps.reader.view(identityOfRequest(request), request.params.id).catch(() => null);
    // Only a decision the reader may make now is asked about; any other is refused the usual way.
    const decision = view?.review.find((d) => d.id === form.decisionId && view.can.decide.includes(d.id));
    if (!view || !decision || view.etag !== form.etag) return null;
    const value = decisionFormValue(decision, body);
    const question = stageConfirmQuestion(decision, value);
    if (!question || formField(body, 'confirm') === value) return null;
    return { form: { form: 'decision', fields: body, message: question, confirm: value as string }, view };
  };

  app.post<{ Params: { id: string } }>('/calls/:id/insights', requireRight('calls:review', { sessionChanged: sessionChanged('correction') }), (request, reply) => {
    let field: string | undefined;
    return act(request, reply, 'correction', async () => {
      const form = parseCorrectionForm((request.body ?? {}) as FormBody);
      if (!form.ok) {
        field = form.field;
        throw new AppError(form.code, form.message);
      }
      await deps.actions.correct(identityOfRequest(request), request.params.id, form.correction, form.etag);
      return 'corrected';
    }, () => field);
  });

  // A manager moves the deal back before an applied stage move (the form under the stage decision); refusals come back as `?e=CODE`.
  app.post<{ Params: { id: string } }>('/calls/:id/stage-undo', requireRight('calls:review'), (request, reply) =>
    act(request, reply, null, async () => {
      const form = parseStageUndoForm((request.body ?? {}) as FormBody);
      if (!form.ok) throw new AppError(form.code, form.message);
      await deps.actions.undoStage(identityOfRequest(request), request.params.id, form.request, form.etag);
      return 'stage-undone';
    }),
  );

  // The failed calls of one cause queued again (the list's per-cause form), then back to the failed calls with what was done.
  app.post(RETRY_FAILED_PAGE, requireRight('calls:retry'), async (request, reply) => {
    const parsed = RetryFailedRequest.safeParse({ code: formField((request.body ?? {}) as FormBody, 'code')?.trim(), limit: RETRY_FAILED_BATCH });
    if (!parsed.success || !parsed.data.code) return reply.redirect(`${listHref({ status: 'failed' })}&e=FORM_INVALID`, 303);
    const answer = await deps.actions.retryFailed(identityOfRequest(request), parsed.data);
    request.log.info({ code: parsed.data.code, retried: answer.retried.length, skipped: answer.skipped.length, more: answer.more }, 'failed calls retried from the list');
    return reply.redirect(retryFailedLocation(parsed.data.code, answer), 303);
  });

  app.post<{ Params: { id: string } }>('/calls/:id/retry', requireRight('calls:retry'), (request, reply) =>
    act(request, reply, null, async () => {
      await deps.actions.retry(identityOfRequest(request), request.params.id);
      return 'retried';
    }),
  );
}

/** The rep filter's suggestions: the names and e-mails of the reps of the calls listed (the index keeps no list of reps). */
function repsOf(calls: readonly CallListItem[]): string[] {
  return [...new Set(calls.flatMap((c) => [c.rep?.name, c.rep?.email?.toLowerCase()].filter((v): v is string => Boolean(v))))].sort();
}

/** Codes whose API description speaks of HTTP (If-Match), said for someone using the page instead. */
const PAGE_ERROR_TEXT: Record<string, string> = {
  PRECONDITION_FAILED: 'The call changed after you opened it (someone may have decided already). This is its latest version: check it and decide again if something is still pending.',
};

/** Why a form was refused, for the page shown again: the page's own words for a code that has them, else the refusal's message. */
function refusalText(err: AppError): string {
  return PAGE_ERROR_TEXT[err.code] ? errorText(err.code) : `${err.message} (${err.code})`;
}

/** A refused form's code in words a reviewer can act on. */
export function errorText(code: string): string {
  const page = PAGE_ERROR_TEXT[code];
  if (page) return `${page} (${code})`;
  const known = (ERROR_CODES as Record<string, { description: string }>)[code];
  if (known) return `${known.description} (${code})`;
  if (code === 'FORM_INVALID') return 'The form was incomplete; check the fields and try again (FORM_INVALID).';
  return `The change was refused (${code.replace(/[^A-Z0-9_]/g, '').slice(0, 60)}).`;
}
