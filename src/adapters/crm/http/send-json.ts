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
