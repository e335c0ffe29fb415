import { describe, expect, it } from 'vitest';
import { knownTimeZone, zonedTimeToInstant } from '../../../src/domain/dates.ts';

describe('a time on a clock in a time zone, as an instant', () => {
  it('reads the wall time with the zone’s offset that day, summer and winter', () => {
    expect(zonedTimeToInstant('2026-11-20T14:30', 'Europe/Berlin')).toBe('2026-11-20T13:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-20T14:30', 'Europe/Berlin')).toBe('2026-07-20T12:30:00.000Z');
    expect(zonedTimeToInstant('2026-11-20T09:00', 'America/New_York')).toBe('2026-11-20T14:00:00.000Z');
    expect(zonedTimeToInstant('2026-11-20T09:00:30', 'Asia/Kolkata')).toBe('2026-11-20T03:30:30.000Z');
    expect(zonedTimeToInstant('2026-11-20T09:00', 'UTC')).toBe('2026-11-20T09:00:00.000Z');
  });

  it('reads a time the clocks skipped with the offset before the change, and a time shown twice as its first showing', () => {
    // Berlin: 02:00 became 03:00 on 29 March 2026, and 03:00 became 02:00 on 25 October 2026.
    expect(zonedTimeToInstant('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTimeToInstant('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('is null for a date that does not exist, a malformed time or an unknown zone', () => {
    for (const [local, zone] of [['2026-02-30T09:00', 'UTC'], ['2026-11-20T24:10', 'UTC'], ['20/11/2026 09:00', 'UTC'], ['2026-11-20T09:00', 'Mars/Olympus']]) {
      expect(zonedTimeToInstant(local!, zone!), `${local} ${zone}`).toBeNull();
    }
    expect(knownTimeZone('Europe/Berlin')).toBe(true);
    expect(knownTimeZone('Mars/Olympus')).toBe(false);
  });
});
