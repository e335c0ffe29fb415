import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, luhnValid, redact, redactionList, ibanValid, ssnValid } from '../../../src/domain/redact.ts';
import { callInWorker } from '../../helpers/in-worker.ts';

// Well-known test card numbers (never real accounts).
const VISA = '4111111111111111';
const AMEX = '378282246310005';

describe('luhnValid', () => {
  it('accepts test cards and rejects one wrong digit', () => {
    expect(luhnValid(VISA)).toBe(true);
    expect(luhnValid(AMEX)).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('abc')).toBe(false);
  });
});

describe('redact: card numbers written as digits', () => {
  it('replaces spaced, dashed and plain card numbers', () => {
    expect(redact('My card is 4111 1111 1111 1111, expiry 12/27.')).toEqual({
      text: 'My card is [REDACTED CARD], expiry 12/27.',
      counts: { ...emptyCounts(), payment_card: 1 },
    });
    expect(redact('Use 4111-1111-1111-1111 please').text).toBe('Use [REDACTED CARD] please');
    expect(redact(`amex ${AMEX} ok`).text).toBe('amex [REDACTED CARD] ok');
  });

  it('counts each card', () => {
    const r = redact(`first ${VISA} and second 4111 1111 1111 1111`);
    expect(r.counts.payment_card).toBe(2);
    expect(r.text).toBe('first [REDACTED CARD] and second [REDACTED CARD]');
  });

  it('leaves numbers that fail Luhn or are too short', () => {
    const text = 'Order 4111111111111112, phone +44 20 7946 0321, 250 seats at $40, 1,000,000 rows in 2026.';
    expect(redact(text)).toEqual({ text, counts: emptyCounts() });
  });

  it('finds a card inside a longer run of digits', () => {
    expect(redact('ref 12 4111 1111 1111 1111').text).toBe('ref 12 [REDACTED CARD]');
  });
});

describe('redact: card numbers spoken as words', () => {
  it('replaces digit words that pass Luhn', () => {
    const spoken = 'four one one one one one one one one one one one one one one one';
    expect(redact(`sure it is ${spoken} and the code is one two three`)).toEqual({
      text: 'sure it is [REDACTED CARD] and the code is one two three',
      counts: { ...emptyCounts(), payment_card: 1 },
    });
  });

  it('understands "oh" for zero, "double", commas and mixed digits', () => {
    // 3782 8224 6310 005, read with "oh" and "double".
    const amex = 'three seven eight two, eight two two four, six three one oh, oh oh five';
    expect(redact(`the amex is ${amex}.`).text).toBe('the amex is [REDACTED CARD].');
    expect(redact('four one one one double one one one 1111 one one one one').text).toBe('[REDACTED CARD]');
  });

  it('after a card cue, ends a card on a digit heard as a word ("oh", "to", "for")', () => {
    // 6011 0009 9013 9424 and 5105 1051 0510 5100, their last digits written as speech recognition hears them.
    expect(redact('card is six oh one one oh oh oh nine nine oh one three nine four two for').text).toBe('card is [REDACTED CARD]');
    expect(redact('the card is five one oh five one oh five one oh five one oh five one oh oh').text).toBe('the card is [REDACTED CARD]');
  });

  it('after a card cue, starts a card on its first digit heard as a word (a Visa\'s 4 as "for"); without one, never', () => {
    // 4111 1111 1111 1111 and 2223 0031 2200 3222, their first digits written as speech recognition hears them.
    expect(redact('my visa is for one one one one one one one one one one one one one one one').text).toBe('my visa is [REDACTED CARD]');
    expect(redact('the card number is to two two three, oh oh three one, two two oh oh, three two two two').text).toBe('the card number is [REDACTED CARD]');
    expect(redact('I called for one one one one one one one one one one one one one one one').counts.payment_card).toBe(0);
  });

  it('after "number is", does not start a card on a weak word no card starts with (an international prefix\'s "oh oh")', () => {
    // A 12-digit international number after the 00 prefix: the 14 digits with the prefix pass the Luhn check.
    const phone = 'my number is oh oh four four seven nine one one one two three four five six';
    expect(redact(phone).counts.payment_card).toBe(0);
    expect(redact('the digits are oh oh four four, seven nine one one, one two three four five six').counts.payment_card).toBe(0);
  });

  it('does not start a card on a filler "oh"', () => {
    expect(redact('oh four one one one one one one one one one one one one one one one').text).toBe('oh [REDACTED CARD]');
  });

  it('after a card cue, reads a card said in pairs of digits ("forty one eleven …", "forty-one"); without one, or as lists and years, never', () => {
    // 4111 1111 1111 1111 and 5555 5555 5555 4444, read two digits at a time.
    expect(redact('my card number is forty one eleven, eleven eleven, eleven eleven, eleven eleven').text).toBe('my card number is [REDACTED CARD]');
    expect(redact('the visa is fifty-five fifty-five fifty-five fifty-five fifty-five fifty-five forty-four forty-four, thanks').text).toBe('the visa is [REDACTED CARD], thanks');
    for (const text of [
      'forty one eleven, eleven eleven, eleven eleven, eleven eleven',
      'the card fees are forty five, fifty, sixty, seventy five, eighty, ninety, ninety five dollars',
      'in twenty twenty four we bought forty one licences, eleven more in twenty twenty five',
    ]) expect(redact(text).text).toBe(text);
  });

  it('leaves spoken digits that fail Luhn, and ordinary words', () => {
    const text = 'five five five five five five five five five five five five five five five five';
    expect(redact(text).text).toBe(text);
    expect(redact('I have one question for you, two really.').text).toBe('I have one question for you, two really.');
  });
});

