import { getNextMillis } from 'bullmq';

/**
 * Why BullMQ's job scheduler would refuse `pattern` (cron, 5 fields or 6 with seconds) in `tz`, or null when
 * it takes it. The scheduler reads patterns with this same parser, so a pattern passing here is one it can
 * schedule: a minute of 61, a weekday of 8 or a 30th of February are refused at start, not when a sweep is due.
 */
export function cronPatternProblem(pattern: string, tz = 'UTC'): string | null {
  const problem = refusal(pattern, tz);
  if (!problem) return null;
  const field = faultyField(pattern, tz);
  return field ? `${problem} (in the ${field} field)` : problem;
}

const FIELDS = ['minute', 'hour', 'day of month', 'month', 'day of week'];

function refusal(pattern: string, tz: string): string | null {
  try {
    getNextMillis(Date.now(), { pattern, tz });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** The first field the parser refuses on its own (every other field `*`); null when only their combination is refused. */
function faultyField(pattern: string, tz: string): string | null {
  const parts = pattern.trim().split(/\s+/);
  const names = parts.length === 6 ? ['second', ...FIELDS] : FIELDS;
  if (parts.length !== names.length) return null;
  const at = parts.findIndex((_, i) => refusal(parts.map((p, j) => (j === i ? p : '*')).join(' '), tz) !== null);
  return at < 0 ? null : names[at]!;
}
