import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { openAiFailure } from '../../../../src/adapters/openai/openai-client.ts';

/** What the SDK throws for an HTTP answer with this JSON body (as its client does, after its own retries). */
const thrown = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  APIError.generate(status, body as object, undefined, new Headers({ 'x-request-id': 'req_1', ...headers }));

const quotaBody = (code: string | null) => ({
  error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code },
});

describe('openAiFailure: a 429 is a rate limit unless its body says the quota is used up', () => {
  it('insufficient_quota (whatever its code names) is permanent OPENAI_QUOTA_EXCEEDED, a setting to fix like a rejected key', () => {
    for (const code of ['insufficient_quota', 'credit_balance_exhausted', 'project_spend_limit_exceeded', null]) {
      const err = openAiFailure(thrown(429, quotaBody(code)), 'transcribing rep.wav with whisper-1');
      expect(err).toMatchObject({ code: 'OPENAI_QUOTA_EXCEEDED', kind: 'credentials', retryable: false, status: 429, retryAfterMs: null });
      expect(err.message).toMatch(/^transcribing rep\.wav with whisper-1: the OpenAI account's quota is used up/);
      expect(err.message).toContain('https://platform.openai.com/settings/organization/billing');
      expect(err.message).toContain('request req_1');
    }
    // A billing code without the type says the same; the API's sentence and ours are joined by one full stop.
    const overBudget = APIError.generate(429, { error: { message: 'Over budget.', type: 'invalid_request_error', code: 'organization_spend_limit_exceeded' } }, undefined, new Headers());
    expect(openAiFailure(overBudget, 'x')).toMatchObject({ code: 'OPENAI_QUOTA_EXCEEDED', message: expect.stringContaining('(organization_spend_limit_exceeded): Over budget. Add credit') });
  });

  it('a rate limit (requests or tokens, with or without Retry-After) stays retryable OPENAI_RATE_LIMITED', () => {
    const requests = { error: { message: 'Rate limit reached for requests.', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
    expect(openAiFailure(thrown(429, requests, { 'retry-after-ms': '250' }), 'x')).toMatchObject({ code: 'OPENAI_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: 250 });
    const tokens = { error: { message: 'Rate limit reached for tokens per min.', type: 'tokens', param: null, code: 'rate_limit_exceeded' } };
    expect(openAiFailure(thrown(429, tokens), 'x')).toMatchObject({ code: 'OPENAI_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: null });
  });

  it("a compatible server's 429 (speaches' detail rewritten, Ollama's api_error, no body at all) stays OPENAI_RATE_LIMITED", () => {
    const speaches = { error: { message: 'Too Many Requests', type: null, param: null, code: null } };
    const ollama = { error: { message: 'server busy, please try again.  maximum pending requests exceeded', type: 'api_error', param: null, code: null } };
    for (const body of [speaches, ollama, undefined]) {
      expect(openAiFailure(thrown(429, body, { 'retry-after': '1' }), 'x')).toMatchObject({ code: 'OPENAI_RATE_LIMITED', kind: 'rate_limit', retryable: true, retryAfterMs: 1000 });
    }
  });

  it('the quota type on another status is left to the status (a 401 is still OPENAI_AUTH)', () => {
    expect(openAiFailure(thrown(401, quotaBody('insufficient_quota')), 'x')).toMatchObject({ code: 'OPENAI_AUTH', kind: 'credentials' });
  });
});
