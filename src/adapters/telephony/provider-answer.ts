import { AppError } from '../../errors/app-error.ts';
import { retryAfterMs } from '../../errors/classify-http.ts';
import type { GuardedResponse } from '../../ports/telephony-source.ts';

/** What a provider's error messages say: who answered, and what a person does about a refusal. */
export interface ProviderHints {
  /** Who answered, e.g. `Zoom`, or `The recording host https://…` (an origin at most, never a URL). */
  provider: string;
  /** The sentence for a 401/403, naming the variables to check, e.g. `Check ZOOM_CLIENT_ID … .` */
  authFix: string;
  /** The sentence for a refused user or extension lookup: the scope to grant, or the rep directory to fill. */
  lookupFix?: string;
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

/** A user or extension lookup's answer: the e-mail, and when the provider refused the lookup, why, for a person. */
export interface EmailLookup {
  email: string | null;
  /** Set on a 401/403: what was refused and what to do (grant the scope, or fill the rep directory). */
  refused?: { status: number; message: string };
}

/**
 * A rep's e-mail from a user or extension lookup, read by `pick` from a 200 answer. The e-mail is a
 * nicety, so the recording still comes without it: no such user (404/410) is quietly null; a refusal
 * (401/403, mostly a scope or permission the app lacks) is null with `refused` saying so, naming the
 * missing scope when the provider's answer names one, and the fix (`hints.lookupFix`). Other failures
 * are thrown as `answerError`.
 */
export async function lookedUpEmail(hints: ProviderHints, what: string, res: GuardedResponse, pick: (body: unknown) => unknown): Promise<EmailLookup> {
  if (res.status === 200) {
    const email = pick(await res.json().catch(() => null));
    return { email: typeof email === 'string' && email.includes('@') ? email : null };
  }
  if (res.status === 404 || res.status === 410) {
    res.body.resume();
    return { email: null };
  }
  if (res.status === 401 || res.status === 403) {
    const missing = missingScopes(await res.json().catch(() => null));
    const lacks = missing ? `: the app lacks ${missing}` : '';
    const message =
      `${hints.provider} refused ${what} (HTTP ${res.status}${lacks}), so the call has no rep e-mail and shows in no rep's list. ` +
      (hints.lookupFix ?? hints.authFix);
    return { email: null, refused: { status: res.status, message } };
  }
  throw answerError(hints, what, res);
}

/**
 * The scopes or permissions a refusal names, e.g. Zoom's `does not contain scopes:[phone:read:admin]` or
 * RingCentral's `needs to have [ReadAccounts] permission`; only that list is taken (the rest of the
 * message is never quoted), and only if it looks like scope names.
 */
function missingScopes(body: unknown): string | null {
  const message = (body as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return null;
  const named = /(?:scopes?\s*:?|have)\s*\[([\w:.,\s-]{1,200})\]/i.exec(message)?.[1]?.trim();
  return named ? named.split(/\s*,\s*/).join(', ') : null;
}
