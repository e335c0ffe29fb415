import pg from 'pg';
import { createPostgresCallIndex, type PostgresCallIndex } from './postgres.call-index.ts';
import { classified, type SqlClient } from './sql-client.ts';

/** `postgres://host:port/db`: where the index lives, for logs, with no user or password. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return 'postgres://(unparsable DATABASE_URL)';
  }
}

/** The call index on a Postgres server (DATABASE_URL), through a small connection pool. */
export async function openPostgresIndex(databaseUrl: string, opts: { schema?: string; maxConnections?: number; searchCandidates?: number; totalCounted?: number } = {}): Promise<PostgresCallIndex> {
  const describe = describeDatabaseUrl(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.maxConnections ?? 5, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the process; the next query reconnects or fails classified.
  pool.on('error', () => undefined);
  const client: SqlClient = {
    query: async <R>(text: string, params?: readonly unknown[]) => {
      const result = await pool.query(text, params ? [...params] : undefined);
      return { rows: result.rows as R[] };
    },
    exec: async (text) => {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
  try {
    return await createPostgresCallIndex(classified(client, describe), { schema: opts.schema, describe, maintenance: 'analyze', searchCandidates: opts.searchCandidates, totalCounted: opts.totalCounted });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