describe('redact: national ids', () => {
  it('replaces US SSN-shaped numbers', () => {
    expect(redact('my SSN is 123-45-6789.')).toEqual({ text: 'my SSN is [REDACTED ID].', counts: { ...emptyCounts(), us_ssn: 1 } });
    expect(redact('call 555-123-4567').text).toBe('call 555-123-4567');
  });
});

describe('redaction counts', () => {
  it('adds counts and lists only kinds seen', () => {
    const total = addCounts(emptyCounts(), redact(`card ${VISA}`).counts);
    addCounts(total, redact('id 123-45-6789 and card 4111 1111 1111 1111').counts);
    expect(total).toEqual({ ...emptyCounts(), payment_card: 2, us_ssn: 1 });
    expect(redactionList(total)).toEqual([
      { kind: 'payment_card', count: 2 },
      { kind: 'us_ssn', count: 1 },
    ]);
    expect(redactionList(emptyCounts())).toEqual([]);
  });
});

describe('redact: card numbers spoken in Spanish', () => {
  it('replaces Spanish digit words that pass Luhn, with "doble"', () => {
    // The Mastercard test number 5105 1051 0510 5100.
    const spoken = 'cinco uno cero cinco, uno cero cinco uno, cero cinco uno cero, cinco uno cero cero';
    expect(luhnValid('5105105105105100')).toBe(true);
    expect(redact(`La tarjeta es ${spoken}, gracias.`)).toEqual({
      text: 'La tarjeta es [REDACTED CARD], gracias.',
      counts: { ...emptyCounts(), payment_card: 1 },
    });
    expect(redact('es cuatro doble uno uno, uno uno uno uno, uno uno uno uno, uno uno uno uno').text).toBe('es [REDACTED CARD]');
  });

  it('leaves ordinary Spanish numbers alone', () => {
    const text = 'Somos dos o tres personas, con cinco almacenes y veinte usuarios.';
    expect(redact(text).text).toBe(text);
  });
});

describe('redact: national ids and, when asked, contact details', () => {
  it('redacts UK National Insurance numbers', () => {
    expect(redact('My NI number is AB 12 34 56 C, thanks.').text).toBe('My NI number is [REDACTED ID], thanks.');
  });

  it('leaves e-mails and phone numbers alone unless contacts are to be redacted', () => {
    const text = 'Mail me at elena.novak@brightline.example or call +44 20 7946 0321; the order is 12345.';
    expect(redact(text).text).toBe(text);
    const r = redact(text, { contacts: true });
    expect(r.text).toBe('Mail me at [REDACTED EMAIL] or call [REDACTED PHONE]; the order is 12345.');
    expect(r.counts).toMatchObject({ email: 1, phone: 1 });
    expect(redact('We need 200 seats by 2026-11-30.', { contacts: true }).text).toBe('We need 200 seats by 2026-11-30.');
  });
});

