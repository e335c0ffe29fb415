import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error.ts';
import { retryDelayMs } from '../../../src/queues/backoff.ts';

describe('retryDelayMs', () => {
  const settings = { baseMs: 1000, maxMs: 30_000 };

  it('waits as long as Retry-After asked', () => {
    const err = new AppError('OPENAI_RATE_LIMITED', 'slow down', { retryable: true, retryAfterMs: 7000 });
    expect(retryDelayMs(1, err, settings, () => 0.5)).toBe(7000);
  });

  it('backs off exponentially with jitter, capped', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, new Error('x'), settings, noJitter))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(20, new Error('x'), settings, noJitter)).toBe(30_000);
    expect(retryDelayMs(1, new Error('x'), settings, () => 1)).toBe(750);
  });
});
