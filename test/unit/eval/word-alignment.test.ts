import { describe, expect, it } from 'vitest';
import { alignedCorrect, recognitionWords, wordErrorRate } from '../../../scripts/eval/wer.ts';

describe('recognitionWords', () => {
  it('keeps apostrophes inside words, as the recogniser writes them, and drops other punctuation', () => {
    expect(recognitionWords("Don't stop -- it's ten o'clock, 'right'?")).toEqual(["don't", 'stop', "it's", 'ten', "o'clock", 'right']);
  });
});

describe('alignedCorrect', () => {
  it('marks the hypothesis words aligned to the same reference word', () => {
    expect(alignedCorrect(['go', 'forward', 'ten', 'meters'], ['go', 'forward', 'ten', 'users'])).toEqual([true, true, true, false]);
    expect(alignedCorrect(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([true, false, true, true, false]);
    expect(alignedCorrect(['the', 'soup', 'is', 'hot'], ['soup', 'hot'])).toEqual([true, true]);
  });

  it('agrees with the word error rate on insertions and substitutions', () => {
    const ref = 'he might even have been made amiable himself';
    const hyp = 'he might even have been made the amiable itself';
    expect(alignedCorrect(ref.split(' '), hyp.split(' '))).toEqual([true, true, true, true, true, true, false, true, false]);
    expect(wordErrorRate(ref, hyp).errors).toBe(2);
    expect(alignedCorrect([], ['a'])).toEqual([false]);
    expect(alignedCorrect(['a'], [])).toEqual([]);
  });
});
