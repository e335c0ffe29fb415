/**
 * The calendar day (YYYY-MM-DD) a call happened on where it was made, for CRMs that file a call under a date without
 * a time (Salesforce's ActivityDate): in the call's IANA `timezone` when it names a real zone; else the day written
 * in `startedAt`, whose offset is the caller's own ("2026-11-17T20:30:00-05:00" is the 17th, not the UTC 18th);
 * with no start, the day of `now` in that zone (else UTC).
 */
export function callDay(startedAt: string | null, timezone: string | null | undefined, now: Date): string {
  const instant = startedAt ? new Date(startedAt) : now;
  const zone = validZone(timezone);
  if (zone && !Number.isNaN(instant.getTime())) return dayIn(instant, zone);
  const written = startedAt?.match(/^(\d{4}-\d{2}-\d{2})T/)?.[1];
  return written ?? (Number.isNaN(instant.getTime()) ? now : instant).toISOString().slice(0, 10);
}

function validZone(timezone: string | null | undefined): string | null {
  if (!timezone?.trim()) return null;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: timezone.trim() });
    return timezone.trim();
  } catch {
    return null;
  }
}

function dayIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
