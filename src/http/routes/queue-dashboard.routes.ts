import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { AppControllerRoute, ControllerHandlerReturnType } from '@bull-board/api/typings/app';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { callIdFromSha256 } from '../../domain/call-keys.ts';
import { redactJobErrorText } from '../../queues/redacted-job-errors.ts';
import { AppError } from '../../errors/app-error.ts';
import { withinRedisAnswer } from '../../errors/redis-unreachable.ts';
import { requireRight } from '../auth.ts';

/** Where the dashboard lives; its own API and assets are below it. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The dashboard page's policy: the app's (`CONTENT_SECURITY_POLICY`) except that Bull Board's page sets
 * `<base href>` (so `base-uri 'self'`) and styles its components inline (so `'unsafe-inline'` styles, on
 * this manager-only page alone). Scripts stay same-origin only; its web fonts from Google are not loaded.
 */
export const QUEUE_DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * What the dashboard shows of a job's data: which call, and where in it (a chunk's track and index, a
 * source's kind and provider). Never the rest: an announced call's source holds the recording's download
 * URL with its signature or token and the meta (the customer's phone and e-mail), an upload's input the
 * meta and the file's name, none of which the API serves.
 */
export function dashboardJobData(data: unknown): Record<string, unknown> {
  const d = (data ?? {}) as Record<string, unknown>;
  const source = d.source as Record<string, unknown> | undefined;
  const shown: Record<string, unknown> = {
    // An upload's ingest job has no call id yet: it is the recording's content hash.
    callId: typeof d.callId === 'string' ? d.callId : typeof d.sha256 === 'string' ? callIdFromSha256(d.sha256) : undefined,
    speaker: d.speaker,
    index: d.index,
    reprocess: d.reprocess,
    source: source && { kind: source.kind, provider: source.provider },
  };
  return Object.fromEntries(Object.entries(shown).filter(([, v]) => v !== undefined));
}

/**
 * What the dashboard serves of jobs' failures: every `failedReason` and `stacktrace` in an answer with phone numbers,
 * e-mail addresses, card numbers and national ids redacted by the rule the workers store them with
 * (`redactJobErrorText`: timestamps, sizes and ids stay). The workers store them redacted already
 * (`redactJobErrors`); this covers failed jobs stored before they did, which are kept for days.
 */
export function dashboardFailures(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(dashboardFailures);
  if (body === null || typeof body !== 'object') return body;
  const scrub = (text: unknown) => (typeof text === 'string' ? redactJobErrorText(text) : text);
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (key === 'failedReason') return [key, scrub(value)];
      if (key === 'stacktrace' && Array.isArray(value)) return [key, value.map(scrub)];
      return [key, dashboardFailures(value)];
    }),
  );
}

/**
 * Bull Board's Fastify adapter with its API bounded like the rest of the API: each of its routes reads Redis, which
 * holds commands while it is down or frozen, so a route that has no answer within REDIS_ANSWER_MS fails `NETWORK`
 * (and so does one that lost Redis). Our own errors go on to the app's error handler, which answers them as every
 * other route does (503 NETWORK, from the one table of codes); Bull Board answers the rest as it did.
 */
class BoundedFastifyAdapter extends FastifyAdapter {
  override setApiRoutes(routes: AppControllerRoute[]): FastifyAdapter {
    return super.setApiRoutes(routes.map((route) => ({ ...route, handler: async (request) => withinRedisAnswer(Promise.resolve(route.handler(request))) })));
  }

  override setErrorHandler(handler: (error: Error) => ControllerHandlerReturnType): this {
    // An error handler that throws hands the error to the parent scope's handler (Fastify's rule).
    return super.setErrorHandler((error) => {
      if (error instanceof AppError) throw error;
      return handler(error);
    });
  }
}

/**
 * Bull Board over the pipeline's queues at `/admin/queues`, for managers only (`queues:view`: a rep is
 * refused 403, anyone else 401, or sent to sign in from a browser). Read-only (Bull Board answers 405 to
 * pause, retry, clean…): a failed call is retried from its page (`POST /v1/calls/:id/retry`), which also
 * resets its record; retrying a bare job would not. Jobs' data is shown as `dashboardJobData` has it; a failed
 * job's reason and stack trace were redacted before BullMQ stored them (`redactJobErrors`, on every step worker),
 * and are served redacted whenever they were stored (`dashboardFailures`).
 * Its API answers 503 NETWORK when Redis does not answer in time (`BoundedFastifyAdapter`); its page needs no Redis.
 */
export async function queueDashboardRoutes(app: FastifyInstance, queues: readonly Queue[]): Promise<void> {
  const { onRequest, preHandler } = requireRight('queues:view');
  app.addHook('onRequest', onRequest);
  app.addHook('preHandler', preHandler);
  // After the app-wide security headers (a hook of the root, so it runs first): the dashboard's own page policy.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('Content-Security-Policy', QUEUE_DASHBOARD_CSP);
    return payload;
  });
  const serverAdapter = new BoundedFastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => {
      const adapter = new BullMQAdapter(queue, { readOnlyMode: true });
      adapter.setFormatter('data', dashboardJobData);
      return adapter;
    }),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'callscribe queues' }, handlerHooks: { after: (_context, result) => ({ ...result, body: dashboardFailures(result.body) as typeof result.body }) } },
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
}