describe('redact: card numbers however the groups are separated', () => {
  it('joins groups separated by commas, dots, several spaces or a slash', () => {
    expect(redact('Charge 4111, 1111, 1111, 1111 for the pilot.').text).toBe('Charge [REDACTED CARD] for the pilot.');
    expect(redact('the card reads 4111.1111.1111.1111 on the front').text).toBe('the card reads [REDACTED CARD] on the front');
    expect(redact('number 4111   1111  1111 1111 ok').text).toBe('number [REDACTED CARD] ok');
    expect(redact(`Amex 3782, 822463, 10005 please`).text).toBe('Amex [REDACTED CARD] please');
  });

  it('reads full-width digits and keeps the rest of the text as written', () => {
    const r = redact('ｃａｒｄ ４１１１ １１１１ １１１１ １１１１ — ｔｈａｎｋｓ');
    expect(r.text).toBe('ｃａｒｄ [REDACTED CARD] — ｔｈａｎｋｓ');
    expect(r.counts.payment_card).toBe(1);
  });

  it('skips hesitations inside a spoken card number', () => {
    const spoken = 'four one one one, um, one one one one, uh, one one one one, er one one one one';
    expect(redact(`So it's ${spoken}, got it?`).text).toBe("So it's [REDACTED CARD], got it?");
    expect(redact('four one one one, 1111, erm, one one one one 1111').text).toBe('[REDACTED CARD]');
  });

  it('after a card cue, reads numerals in any grouping as a card', () => {
    expect(redact('card 4111 1111, 11111111').text).toBe('card [REDACTED CARD]');
    expect(redact('the visa is 4222,2222,22222 thanks').text).toBe('the visa is [REDACTED CARD] thanks');
  });

  it('leaves lists of four-digit quantities or three-digit prices that happen to pass the Luhn check', () => {
    for (const text of ['Seats per quarter were 1200, 1500, 1800, 2450 last year.', 'Prices were 217, 861, 325, 849, 515 dollars.', 'Runs of 4000, 4500, 5200, 6100 a week.']) {
      expect(redact(text).text, text).toBe(text);
    }
    expect(luhnValid('1200150018002450')).toBe(true);
  });

  it('leaves prices, quantities, dates, years, times and percentages alone', () => {
    const text = 'We pay 1,500, 2,400, 3,900 and 7,200 a month for 50 seats, 25% off from 2026-03-01 at 3:30, '
      + 'budgets for 2023, 2024, 2025, 2026 and fifty thousand, 1,000,000,000,000 rows.';
    expect(redact(text)).toEqual({ text, counts: emptyCounts() });
    expect(redact(text, { contacts: true }).text).toBe(text);
  });

  it('finds a 13- or 14-digit card printed in fours, its last group short', () => {
    // Published test numbers: a 13-digit Visa and a 14-digit Diners Club.
    expect(redact('the card is 4222 2222 2222 2, thanks').text).toBe('the card is [REDACTED CARD], thanks');
    expect(redact('it is 3056-9309-0259-04').text).toBe('it is [REDACTED CARD]');
  });

  it('does not join a phone number and a quantity into a card', () => {
    // The numeric rule would otherwise see 15 digits here; two-digit groups are not card groups.
    const text = 'Call +44 20 7946 0321, 250 seats.';
    expect(redact(text).text).toBe(text);
  });
});

describe('redact: US social security numbers', () => {
  it('replaces the 3-2-4 shape with dashes, spaces or dots', () => {
    for (const ssn of ['219-09-9999', '219 09 9999', '219.09.9999']) {
      expect(redact(`Her SSN, ${ssn}, is on file.`)).toEqual({ text: 'Her SSN, [REDACTED ID], is on file.', counts: { ...emptyCounts(), us_ssn: 1 } });
    }
  });

  it('replaces nine digits, written or spoken, only right after an SSN cue', () => {
    expect(redact('my social is 219099999, thanks').text).toBe('my social is [REDACTED ID], thanks');
    expect(redact('Social security number: two one nine, oh nine, nine nine nine nine.').text).toBe('Social security number: [REDACTED ID].');
    // A bare nine-digit run is ambiguous (routing number, order id, amount): left alone without a cue.
    expect(redact('PO 219099999 ships Friday').text).toBe('PO 219099999 ships Friday');
  });

  it('leaves numbers the SSA never issues, mixed separators and dates', () => {
    const text = 'ids 000-12-3456, 666-12-3456, 912-34-5678, 219-00-9999, 219-09-0000, 219-09.9999 and 2026-11-30';
    expect(redact(text).text).toBe(text);
    expect(ssnValid('219099999')).toBe(true);
  });
});

