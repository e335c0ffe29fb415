import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
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
 * Bull Board over the pipeline's queues at `/admin/queues`, for managers only (`queues:view`: a rep is
 * refused 403, anyone else 401, or sent to sign in from a browser). Read-only (Bull Board answers 405 to
 * pause, retry, clean…): a failed call is retried from its page (`POST /v1/calls/:id/retry`), which also
 * resets its record; retrying a bare job would not.
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
  const serverAdapter = new FastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'callscribe queues' } },
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
}
