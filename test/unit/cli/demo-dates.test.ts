import { describe, expect, it } from 'vitest';
import { listFixtureCalls } from '../../../src/cli/commands/demo.command.ts';
import { shiftSamplesBeforeNow } from '../../../src/cli/demo-dates.ts';
import { reportRange } from '../../../src/review/time-saved-report.ts';

const DAY_MS = 86_400_000;
const startOf = (s: { meta: { startedAt?: string | null } }) => Date.parse(s.meta.startedAt!);

describe('the demo dates its sample calls relative to when it runs', () => {
  // Before the newest sample, long after the samples, before all of them, and the instant the newest one started.
  for (const when of ['2026-12-05T03:27:00Z', '2028-06-01T12:00:00Z', '2026-10-01T00:00:00Z', '2026-12-14T17:15:00Z']) {
    it(`puts every sample in the time-saved report's default range, none in the future (run at ${when})`, async () => {
      const now = new Date(when);
      const samples = await listFixtureCalls();
      const dated = samples.filter((s) => s.meta.startedAt);
      expect(dated.length).toBeGreaterThan(1);
      const shifted = shiftSamplesBeforeNow(dated, now);
      const range = reportRange({}, now);
      const from = Date.parse(`${range.from}T00:00:00Z`);
      const to = Date.parse(`${range.to}T00:00:00Z`) + DAY_MS;
      for (const s of shifted) {
        expect(startOf(s), s.name).toBeGreaterThanOrEqual(from);
        expect(startOf(s), s.name).toBeLessThanOrEqual(now.getTime());
        expect(startOf(s), s.name).toBeLessThan(to);
      }
      // The newest started within the week before the run.
      expect(now.getTime() - Math.max(...shifted.map(startOf))).toBeLessThan(7 * DAY_MS);
    });
  }

  it('moves them by whole weeks: the same weekday, time of day, offset and spacing; the rest of the meta unchanged', () => {
    const samples = [
      { name: 'a', meta: { startedAt: '2026-12-14T09:15:00-08:00', rep: { name: 'Priya Raman' } } },
      { name: 'b', meta: { startedAt: '2026-11-05T15:00:00Z' } },
      { name: 'c', meta: {} },
    ];
    const shifted = shiftSamplesBeforeNow(samples, new Date('2026-12-05T03:27:00Z'));
    expect(shifted).toEqual([
      { name: 'a', meta: { startedAt: '2026-11-30T09:15:00-08:00', rep: { name: 'Priya Raman' } } },
      { name: 'b', meta: { startedAt: '2026-10-22T15:00:00Z' } },
      { name: 'c', meta: {} },
    ]);
    expect(samples[0]!.meta.startedAt).toBe('2026-12-14T09:15:00-08:00');
    // Already in the week before the run: left as they are.
    expect(shiftSamplesBeforeNow(samples, new Date('2026-12-16T00:00:00Z'))).toEqual(samples);
    expect(shiftSamplesBeforeNow([{ meta: {} }], new Date())).toEqual([{ meta: {} }]);
  });
});
