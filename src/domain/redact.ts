/**
 * Redaction of personal data in text that leaves the process (insights, LLM prompts, CRM notes).
 *
 * - Payment cards: 13–19 digits that pass the Luhn check, written as digits with optional spaces or
 *   dashes ("4111 1111 1111 1111") or spoken as digit words, as speech recognition writes them
 *   ("four one one one …", "oh" for zero, "double five"; in Spanish "cuatro uno uno uno …", "doble
 *   cinco"). Replaced by `[REDACTED CARD]`.
 * - National ids: US social security numbers written `123-45-6789`, UK National Insurance numbers
 *   (`QQ 12 34 56 C`). Replaced by `[REDACTED ID]`.
 * - Optionally (`contacts: true`, REDACT_CONTACTS=true): e-mail addresses and phone numbers (10–15
 *   digits, optionally with +, spaces, dots, dashes, brackets), replaced by `[REDACTED EMAIL]` /
 *   `[REDACTED PHONE]`.
 * Other numbers (amounts, order ids that fail Luhn) are left alone.
 */

export const REDACTION_KINDS = ['payment_card', 'us_ssn', 'uk_nino', 'email', 'phone'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];
export type RedactionCounts = Record<RedactionKind, number>;

export const CARD_MARK = '[REDACTED CARD]';
export const ID_MARK = '[REDACTED ID]';

const MIN_CARD = 13;
const MAX_CARD = 19;

export function emptyCounts(): RedactionCounts {
  return { payment_card: 0, us_ssn: 0, uk_nino: 0, email: 0, phone: 0 };
}

export interface RedactOptions {
  /** Also redact e-mail addresses and phone numbers. */
  contacts?: boolean;
}

const UK_NINO = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g;
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
}

interface Span {
  start: number;
  end: number;
}

/**
 * The card numbers in a run of pieces: the whole run when it is a card, else the longest Luhn-valid
 * stretch of 13–19 digits (16 and 15 first, the usual lengths), scanning left to right.
 */
function cardsInRun(run: Piece[], needsWord: boolean): Span[] {
  const found: Span[] = [];
  let from = 0;
  const lengths = [16, 15, 19, 18, 17, 14, 13];
  outer: while (from < run.length) {
    for (const wanted of lengths) {
      for (let i = from; i < run.length; i++) {
        if (run[i]!.weak) continue;
        let digits = '';
        let words = false;
        for (let j = i; j < run.length; j++) {
          digits += run[j]!.digits;
          words ||= run[j]!.word;
          if (digits.length > wanted) break;
          if (digits.length === wanted && !run[j]!.weak && (words || !needsWord) && luhnValid(digits)) {
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

function replaceSpans(text: string, spans: Span[], mark: string): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + mark;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Cards written with digits: groups of digits joined by single spaces or dashes. */
function numericCards(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/(?<![\d.,])\d+(?:[ -]\d+)*(?![\d])/g)) {
    const pieces: Piece[] = [];
    for (const g of m[0].matchAll(/\d+/g)) {
      pieces.push({ start: m.index + g.index, end: m.index + g.index + g[0].length, digits: g[0], weak: false, word: false });
    }
    const total = pieces.reduce((n, p) => n + p.digits.length, 0);
    if (total < MIN_CARD) continue;
    spans.push(...cardsInRun(pieces, false));
  }
  return spans;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
};
/** Words speech recognition writes for a digit said inside a number. */
const WEAK_DIGIT_WORDS: Record<string, string> = { oh: '0', o: '0', to: '2', too: '2', for: '4', won: '1', ate: '8' };

/** Cards spoken as words ("four one one one …"), possibly mixed with digits. */
function spokenCards(text: string): Span[] {
  const spans: Span[] = [];
  let run: Piece[] = [];
  let repeat = 1;
  const flush = () => {
    const total = run.reduce((n, p) => n + p.digits.length, 0);
    // Digits-only stretches were the numeric pass's job: "+44 20 7946 0321, 250 seats" is not a card.
    if (total >= MIN_CARD) spans.push(...cardsInRun(run, true));
    run = [];
    repeat = 1;
  };
  let lastEnd = 0;
  for (const m of text.matchAll(/[A-Za-z]+|\d+/g)) {
    const word = m[0].toLowerCase();
    const gap = text.slice(lastEnd, m.index);
    if (run.length > 0 && !/^[\s,.\-–]*$/.test(gap)) flush();
    lastEnd = m.index + m[0].length;
    if (word === 'double' || word === 'triple' || word === 'doble') {
      repeat = word === 'double' || word === 'doble' ? 2 : 3;
      continue;
    }
    const strong = /^\d+$/.test(word) ? word : DIGIT_WORDS[word];
    const weak = WEAK_DIGIT_WORDS[word];
    const digit = strong ?? weak;
    if (digit === undefined) {
      flush();
      continue;
    }
    const numeral = /^\d+$/.test(word);
    run.push({ start: m.index, end: lastEnd, digits: numeral ? word : digit.repeat(repeat), weak: strong === undefined, word: !numeral });
    repeat = 1;
  }
  flush();
  return spans;
}

/** Replaces card numbers and national ids (and, asked to, e-mails and phones) in `text`; `counts` says how many of each. */
export function redact(text: string, opts: RedactOptions = {}): { text: string; counts: RedactionCounts } {
  const counts = emptyCounts();
  const numeric = numericCards(text);
  let out = replaceSpans(text, numeric, CARD_MARK);
  const spoken = spokenCards(out);
  out = replaceSpans(out, spoken, CARD_MARK);
  counts.payment_card = numeric.length + spoken.length;
  out = out.replace(/(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g, () => {
    counts.us_ssn++;
    return ID_MARK;
  });
  out = out.replace(UK_NINO, () => {
    counts.uk_nino++;
    return ID_MARK;
  });
  if (opts.contacts) {
    out = out.replace(EMAIL, () => {
      counts.email++;
      return '[REDACTED EMAIL]';
    });
    out = out.replace(PHONE, (match) => {
      const digits = match.replace(/\D/g, '').length;
      if (digits < 10 || digits > 15) return match;
      counts.phone++;
      return '[REDACTED PHONE]';
    });
  }
  return { text: out, counts };
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
