import { describe, expect, it } from 'vitest';
import { phoneQuery, storedPhoneMatches } from '../../../src/domain/phone.ts';

const matches = (stored: string, wanted: string) => storedPhoneMatches(stored, phoneQuery(wanted, null)!);

describe('storedPhoneMatches', () => {
  it('finds a number stored without its country whose national number starts with a 0 of its own (Italy keeps it)', () => {
    expect(matches('06 1234 5678', '+39 06 1234 5678')).toBe(true);
    expect(matches('0612345678', '+39 0612345678')).toBe(true);
    // Without that 0, it is another number.
    expect(matches('6 1234 5678', '+39 06 1234 5678')).toBe(false);
  });

  it('finds a number stored with a trunk 0 before its national digits, and one stored without it', () => {
    expect(matches('020 7946 0321', '+44 20 7946 0321')).toBe(true);
    expect(matches('20 7946 0321', '+44 20 7946 0321')).toBe(true);
    expect(matches('01 23 45 67 89', '+33 1 23 45 67 89')).toBe(true);
  });

  it('matches a number stored with its country only to the same country', () => {
    expect(matches('+39 06 1234 5678', '+39 06 1234 5678')).toBe(true);
    expect(matches('+44 20 7946 0321', '+39 020 7946 0321')).toBe(false);
    expect(matches('0044 20 7946 0321', '+44 20 7946 0321')).toBe(true);
  });
});
