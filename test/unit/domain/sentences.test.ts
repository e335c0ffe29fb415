import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/domain/text.ts';

describe('splitSentences', () => {
  it('ends a sentence at its full stop, not at a title\'s', () => {
    expect(splitSentences('Ask Dr. Osei first. Then we decide.')).toEqual(['Ask Dr. Osei first.', 'Then we decide.']);
  });

  it('goes on past the time of day when the sentence does ("by ten a.m. on Friday")', () => {
    expect(splitSentences('The samples leave by ten a.m. on Friday. Is that fine?')).toEqual(['The samples leave by ten a.m. on Friday.', 'Is that fine?']);
  });

  it('ends at the time of day when a new sentence starts after it', () => {
    expect(splitSentences('Let us meet at four p.m. Does that suit you?')).toEqual(['Let us meet at four p.m.', 'Does that suit you?']);
  });

  it('goes on past a capitalised time of day, and past a day or a time zone after it', () => {
    expect(splitSentences('Doors open at 8 A.M. sharp. Bring a badge.')).toEqual(['Doors open at 8 A.M. sharp.', 'Bring a badge.']);
    expect(splitSentences('Dial in at nine a.m. Pacific on Monday. I will host.')).toEqual(['Dial in at nine a.m. Pacific on Monday.', 'I will host.']);
    expect(splitSentences('The cutover is 6 a.m. Sunday, GMT. Fine?')).toEqual(['The cutover is 6 a.m. Sunday, GMT.', 'Fine?']);
    expect(splitSentences('We start at 7 a.m. PST for the west coast.')).toEqual(['We start at 7 a.m. PST for the west coast.']);
  });
});
