import { z } from 'zod';

/** The years a date in a query may name. Postgres has no year 0, and no call is older than 1970 or dated past 9999. */
export const QUERY_YEARS = { first: 1970, last: 9999 } as const;

const LAST_MS = Date.UTC(QUERY_YEARS.last, 11, 31, 23, 59, 59, 999);

/** Whether an ISO date or instant is written in a year of QUERY_YEARS and, with its offset, does not fall past them. */
function inQueryYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= QUERY_YEARS.first && year <= QUERY_YEARS.last && Date.parse(value) <= LAST_MS;
}

/**
 * A query's date (`from`, `to`): an ISO date, or with `instants` an ISO date-time with an offset, in the
 * years 1970–9999. A date outside them is the caller's mistake (400 with the query's code), never a
 * statement the call index refuses (500).
 */
export function queryDate(opts: { instants?: boolean } = {}) {
  const shape = opts.instants ? z.union([z.iso.date(), z.iso.datetime({ offset: true })]) : z.iso.date();
  return shape.refine(inQueryYears, `must be in the years ${QUERY_YEARS.first} to ${QUERY_YEARS.last}`);
}
