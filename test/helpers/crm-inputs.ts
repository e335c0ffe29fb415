import { expect } from 'vitest';
import type { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, TaskInput } from '../../src/ports/crm.ts';

/** The error a promise rejects with; the test fails if it resolves. */
export const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('expected a failure'), (e: unknown) => e as AppError);

/** A call log for CRM adapter tests: the call with Elena Novak, on the given contact and deal. */
export const callLogInput = (contactId: string, dealId: string | null, over: Partial<CallLogInput> = {}): CallLogInput => ({
  idempotencyKey: 'call-abc:call',
  contactId,
  dealId,
  direction: 'outbound',
  startedAt: '2026-11-17T15:00:00Z',
  timezone: null,
  durationSec: 35.1,
  disposition: 'connected',
  title: 'Call with Elena Novak (Brightline Foods)',
  body: 'Elena wants the contract today.\n\nKey points:\n- Budget approved\n- Legal <review> done',
  recordingUrl: null,
  ownerEmail: null,
  ...over,
});

/** A task for CRM adapter tests: the rep's promise to send the contract, on the given contact and deal. */
export const taskInputFor = (contactId: string, dealId: string | null, over: Partial<TaskInput> = {}): TaskInput => ({
  idempotencyKey: 'call-abc:task:1',
  contactId,
  dealId,
  subject: 'Send the contract for signature',
  dueDate: '2026-11-20',
  owner: 'rep',
  ownerEmail: 'Priya@Example.com',
  ...over,
});
