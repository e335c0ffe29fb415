import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error.ts';
import { classifyHttp } from '../../../src/errors/classify-http.ts';
import { isCredentialFailure, isRateLimit } from '../../../src/pipeline/run-step.ts';

describe('what the queue waits on', () => {
  it('reads the kind set where the answer was classified, whatever the code says', () => {
    const refused = new AppError('ACME_CRM_DENIED', 'Acme refused the token', { kind: 'credentials', status: 401 });
    expect(isCredentialFailure('sync', refused)).toBe(true);
    expect(isCredentialFailure('extract', refused)).toBe(false);

    const slowDown = new AppError('ACME_CRM_THROTTLED', 'slow down', { retryable: true, retryAfterMs: 2000, kind: 'rate_limit' });
    expect(isRateLimit(slowDown)).toBe(true);
  });

  it('does not read meaning from a code that merely ends like one', () => {
    expect(isCredentialFailure('sync', new AppError('OAUTH_CALLBACK_AUTH', 'a config problem'))).toBe(false);
    expect(isRateLimit(new AppError('X_RATE_LIMITED', 'not classified', { retryable: true, retryAfterMs: 1000 }))).toBe(false);
  });

  it('gets the kind from classifyHttp for every adapter that uses it', () => {
    expect(isCredentialFailure('sync', classifyHttp('newcrm', 403, 'no'))).toBe(true);
    expect(isRateLimit(classifyHttp('newcrm', 429, 'slow', new Headers({ 'retry-after': '1' })))).toBe(true);
    expect(classifyHttp('newcrm', 503, 'down').kind).toBe('unavailable');
    expect(classifyHttp('newcrm', 422, 'bad').kind).toBe('rejected');
  });
});
