import { describe, expect, it } from 'vitest';
import { customerIs } from '../../../src/review/subject-export.ts';

const callWith = (phone: string) => ({ meta: { customer: { name: null, email: null, phone, company: null } } });

describe('customerIs: is the call’s customer the subject looked for by phone?', () => {
  it('matches a number stored without its country by the subject’s national digits, flagged to check', () => {
    expect(customerIs(callWith('020 7946 0321'), { phone: '+442079460321' })).toBe('phone_without_country');
    expect(customerIs(callWith('+44 20 7946 0321'), { phone: '+442079460321' })).toBe('phone');
    expect(customerIs(callWith('+1 207 946 0321'), { phone: '+442079460321' })).toBeNull();
  });

  it('asked for a number that is not a possible one of its country, matches only that number written with its country', () => {
    // Too short for a UK number: its digits, country code and all, are a North American number's national digits.
    const subject = { phone: '+4479460321' };
    for (const stored of ['(447) 946-0321', '447-946-0321', '4479460321']) expect(customerIs(callWith(stored), subject), stored).toBeNull();
    expect(customerIs(callWith('+44 79460321'), subject)).toBe('phone');
    expect(customerIs(callWith('0044 7946 0321'), subject)).toBe('phone');
  });
});
