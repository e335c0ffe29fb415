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

  constructor(
    code: string,
    message: string,
    opts: { retryable?: boolean; cause?: unknown; retryAfterMs?: number | null; status?: number | null } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs ?? null;
    this.status = opts.status ?? null;
  }
}

export const permanent = (code: string, message: string, cause?: unknown) => new AppError(code, message, { cause });
export const retryable = (code: string, message: string, cause?: unknown, retryAfterMs?: number | null) =>
  new AppError(code, message, { retryable: true, cause, retryAfterMs });

/** Wraps anything thrown into an AppError; unknown errors are treated as retryable (network blips, crashes). */
export function toAppError(err: unknown, fallbackCode = 'INTERNAL'): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError(fallbackCode, message, { retryable: true, cause: err });
}
