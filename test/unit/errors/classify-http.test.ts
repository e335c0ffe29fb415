import { describe, expect, it } from 'vitest';
import { MIN_RETRY_WAIT_MS, classifyHttp, retryAfterMs } from '../../../src/errors/classify-http.ts';

describe('classifyHttp', () => {
  it('retries 408, 409, 429 and 5xx, honouring Retry-After', () => {
    const e = classifyHttp('hubspot', 429, 'TEN_SECONDLY_ROLLING', new Headers({ 'retry-after': '3' }));
    expect(e).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', retryable: true, retryAfterMs: 3000 });
    for (const status of [408, 409, 500, 503]) expect(classifyHttp('x', status, '').retryable).toBe(true);
  });

  it('treats credential errors and other 4xx as permanent', () => {
    expect(classifyHttp('openai', 401, 'bad key')).toMatchObject({ code: 'OPENAI_AUTH', retryable: false });
    expect(classifyHttp('openai', 400, 'bad field')).toMatchObject({ code: 'OPENAI_REJECTED', retryable: false });
  });

  it('reads retry-after-ms first, then seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({}), now)).toBeNull();
  });
});

describe('classifyHttp kinds', () => {
  it('records what the answer meant as a field', () => {
    expect(classifyHttp('x', 401, '').kind).toBe('credentials');
    expect(classifyHttp('x', 429, '').kind).toBe('rate_limit');
    expect(classifyHttp('x', 502, '').kind).toBe('unavailable');
    expect(classifyHttp('x', 404, '').kind).toBe('rejected');
  });
});

describe('retryAfterMs never says "no wait"', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it('floors Retry-After 0, a past date and retry-after-ms 0 at MIN_RETRY_WAIT_MS (BullMQ cannot rate-limit for 0 ms)', () => {
    expect(MIN_RETRY_WAIT_MS).toBe(1000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0' }), now)).toBe(1000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 09:59:00 GMT' }), now)).toBe(1000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '0' }), now)).toBe(1000);
    expect(classifyHttp('x', 429, '', new Headers({ 'retry-after': '0' })).retryAfterMs).toBe(1000);
  });
});
