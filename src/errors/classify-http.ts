import { AppError } from './app-error.ts';

/**
 * The shortest wait a server's answer can ask for. "Retry now" (`Retry-After: 0`, a date already past by our clock, a
 * rate-limit window said to reset in 0 s) still waits this long: at once would meet the same limit, and BullMQ's
 * `rateLimit(0)` is refused by Redis (`PX 0`), which would spend an attempt.
 */
export const MIN_RETRY_WAIT_MS = 1000;

/** A wait in whole milliseconds, never under MIN_RETRY_WAIT_MS. */
export const atLeastMinWait = (ms: number) => Math.max(MIN_RETRY_WAIT_MS, Math.ceil(ms));

/**
 * Parses `retry-after-ms`, then `retry-after` (seconds or an HTTP date). Null when absent or unparseable. Never 0:
 * `retry-after` counts whole seconds, so any wait it gives under a second is MIN_RETRY_WAIT_MS; `retry-after-ms` is
 * kept as precise as it is sent, but a 0 waits MIN_RETRY_WAIT_MS too.
 */
export function retryAfterMs(headers: { get(name: string): string | null }, now = Date.now()): number | null {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms > 0 ? Math.ceil(ms) : MIN_RETRY_WAIT_MS;
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return atLeastMinWait(seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? atLeastMinWait(date - now) : null;
}

/**
 * Classifies an HTTP failure once, for every adapter: 408, 409, 429 and 5xx are retryable (honouring
 * Retry-After); 401/403 are credential problems; any other 4xx is permanent. The error's `kind` says which.
 */
export function classifyHttp(
  service: string,
  status: number,
  detail: string,
  headers: { get(name: string): string | null } = new Headers(),
): AppError {
  const wait = retryAfterMs(headers);
  const prefix = service.toUpperCase();
  if (status === 429) {
    return new AppError(`${prefix}_RATE_LIMITED`, `${service} rate limit hit: ${detail}`, { retryable: true, retryAfterMs: wait, status, kind: 'rate_limit' });
  }
  if (status === 408 || status === 409 || status >= 500) {
    return new AppError(`${prefix}_UNAVAILABLE`, `${service} answered ${status}: ${detail}`, { retryable: true, retryAfterMs: wait, status, kind: 'unavailable' });
  }
  if (status === 401 || status === 403) {
    return new AppError(`${prefix}_AUTH`, `${service} rejected our credentials (${status}): ${detail}. Check the API key or token in the environment.`, { status, kind: 'credentials' });
  }
  return new AppError(`${prefix}_REJECTED`, `${service} rejected the request (${status}): ${detail}`, { status, kind: 'rejected' });
}
