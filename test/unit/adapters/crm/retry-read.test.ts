import { describe, expect, it } from 'vitest';
import { MAX_READ_WAIT_MS, readRetryWaitMs, retryingRead } from '../../../../src/adapters/crm/http/retry-read.ts';
import { AppError } from '../../../../src/errors/app-error.ts';
import { classifyHttp } from '../../../../src/errors/classify-http.ts';

const unavailable = (retryAfterMs: number | null = null) => new AppError('X_UNAVAILABLE', 'blip', { retryable: true, kind: 'unavailable', status: 503, retryAfterMs });

describe('readRetryWaitMs', () => {
  it('waits out a Retry-After up to the cap, and leaves a longer one to the queue', () => {
    expect(readRetryWaitMs(unavailable(0), 1)).toBe(0);
    expect(readRetryWaitMs(unavailable(MAX_READ_WAIT_MS), 1)).toBe(MAX_READ_WAIT_MS);
    expect(readRetryWaitMs(unavailable(MAX_READ_WAIT_MS + 1), 1)).toBeNull();
  });

  it('backs off from 125–250 ms, doubling per try, when no wait was named', () => {
    expect([readRetryWaitMs(unavailable(), 1, () => 0), readRetryWaitMs(unavailable(), 1, () => 1)]).toEqual([125, 250]);
    expect([readRetryWaitMs(unavailable(), 2, () => 0), readRetryWaitMs(unavailable(), 2, () => 1)]).toEqual([250, 500]);
  });

  it('never retries a refusal, a permanent error or anything that is not an AppError', () => {
    for (const status of [400, 401, 403, 404]) expect(readRetryWaitMs(classifyHttp('x', status, 'no'), 1)).toBeNull();
    expect(readRetryWaitMs(new AppError('INTERNAL', 'bug'), 1)).toBeNull();
    expect(readRetryWaitMs(new Error('ECONNRESET'), 1)).toBeNull();
  });
});

describe('retryingRead', () => {
  it('tries at most `tries` times and throws the last failure', async () => {
    let calls = 0;
    const waits: number[] = [];
    const err = await retryingRead(async () => {
      calls++;
      throw unavailable(5);
    }, { tries: 3, sleep: async (ms) => void waits.push(ms) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'X_UNAVAILABLE' });
    expect(calls).toBe(3);
    expect(waits).toEqual([5, 5]);
  });
});
