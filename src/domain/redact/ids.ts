/** National ids and bank accounts: US social security numbers, UK National Insurance numbers, IBANs. */

import { DIGIT_WORDS, numberRuns, type Run, type Span } from './number-runs.ts';

/**
 * A National Insurance number: two prefix letters (never D, F, I, U or V, the second never O; Q is allowed
 * because HMRC's own specimen "QQ 12 34 56 C" is what people read out when testing), six digits, a suffix A–D,
 * in either case, with any spaces or dashes between the pairs.
 */
export const UK_NINO = /\b(?!(?:BG|GB|KN|NK|NT|TN|ZZ)[\s\d-])[A-CEGHJ-TW-Z][A-CEGHJ-NPQR-TW-Z](?:[ \t-]*\d{2}){3}[ \t-]*[A-D]\b/gi;
/** An SSN in its 3-2-4 shape, the same separator twice, not part of a longer number, a date or a decimal. */
export const US_SSN = /(?<![\w.,/-])(\d{3})([-. ])(\d{2})\2(\d{4})(?![\w/-]|[.,]\d)/g;
/**
 * IBAN lengths by country (ISO 13616 registry). Knowing the length is what lets an IBAN said with spaces be
 * told from the words after it, and a country code that has no IBANs ("US", "CA") never starts one.
 */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** The ISO 13616 check: the first four characters moved to the end, letters as 10–35, the number mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) || IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  let rest = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const value = parseInt(ch, 36);
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** IBANs: from each country code and check digits, as many letters and digits as the country's IBAN has. */
export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])([a-z]{2})[ -]?\d{2}/giu)) {
    const length = IBAN_LENGTHS[m[1]!.toUpperCase()];
    if (!length) continue;
    const body = new RegExp(`^(?:[ -]?[a-z0-9]){${length - 4}}(?![a-z0-9])`, 'i').exec(text.slice(m.index + m[0].length));
    // Account numbers are mostly digits; letters-only text after "at 12" or "no 20" is words, not an IBAN.
    const digits = body?.[0].replace(/\D/g, '').length ?? 0;
    if (!body || digits * 2 < length - 4 || !ibanValid(m[0] + body[0])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length + body[0].length });
  }
  return spans;
}

/**
 * IBANs read out: letters said one by one ("G B"), digits as numerals or digit words ("eight two", "oh", "double
 * five"), in any grouping, from a country code that has IBANs to as many characters as that country's IBAN has, and
 * passing the mod-97 check (which leaves nothing else to chance).
 */
export function spokenIbans(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = [...text.matchAll(/\p{L}+|\d+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }));
  /** What a token says in an IBAN: a letter, digits, a repeat ("double"); null when it cannot be part of one. */
  const said = (word: string): string | null => {
    if (/^\d+$/.test(word)) return word;
    if (word === 'oh') return '0';
    if (DIGIT_WORDS.has(word)) return DIGIT_WORDS.get(word)!;
    return /^[a-z]$/.test(word) ? word.toUpperCase() : null;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const country = `${tokens[i]!.word}${tokens[i + 1]!.word}`.toUpperCase();
    const length = /^[a-z]$/.test(tokens[i]!.word) && /^[a-z]$/.test(tokens[i + 1]!.word) ? IBAN_LENGTHS[country] : undefined;
    if (!length || /[\p{L}\d]/u.test(text[tokens[i]!.start - 1] ?? '')) continue;
    let compact = country;
    let repeat = 1;
    let j = i + 2;
    for (; j < tokens.length && compact.length < length; j++) {
      if (!/^[\s,.;:-]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const word = tokens[j]!.word;
      if (word === 'double' || word === 'triple') {
        repeat = word === 'double' ? 2 : 3;
        continue;
      }
      const part = said(word);
      if (part === null) break;
      compact += part.repeat(repeat);
      repeat = 1;
    }
    if (compact.length !== length || !ibanValid(compact)) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end });
    i = j - 1;
  }
  return spans;
}

/** Words that announce an SSN said as nine digits in a row. */
const SSN_CUE = /\b(?:ssn|social(?:\s+security)?(?:\s+(?:number|no))?)\b(?:\s+(?:is|was|it's|that's|number))*[\s,:#.-]*$/i;

/** Whether nine digits can be an SSN: the SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
export function ssnValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && !/^(?:000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** Nine digits, written or spoken, right after an SSN cue: "my social is one two three …". */
export function cuedSsns(text: string, runs: Run[]): Span[] {
  const spans: Span[] = [];
  for (const { pieces } of runs) {
    const digits = pieces.map((p) => p.digits).join('');
    const first = pieces[0]!;
    const last = pieces.at(-1)!;
    if (!ssnValid(digits) || first.weak || last.weak) continue;
    if (SSN_CUE.test(text.slice(Math.max(0, first.start - 60), first.start))) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

/** Words that announce a National Insurance number. */
const NINO_CUE = /\b(?:national\s+insurance|n\.?\s?i\.?(?:\s+number|\s+no)|nino|insurance\s+number)\b[^.?!]{0,40}$/i;

/**
 * A National Insurance number read out after a cue ("my national insurance number is Q Q one two three four five six
 * C", "QQ, 12, 34, 56, C"): its letters said one by one, its digits as digits or digit words; the same check as
 * `UK_NINO` once put together. Without a cue, letters and digits said one by one are too often something else.
 */
export function spokenNinos(text: string): Span[] {
  const spans: Span[] = [];
  const said = /(?<![\p{L}\d])([a-z])(?:[\s.,-]+)?([a-z])(?![\p{L}\d])[\s.,:-]+((?:[\p{L}\d]+[\s.,-]+){1,12}?)([a-d])(?![\p{L}\d])/giu;
  for (let m = said.exec(text); m; m = said.exec(text)) {
    const runs = numberRuns(m[3]!);
    const pieces = runs.length === 1 ? runs[0]!.pieces : [];
    // The words between the letters are the number and nothing else ("double" may come before its first digit).
    const whole = pieces.length > 0 && /^(?:(?:double|triple)\s+)?$/i.test(m[3]!.slice(0, pieces[0]!.start)) && pieces.at(-1)!.end >= m[3]!.replace(/[\s.,-]+$/, '').length;
    const compact = whole ? `${m[1]}${m[2]}${pieces.map((p) => p.digits).join('')}${m[4]}` : '';
    const nino = /^[a-z]{2}\d{6}[a-d]$/i.test(compact) && new RegExp(UK_NINO.source, 'i').test(compact);
    if (nino && NINO_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
    // Not one: the next may start at a later word of this match.
    else said.lastIndex = m.index + 1;
  }
  return spans;
}
