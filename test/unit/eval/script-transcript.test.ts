import { describe, expect, it } from 'vitest';
import { scriptTranscript } from '../../../scripts/eval/fixtures.ts';

describe('scriptTranscript (the gold transcript of a call with a script and no audio)', () => {
  it('makes one segment per line, in order, with its speaker and rising, non-overlapping times', () => {
    const lines = [
      { speaker: 'rep' as const, text: 'Morning, it is Sam from the supplier.' },
      { speaker: 'customer' as const, text: 'Hi Sam.' },
      { speaker: 'rep' as const, text: 'I wanted to go over the numbers from last week, if you have a minute.' },
    ];
    const t = scriptTranscript({ language: 'en', lines }, { startedAt: '2027-01-05T15:00:00Z' });
    expect(t.segments.map((s) => [s.speaker, s.text])).toEqual(lines.map((l) => [l.speaker, l.text]));
    for (let i = 0; i < t.segments.length; i++) {
      const s = t.segments[i]!;
      expect(s.endSec).toBeGreaterThan(s.startSec);
      if (i > 0) expect(s.startSec).toBeGreaterThan(t.segments[i - 1]!.endSec);
    }
    // A longer line takes longer.
    expect(t.segments[2]!.endSec - t.segments[2]!.startSec).toBeGreaterThan(t.segments[1]!.endSec - t.segments[1]!.startSec);
    expect(t.durationSec).toBe(t.segments.at(-1)!.endSec);
    expect(t.language).toBe('en');
  });
});
