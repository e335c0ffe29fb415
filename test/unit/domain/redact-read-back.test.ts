import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/domain/redact.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A card number in the groups its network prints: 4-6-4 (14 digits), 4-6-5 (15), else fours. */
const grouped = (card: string) => (card.length < 16 ? `${card.slice(0, 4)} ${card.slice(4, 10)} ${card.slice(10)}` : card.replace(/(\d{4})(?=\d)/g, '$1 '));
const spoken = (digits: string) => [...digits].map((d) => WORDS[Number(d)]).join(' ');
/** Ten-digit phone numbers of a regular make, the area code and line varying. */
const phones = Array.from({ length: 60 }, (_, i) => `${310 + i * 7}555${String(1000 + i * 131).slice(-4)}`);
/** Published test card numbers of the networks (none is a real account). */
const CARDS = ['4111111111111111', '4012888888881881', '378282246310005', '371449635398431', '5555555555554444', '5105105105105100', '6011111111111117', '6011000990139424', '30569309025904', '3530111333300000'];

describe('a number said again straight after itself', () => {
  it('is not a card when a phone number is read back, in words, after a pause or none', () => {
    for (const phone of phones) {
      for (const between of ['. ', ', ', ' ', ', uh, ']) {
        const text = `sure, my number is ${spoken(phone)}${between}${spoken(phone)}`;
        expect(redact(text).counts.payment_card, text).toBe(0);
      }
    }
  });

  it('is a phone number read back three times, not a card', () => {
    const text = `it's ${spoken(phones[3]!)}, ${spoken(phones[3]!)}, ${spoken(phones[3]!)}`;
    expect(redact(text).counts.payment_card).toBe(0);
  });

  it('still finds each card said once, in words or digits, and each saying of a card read back', () => {
    for (const card of CARDS) {
      expect(redact(`the card is ${spoken(card)}`).counts.payment_card, card).toBe(1);
      expect(redact(`the card is ${grouped(card)}`).counts.payment_card, card).toBe(1);
      const twice = redact(`the card is ${spoken(card)}. yes, ${spoken(card)}`);
      expect(twice.counts.payment_card, card).toBe(2);
      expect(twice.text).not.toMatch(/\b(?:one|two|three|four|five|six|seven|eight|nine|zero)\b/);
    }
  });

  it('finds a card whose two halves are the same number, alone, read back, or followed by its last half', () => {
    // Visa's published test number: eight digits said twice.
    const card = '4242424242424242';
    for (const text of [`the card is ${grouped(card)}`, `the card is ${spoken(card)}`, `visa, ${spoken(card.slice(0, 8))}, ${spoken(card.slice(8))}`, `it's ${grouped(card)}`]) {
      expect(redact(text).counts.payment_card, text).toBe(1);
      expect(redact(text).text, text).not.toMatch(/4242|\b(?:two|four)\b/);
    }
    const again = redact(`the card is ${spoken(card)}. yes, ${spoken(card)}`);
    expect(again.counts.payment_card).toBe(2);
    // Read back in words before the saying that names it, or after "cc": the same card, so redacted too.
    for (const text of [`it's ${spoken(card)}. that's the card, ${grouped(card)}`, `cc ${spoken(card)}`, `cc ${card.slice(0, 4)} ${card.slice(4, 8)}, ${card.slice(8, 12)} ${card.slice(12)}`]) {
      expect(redact(text).text, text).not.toMatch(/4242|\b(?:two|four)\b/);
    }
    const lastHalf = redact(`the card is ${grouped(card)}, ${card.slice(8, 12)} ${card.slice(12)}`);
    expect(lastHalf.text).toBe('the card is [REDACTED CARD], 4242 4242');
  });

  it('finds an equal-halves card printed with dots or dashes between all its groups, and not a number read back after a comma', () => {
    for (const text of ["it's 4242.4242.4242.4242", 'it is 4242-4242-4242-4242', 'it is 4242 4242 4242 4242']) {
      expect(redact(text).counts.payment_card, text).toBe(1);
    }
    expect(redact('my number is 4242 4242, 4242 4242').counts.payment_card).toBe(0);
  });

  it('finds an equal-halves card printed with a space or dash at the joint whatever stands between its other groups', () => {
    for (const text of ['it is 4242 4242 4242 - 4242', 'it is 4242-4242 4242-4242', 'it is 4242.4242 4242.4242']) {
      expect(redact(text).counts.payment_card, text).toBe(1);
    }
  });

  it('reads an eight-digit number said twice with a pause between, and no card named, as a number read back', () => {
    // The same digits as a card whose halves are equal: with no card named and a pause at the joint, a local phone
    // or order number read back is by far the likelier, and two sayings of one pass the Luhn check one time in ten.
    const half = '42424242';
    for (const text of [`it's ${spoken(half)}, ${spoken(half)}`, `my number is ${half.slice(0, 4)} ${half.slice(4)}, ${half.slice(0, 4)} ${half.slice(4)}`]) {
      expect(redact(text).counts.payment_card, text).toBe(0);
    }
  });

  it('reads a seven- or nine-digit number said twice, run together, as a number read back', () => {
    // Not in a card's printed groups. Each of these, said twice, passes the Luhn check, so only its groups keep it
    // from being a card (a number that fails the check is kept anyway, and tests nothing here).
    for (const text of ['call 555 0103 555 0103', 'the order is 212 555 039 212 555 039', 'call 555-0103 555-0103']) expect(redact(text).counts.payment_card, text).toBe(0);
  });
});
