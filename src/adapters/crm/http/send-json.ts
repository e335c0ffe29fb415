import { AppError } from '../../../errors/app-error.ts';

/**
 * The request half every CRM client shares: a URL with its query, JSON in and out, a timeout, and the
 * body read as text. Network failures are thrown as they are; each client classifies them (and every
 * HTTP answer) its own way.
 */
export async function sendJson(
  fetchImpl: typeof fetch,
  target: { url: string; query?: Record<string, string | number | boolean | undefined> },
  req: { method: string; headers: Record<string, string>; body?: unknown; timeoutMs: number },
): Promise<{ res: Response; text: string }> {
  const url = new URL(target.url);
  for (const [k, v] of Object.entries(target.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  const res = await fetchImpl(url, {
    method: req.method,
    headers: { ...req.headers, accept: 'application/json', ...(req.body !== undefined && { 'content-type': 'application/json' }) },
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
    signal: AbortSignal.timeout(req.timeoutMs),
  });
  return { res, text: await res.text() };
}

/**
 * The body of an answer the client accepts (a 2xx, or a status the request said it expects): parsed JSON,
 * or null when empty. A 2xx that is not JSON is a proxy or maintenance page in the way, so it is thrown as
 * `code` (retryable); an expected error status without a JSON body (a plain 404 page) is just null.
 */
export function acceptedBody(res: Response, text: string, where: string, crm: { name: string; code: string }): { status: number; body: unknown } {
  if (!text) return { status: res.status, body: null };
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch (err) {
    if (!res.ok) return { status: res.status, body: null };
    throw new AppError(crm.code, `${crm.name} answered ${where} with ${res.status} but a body that is not JSON (a proxy or maintenance page in the way?).`, {
      retryable: true,
      status: res.status,
      kind: 'unavailable',
      cause: err,
    });
  }
}
