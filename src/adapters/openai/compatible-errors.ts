import { isQuotaExhausted } from './quota-exhausted.ts';

/**
 * OpenAI-compatible servers built on FastAPI (speaches, faster-whisper-server) answer errors as
 * `{"detail": "…"}`, or `{"detail": [{"loc": [...], "msg": "…"}]}` when a field fails validation. The SDK
 * reads only OpenAI's `{"error": {"message"}}` and would report "404 status code (no body)". This fetch
 * rewrites such a body into OpenAI's shape, keeping status and headers, so the server's reason ("Model
 * 'x' is not installed locally…") reaches the error the user sees. A 429 saying the account's quota is used up
 * gets `x-should-retry: false`, which the SDK obeys: retrying it only repeats the refusal. Other answers pass
 * through untouched.
 */
export function withCompatibleErrors(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const res = await fetchImpl(input, init);
    if (res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return res;
    const text = await res.text();
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    const answer = (body: string) => new Response(body, { status: res.status, statusText: res.statusText, headers });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return answer(text);
    }
    if (res.status === 429 && isQuotaExhausted((body as { error?: unknown } | null)?.error)) headers.set('x-should-retry', 'false');
    if (typeof body !== 'object' || body === null || 'error' in body || !('detail' in body)) return answer(text);
    const message = detailMessage((body as { detail: unknown }).detail);
    return answer(JSON.stringify({ error: { message, type: null, param: null, code: null } }));
  };
}

/** FastAPI's `detail`: a sentence, or validation issues (`loc` starts with `body`, `query`…). */
function detailMessage(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((issue: { loc?: unknown; msg?: unknown }) => {
        const where = Array.isArray(issue?.loc) ? issue.loc.slice(1).join('.') : '';
        const what = typeof issue?.msg === 'string' ? issue.msg : JSON.stringify(issue);
        return where ? `${where}: ${what}` : what;
      })
      .join('; ');
  }
  return JSON.stringify(detail);
}
