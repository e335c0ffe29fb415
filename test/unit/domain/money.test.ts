import { describe, expect, it } from 'vitest';
import { currencyFits, findAmounts, formatAmount, sameAmount } from '../../../src/domain/money.ts';

const values = (text: string) => findAmounts(text).map((a) => [a.value, a.precision, a.currency]);

describe('sums of money said in a call', () => {
  it('reads figures with a currency sign, a currency word or a magnitude', () => {
    expect(values('It comes to $36,500 for the year.')).toEqual([[36500, 1, 'USD']]);
    expect(values('We agreed on 36.5k.')).toEqual([[36500, 100, null]]);
    expect(values('Call it €2.4M over three years.')).toEqual([[2400000, 100000, 'EUR']]);
    expect(values('That is 36,500 pounds.')).toEqual([[36500, 1, 'GBP']]);
    expect(values('Roughly 36 thousand.')).toEqual([[36000, 1000, null]]);
  });

  it('reads amounts in words, with and without a currency word', () => {
    expect(values('thirty-six thousand five hundred dollars')).toEqual([[36500, 1, 'USD']]);
    expect(values('three hundred and ten thousand euros')).toEqual([[310000, 1000, 'EUR']]);
    expect(values('two point four million')).toEqual([[2400000, 100000, null]]);
    expect(values('seventy-five grand')).toEqual([[75000, 1000, null]]);
    expect(values('nine hundred bucks')).toEqual([[900, 1, 'USD']]);
  });

  it('reads a comma with one or two digits before a magnitude as a decimal comma, and never starts a figure after "digit,"', () => {
    expect(values('The licence comes to 2,5 million euros.')).toEqual([[2500000, 100000, 'EUR']]);
    expect(values('We said €3,75M in total.')).toEqual([[3750000, 10000, 'EUR']]);
    // Three digits after the comma still group thousands.
    expect(values('It is 2,500 thousand dollars.')).toEqual([[2500000, 1000, 'USD']]);
    expect(values('That is 36,500 pounds.')).toEqual([[36500, 1, 'GBP']]);
  });

  it('marks the upper end of a range said with a bare lower end, spanning both ends', () => {
    const range = (text: string) => findAmounts(text).map((a) => [a.value, a.range ?? false, text.slice(a.start, a.end)]);
    expect(range('Think seventy, eighty thousand dollars.')).toEqual([[80000, true, 'seventy, eighty thousand dollars']]);
    expect(range('Think 70 to 80 thousand dollars.')).toEqual([[80000, true, '70 to 80 thousand dollars']]);
    expect(range('Somewhere between thirty and thirty-five thousand.')).toEqual([[35000, true, 'thirty and thirty-five thousand']]);
    expect(range('It lands at 2-3 million.')).toEqual([[3000000, true, '2-3 million']]);
    expect(range('Maybe four, five hundred thousand euros.')).toEqual([[500000, true, 'four, five hundred thousand euros']]);
  });

  it('does not make a range of a number that is not a lower end', () => {
    const range = (text: string) => findAmounts(text).map((a) => [a.value, a.range ?? false]);
    expect(range('Tier 3, 40 thousand dollars.')).toEqual([[40000, false]]);
    expect(range('In 2027, 40 thousand dollars.')).toEqual([[40000, false]]);
    expect(range('Two hundred and forty thousand dollars.')).toEqual([[240000, false]]);
    expect(range('$40,000, not $45,000.')).toEqual([[40000, false], [45000, false]]);
  });

  it('does not take counts, years, times, percentages or bare numbers for money', () => {
    for (const text of ['We have twelve thousand users.', 'About 2k seats.', 'In 2027 we grow.', 'See you at 4:15.', 'A fifteen percent cut.', 'Give me thirty minutes.', 'Fourteen people attend.']) {
      expect(findAmounts(text), text).toEqual([]);
    }
  });

  it('compares within the rounding of how it was said, and the currency loosely', () => {
    expect(sameAmount({ value: 36000, precision: 1000 }, 36400)).toBe(true);
    expect(sameAmount({ value: 36000, precision: 1000 }, 36600)).toBe(false);
    expect(sameAmount({ value: 36500, precision: 1 }, 36500.0)).toBe(true);
    expect(sameAmount({ value: 36500, precision: 1 }, 36000)).toBe(false);
    expect(currencyFits('USD', 'CAD')).toBe(true);
    expect(currencyFits('EUR', 'USD')).toBe(false);
    expect(currencyFits(null, 'GBP')).toBe(true);
  });

  it('formats an amount with its currency, or as a bare figure', () => {
    expect(formatAmount(36500, 'USD')).toBe('$36,500');
    expect(formatAmount(36500.5, 'EUR')).toBe('€36,500.50');
    expect(formatAmount(36500, null)).toBe('36,500');
  });
});
