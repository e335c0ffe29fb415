import { describe, expect, it } from 'vitest';
import { callDay } from '../../../../src/adapters/crm/call-day.ts';

describe('callDay', () => {
  const now = new Date('2026-11-20T02:00:00Z');
  it("is the call's day in its time zone, not the UTC day", () => {
    expect(callDay('2026-11-18T01:30:00Z', 'America/New_York', now)).toBe('2026-11-17');
    expect(callDay('2026-11-17T23:30:00Z', 'Asia/Tokyo', now)).toBe('2026-11-18');
  });
  it('without a usable zone, is the day written in startedAt (its offset is the caller’s)', () => {
    expect(callDay('2026-11-17T20:30:00-05:00', null, now)).toBe('2026-11-17');
    expect(callDay('2026-11-17T20:30:00-05:00', 'Not/AZone', now)).toBe('2026-11-17');
    expect(callDay('2026-11-17T20:30:00Z', undefined, now)).toBe('2026-11-17');
  });
  it('with no start, is today in the zone, else in UTC', () => {
    expect(callDay(null, 'America/Los_Angeles', now)).toBe('2026-11-19');
    expect(callDay(null, null, now)).toBe('2026-11-20');
  });
});
