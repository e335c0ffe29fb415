import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerError, lookedUpEmail, type ProviderHints } from '../../../../src/adapters/telephony/provider-answer.ts';
import type { GuardedResponse } from '../../../../src/ports/telephony-source.ts';

const HINTS: ProviderHints = { provider: 'Acme', authFix: 'Check ACME_KEY.' };

function answer(status: number, headers: Record<string, string> = {}, json: unknown = null): GuardedResponse & { drained: () => boolean } {
  const body = new PassThrough();
  body.end('{"signed":"https://acme.example.com/x?sig=secret"}');
  return { status, headers, body, json: async () => json, drained: () => body.readableFlowing === true };
}

describe('answerError', () => {
  it('names the variables to check on a refusal, and drains the body without quoting it', () => {
    for (const status of [401, 403]) {
      const res = answer(status);
      const err = answerError(HINTS, 'the recording download', res);
      expect(err).toMatchObject({ code: 'TELEPHONY_AUTH_FAILED', retryable: false, status });
      expect(err.message).toContain('Check ACME_KEY.');
      expect(err.message).not.toContain('sig=secret');
      expect(res.drained()).toBe(true);
    }
  });

  it('says a recording is gone on 404 and 410', () => {
    for (const status of [404, 410]) expect(answerError(HINTS, 'the download', answer(status))).toMatchObject({ code: 'RECORDING_NOT_FOUND', retryable: false, status });
  });

  it('retries 408, 425, 429 and 5xx, honouring Retry-After in seconds or as a date', () => {
    for (const status of [408, 425, 429, 500, 503]) {
      expect(answerError(HINTS, 'the download', answer(status, { 'retry-after': '7' }))).toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true, retryAfterMs: 7000, status });
    }
    const at = answerError(HINTS, 'the download', answer(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }));
    expect(at.retryAfterMs).toBeGreaterThan(55_000);
    expect(answerError(HINTS, 'the download', answer(503)).retryAfterMs).toBeNull();
  });

  it('refuses any other answer permanently', () => {
    for (const status of [400, 409, 422, 302]) expect(answerError(HINTS, 'the download', answer(status))).toMatchObject({ code: 'TELEPHONY_REJECTED', retryable: false, status });
  });
});

describe('lookedUpEmail', () => {
  const pick = (body: unknown) => (body as { email?: unknown } | null)?.email;

  it('reads an e-mail from a 200 answer, and null when it is not one', async () => {
    expect(await lookedUpEmail(HINTS, 'the user lookup', answer(200, {}, { email: 'priya@example.com' }), pick)).toEqual({ email: 'priya@example.com' });
    expect(await lookedUpEmail(HINTS, 'the user lookup', answer(200, {}, { email: 'priya' }), pick)).toEqual({ email: null });
  });

  it('is quietly null when there is no such user, and throws other failures', async () => {
    for (const status of [404, 410]) expect(await lookedUpEmail(HINTS, 'the user lookup', answer(status), pick)).toEqual({ email: null });
    await expect(lookedUpEmail(HINTS, 'the user lookup', answer(503), pick)).rejects.toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });

  it('says a refused lookup (401/403) was refused, naming the missing scope and the fix', async () => {
    const hints = { ...HINTS, lookupFix: 'Grant acme:users:read, or else set ACME_REP_EMAILS.' };
    const zoomLike = answer(401, {}, { code: 104, message: 'Invalid access token, does not contain scopes:[phone:read:admin].' });
    expect(await lookedUpEmail(hints, 'the user lookup', zoomLike, pick)).toEqual({
      email: null,
      refused: { status: 401, message: expect.stringMatching(/^Acme refused the user lookup \(HTTP 401: the app lacks phone:read:admin\).*Grant acme:users:read, or else set ACME_REP_EMAILS\.$/) },
    });
    const rcLike = answer(403, {}, { errorCode: 'CMN-408', message: 'In order to call this API endpoint, application needs to have [ReadAccounts] permission' });
    expect((await lookedUpEmail(hints, 'the extension lookup', rcLike, pick)).refused?.message).toMatch(/HTTP 403: the app lacks ReadAccounts/);
    const unsaid = await lookedUpEmail(HINTS, 'the user lookup', answer(403, {}, { message: 'Forbidden. https://acme.example.com/x?sig=secret' }), pick);
    expect(unsaid.refused?.message).toMatch(/\(HTTP 403\).*Check ACME_KEY\./);
    expect(unsaid.refused?.message).not.toContain('sig=secret');
  });
});
