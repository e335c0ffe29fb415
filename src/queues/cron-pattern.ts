import { getNextMillis } from 'bullmq';

/**
 * Why BullMQ's job scheduler would refuse `pattern` (cron, 5 fields or 6 with seconds) in `tz`, or null when
 * it takes it. The scheduler reads patterns with this same parser, so a pattern passing here is one it can
 * schedule: a minute of 61, a weekday of 8 or a 30th of February are refused at start, not when a sweep is due.
 */
export function cronPatternProblem(pattern: string, tz = 'UTC'): string | null {
  try {
    getNextMillis(Date.now(), { pattern, tz });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
