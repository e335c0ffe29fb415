import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { instrumentCrm } from '../../../src/observability/instrument-ports.ts';
import type { CrmAdapter } from '../../../src/ports/crm.ts';

// Every operation a CRM adapter can have, each answering something plain.
const OPERATIONS = [
  'findContact', 'getDeal', 'findOpenDeals', 'getContact', 'updateContactField', 'updateDealField', 'updateTask', 'logCall',
  'updateCallLog', 'createTask', 'updateDealStage', 'createContact', 'ping', 'findOwner',
] as const;

describe('instrumentCrm', () => {
  it('keeps every operation the adapter has, optional ones included, and counts each call', async () => {
    const full = Object.fromEntries(OPERATIONS.map((op) => [op, async () => ({ kind: 'not_found', id: 'x' })])) as unknown as CrmAdapter;
    const adapter = { ...full, kind: 'hubspot' } as CrmAdapter;
    const metrics = createMetrics();
    const instrumented = instrumentCrm(adapter, metrics);
    const operations = (a: object) => Object.entries(a).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(operations(instrumented)).toEqual(operations(adapter));
    await instrumented.findOwner!('rep@example.com');
    expect(await metrics.registry.getSingleMetricAsString('callscribe_crm_requests_total')).toMatch(/operation="findOwner"/);
  });

  it('passes every argument on: a create told an earlier attempt may have sent it', async () => {
    const seen: unknown[][] = [];
    const createContact = async (...args: unknown[]) => {
      seen.push(args);
      return { id: '1', created: false };
    };
    const adapter = { ...Object.fromEntries(OPERATIONS.map((op) => [op, async () => null])), kind: 'hubspot', createContact } as unknown as CrmAdapter;
    const instrumented = instrumentCrm(adapter, createMetrics());
    await instrumented.createContact!({ phone: '+442079460321' }, 'c1:contact', { attemptedBefore: true });
    expect(seen).toEqual([[{ phone: '+442079460321' }, 'c1:contact', { attemptedBefore: true }]]);
  });

  it('adds no optional operation the adapter lacks', () => {
    const { findOwner: _o, ping: _p, createContact: _c, ...required } = Object.fromEntries(OPERATIONS.map((op) => [op, async () => null]));
    const instrumented = instrumentCrm({ kind: 'local', ...required } as unknown as CrmAdapter, createMetrics());
    expect(['findOwner', 'ping', 'createContact'].filter((op) => op in instrumented)).toEqual([]);
  });
});
