import { describe, expect, it } from 'vitest';
import { codiceFiscaleValid, dniValid, nirValid, redact, steuerIdValid } from '../../../src/domain/redact.ts';

// Numbers made up for these tests, each passing its country's check (and one character off, failing it).

describe('redact: Spanish DNI and NIE', () => {
  it('checks the letter against the number mod 23, a NIE\'s X, Y, Z read as 0, 1, 2', () => {
    expect(dniValid('48213756Y')).toBe(true);
    expect(dniValid('48213756X')).toBe(false);
    expect(dniValid('Y4829173S')).toBe(true);
    expect(dniValid('X3071946C')).toBe(true);
    expect(dniValid('Z3071946C')).toBe(false);
  });

  it('replaces a DNI or NIE written whole, with dots and a dash, or spaced', () => {
    const r = redact('Vale, mi DNI es 48213756Y y el de mi socio 48.213.756-Y.');
    expect(r.text).toBe('Vale, mi DNI es [REDACTED ID] y el de mi socio [REDACTED ID].');
    expect(r.counts.es_dni).toBe(2);
    expect(redact('NIE X3071946C, o Y-4829173-S').text).toBe('NIE [REDACTED ID], o [REDACTED ID]');
    expect(redact('apunta 48 213 756 Y por favor').text).toBe('apunta [REDACTED ID] por favor');
  });

  it('replaces one said digit by digit with its letter named', () => {
    expect(redact('es el cuatro ocho dos uno tres siete cinco seis i griega, vale').text).toBe('es el [REDACTED ID], vale');
    expect(redact('mi NIE es equis tres cero siete uno nueve cuatro seis ce').text).toBe('mi NIE es [REDACTED ID]');
  });

  it('leaves a wrong letter, an order number, and a letter that is an ordinary word with no cue', () => {
    for (const text of ['el código 48213756X no vale', 'pedido 48213757 enviado', 'vendimos 48213756 y luego más', 'compramos 12000000 a ese precio']) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe('redact: French NIR', () => {
  it('checks the key, 97 minus the first thirteen digits mod 97, with Corsica\'s 2A and 2B', () => {
    expect(nirValid('291076912345620')).toBe(true);
    expect(nirValid('291076912345621')).toBe(false);
    expect(nirValid('1 78 03 2A 004 211 85')).toBe(true);
    expect(nirValid('391076912345620')).toBe(false); // no such sex digit
  });

  it('replaces one written in its groups, run together, or said as digits', () => {
    const r = redact('mon numéro de sécu est le 2 91 07 69 123 456 20, voilà');
    expect(r.text).toBe('mon numéro de sécu est le [REDACTED ID], voilà');
    expect(r.counts).toMatchObject({ fr_nir: 1, payment_card: 0 });
    expect(redact('NIR 291076912345620').text).toBe('NIR [REDACTED ID]');
    expect(redact('Corse: 1 78 03 2A 004 211 85.').text).toBe('Corse: [REDACTED ID].');
    expect(redact('it is two nine one zero seven six nine one two three four five six two zero').text).toBe('it is [REDACTED ID]');
  });

  it('leaves a wrong key and fifteen-digit numbers that are not one', () => {
    for (const text of ['le 2 91 07 69 123 456 21 ne passe pas', 'référence 291076912345621', 'tracking 512345678901234']) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe('redact: Italian codice fiscale', () => {
  it('checks its shape and check letter, digits replaced by letters after a clash too', () => {
    expect(codiceFiscaleValid('BNCLRA92D45F205D')).toBe(true);
    expect(codiceFiscaleValid('BNCLRA92D45F205E')).toBe(false);
    expect(codiceFiscaleValid('VRDGPP81L10H5MNG')).toBe(true);
  });

  it('replaces one in either case, whole or in its groups', () => {
    const r = redact('Il mio codice fiscale è BNCLRA92D45F205D, grazie.');
    expect(r.text).toBe('Il mio codice fiscale è [REDACTED ID], grazie.');
    expect(r.counts.it_codice_fiscale).toBe(1);
    expect(redact('cf bnclra92d45f205d ok').text).toBe('cf [REDACTED ID] ok');
    expect(redact('scrivo BNC LRA 92D45 F205D adesso').text).toBe('scrivo [REDACTED ID] adesso');
    expect(redact('omocodia VRDGPP81L10H5MNG').text).toBe('omocodia [REDACTED ID]');
  });

  it('leaves a wrong check letter and product codes in its shape', () => {
    for (const text of ['codice BNCLRA92D45F205E', 'il modello ABCDEF12A34B567C è finito']) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe('redact: German Steuer-ID', () => {
  it('checks the leading digit, the digit pattern and the MOD 11,10 check digit', () => {
    expect(steuerIdValid('58139264756')).toBe(true);
    expect(steuerIdValid('58139264757')).toBe(false);
    expect(steuerIdValid('08139264756')).toBe(false);
    expect(steuerIdValid('12345678903')).toBe(false); // every digit once: not a Steuer-ID's pattern
  });

  it('replaces one grouped, run together or said as digits', () => {
    const r = redact('Meine Steuer-ID ist 58 139 264 756, danke.');
    expect(r.text).toBe('Meine Steuer-ID ist [REDACTED ID], danke.');
    expect(r.counts.de_tax_id).toBe(1);
    expect(redact('IdNr 58139264756').text).toBe('IdNr [REDACTED ID]');
    expect(redact('it is five eight one three nine two six four seven five six').text).toBe('it is [REDACTED ID]');
  });

  it('leaves a wrong check digit, a phone number with its country code and eleven-digit numbers of another pattern', () => {
    for (const text of ['Nummer 58139264757', 'call +58139264756', 'order 1 415 555 0143 shipped', 'Kunde 11122233344']) {
      expect(redact(text).text).toBe(text);
    }
  });

  it('leaves a North American number written with its country code (1, then 3-3-4 digits) whose digits would pass', () => {
    for (const digits of ['15704308690', '12563048552', '12549861318']) {
      expect(steuerIdValid(digits), digits).toBe(true);
      for (const text of [`call me at ${digits.replace(/^(\d)(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3-$4')}`, `call me at ${digits.replace(/^(\d)(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3 $4')}`]) {
        expect(redact(text).text).toBe(text);
      }
      // The same digits in a Steuer-ID's own grouping, or run together, are one.
      expect(redact(`IdNr ${digits.replace(/^(\d\d)(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4')}`).counts.de_tax_id, digits).toBe(1);
      expect(redact(`IdNr ${digits}`).counts.de_tax_id, digits).toBe(1);
    }
  });

  it('leaves numbers written in digits as a list, with commas between them, whose digits would pass', () => {
    // The digits of each list below, run together, pass the id's check.
    expect(steuerIdValid('12003450980')).toBe(true);
    expect(nirValid('291076912345620')).toBe(true);
    for (const text of ['The three tiers cost 1200, 3450, 980.', 'Seats: 5813; 9264; 756.', 'quantities 2910, 7691, 2345, 620 this quarter']) {
      expect(redact(text).text).toBe(text);
    }
    // Said as words, a transcriber's commas stay inside the number.
    expect(redact('it is five eight one, three nine two, six four seven, five six').text).toBe('it is [REDACTED ID]');
  });
});
