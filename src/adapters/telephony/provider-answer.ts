import { AppError } from '../../errors/app-error.ts';
import { retryAfterMs } from '../../errors/classify-http.ts';
import type { GuardedResponse } from '../../ports/telephony-source.ts';

/** What a provider's error messages say: who answered, and what a person does about a refusal. */
export interface ProviderHints {
  /** Who answered, e.g. `Zoom`, or `The recording host https://…` (an origin at most, never a URL). */
  provider: string;
  /** The sentence for a 401/403, naming the variables to check, e.g. `Check ZOOM_CLIENT_ID … .` */
  authFix: string;
}

/**
 * The AppError for a provider's (or recording host's) answer that is not a success; drains the body
 * (never quoted: it may echo signed URLs). 401/403 → permanent TELEPHONY_AUTH_FAILED with `authFix`,
 * 404/410 → permanent RECORDING_NOT_FOUND, 408/425/429/5xx → retryable TELEPHONY_UNAVAILABLE (with
 * Retry-After), anything else → permanent TELEPHONY_REJECTED. `what` names the request for a person
 * ("the recording download"), never with its URL.
 */
export function answerError(hints: ProviderHints, what: string, res: GuardedResponse): AppError {
  res.body.resume();
  const { status } = res;
  if (status === 401 || status === 403) {
    return new AppError('TELEPHONY_AUTH_FAILED', `${hints.provider} refused ${what} (HTTP ${status}). ${hints.authFix}`, { status, kind: 'credentials' });
  }
  if (status === 404 || status === 410) {
    return new AppError('RECORDING_NOT_FOUND', `${hints.provider} answered HTTP ${status} to ${what}: the recording is gone, or never existed.`, { status });
  }
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    return new AppError('TELEPHONY_UNAVAILABLE', `${hints.provider} is unavailable or rate limiting (HTTP ${status} on ${what}).`, {
      retryable: true,
      retryAfterMs: retryAfterMs({ get: (name) => res.headers[name] ?? null }),
      status,
      kind: status === 429 ? 'rate_limit' : 'unavailable',
    });
  }
  return new AppError('TELEPHONY_REJECTED', `${hints.provider} answered HTTP ${status} to ${what}, which callscribe does not expect.`, { status, kind: 'rejected' });
}

/**
 * A rep's e-mail from a user or extension lookup, read by `pick` from a 200 answer. The e-mail is a
 * nicety: when the provider refuses (no scope to read users) or has no such user, it is null and the
 * recording still comes; other failures are thrown as `answerError`.
 */
export async function lookedUpEmail(hints: ProviderHints, what: string, res: GuardedResponse, pick: (body: unknown) => unknown): Promise<string | null> {
  if (res.status === 200) {
    const email = pick(await res.json().catch(() => null));
    return typeof email === 'string' && email.includes('@') ? email : null;
  }
  if (NO_EMAIL_STATUSES.has(res.status)) {
    res.body.resume();
    return null;
  }
  throw answerError(hints, what, res);
}

/** Refused (no scope or permission to read users) or no such user: no e-mail, but no failure either. */
const NO_EMAIL_STATUSES = new Set([401, 403, 404, 410]);
