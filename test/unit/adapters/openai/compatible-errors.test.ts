import { describe, expect, it } from 'vitest';
import { withCompatibleErrors } from '../../../../src/adapters/openai/compatible-errors.ts';

/** A fetch that always gives this answer. */
const answering = (status: number, body: string, contentType = 'application/json') =>
  withCompatibleErrors(async () => new Response(body, { status, headers: { 'content-type': contentType, 'x-request-id': 'req_1', 'retry-after': '3' } }));

const read = async (res: Response) => ({ status: res.status, body: (await res.json()) as { error: { message: string } }, requestId: res.headers.get('x-request-id'), retryAfter: res.headers.get('retry-after') });

describe('withCompatibleErrors', () => {
  it("turns FastAPI's {detail} into OpenAI's {error:{message}}, keeping status and headers", async () => {
    const res = await answering(404, JSON.stringify({ detail: "Model 'Systran/faster-whisper-small' is not installed locally. You can download the model using `POST /v1/models`" }))('http://x/v1/audio/transcriptions');
    expect(await read(res)).toEqual({
      status: 404,
      body: { error: { message: "Model 'Systran/faster-whisper-small' is not installed locally. You can download the model using `POST /v1/models`", type: null, param: null, code: null } },
      requestId: 'req_1',
      retryAfter: '3',
    });
  });

  it('names the fields of a validation failure (422)', async () => {
    const detail = [{ type: 'literal_error', loc: ['body', 'response_format'], msg: "Input should be 'text', 'json', 'verbose_json', 'srt' or 'vtt'", input: 'diarized_json' }];
    const res = await answering(422, JSON.stringify({ detail }))('http://x');
    expect((await read(res)).body.error.message).toBe("response_format: Input should be 'text', 'json', 'verbose_json', 'srt' or 'vtt'");
  });

  it("leaves OpenAI's own errors, non-JSON bodies and successes alone", async () => {
    const openAi = JSON.stringify({ error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } });
    expect(await (await answering(429, openAi)('http://x')).text()).toBe(openAi);
    expect(await (await answering(500, 'Internal Server Error', 'text/plain; charset=utf-8')('http://x')).text()).toBe('Internal Server Error');
    expect(await (await answering(200, JSON.stringify({ detail: 'not an error' }))('http://x')).json()).toEqual({ detail: 'not an error' });
  });

  it("marks OpenAI's used-up-quota 429 not to be retried by the SDK, and no other answer", async () => {
    const quota = JSON.stringify({ error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } });
    const res = await answering(429, quota)('http://x');
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(await res.text()).toBe(quota);

    const rateLimit = JSON.stringify({ error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } });
    expect((await answering(429, rateLimit)('http://x')).headers.get('x-should-retry')).toBeNull();
    expect((await answering(429, JSON.stringify({ detail: 'Too Many Requests' }))('http://x')).headers.get('x-should-retry')).toBeNull();
    expect((await answering(400, quota)('http://x')).headers.get('x-should-retry')).toBeNull();
  });
});
