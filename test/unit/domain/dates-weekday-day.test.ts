import { describe, expect, it } from 'vitest';
import { findDatePhrases, resolveDueDate } from '../../../src/domain/dates.ts';

// Monday 2026-11-16, 10:00 in New York.
const due = (sentence: string) => resolveDueDate(sentence, '2026-11-16T15:00:00Z', 'America/New_York');

describe('a weekday with a day of the month and no month', () => {
  it('takes the month in which that day falls on that weekday', () => {
    // 18 Dec 2026 is a Friday; 18 Nov 2026 is a Wednesday.
    expect(due('could we meet Friday the eighteenth?')).toBe('2026-12-18');
    expect(due('how about Wednesday, the 18th at two')).toBe('2026-11-18');
  });

  it('falls back to the next such day when no month in the year fits', () => {
    expect(due('on Saturday the thirty-first')).not.toBeNull();
  });
});

describe('a weekday, then a part of today', () => {
  it('are two days: "this afternoon" is today, not the weekday\'s afternoon', () => {
    expect(findDatePhrases('an invite for Thursday this afternoon').map((p) => p.start)).toHaveLength(2);
    expect(due('the invite for the Thursday goes out this afternoon')).toBe('2026-11-19');
  });

  it('still joins a weekday and its own part of the day', () => {
    expect(findDatePhrases('on Thursday afternoon')).toHaveLength(1);
    expect(due('on Thursday afternoon')).toBe('2026-11-19');
  });
});
