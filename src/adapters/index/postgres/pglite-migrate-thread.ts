import { Worker } from 'node:worker_threads';
import { AppError } from '../../../errors/app-error.ts';
import { classifySqlError } from './sql-client.ts';

/** What the migration thread posts back: done, or its failure as an AppError's fields. */
export type MigrationOutcome = { ok: true } | { ok: false; code: string; message: string; retryable: boolean };

/**
 * Opens the PGlite directory `dir` in a worker thread, brings the index in `schema` to this version
 * (`ensureIndexSchema`, through the same opening as on this thread) and closes it again. The caller holds the
 * directory's lock and opens it only after this resolves: two PGlite instances never have it open at once.
 * A failure there is this thread's AppError (`INDEX_SCHEMA_VERSION`, `INDEX_FAILED`, …).
 */
export function migratePgliteInThread(dir: string, schema?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pglite-migrate.thread-entry.ts', import.meta.url), { workerData: { dir, schema } });
    let outcome: MigrationOutcome | null = null;
    worker.once('message', (message: MigrationOutcome) => (outcome = message));
    worker.once('error', (err) => reject(classifySqlError(err, `pglite:${dir}`)));
    worker.once('exit', (code) => {
      if (outcome?.ok) return resolve();
      if (outcome) return reject(new AppError(outcome.code, outcome.message, { retryable: outcome.retryable }));
      reject(new AppError('INDEX_FAILED', `The call index at pglite:${dir} could not be migrated: its thread ended (code ${code}) without saying why.`));
    });
  });
}
