import { setTimeout as sleep } from 'node:timers/promises';
import type { CrmAdapter, CrmDeal } from '../../src/ports/crm.ts';

export interface CrmWait {
  startMs: number;
  endMs: number;
}

/**
 * The pipeline bench's CRM: every customer is a known contact with one open deal, every write succeeds,
 * and every request takes `latencyMs` (a cloud CRM's round trip). In memory, per worker process; keyed
 * writes return the same id, as the port requires. `onWait` hears each request's wait in wall-clock ms.
 */
export function createBenchCrm(latencyMs: number, onWait: (wait: CrmWait) => void): CrmAdapter {
  const ids = new Map<string, string>();
  const deal: CrmDeal = { id: 'deal-1', name: 'Bench deal', stage: 'appointmentscheduled', contactIds: ['contact-1'], open: true };
  const request = async <T>(answer: () => T): Promise<T> => {
    const startMs = Date.now();
    await sleep(latencyMs);
    onWait({ startMs, endMs: Date.now() });
    return answer();
  };
  const keyed = (key: string) => {
    const known = ids.get(key);
    if (known) return { id: known, created: false };
    const id = `obj-${ids.size + 1}`;
    ids.set(key, id);
    return { id, created: true };
  };
  return {
    kind: 'bench',
    findContact: (who) => request(() => ({ kind: 'found' as const, contact: { id: 'contact-1', name: who.name ?? null, email: who.email ?? null, phone: who.phone ?? null, company: who.company ?? null } })),
    getDeal: () => request(() => deal),
    getContact: (id) => request(() => ({ id, name: null, email: null, phone: null, company: null, title: null })),
    updateContactField: () => request(() => ({ changed: true })),
    updateDealField: () => request(() => ({ changed: true })),
    findOpenDeals: () => request(() => [deal]),
    logCall: (input) => request(() => keyed(input.idempotencyKey)),
    updateCallLog: () => request(() => undefined),
    createTask: (input) => request(() => keyed(input.idempotencyKey)),
    updateTask: () => request(() => ({ changed: true })),
    updateDealStage: () => request(() => ({ changed: true })),
  };
}
