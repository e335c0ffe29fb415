import type { Queue } from 'bullmq';
import { toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import type { CrmAdapter } from '../ports/crm.ts';

/**
 * Resumes the sync queues (both lanes) once the CRM accepts our credentials again. The sync worker pauses the queue
 * when the CRM refuses the credentials (a 401, a missing scope: calls wait, showing the error on call.json, with no
 * attempts spent); every `intervalMs` this checks the credentials with the adapter's `ping` and resumes when it passes.
 * The ping must fail for as long as what paused sync lasts (HubSpot's holds while a scope a request was refused for is
 * still missing), else sync resumes into the same refusal and pauses again, call after call. While paused it logs
 * why, at `warn`, with the CRM's words (which scope, which token). At start it checks at once, so a worker restarted
 * with a fixed token picks the waiting calls up.
 */
export function startCredentialGuard(queues: readonly Queue[], crm: CrmAdapter, logger: Logger, intervalMs: number): { stop(): void } {
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const paused = (await Promise.all(queues.map(async (q) => ((await q.isPaused()) ? q : null)))).filter((q) => q !== null);
      if (paused.length === 0) return;
      if (crm.ping) await crm.ping();
      await Promise.all(paused.map((q) => q.resume()));
      logger.info({ crm: crm.kind }, 'CRM credentials work again; sync resumed');
    } catch (err) {
      const refused = toAppError(err);
      logger.warn({ crm: crm.kind, code: refused.code, reason: refused.message }, 'sync still paused: the CRM still rejects our credentials');
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
