/**
 * Redaction of personal data in text that leaves the process (insights, LLM prompts, CRM notes).
 *
 * - Payment cards: 13–19 digits that pass the Luhn check, written as digits in groups of three or more
 *   joined by any separator a person or transcriber uses ("4111 1111 1111 1111", "4111, 1111, …",
 *   "4111.1111.…", full-width digits) or spoken as digit words, as speech recognition writes them
 *   ("four one one one …", "oh" for zero, "double five", hesitations like "um" in between; in Spanish
 *   "cuatro uno uno uno …", "doble cinco"). Replaced by `[REDACTED CARD]`.
 * - National ids, replaced by `[REDACTED ID]`: US social security numbers in their 3-2-4 shape with
 *   one separator (`123-45-6789`, `123 45 6789`, `123.45.6789`), and nine digits, written or spoken,
 *   right after "SSN" / "social security" / "social"; UK National Insurance numbers in either case,
 *   spaced or not (`QQ 12 34 56 C`, `qq123456c`). Nine bare digits alone are not an SSN: a routing
 *   number, an order id or an amount looks the same. Numbers the SSA never issues (area 000, 666 or
 *   9xx, group 00, serial 0000) are not SSNs either.
 * - Bank accounts as IBANs: a country code, two check digits and the country's length of letters and
 *   digits, in either case, grouped by spaces or dashes or not (`GB82 WEST 1234 5698 7654 32`), that
 *   pass the ISO 13616 mod-97 check. Replaced by `[REDACTED IBAN]`.
 * - Optionally (`contacts: true`, REDACT_CONTACTS=true), replaced by `[REDACTED EMAIL]` /
 *   `[REDACTED PHONE]`: e-mail addresses, written or spoken ("jane dot doe at acme dot com",
 *   "jane.doe(at)acme(dot)com"); phone numbers of 10–15 digits written with +, spaces, dots, dashes or
 *   brackets, spoken as digit words ("four one five, five five five, …"), or in comma groups shaped
 *   like a phone number ("415, 555, 0143", "+44, 20, …"; not round numbers like "250, 300, 1200").
 * Other numbers (amounts, order ids that fail Luhn) are left alone.
 */

import { SPOKEN_MARKS } from './contact-claims.ts';

export const REDACTION_KINDS = ['payment_card', 'us_ssn', 'uk_nino', 'iban', 'email', 'phone'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];
export type RedactionCounts = Record<RedactionKind, number>;

export const CARD_MARK = '[REDACTED CARD]';
export const ID_MARK = '[REDACTED ID]';

const MIN_CARD = 13;
const MAX_CARD = 19;

export function emptyCounts(): RedactionCounts {
  return { payment_card: 0, us_ssn: 0, uk_nino: 0, iban: 0, email: 0, phone: 0 };
}

export interface RedactOptions {
  /** Also redact e-mail addresses and phone numbers. */
  contacts?: boolean;
}

/**
 * A National Insurance number: two prefix letters (never D, F, I, U or V, the second never O; Q is allowed
 * because HMRC's own specimen "QQ 12 34 56 C" is what people read out when testing), six digits, a suffix A–D,
 * in either case, with any spaces or dashes between the pairs.
 */
