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

  it('reads times near a clock change right in zones far from UTC, half-hour ones and southern ones', () => {
    // Valid times a few hours from a change, shown once: Los Angeles after 2:00 became 3:00 (8 March 2026) and
    // after 2:00 came again (1 November 2026); Adelaide the evening before 2:00 became 3:00 (4 October 2026).
    expect(zonedTimeToInstant('2026-03-08T05:00', 'America/Los_Angeles')).toBe('2026-03-08T12:00:00.000Z');
    expect(zonedTimeToInstant('2026-11-01T03:30', 'America/Los_Angeles')).toBe('2026-11-01T11:30:00.000Z');
    expect(zonedTimeToInstant('2026-10-03T20:00', 'Australia/Adelaide')).toBe('2026-10-03T10:30:00.000Z');
    expect(zonedTimeToInstant('2026-09-26T20:00', 'Pacific/Auckland')).toBe('2026-09-26T08:00:00.000Z');
    // Skipped: with the offset before (Adelaide +9:30; Lord Howe +10:30, whose clocks move half an hour).
    expect(zonedTimeToInstant('2026-10-04T02:30', 'Australia/Adelaide')).toBe('2026-10-03T17:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-04T02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z');
    // Shown twice: the first showing (Adelaide +10:30, Auckland +13, Lord Howe +11).
    expect(zonedTimeToInstant('2026-04-05T02:30', 'Australia/Adelaide')).toBe('2026-04-04T16:00:00.000Z');
    expect(zonedTimeToInstant('2026-04-05T02:30', 'Pacific/Auckland')).toBe('2026-04-04T13:30:00.000Z');
    expect(zonedTimeToInstant('2026-04-05T01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
  });

  it('reads every wall time around the clock changes of a year back to the instant that showed it (the first, when shown twice)', () => {
    for (const zone of ['America/Los_Angeles', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const shown = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
      const wall = (t: number) => {
        const p = Object.fromEntries(shown.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
        return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
      };
      const wrong: string[] = [];
      const day = 86_400_000;
      for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2027, 0, 1); d += day) {
        // Every half hour of the days around a clock change (the clock shows another time a day later).
        if (wall(d).slice(11) === wall(d + day).slice(11)) continue;
        for (let t = d - day; t < d + 2 * day; t += 30 * 60_000) {
          const read = zonedTimeToInstant(wall(t), zone);
          if (!read || wall(Date.parse(read)) !== wall(t) || Date.parse(read) > t) wrong.push(`${zone} ${wall(t)}: ${read}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
    }
  });

  it('is null for a date that does not exist, a malformed time or an unknown zone', () => {
    for (const [local, zone] of [['2026-02-30T09:00', 'UTC'], ['2026-11-20T24:10', 'UTC'], ['20/11/2026 09:00', 'UTC'], ['2026-11-20T09:00', 'Mars/Olympus']]) {
      expect(zonedTimeToInstant(local!, zone!), `${local} ${zone}`).toBeNull();
    }
    expect(knownTimeZone('Europe/Berlin')).toBe(true);
    expect(knownTimeZone('Mars/Olympus')).toBe(false);
  });
});
