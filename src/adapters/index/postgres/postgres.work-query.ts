import { CORRECTION_ITEMS, WRITTEN_ITEMS } from '../../../domain/typing-times.ts';
import type { WorkGroup, WorkQuery } from '../../../ports/call-index.ts';
import { filterConditions, Params } from './postgres.list-query.ts';

/** One summed count: `w3` is WRITTEN_ITEMS[3], `c1` CORRECTION_ITEMS[1]; the keys are ours, never user input. */
const sums = [
  ...WRITTEN_ITEMS.map((k, i) => `coalesce(sum((work->'written'->>'${k}')::int), 0)::int AS w${i}`),
  ...CORRECTION_ITEMS.map((k, i) => `coalesce(sum((work->'corrected'->>'${k}')::int), 0)::int AS c${i}`),
].join(', ');

/**
 * The work counts of the matching calls, summed per rep (by lower-cased e-mail) and ISO week of when the
 * call happened (UTC), in one GROUP BY over the rows the list's filters select (rep and date use the
 * list's b-tree indexes).
 */
export function workStatement(table: string, query: WorkQuery): { text: string; values: unknown[] } {
  const p = new Params();
  const where = ['work IS NOT NULL', ...filterConditions({ ...query, limit: 0 }, p)];
  const text =
    `SELECT lower(rep_email) AS rep_email, max(rep_name) AS rep_name, ` +
    `to_char(date_trunc('week', sort_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week_start, ` +
    `count(*) FILTER (WHERE (work->'written'->>'callLog')::int > 0)::int AS calls_logged, ${sums} ` +
    `FROM ${table} WHERE ${where.join(' AND ')} GROUP BY 1, 3 ORDER BY 3, 1 NULLS LAST`;
  return { text, values: p.values };
}

export function workGroupOf(row: Record<string, unknown>): WorkGroup {
  return {
    repEmail: (row.rep_email as string | null) ?? null,
    repName: (row.rep_name as string | null) ?? null,
    weekStart: String(row.week_start),
    callsLogged: Number(row.calls_logged),
    work: {
      written: Object.fromEntries(WRITTEN_ITEMS.map((k, i) => [k, Number(row[`w${i}`])])) as WorkGroup['work']['written'],
      corrected: Object.fromEntries(CORRECTION_ITEMS.map((k, i) => [k, Number(row[`c${i}`])])) as WorkGroup['work']['corrected'],
    },
  };
}
