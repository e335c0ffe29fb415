import { DelayedError, RateLimitError, UnrecoverableError, WaitingChildrenError, WaitingError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error.ts';
import { unrecoverable } from '../../../src/observability/job-metrics.ts';
import { retryDelayMs } from '../../../src/queues/backoff.ts';
import { redactedJobError, redactJobErrors } from '../../../src/queues/redacted-job-errors.ts';

const QUOTED = 'the contact +44 20 7946 0321 (elena.novak@brightline.example)';

describe('redactedJobError: what BullMQ stores of a failed attempt', () => {
  it('a retryable AppError stays one, with its code and Retry-After, its message and stack redacted', () => {
    const cause = new Error('socket hang up');
    const thrown = new AppError('CRM_UNAVAILABLE', `HubSpot timed out updating ${QUOTED}`, { retryable: true, retryAfterMs: 7000, status: 503, kind: 'unavailable', cause });
    const stored = redactedJobError(thrown) as AppError;
    expect(stored).toBeInstanceOf(AppError);
    expect(stored).toMatchObject({ code: 'CRM_UNAVAILABLE', retryable: true, retryAfterMs: 7000, status: 503, kind: 'unavailable', cause });
    expect(stored.message).toBe('HubSpot timed out updating the contact [REDACTED PHONE] ([REDACTED EMAIL])');
    expect(stored.stack).toMatch(/^AppError: HubSpot timed out updating the contact \[REDACTED PHONE\] \(\[REDACTED EMAIL\]\)\n\s+at /);
    expect(retryDelayMs(1, stored, { baseMs: 100, maxMs: 1000 })).toBe(7000);
  });

  it('an UnrecoverableError stays one (no retry) and keeps its leading code and its cause', () => {
    const err = new AppError('CRM_REJECTED', `HubSpot refused ${QUOTED}`);
    const stored = redactedJobError(unrecoverable(err)) as UnrecoverableError;
    expect(stored).toBeInstanceOf(UnrecoverableError);
    expect(stored.name).toBe('UnrecoverableError');
    expect(stored.message).toBe('CRM_REJECTED: HubSpot refused the contact [REDACTED PHONE] ([REDACTED EMAIL])');
    expect(stored.cause).toBe(err);
    expect(stored.stack).not.toContain('7946');
  });

  it('any other error keeps its name; a card number is redacted too', () => {
    const thrown = new TypeError('cannot read card 4111 1111 1111 1111');
    const stored = redactedJobError(thrown) as Error;
    expect([stored.name, stored.message]).toEqual(['TypeError', 'cannot read card [REDACTED CARD]']);
    expect(stored.stack).not.toContain('4111 1111');
  });

  it("passes an error with nothing to redact through as it is: BullMQ's own signals, and an error without personal data", () => {
    const plain = new AppError('NETWORK', 'A network operation failed: ECONNRESET', { retryable: true });
    for (const thrown of [new DelayedError(), new RateLimitError(), plain, 'not an error']) expect(redactedJobError(thrown)).toBe(thrown);
  });

  it("passes BullMQ's signals through as they are also when their stack trace has something a rule redacts (an install path with a long number in it)", () => {
    // job-metrics tells a signal by its class: a copy would be measured as an attempt that failed, not one that waits.
    for (const signal of [new DelayedError(), new RateLimitError(), new WaitingChildrenError(), new WaitingError()]) {
      signal.stack = `${signal.name}: ${signal.message}\n    at processFetch (/opt/callscribe/releases/20261205143012/src/queues/step-worker.ts:92:15)`;
      expect(redactedJobError(signal)).toBe(signal);
    }
  });

  it('redactJobErrors: a processor that throws throws the redacted error; one that succeeds returns its result', async () => {
    const failing = redactJobErrors(async () => {
      throw new AppError('CRM_REJECTED', `HubSpot refused ${QUOTED}`);
    });
    await expect(failing({})).rejects.toThrow('HubSpot refused the contact [REDACTED PHONE] ([REDACTED EMAIL])');
    expect(await redactJobErrors(async (job: { n: number }) => job.n + 1)({ n: 1 })).toBe(2);
  });
});