const UK_NINO = /\b(?!(?:BG|GB|KN|NK|NT|TN|ZZ)[\s\d-])[A-CEGHJ-TW-Z][A-CEGHJ-NPQR-TW-Z](?:[ \t-]*\d{2}){3}[ \t-]*[A-D]\b/gi;
/** An SSN in its 3-2-4 shape, the same separator twice, not part of a longer number, a date or a decimal. */
const US_SSN = /(?<![\w.,/-])(\d{3})([-. ])(\d{2})\2(\d{4})(?![\w/-]|[.,]\d)/g;
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
function findIbans(text: string): Span[] {
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

/** Words that announce an SSN said as nine digits in a row. */
const SSN_CUE = /\b(?:ssn|social(?:\s+security)?(?:\s+(?:number|no))?)\b(?:\s+(?:is|was|it's|that's|number))*[\s,:#.-]*$/i;

/** Whether nine digits can be an SSN: the SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
export function ssnValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && !/^(?:000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** Nine digits, written or spoken, right after an SSN cue: "my social is one two three …". */
function cuedSsns(text: string, runs: Run[]): Span[] {
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

/**
 * An address read out: a local part and a domain joined by "at", "(at)" or a spaced "@", with dots and other
 * marks said ("dot", "underscore") or bracketed ("(dot)"). Which of these count as one is decided by `spokenEmails`.
 * The parts are bounded (an address has a few of them) so a long run of "dot"s costs no more than a short one.
 */
const SPOKEN_EMAIL = (() => {
  const words = (mark: string) => Object.keys(SPOKEN_MARKS).filter((w) => mark === '' || SPOKEN_MARKS[w] === mark).join('|');
  const said = (w: string) => `\\s+(?:${w})\\s+|\\s*[([{<]\\s*(?:${w})\\s*[)\\]}>]\\s*`;
  const label = '[a-z0-9]+';
  const at = `${said('at')}|\\s*@\\s*`;
  const dot = `${said(words('.'))}|\\.`;
  const join = `${said(`${words('.')}|${words('-')}`)}|[.-]`;
  const mark = `${said(words(''))}|[._+-]`;
  return new RegExp(`(?<![\\w.@'’+-])(${label}(?:(?:${mark})${label}){0,8})(${at})(${label}(?:(?:${join})${label}){0,6}(?:${dot})[a-z]{2,24})(?![\\w@-]|\\.\\w)`, 'gi');
})();
/** Words before "at" that are not an address's local part: "reach us at acme dot com" names a website. */
const NOT_LOCAL = new Set([
  'me', 'us', 'you', 'him', 'her', 'them', 'it', 'we', 'i', 'they', 'this', 'that', 'here', 'there', 'look', 'looking', 'based',
  // "pricing at acme dot com", "I work at acme dot com": a page or a workplace, not a mailbox.
  'work', 'works', 'worked', 'working', 'pricing', 'prices', 'online', 'website', 'site', 'page', 'pages', 'out', 'up', 'more',
  'details', 'info', 'docs', 'blog', 'store', 'shop', 'visit', 'live', 'available', 'listed', 'hosted', 'posted',
]);

/** Words that announce an e-mail address. */
const EMAIL_CUE = /\b(?:e-?mail(?:ed|'s)?|mail|address|inbox|write\s+(?:to|me)|send\s+(?:\w+\s+){0,2}to|drop\s+(?:me\s+|us\s+)?a\s+line|ping|contact)\b[^.?!]{0,30}$/i;

/**
 * Spoken and bracketed addresses. A plain " at " between written words ("we met at acme.com") is an address
 * only when the local part has a mark in it ("jane.doe at acme.com"); a said or bracketed dot, or a bracketed
 * "(at)", is always one. Domains made of digit words ("two dot five") are version numbers.
 */
function spokenEmails(text: string): Span[] {
  const spans: Span[] = [];
  SPOKEN_EMAIL.lastIndex = 0;
  for (let m = SPOKEN_EMAIL.exec(text); m; m = SPOKEN_EMAIL.exec(text)) {
    const [, local, at, domain] = m as unknown as [string, string, string, string];
    const said = (part: string) => /\s|[([{<]/.test(part);
    const labels = domain.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    // After "my e-mail is", "send it to", … even a word like "info" or "pricing" is a mailbox.
    const cued = EMAIL_CUE.test(text.slice(Math.max(0, m.index - 60), m.index));
    const address =
      (cued || !NOT_LOCAL.has(local.toLowerCase())) &&
      !labels.some((l) => DIGIT_WORDS.has(l) || WEAK_DIGIT_WORDS.has(l)) &&
      (!/^\s+at\s+$/i.test(at) || said(domain) || /[^a-z0-9]/i.test(local));
    if (address) spans.push({ start: m.index, end: m.index + m[0].length });
    // Not an address: the next one may start at a later word of this match ("me at jane dot doe at …").
    else SPOKEN_EMAIL.lastIndex = m.index + 1;
  }
  return spans;
}

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b/g;
const PHONE = /(?<![\w+])\+?(?:\(?\d[\d().\s-]{8,18}\d)(?![\w])/g;

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A piece of a number: where it sits in the text and the digits it stands for. */
interface Piece {
  start: number;
  end: number;
  digits: string;
  /** Weak pieces ("oh", "to", "for") count as digits inside a number but never start or end one. */
  weak: boolean;
  /** Written as a word ("four"), not as digits. */
  word: boolean;
  /** What stands between it and the piece before (empty for a run's first). */
  sep: string;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The card numbers in a run of pieces: the whole run when it is a card, else the longest Luhn-valid
 * stretch of 13–19 digits (16 and 15 first, the usual lengths), scanning left to right.
 */
function cardsInRun(run: Piece[], cued: boolean): Span[] {
  const found: Span[] = [];
  let from = 0;
  const lengths = [16, 15, 19, 18, 17, 14, 13];
  outer: while (from < run.length) {
    for (const wanted of lengths) {
      for (let i = from; i < run.length; i++) {
        if (run[i]!.weak) continue;
        let digits = '';
        for (let j = i; j < run.length; j++) {
          digits += run[j]!.digits;
          if (digits.length > wanted) break;
          if (digits.length === wanted && !run[j]!.weak && luhnValid(digits) && cardShaped(run, i, j, cued)) {
            found.push({ start: run[i]!.start, end: run[j]!.end });
            from = j + 1;
            continue outer;
          }
        }
      }
    }
    break;
  }
  return found;
}

/**
 * The text compatibility-normalised (NFKC: full-width "４１１１" reads as "4111", a no-break space as a space),
 * with, for each of its code units, where it came from, so spans found in it can be cut out of the text as
 * written: the output keeps every character that is not redacted.
 */
interface Normalised {
  text: string;
  /** Where the code unit at each index came from, [start, end) in the text as written; null when nothing changed. */
  from: number[] | null;
  to: number[] | null;
}

function normalise(text: string): Normalised {
  if (text.normalize('NFKC') === text) return { text, from: null, to: null };
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    out += n;
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text: out, from, to };
}

/** Maps, not objects: a transcript saying "constructor" or "toString" says no digit. */
const DIGIT_WORDS = new Map(Object.entries({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
}));
/** Words speech recognition writes for a digit said inside a number. */
const WEAK_DIGIT_WORDS = new Map(Object.entries({ oh: '0', o: '0', to: '2', too: '2', for: '4', won: '1', ate: '8' }));
/** Hesitations said while reading a number out; they neither add a digit nor end the number. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'eh', 'hmm', 'mm']);
/**
 * What may stand between two parts of one number: spaces and the punctuation people and transcribers put in
 * groups ("4111, 1111", "4111.1111", "4111 - 1111", "4111/1111"). A colon (a time), a currency sign or a
 * percent sign is not a separator, and neither is any other word.
 */
const SEPARATOR = /^[\s,.;\-–—/·…]*$/;

/** A run of number pieces said or written one after the other, with nothing but separators and fillers between. */
interface Run {
  pieces: Piece[];
  /** Starts with "+" or "plus" (a phone number's international prefix). */
  plus: Span | null;
}

/**
 * The text as runs of number pieces: digits, digit words ("four", "oh", "double five"), fillers skipped. One
 * tokenisation for every number rule, so a card is found however its groups are separated.
 */
function numberRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run = { pieces: [], plus: null };
  let repeat = 1;
  let lastEnd = 0;
  const flush = () => {
    repeat = 1;
    if (!run.pieces.length && !run.plus) return;
    if (run.pieces.length) runs.push(run);
    run = { pieces: [], plus: null };
  };
  for (const m of text.matchAll(/\p{L}+|\d+|\+/gu)) {
    const token = m[0].toLowerCase();
    const end = m.index + m[0].length;
    if ((run.pieces.length || run.plus) && !SEPARATOR.test(text.slice(lastEnd, m.index))) flush();
    lastEnd = end;
    if (FILLERS.has(token)) continue;
    if (token === 'double' || token === 'triple' || token === 'doble') {
      repeat = token === 'triple' ? 3 : 2;
      continue;
    }
    if (token === '+' || token === 'plus') {
      flush();
      run.plus = { start: m.index, end };
      continue;
    }
    const numeral = /^\d+$/.test(token);
    const strong = numeral ? token : DIGIT_WORDS.get(token);
    const digit = strong ?? WEAK_DIGIT_WORDS.get(token);
    if (digit === undefined) {
      flush();
      continue;
    }
    const sep = run.pieces.length ? text.slice(run.pieces.at(-1)!.end, m.index) : '';
    run.pieces.push({ start: m.index, end, digits: numeral ? token : digit.repeat(repeat), weak: strong === undefined, word: !numeral, sep });
    repeat = 1;
  }
  flush();
  return runs;
}

/**
 * The phone numbers among runs that the written-phone pattern does not see: said as digit words, or written in
 * groups joined by commas or hesitations. Spoken: 10–15 digits, mostly said as words. Written: shaped like a
 * phone number (North American 3-3-4 with an optional leading 1, or starting with + or a trunk 0, groups of at
 * most five digits), not all round numbers ("250, 300, 1200" is a list of quantities or prices) and not followed
 * by what was counted.
 */
function spokenPhones(runs: Run[], text: string): Span[] {
  const spans: Span[] = [];
  for (const { pieces, plus } of runs) {
    const digits = pieces.map((p) => p.digits).join('');
    const first = pieces[0]!;
    const last = pieces.at(-1)!;
    if (digits.length < 10 || digits.length > 15 || first.weak || last.weak) continue;
    const numerals = pieces.filter((p) => !p.word);
    if (numerals.some((p) => p.digits.length > 5)) continue;
    const saidDigits = pieces.filter((p) => p.word).reduce((n, p) => n + p.digits.length, 0);
    const spoken = saidDigits * 2 >= digits.length && pieces.some((p) => p.word && !p.weak);
    const groups = pieces.map((p) => p.digits);
    const nanp = /^(?:1,)?[2-9]\d\d,[2-9]\d\d,\d{4}$/.test(groups.join(','));
    const international = (plus !== null || digits.startsWith('0')) && groups.length >= 3;
    const round = groups.every((g) => g.endsWith('0'));
    if (!spoken && (numerals.length < pieces.length || round || !(nanp || international))) continue;
    // Numerals in comma groups shaped like a phone are one, unless a count follows them ("310, 420, 1675 units").
    if (!spoken && plus === null && QUANTITY_AFTER.test(text.slice(last.end, last.end + 40))) continue;
    spans.push({ start: plus?.start ?? first.start, end: last.end });
  }
  return spans;
}

/** What follows a list of counts or amounts, never a phone number. */
const QUANTITY_AFTER =
  /^\W*(?:units?|seats?|users?|licen[cs]es?|people|employees|dollars?|euros?|pounds?|per\b|each\b|a\s+(?:month|year|week|day)|items?|orders?|calls?|boxes|pieces|copies|accounts?|agents?|tickets?|sold|in\s+total|respectively|k\b|thousand|million)/i;

/**
 * Whether pieces i..j may form one card. Cards are written in groups of three or more digits (4-4-4-4, 4-6-5),
 * so a stretch taking in a one- or two-digit numeral is an amount or a date ("1,200", "12/27"), not a card;
 * groups that are all years ("2023, 2024, 2025, 2026") are a list of years.
 */
function cardShaped(run: Piece[], i: number, j: number, cued: boolean): boolean {
  if (j > i && !cued && listed(run, i, j) && !listedCard(run.slice(i, j + 1).map((p) => p.digits))) return false;
  let years = true;
  for (let k = i; k <= j; k++) {
    const p = run[k]!;
    if (p.word) {
      years = false;
      continue;
    }
    if (p.digits.length < 3 && j > i) return false;
    years &&= /^(?:19|20)\d\d$/.test(p.digits);
  }
  return !(years && j > i);
}

/** Whether pieces i..j are numerals joined like the items of a list (a comma, a full stop, a slash), not by spaces or dashes. */
function listed(run: Piece[], i: number, j: number): boolean {
  let list = false;
  for (let k = i; k <= j; k++) {
    if (run[k]!.word) return false;
    if (k > i && /[,.;/…]/.test(run[k]!.sep)) list = true;
  }
  return list;
}

/**
 * Numerals joined like a list are a card only when they look like one written in groups: four-digit groups
 * (the last may be shorter) or Amex's 4-6-5 / Diners' 4-6-4, starting as a card network's numbers do (2 to 6),
 * and not all round. A list of quantities or prices ("1200, 1500, 1800, 2450") passes the Luhn check one time
 * in ten, so the check alone cannot tell them apart.
 */
function listedCard(groups: string[]): boolean {
  const sizes = groups.map((g) => g.length).join('-');
  const shaped = /^4-4-4-(?:[1-4]|4-[1-3])$/.test(sizes) || sizes === '4-6-5' || sizes === '4-6-4';
  return shaped && /^[2-6]/.test(groups[0]!) && !groups.every((g) => g.endsWith('0'));
}

/** Card numbers, digits or words, in any run: see `cardsInRun`. */
/** Words that announce a card number: after one, numerals joined like a list are read as a card in any grouping. */
const CARD_CUE = /\b(?:card|visa|master\s?card|amex|american\s+express|discover|credit|debit|cc|digits|number\s+is)\b[^.?!]{0,40}$/i;

function findCards(runs: Run[], text: string): Span[] {
  const spans: Span[] = [];
  for (const run of runs) {
    const total = run.pieces.reduce((n, p) => n + p.digits.length, 0);
    const at = run.pieces[0]!.start;
    if (total >= MIN_CARD) spans.push(...cardsInRun(run.pieces, CARD_CUE.test(text.slice(Math.max(0, at - 60), at))));
  }
  return spans;
}

const MARKS: Record<RedactionKind, string> = {
  payment_card: CARD_MARK, us_ssn: ID_MARK, uk_nino: ID_MARK, iban: '[REDACTED IBAN]', email: '[REDACTED EMAIL]', phone: '[REDACTED PHONE]',
};

/** Stands in for text already redacted, so later rules neither match it nor join across it. */
const MASK = '\u2588';

/** The spans of `re`'s matches that `keep` accepts. */
function matchSpans(text: string, re: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): Span[] {
  return [...text.matchAll(re)].filter(keep).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Replaces card numbers and national ids (and, asked to, e-mails and phones) in `text`; `counts` says how many of each. */
export function redact(text: string, opts: RedactOptions = {}): { text: string; counts: RedactionCounts } {
  const counts = emptyCounts();
  const norm = normalise(text);
  let seen = norm.text;
  const found: (Span & { kind: RedactionKind })[] = [];
  // Each rule sees the text with what earlier rules redacted masked out.
  const take = (kind: RedactionKind, spans: Span[]) => {
    if (!spans.length) return;
    let masked = '';
    let at = 0;
    for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
      // Rules that share one reading of the text must not redact the same characters twice.
      if (sp.start < at || seen.slice(sp.start, sp.end).includes(MASK)) continue;
      found.push({ ...sp, kind });
      counts[kind]++;
      masked += seen.slice(at, sp.start) + MASK.repeat(sp.end - sp.start);
      at = sp.end;
    }
    seen = masked + seen.slice(at);
  };
  // IBANs first: their digits could otherwise read as a card.
  take('iban', findIbans(seen));
  take('payment_card', findCards(numberRuns(seen), seen));
  take('us_ssn', matchSpans(seen, US_SSN, (m) => ssnValid(m[1]! + m[3]! + m[4]!)));
  // Read once more with the cards masked; the SSN and phone rules share this reading.
  const runs = numberRuns(seen);
  take('us_ssn', cuedSsns(seen, runs));
  take('uk_nino', matchSpans(seen, UK_NINO));
  if (opts.contacts) {
    take('email', matchSpans(seen, EMAIL));
    take('email', spokenEmails(seen));
    take('phone', spokenPhones(runs, seen));
    take('phone', matchSpans(seen, PHONE, (m) => {
      const digits = m[0].replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15;
    }));
  }
  let out = '';
  let at = 0;
  for (const s of found.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, norm.from?.[s.start] ?? s.start) + MARKS[s.kind];
    at = norm.to?.[s.end - 1] ?? s.end;
  }
  return { text: out + text.slice(at), counts };
}

/** Adds `b` into `a`. */
export function addCounts(a: RedactionCounts, b: RedactionCounts): RedactionCounts {
  for (const kind of REDACTION_KINDS) a[kind] += b[kind];
  return a;
}

/** The `Insights.redactions` list: one entry per kind that was redacted at least once. */
export function redactionList(counts: RedactionCounts): { kind: RedactionKind; count: number }[] {
  return REDACTION_KINDS.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
}