describe('redact: UK National Insurance numbers', () => {
  it('replaces them in lower case, run together or with extra spaces', () => {
    expect(redact('NI number ab 12 34 56 c').text).toBe('NI number [REDACTED ID]');
    expect(redact('it is JG123456A.').text).toBe('it is [REDACTED ID].');
    expect(redact('ni: qq  12  34  56  d ok').text).toBe('ni: [REDACTED ID] ok');
    expect(redact('NI number ab 12 34 56 c').counts.uk_nino).toBe(1);
  });

  it('after a cue, replaces one read out: letters one by one, digits as words, numerals or "double oh"', () => {
    expect(redact('my national insurance number is Q Q one two three four five six C').text).toBe('my national insurance number is [REDACTED ID]');
    expect(redact('my NI number is q q, 12, 34, 56, c thanks').text).toBe('my NI number is [REDACTED ID] thanks');
    expect(redact('national insurance: J G double oh four, one two nine, A.').text).toBe('national insurance: [REDACTED ID].');
    // A prefix HMRC never issues, no cue, or letters that are not a number's: left alone.
    for (const text of ['my national insurance number is D Q one two three four five six C', 'I have a b one two three four five six c', 'the national insurance rate is a b c d']) {
      expect(redact(text).text).toBe(text);
    }
  });

  it('leaves prefixes HMRC never issues and ordinary words', () => {
    const text = 'GB 12 34 56 A, DA 12 34 56 B, be at 12 sharp, about 34 56 day';
    expect(redact(text).text).toBe(text);
  });
});

describe('redact: IBANs', () => {
  it('replaces IBANs that pass the mod-97 check, grouped or not, in either case', () => {
    expect(redact('Wire it to GB82 WEST 1234 5698 7654 32 and tell me.')).toEqual({
      text: 'Wire it to [REDACTED IBAN] and tell me.',
      counts: { ...emptyCounts(), iban: 1 },
    });
    expect(redact('iban: de89370400440532013000.').text).toBe('iban: [REDACTED IBAN].');
    expect(redact('Konto NL91-ABNA-0417-1643-00, danke').text).toBe('Konto [REDACTED IBAN], danke');
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  });

  it('replaces an IBAN read out: letters one by one, digits as words, "oh" and "double"', () => {
    const r = redact('my IBAN is G B eight two W E S T one two three four five six nine eight seven six five four three two');
    expect(r.text).toBe('my IBAN is [REDACTED IBAN]');
    expect(r.counts.iban).toBe(1);
    expect(redact('iban: D E eight nine, three seven oh four, oh oh four four, oh five three two, oh one three oh, double oh.').text).toBe('iban: [REDACTED IBAN].');
    // One character wrong fails the check: not an IBAN.
    expect(redact('G B eight two W E S T one two three four five six nine eight seven six five four three three').counts.iban).toBe(0);
  });

  it('leaves a wrong check digit, unknown countries and words after a country code', () => {
    const text = 'GB83 WEST 1234 5698 7654 32, US12 3456 7890 1234 5678 90, meet at 12 in the lobby at 10 tomorrow thanks';
    expect(redact(text).text).toBe(text);
  });
});

