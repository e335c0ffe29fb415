import { describe, expect, it } from 'vitest';
import { emptyWorkCounts, timeSaved } from '../../../src/domain/time-saved.ts';
import { DEFAULT_TYPING_SEQUENCES, DEFAULT_TYPING_TIMES, KLM, TIMED_ITEMS, TypingTimesOverrides, klmSeconds, typingTimesWith } from '../../../src/domain/typing-times.ts';

describe('the typing-times table', () => {
  it('keeps KLM operator times as Card, Moran & Newell (1980) give them', () => {
    expect(KLM).toEqual({ K: 0.28, P: 1.1, B: 0.1, H: 0.4, M: 1.35 });
  });

  it('adds up a KLM sequence, counts repeating an operator', () => {
    expect(klmSeconds('M')).toBe(1.35);
    expect(klmSeconds('6K')).toBe(1.68);
    expect(klmSeconds('M P BB')).toBe(2.65);
    expect(klmSeconds('M P BB H 8K H')).toBe(5.69);
    expect(() => klmSeconds('M X')).toThrow(/not a KLM operator/);
  });

  it('has a default for every item, each the seconds of its documented sequence', () => {
    expect(Object.keys(DEFAULT_TYPING_TIMES).sort()).toEqual([...TIMED_ITEMS].sort());
    for (const item of TIMED_ITEMS) expect(DEFAULT_TYPING_TIMES[item], item).toBe(klmSeconds(DEFAULT_TYPING_SEQUENCES[item].klm));
    expect(DEFAULT_TYPING_TIMES.word).toBe(1.68); // 36 words a minute
  });

  it('takes overrides for some items and refuses unknown items and out-of-range seconds', () => {
    expect(typingTimesWith(TypingTimesOverrides.parse({ word: 2, callLog: 30 }))).toEqual({ ...DEFAULT_TYPING_TIMES, word: 2, callLog: 30 });
    expect(TypingTimesOverrides.safeParse({ words: 2 }).success).toBe(false);
    expect(TypingTimesOverrides.safeParse({ word: -1 }).success).toBe(false);
    expect(TypingTimesOverrides.safeParse({ word: '2' }).success).toBe(false);
  });
});

describe('timeSaved', () => {
  it('turns counts into minutes written, minutes correcting and their difference', () => {
    const work = emptyWorkCounts();
    work.written.callLog = 1;
    work.written.word = 100;
    work.written.task = 2;
    work.corrected.edit = 1;
    work.corrected.editedWord = 10;
    work.corrected.review = 1;
    const times = { ...DEFAULT_TYPING_TIMES, callLog: 6, word: 1.5, task: 12, edit: 9, editedWord: 1.5, review: 3 };
    // written 6 + 150 + 24 = 180 s; correcting 9 + 15 + 3 = 27 s
    expect(timeSaved(work, times)).toEqual({ itemsWritten: 3, corrections: 1, reviews: 1, minutesWritten: 3, minutesCorrecting: 0.5, netMinutesSaved: 2.6 });
  });

  it('can be negative: correcting took longer than writing would have', () => {
    const work = emptyWorkCounts();
    work.written.callLog = 1;
    work.corrected.edit = 3;
    expect(timeSaved(work, DEFAULT_TYPING_TIMES).netMinutesSaved).toBeLessThan(0);
  });
});
