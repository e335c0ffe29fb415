import { PGlite } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import { toAppError } from '../../../errors/app-error.ts';
import type { MigrationOutcome } from './pglite-migrate-thread.ts';
import { pgliteIndexOn } from './pglite.call-index.ts';
import { classifySqlError } from './sql-client.ts';

// The worker thread of `migratePgliteInThread`: opens the directory, which migrates the index, and closes it.
const { dir, schema } = workerData as { dir: string; schema?: string };
let outcome: MigrationOutcome;
try {
  const db = await PGlite.create(dir).catch((err: unknown) => Promise.reject(classifySqlError(err, `pglite:${dir}`)));
  const index = await pgliteIndexOn(db, { schema, describe: `pglite:${dir}`, ownsDb: true }).catch(async (err: unknown) => {
    await db.close().catch(() => undefined);
    throw err;
  });
  await index.close();
  outcome = { ok: true };
} catch (err) {
  const failure = toAppError(err);
  outcome = { ok: false, code: failure.code, message: failure.message, retryable: failure.retryable };
}
parentPort!.postMessage(outcome);
