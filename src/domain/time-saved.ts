import { z } from 'zod';
import { CORRECTION_ITEMS, WRITTEN_ITEMS, type CorrectionItem, type TypingTimes, type WrittenItem } from './typing-times.ts';

const counts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int().min(0)])) as Record<K, z.ZodNumber>);

/**
 * What callscribe wrote to the CRM for a call, and what people changed of it afterwards, as counts of
 * items (see `countWork` for what each counts). Counts, not minutes: the minutes come from the typing
 * times configured when they are read, so changing TYPING_TIMES needs no reindex.
 */
export const WorkCounts = z.object({ written: counts(WRITTEN_ITEMS), corrected: counts(CORRECTION_ITEMS) });
export type WorkCounts = z.infer<typeof WorkCounts>;

export const emptyWorkCounts = (): WorkCounts => ({
  written: Object.fromEntries(WRITTEN_ITEMS.map((k) => [k, 0])) as Record<WrittenItem, number>,
  corrected: Object.fromEntries(CORRECTION_ITEMS.map((k) => [k, 0])) as Record<CorrectionItem, number>,
});

/** Adds `b` into `a` (in place) and returns `a`. */
export function addWorkCounts(a: WorkCounts, b: WorkCounts): WorkCounts {
  for (const k of WRITTEN_ITEMS) a.written[k] += b.written[k];
  for (const k of CORRECTION_ITEMS) a.corrected[k] += b.corrected[k];
  return a;
}

export const TimeSaved = z.object({
  /** Items callscribe wrote (every count of `written`). */
  itemsWritten: z.number().int().min(0),
  /** Corrections people made (edits, changed approvals and rejections; plain approvals are `reviews`). */
  corrections: z.number().int().min(0),
  /** Proposals people approved as they stood. */
  reviews: z.number().int().min(0),
  /** Minutes the writing would have taken by hand. */
  minutesWritten: z.number(),
  /** Minutes people spent reviewing and correcting it. */
  minutesCorrecting: z.number(),
  /** minutesWritten − minutesCorrecting. */
  netMinutesSaved: z.number(),
});
export type TimeSaved = z.infer<typeof TimeSaved>;

const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

/** The counts in minutes, with the given seconds per item (rounded to a tenth of a minute). */
export function timeSaved(work: WorkCounts, times: TypingTimes): TimeSaved {
  const written = WRITTEN_ITEMS.reduce((s, k) => s + work.written[k] * times[k], 0);
  const correcting = CORRECTION_ITEMS.reduce((s, k) => s + work.corrected[k] * times[k], 0);
  return {
    // Words are counted one by one, but a word is not an item a person would call one: the log body is.
    itemsWritten: WRITTEN_ITEMS.filter((k) => k !== 'word').reduce((s, k) => s + work.written[k], 0),
    corrections: work.corrected.edit + work.corrected.rejection,
    reviews: work.corrected.review,
    minutesWritten: minutes(written),
    minutesCorrecting: minutes(correcting),
    netMinutesSaved: minutes(written - correcting),
  };
}
