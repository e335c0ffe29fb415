/**
 * What an answer from another service meant, decided where the answer is classified (classifyHttp, an
 * adapter's client). Code that branches on it (the queue waits on `credentials`, `rate_limit` and
 * `not_ready`) reads this field, never the code's text. `not_ready`: the other side has not got it yet
 * (a telephony provider still processing a call's recording), so it is asked again later. `forbidden`: the
 * credentials work, but the other side refuses them this one record (not shared with the integration user,
 * locked): only the call that needs the record stops, and nothing waits for the credentials.
 */
export type ErrorKind = 'credentials' | 'rate_limit' | 'unavailable' | 'rejected' | 'not_ready' | 'forbidden';

/**
 * The one error type that crosses a port. `code` is stable (scripts and the UI match on it), `message`
 * says what a person can do about it, and `retryable` decides whether the queue tries again.
 */
export class AppError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  /** For retryable errors: how long the other side asked us to wait (Retry-After). */
  readonly retryAfterMs: number | null;
  readonly status: number | null;
  /** Null for failures that are not another service's answer (bad input, disk, our own bugs). */
  readonly kind: ErrorKind | null;

  constructor(
    code: string,
    message: string,
    opts: { retryable?: boolean; cause?: unknown; retryAfterMs?: number | null; status?: number | null; kind?: ErrorKind | null } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs ?? null;
    this.status = opts.status ?? null;
    this.kind = opts.kind ?? null;
  }
}

export const permanent = (code: string, message: string, cause?: unknown) => new AppError(code, message, { cause });
/**
 * The CRM will not make this one change (a deal it no longer has, a closed deal it does not reopen, a stage the deal's
 * pipeline lacks): permanent, of kind `rejected`, so a stage change is handed back to a person instead of failing the call.
 */
export const refusedChange = (code: string, message: string, opts: { cause?: unknown; status?: number | null } = {}) => new AppError(code, message, { ...opts, kind: 'rejected' });
export const retryable = (code: string, message: string, cause?: unknown, retryAfterMs?: number | null) =>
  new AppError(code, message, { retryable: true, cause, retryAfterMs });

/** errno codes of failures that pass: a connection dropped, a name lookup or a socket timed out. */
const TRANSIENT_ERRNO = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Classifies anything thrown that is not already an AppError, once: network failures are retryable;
 * schema and JSON errors, disk errors and programming errors are permanent, so the call ends `failed`
 * with a code instead of being retried into the same wall.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const errno = (err as { code?: unknown } | null)?.code;
  const name = (err as { name?: unknown } | null)?.name;
  if ((typeof errno === 'string' && TRANSIENT_ERRNO.has(errno)) || name === 'TimeoutError' || name === 'AbortError') {
    return new AppError('NETWORK', `A network operation failed: ${message}`, { retryable: true, cause: err, kind: 'unavailable' });
  }
  if (name === 'ZodError' || err instanceof SyntaxError) {
    return new AppError('SCHEMA_INVALID', `Data did not match its schema: ${message.slice(0, 500)}`, { cause: err });
  }
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'ENOSPC' || errno === 'EROFS') {
    return new AppError('STORAGE_IO', `Local storage failed (${errno}): ${message}. Check that DATA_DIR and the temp directory are writable and have space.`, { cause: err });
  }
  return new AppError('INTERNAL', `Unexpected error: ${message}`, { cause: err });
}