describe('redact: spoken e-mails and phones, when contacts are to be redacted', () => {
  const contacts = { contacts: true };

  it('replaces addresses read out with "at" and "dot", or bracketed', () => {
    const r = redact('Send it to marta dot quinn at harbor dash labs dot co dot uk, thanks.', contacts);
    expect(r.text).toBe('Send it to [REDACTED EMAIL], thanks.');
    expect(r.counts.email).toBe(1);
    expect(redact('write to m_quinn(at)harborlabs(dot)io today', contacts).text).toBe('write to [REDACTED EMAIL] today');
    expect(redact('it is marta.quinn at harborlabs.io', contacts).text).toBe('it is [REDACTED EMAIL]');
    expect(redact('marta at harborlabs dot io', contacts).text).toBe('[REDACTED EMAIL]');
    expect(redact('marta dot quinn at harborlabs dot io').text).toBe('marta dot quinn at harborlabs dot io');
  });

  it('leaves places, websites and version numbers that only look like addresses', () => {
    const text = "We met at harborlabs.io, you can find us at harborlabs dot io, we're looking at two dot five.";
    expect(redact(text, contacts).text).toBe(text);
  });

  it('replaces the whole of an address spelled out letter by letter, and the domain of one said after "me at"', () => {
    expect(redact('my email is j a n e dot d o e at acme dot com', contacts).text).toBe('my email is [REDACTED EMAIL]');
    expect(redact('and my email is r o s a at juniper dot example dot com.', contacts).text).toBe('and my email is [REDACTED EMAIL].');
    expect(redact('email me at jane dot doe at acme dot com', contacts).text).toBe('email me at [REDACTED EMAIL]');
  });

  it('finds the address after a pronoun that is not one', () => {
    expect(redact('reach me at marta dot quinn at harborlabs dot io', contacts).text).toBe('reach me at [REDACTED EMAIL]');
  });

  it('replaces phone numbers said as digit words, with "oh" and "double"', () => {
    const r = redact('Call me at six one seven, double five five, oh one nine two tomorrow.', contacts);
    expect(r.text).toBe('Call me at [REDACTED PHONE] tomorrow.');
    expect(r.counts.phone).toBe(1);
    expect(redact('plus four four, seven seven zero zero, nine double zero one two three', contacts).text).toBe('[REDACTED PHONE]');
  });

  it('replaces a national number said from its trunk "oh" ("oh two oh seven …"), and still no card starts on a filler "oh"', () => {
    expect(redact('my number is oh two oh seven nine four six oh three two one', contacts).text).toBe('my number is [REDACTED PHONE]');
    expect(redact('it is oh seven seven oh oh, nine double oh, one two three', contacts).text).toBe('it is [REDACTED PHONE]');
    expect(redact('oh four one one one one one one one one one one one one one one one', contacts).text).toBe('oh [REDACTED CARD]');
  });

  it('replaces phone numbers said partly in pairs of digits, and leaves lists said in tens', () => {
    expect(redact('my number is four fifteen, five five five, oh one four three', contacts).text).toBe('my number is [REDACTED PHONE]');
    const list = 'we will have twenty, thirty, forty, fifty, sixty, seventy and eighty seats';
    expect(redact(list, contacts).text).toBe(list);
  });

  it('leaves times, prices and counts said partly in pairs, which no phone number is grouped like', () => {
    // Each was left alone before numbers said in pairs were read: a ten or a teen word ended the run.
    for (const text of [
      'we could do one thirty, two forty five, three fifteen, four twenty',
      'prices: nine ninety nine, four ninety five, two fifty, seven',
      'i need two, three, four, five, six, seven, eight, nine, ten, eleven',
    ]) expect(redact(text, contacts).text).toBe(text);
    // A phone said digit by digit is one still when a number said in pairs follows it.
    expect(redact('it is six one seven, five five five, oh one nine two, twenty past is fine', contacts).text).toBe('it is [REDACTED PHONE], twenty past is fine');
    // And one said in pairs with no pause a transcriber marks.
    expect(redact('my number is six seventeen five fifty five oh one ninety two', contacts).text).toBe('my number is [REDACTED PHONE]');
    expect(redact('it is six seventeen, five fifty five, oh one ninety two', contacts).text).toBe('it is [REDACTED PHONE]');
  });

  it('replaces phone numbers written in comma groups or with hesitations', () => {
    expect(redact('my cell is 617, 555, 0192.', contacts).text).toBe('my cell is [REDACTED PHONE].');
    expect(redact('it is 1, 617, um, 555, 0192', contacts).text).toBe('it is [REDACTED PHONE]');
    expect(redact('dial 020, 7946, 0018 after six', contacts).text).toBe('dial [REDACTED PHONE] after six');
    expect(redact('my cell is 617, 555, 0192.').text).toBe('my cell is 617, 555, 0192.');
  });

  it('leaves lists of quantities, prices and counted words', () => {
    const text = 'Tiers at 250, 300, 1200 seats, $199, $249, $1,299 a month, 4,500, 5,000, 12,000 users, '
      + 'one or two seats for three, four people, 10, 20, 50 and 100 licences, and per region 310, 420, 1675 units.';
    expect(redact(text, contacts).text).toBe(text);
  });

  it('still replaces phones in comma groups with no cue, and mailboxes named like pages after an e-mail cue', () => {
    expect(redact("It's 617, 555, 2670.", contacts).text).toBe("It's [REDACTED PHONE].");
    expect(redact('+1 617, 555, 2675 works', contacts).text).toBe('[REDACTED PHONE] works');
    expect(redact('my email is info at harborlabs dot io', contacts).text).toBe('my email is [REDACTED EMAIL]');
    expect(redact('send it to pricing at harborlabs dot io', contacts).text).toBe('send it to [REDACTED EMAIL]');
  });

  it('leaves a page or a workplace said with "at" and a spoken domain', () => {
    const text = 'See the pricing at harborlabs dot io; I work at northwind dot com these days.';
    expect(redact(text, contacts).text).toBe(text);
  });
});

