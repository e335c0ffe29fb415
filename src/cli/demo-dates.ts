import type { CallMeta } from '../domain/call-meta.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * The demo's sample calls moved by whole weeks so that the newest started within the week before `now`
 * (at or before it): the samples carry fixed dates, which a demo run before them would show as calls
 * in the future, and one run months later as calls too old for the time-saved report's default range
 * (the last 12 weeks up to today). Whole weeks keep each call's weekday, time of day and offset, so a
 * due date said on the call ("by Friday") lands on the same weekday after it; the calls keep their
 * spacing. A call whose start is not in the meta keeps none (it sorts by when it arrives).
 */
export function shiftSamplesBeforeNow<T extends { meta: CallMeta }>(samples: readonly T[], now: Date): T[] {
  const starts = samples.map((s) => (s.meta.startedAt ? Date.parse(s.meta.startedAt) : Number.NaN)).filter((ms) => !Number.isNaN(ms));
  if (starts.length === 0) return [...samples];
  const weeks = Math.floor((now.getTime() - Math.max(...starts)) / WEEK_MS);
  if (weeks === 0) return [...samples];
  return samples.map((s) => (s.meta.startedAt ? { ...s, meta: { ...s.meta, startedAt: addDays(s.meta.startedAt, weeks * 7) } } : s));
}

/** An ISO date-time with its offset, `days` later on the calendar: same time of day, same offset as written. */
function addDays(isoDateTime: string, days: number): string {
  const date = isoDateTime.slice(0, 10);
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return `${shifted}${isoDateTime.slice(10)}`;
}
