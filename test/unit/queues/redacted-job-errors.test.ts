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

  it('leaves the numbers a program writes in its messages as they are: date-times, Unix times in milliseconds, sizes and durations with their unit, request ids, ETags and UUIDs', () => {
    const when = Date.UTC(2026, 11, 5, 3, 27, 5, 123);
    const thrown = new AppError(
      'STORAGE_UNAVAILABLE',
      `S3 PutObject of 2147483648 bytes failed at ${new Date(when).toISOString().replace('T', ' ')} (job ${when}) after 1500000000 ms; ` +
        `Content-Length: 3221225472, RequestId: 4442587170302951, ETag "9b2cf535f2773197434364512", upload 123e4567-e89b-12d3-a456-426614174000`,
      { retryable: true },
    );
    thrown.stack = `AppError: ${thrown.message}\n    at put (/opt/callscribe/releases/20261205143012/src/adapters/storage/s3/s3.blob-store.ts:92:15)`;
    // Nothing personal: the error is stored as it was thrown.
    expect(redactedJobError(thrown)).toBe(thrown);
  });

  it('among such numbers still redacts phone numbers, card numbers and e-mail addresses', () => {
    const when = Date.UTC(2026, 11, 5, 3, 27, 5, 123);
    const thrown = new Error(`at ${when}: the CRM refused +44 20 7946 0321 and 415-555-0143 (elena.novak@brightline.example), card 4111111111111111, after 2500 ms`);
    expect((redactedJobError(thrown) as Error).message).toBe(`at ${when}: the CRM refused [REDACTED PHONE] and [REDACTED PHONE] ([REDACTED EMAIL]), card [REDACTED CARD], after 2500 ms`);
  });

  it('redacts a number that may be a phone number as well as something else: ten digits with nothing around them, a Unix time in seconds among them, and a long number after "+"', () => {
    const thrown = new Error('expected 4155550143, since 1764900000, from +1764900000123');
    expect((redactedJobError(thrown) as Error).message).toBe('expected [REDACTED PHONE], since [REDACTED PHONE], from [REDACTED PHONE]');
  });

  it("redacts a card or phone number written after an escape in a CRM answer quoted as JSON (\\n, \\t): the escape's letter is not part of an identifier", () => {
    // A CRM client quotes up to 300 characters of an answer it cannot parse; a field value there keeps its escapes.
    const thrown = new Error(String.raw`SALESFORCE_BAD_REQUEST: [{"message":"Description: data value too large: card\n4111111111111111, call back\t415-555-0143 or\n415 555 0143","errorCode":"STRING_TOO_LONG"}]`);
    expect((redactedJobError(thrown) as Error).message).toBe(
      String.raw`SALESFORCE_BAD_REQUEST: [{"message":"Description: data value too large: card\n[REDACTED CARD], call back\t[REDACTED PHONE] or\n[REDACTED PHONE]","errorCode":"STRING_TOO_LONG"}]`,
    );
  });

  it('redacts a phone number written in a URL with its "+" or spaces percent-encoded', () => {
    const thrown = new Error('GET /api/v2/persons/search?term=%2B14155550143&fields=phone and ?phone=415%20555%200143 answered 404');
    expect((redactedJobError(thrown) as Error).message).toBe('GET /api/v2/persons/search?term=%2B[REDACTED PHONE]&fields=phone and ?phone=[REDACTED PHONE] answered 404');
  });

  it('redacts a phone number followed by a word that is also a unit of time ("min length"): no duration in seconds, minutes, hours or days takes ten digits', () => {
    const thrown = new Error('INVALID_PHONE: Phone 4155550143 min length 12; retried after 30 sec, took 1500 ms');
    expect((redactedJobError(thrown) as Error).message).toBe('INVALID_PHONE: Phone [REDACTED PHONE] min length 12; retried after 30 sec, took 1500 ms');
  });

  it('redactJobErrors: a processor that throws throws the redacted error; one that succeeds returns its result', async () => {
    const failing = redactJobErrors(async () => {
      throw new AppError('CRM_REJECTED', `HubSpot refused ${QUOTED}`);
    });
    await expect(failing({})).rejects.toThrow('HubSpot refused the contact [REDACTED PHONE] ([REDACTED EMAIL])');
    expect(await redactJobErrors(async (job: { n: number }) => job.n + 1)({ n: 1 })).toBe(2);
  });
});
