import { z } from 'zod';
import { queryDate } from '../domain/query-date.ts';
import { addWorkCounts, emptyWorkCounts, TimeSaved, timeSaved, type WorkCounts } from '../domain/time-saved.ts';
import { TIMED_ITEMS, type TypingTimes } from '../domain/typing-times.ts';
import { permanent } from '../errors/app-error.ts';
import { visibleTo, type Identity } from '../http/identity.ts';
import type { CallIndex } from '../ports/call-index.ts';

/** `GET /v1/reports/time-saved`'s query: UTC days (1970 to 9999), both inclusive; the rep's e-mail. */
export const TimeSavedQuery = z
  .object({
    from: queryDate().optional(),
    to: queryDate().optional(),
    rep: z.email().optional(),
  })
  .strict();
export type TimeSavedQuery = z.infer<typeof TimeSavedQuery>;

/** The longest range one report adds up, in days. */
export const MAX_REPORT_DAYS = 366;
/** Without `from`: the 12 weeks up to `to` (today, without `to`). */
const DEFAULT_WEEKS = 12;

const Rep = z.object({ email: z.string().nullable(), name: z.string().nullable() });
const Figures = TimeSaved.extend({ callsLogged: z.number().int().min(0) });

export const TimeSavedReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** The seconds per item the minutes were computed with (TYPING_TIMES, over the defaults). */
  typingTimes: z.record(z.enum(TIMED_ITEMS), z.number()),
  totals: Figures,
  /** One row per rep and week (weeks start on Monday, UTC), week then rep. */
  rows: z.array(Figures.extend({ rep: Rep, weekStart: z.iso.date() })),
  /** Per rep over the whole range, most net minutes saved first. */
  reps: z.array(Figures.extend({ rep: Rep })),
  /** Per week over every rep, oldest first; weeks without calls are left out. */
  weeks: z.array(Figures.extend({ weekStart: z.iso.date() })),
});
export type TimeSavedReport = z.infer<typeof TimeSavedReport>;
export type Figures = z.infer<typeof Figures>;

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The range a query asks for, defaulted and checked: `REPORT_RANGE_INVALID` when it is backwards or too long. */
export function reportRange(query: TimeSavedQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? day(now.getTime());
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const mondayOfTo = toMs - ((new Date(toMs).getUTCDay() + 6) % 7) * DAY_MS;
  const from = query.from ?? day(mondayOfTo - (DEFAULT_WEEKS - 1) * 7 * DAY_MS);
  const days = (toMs - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  // Said for a person (the report page shows it as it is): the dates in words, nothing quoted as code.
  if (days < 1) throw permanent('REPORT_RANGE_INVALID', `The start date (${from}) is after the end date (${to}${query.to ? '' : ', today'}): choose a start on or before the end.`);
  if (days > MAX_REPORT_DAYS) throw permanent('REPORT_RANGE_INVALID', `The range is ${days} days, and a report covers at most ${MAX_REPORT_DAYS}: choose a start and an end date closer together.`);
  return { from, to };
}

/**
 * Manual entry saved, per rep and week: the call index's work counts (one aggregate query, see
 * `CallIndex.workByRepAndWeek`) in minutes with the configured typing times. A rep sees their own calls
 * only, as in the call list.
 */
export function createTimeSavedReporter(deps: { index: Pick<CallIndex, 'workByRepAndWeek'>; typingTimes: TypingTimes; clock: () => Date }) {
  const figures = (work: WorkCounts, callsLogged: number): Figures => ({ callsLogged, ...timeSaved(work, deps.typingTimes) });
  return {
    typingTimes: deps.typingTimes,
    async report(reader: Identity, query: TimeSavedQuery): Promise<TimeSavedReport> {
      const range = reportRange(query, deps.clock());
      const groups = await deps.index.workByRepAndWeek({
        rep: query.rep,
        from: `${range.from}T00:00:00.000Z`,
        to: new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS - 1).toISOString(),
        visibleTo: visibleTo(reader),
      });
      const byRep = new Map<string, { rep: z.infer<typeof Rep>; work: WorkCounts; calls: number }>();
      const byWeek = new Map<string, { work: WorkCounts; calls: number }>();
      const all = emptyWorkCounts();
      let calls = 0;
      for (const g of groups) {
        const repKey = g.repEmail ?? '';
        const r = byRep.get(repKey) ?? { rep: { email: g.repEmail, name: g.repName }, work: emptyWorkCounts(), calls: 0 };
        r.rep.name ??= g.repName;
        addWorkCounts(r.work, g.work);
        r.calls += g.callsLogged;
        byRep.set(repKey, r);
        const w = byWeek.get(g.weekStart) ?? { work: emptyWorkCounts(), calls: 0 };
        addWorkCounts(w.work, g.work);
        w.calls += g.callsLogged;
        byWeek.set(g.weekStart, w);
        addWorkCounts(all, g.work);
        calls += g.callsLogged;
      }
      return {
        ...range,
        typingTimes: deps.typingTimes,
        totals: figures(all, calls),
        rows: groups.map((g) => ({ rep: { email: g.repEmail, name: g.repName }, weekStart: g.weekStart, ...figures(g.work, g.callsLogged) })),
        reps: [...byRep.values()].map((r) => ({ rep: r.rep, ...figures(r.work, r.calls) })).sort((a, b) => b.netMinutesSaved - a.netMinutesSaved),
        weeks: [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, w]) => ({ weekStart, ...figures(w.work, w.calls) })),
      };
    },
  };
}
export type TimeSavedReporter = ReturnType<typeof createTimeSavedReporter>;
