import { AppError } from '../../../errors/app-error.ts';

/**
 * The little the call index needs from a Postgres driver: one parameterised statement at a time.
 * PGlite and a `pg` Pool both fit behind it, so one implementation of the index serves both.
 */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Runs several statements separated by `;` (schema creation); no parameters. */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** SQLSTATE classes that pass: connection exceptions, insufficient resources, operator intervention, transaction rollback. */
const TRANSIENT_SQLSTATE = /^(08|53|57|40)/;
const TRANSIENT_ERRNO = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Classifies a driver failure once: a lost or refused connection, an overloaded or restarting server
 * is retryable (`INDEX_UNAVAILABLE`); anything else (a bad statement, a constraint) is permanent
 * (`INDEX_FAILED`). The message names the index (`where`), never the connection's password.
 */
export function classifySqlError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  const transient =
    (typeof code === 'string' && (TRANSIENT_ERRNO.has(code) || (code.length === 5 && TRANSIENT_SQLSTATE.test(code)))) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(message);
  if (transient) {
    return new AppError('INDEX_UNAVAILABLE', `The call index at ${where} is unreachable or busy (${message}); it will be retried. Check that the database is running.`, { retryable: true, cause: err });
  }
  return new AppError('INDEX_FAILED', `The call index at ${where} failed: ${message}`, { cause: err });
}

/** Wraps a client so every failure leaves it as a classified AppError. */
export function classified(client: SqlClient, where: string): SqlClient {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw classifySqlError(err, where);
    }
  };
  return {
    query: (text, params) => guard(() => client.query(text, params)),
    exec: (text) => guard(() => client.exec(text)),
    close: () => guard(() => client.close()),
  };
}
