import { describe, expect, it, onTestFinished } from 'vitest';
import { createFsBlobStore } from '../../../src/adapters/storage/fs/fs.blob-store.ts';
import { AppError } from '../../../src/errors/app-error.ts';
import { classifyHttp } from '../../../src/errors/classify-http.ts';
import { silentLogger } from '../../../src/logging/logger.ts';
import { findCall } from '../../../src/pipeline/call-record.ts';
import { isCredentialFailure, isRateLimit, runStep } from '../../../src/pipeline/run-step.ts';
import type { BlobStore } from '../../../src/ports/blob-store.ts';
import { syntheticCall } from '../../helpers/index-calls.ts';
import { testCallId } from '../../helpers/stored-calls.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

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

describe('the failure runStep records', () => {
  const stored = async () => {
    const temp = await makeTempDir();
    onTestFinished(() => temp.cleanup());
    const blobs = createFsBlobStore(temp.dir);
    const call = syntheticCall(testCallId(1), { status: 'preparing' });
    await blobs.put(`calls/${call.id}/call.json`, Buffer.from(JSON.stringify(call)));
    return { blobs, call };
  };
  const ports = (blobs: BlobStore) => ({ blobs, logger: silentLogger, clock: () => new Date('2026-12-01T10:00:00Z') });
  const down = () => new AppError('TELEPHONY_UNAVAILABLE', 'Could not reach https://api.example.com (ENOTFOUND).', { retryable: true, kind: 'unavailable' });

  it('a passing failure that ends the call says the retries are over; one that will be retried is recorded as it was said', async () => {
    const { blobs, call } = await stored();
    await expect(runStep({ step: 'prepare', callId: call.id, attempt: 2, isLastAttempt: false }, ports(blobs), async () => { throw down(); })).rejects.toThrow();
    expect((await findCall(blobs, call.id))?.error?.message).toBe('Could not reach https://api.example.com (ENOTFOUND).');
    await expect(runStep({ step: 'prepare', callId: call.id, attempt: 5, isLastAttempt: true }, ports(blobs), async () => { throw down(); })).rejects.toThrow();
    expect((await findCall(blobs, call.id))?.error).toMatchObject({
      code: 'TELEPHONY_UNAVAILABLE',
      message: 'Could not reach https://api.example.com (ENOTFOUND). Gave up after 5 attempts; retry the call once that is fixed.',
    });
    expect((await findCall(blobs, call.id))?.status).toBe('failed');
  });
});
