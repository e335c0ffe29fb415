import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { callIdFromSha256 } from '../../domain/call-keys.ts';
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
 * Bull Board over the pipeline's queues at `/admin/queues`, for managers only (`queues:view`: a rep is
 * refused 403, anyone else 401, or sent to sign in from a browser). Read-only (Bull Board answers 405 to
 * pause, retry, clean…): a failed call is retried from its page (`POST /v1/calls/:id/retry`), which also
 * resets its record; retrying a bare job would not. Jobs' data is shown as `dashboardJobData` has it; a failed
 * job's reason and stack trace were redacted before BullMQ stored them (`redactJobErrors`, on every step worker).
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
    queues: queues.map((queue) => {
      const adapter = new BullMQAdapter(queue, { readOnlyMode: true });
      adapter.setFormatter('data', dashboardJobData);
      return adapter;
    }),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'callscribe queues' } },
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
}