describe('redact: words that are not digits', () => {
  it('reads only its own digit words, not names every object has', () => {
    const text = 'The constructor said toString and valueOf, four times.';
    expect(redact(text, { contacts: true }).text).toBe(text);
  });
});

describe("redact: a program's message (machineText)", () => {
  const when = Date.UTC(2026, 11, 5, 3, 27, 5, 123);

  it('reads Unix times, date-times and sizes with their unit as phone numbers everywhere else: a transcript or a note may say a number that way', () => {
    expect(redact(`${when}, 2026-12-05 03:27:05 and 1234567890 bytes`, { contacts: true }).text).toBe('[REDACTED PHONE], [REDACTED PHONE]:27:05 and [REDACTED PHONE] bytes');
  });

  it('leaves them alone in a program message, and still counts the phone, card and e-mail next to them', () => {
    const { text, counts } = redact(`at 2026-12-05 03:27:05 (${when}) 1234567890 bytes went to +1 415 555 0143, jane@example.com, card 4111 1111 1111 1111`, { contacts: true, machineText: true });
    expect(text).toBe(`at 2026-12-05 03:27:05 (${when}) 1234567890 bytes went to [REDACTED PHONE], [REDACTED EMAIL], card [REDACTED CARD]`);
    expect(counts).toMatchObject({ phone: 1, email: 1, payment_card: 1 });
  });

  it('does not read a Luhn-valid run inside an identifier, or a Unix time in milliseconds that passes Luhn, as a card', () => {
    const luhnEpoch = Array.from({ length: 10 }, (_, k) => String(when + k)).find((n) => luhnValid(n))!;
    expect(redact(`etag a4111111111111111f at ${luhnEpoch}`, { machineText: true }).text).toBe(`etag a4111111111111111f at ${luhnEpoch}`);
    expect(redact(`at ${luhnEpoch}`).text).toBe('at [REDACTED CARD]');
  });

  it('still redacts national ids and IBANs written in a program message', () => {
    expect(redact('refused QQ 12 34 56 C, GB82 WEST 1234 5698 7654 32 and 123-45-6789 at 2026-12-05T03:27:05Z', { machineText: true }).text).toBe(
      'refused [REDACTED ID], [REDACTED IBAN] and [REDACTED ID] at 2026-12-05T03:27:05Z',
    );
  });
});

describe('redact: contacts in a long text of the speaker\'s making', () => {
  // A provided transcript may hold 2 MiB of one turn: finding addresses in it takes time in proportion to its length.
  it('finds the address after a long run of dotted words without an @, in one pass', async () => {
    const text = `${'a.'.repeat(1_000_000)} write to me at jo.doe@example.com`;
    const out = await callInWorker<ReturnType<typeof redact>>(new URL('../../../src/domain/redact.ts', import.meta.url), 'redact', text, { contacts: true });
    expect(out.text.endsWith(' write to me at [REDACTED EMAIL]')).toBe(true);
    expect(out.counts.email).toBe(1);
  });
});
