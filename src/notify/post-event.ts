import { AppError } from '../errors/app-error.ts';
import { classifyHttp } from '../errors/classify-http.ts';

export type Destination = 'webhook' | 'slack';
export const DESTINATION_NAMES: Record<Destination, string> = { webhook: 'Webhook', slack: 'Slack' };

/** How much of a refusal's body goes into the error (receivers say why there: Slack's `invalid_payload`). */
const DETAIL_CHARS = 200;

/**
 * POSTs one delivery and classifies its answer once: 2xx is delivered; 410 Gone is `<DEST>_GONE` (the
 * receiver asks us to stop for good); 408, 409, 429 and 5xx are retryable, honouring Retry-After; a
 * redirect and any other 4xx are permanent; a connection that fails or times out is retryable. Errors
 * never carry the URL (a Slack webhook URL is its own credential).
 */
export async function postEvent(
  fetchFn: typeof fetch,
  destination: Destination,
  request: { url: string; headers: Record<string, string>; body: string },
  timeoutMs: number,
): Promise<void> {
  const name = DESTINATION_NAMES[destination];
  let response: Response;
  try {
    response = await fetchFn(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'callscribe-notify', ...request.headers },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const reason = (err as { name?: string }).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : networkReason(err);
    throw new AppError(`${name.toUpperCase()}_UNREACHABLE`, `Could not reach the ${name} receiver (${reason}).`, { retryable: true, cause: err });
  }
  const detail = await readDetail(response);
  if (response.ok) return;
  if (response.status === 410) {
    throw new AppError(`${name.toUpperCase()}_GONE`, `The ${name} receiver answered 410 Gone: it wants no more deliveries${detail ? ` (${detail})` : ''}.`, { status: 410 });
  }
  if (response.status >= 300 && response.status < 400) {
    throw new AppError(`${name.toUpperCase()}_REJECTED`, `The ${name} receiver answered a redirect (${response.status}); configure the address it redirects to.`, { status: response.status });
  }
  throw classifyHttp(name, response.status, detail || 'no detail', response.headers);
}

async function readDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return text.replace(/\s+/g, ' ').trim().slice(0, DETAIL_CHARS);
}

/** The errno behind `fetch failed` (the message of the cause may name the host, never the path). */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : err instanceof Error ? err.name : 'network error';
}
