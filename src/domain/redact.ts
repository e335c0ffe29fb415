/**
 * Redaction of personal data in text that leaves the process (insights, LLM prompts, CRM notes), and of cards,
 * national ids and IBANs in every transcript stored (redact/segments.ts, redact/webvtt.ts).
 *
 * - Payment cards: 13–19 digits that pass the Luhn check, written as digits in groups of three or more
 *   joined by any separator a person or transcriber uses ("4111 1111 1111 1111", "4111, 1111, …",
 *   "4111.1111.…", full-width digits) or spoken as digit words, as speech recognition writes them
 *   ("four one one one …", "oh" for zero, "double five", hesitations like "um" in between; in Spanish
 *   "cuatro uno uno uno …", "doble cinco"), or after a card cue in pairs of digits ("forty one eleven …").
 *   Replaced by `[REDACTED CARD]`.
 * - National ids, replaced by `[REDACTED ID]`: US social security numbers in their 3-2-4 shape with
 *   one separator (`123-45-6789`, `123 45 6789`, `123.45.6789`), and nine digits, written or spoken,
 *   right after "SSN" / "social security" / "social"; UK National Insurance numbers in either case,
 *   spaced or not (`QQ 12 34 56 C`, `qq123456c`), or read out after a cue ("national insurance number is Q Q one
 *   two three four five six C"). Nine bare digits alone are not an SSN: a routing
 *   number, an order id or an amount looks the same. Numbers the SSA never issues (area 000, 666 or
 *   9xx, group 00, serial 0000) are not SSNs either. EU national ids, each only when its check passes
 *   (see redact/eu-ids.ts): Spanish DNI / NIE, French NIR, Italian codice fiscale, German Steuer-ID.
 * - Bank accounts as IBANs: a country code, two check digits and the country's length of letters and
 *   digits, in either case, grouped by spaces or dashes or not (`GB82 WEST 1234 5698 7654 32`), that
 *   pass the ISO 13616 mod-97 check, also read out (letters one by one, digits as words: "G B eight two W E S T …").
 *   Replaced by `[REDACTED IBAN]`.
 * - Optionally (`contacts: true`, REDACT_CONTACTS=true), replaced by `[REDACTED EMAIL]` /
 *   `[REDACTED PHONE]`: e-mail addresses, written or spoken ("jane dot doe at acme dot com",
 *   "jane.doe(at)acme(dot)com"); phone numbers of 10–15 digits written with +, spaces, dots, dashes or
 *   brackets, spoken as digit words ("four one five, five five five, …"), or in comma groups shaped
 *   like a phone number ("415, 555, 0143", "+44, 20, …"; not round numbers like "250, 300, 1200").
 * Other numbers (amounts, order ids that fail Luhn) are left alone. In a program's own messages (`machineText`:
 * error reasons, stack traces) the numbers programs write there (timestamps, Unix times, sizes and durations with
 * their unit, request ids; see machine-numbers.ts) are neither cards nor phones either.
 */

import { findCards } from './redact/cards.ts';
import { EMAIL, PHONE, spokenEmails, spokenPhones } from './redact/contacts.ts';
import { findCodiciFiscali, findDnis, findNirs, findSteuerIds } from './redact/eu-ids.ts';
import { cuedSsns, findIbans, spokenIbans, spokenNinos, ssnValid, UK_NINO, US_SSN } from './redact/ids.ts';
import { escapesBlanked, machineNumbers } from './redact/machine-numbers.ts';
import { numberRuns, type Span } from './redact/number-runs.ts';

export { luhnValid } from './redact/cards.ts';
export { ibanValid, ssnValid } from './redact/ids.ts';
export { codiceFiscaleValid, dniValid, nirValid, steuerIdValid } from './redact/eu-ids.ts';

export const REDACTION_KINDS = ['payment_card', 'us_ssn', 'uk_nino', 'es_dni', 'fr_nir', 'it_codice_fiscale', 'de_tax_id', 'iban', 'email', 'phone'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];
export type RedactionCounts = Record<RedactionKind, number>;

export const CARD_MARK = '[REDACTED CARD]';
export const ID_MARK = '[REDACTED ID]';

export function emptyCounts(): RedactionCounts {
  return Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, 0])) as RedactionCounts;
}

export interface RedactOptions {
  /** Also redact e-mail addresses and phone numbers. */
  contacts?: boolean;
  /**
   * The text is a program's message (an error's reason, a stack trace), not speech or a person's writing: the
   * card and phone rules skip the numbers programs write (`machineNumbers`).
   */
  machineText?: boolean;
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

export const MARKS: Record<RedactionKind, string> = {
  payment_card: CARD_MARK, us_ssn: ID_MARK, uk_nino: ID_MARK, es_dni: ID_MARK, fr_nir: ID_MARK, it_codice_fiscale: ID_MARK, de_tax_id: ID_MARK, iban: '[REDACTED IBAN]', email: '[REDACTED EMAIL]', phone: '[REDACTED PHONE]',
};

/** Stands in for text already redacted, so later rules neither match it nor join across it. */
const MASK = '\u2588';

/** The spans of `re`'s matches that `keep` accepts. */
function matchSpans(text: string, re: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): Span[] {
  return [...text.matchAll(re)].filter(keep).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** `text` with the spans (sorted, apart) masked. */
function masked(text: string, spans: readonly Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Replaces card numbers and national ids (and, asked to, e-mails and phones) in `text`; `counts` says how many of each. */
export function redact(text: string, opts: RedactOptions = {}): { text: string; counts: RedactionCounts } {
  const counts = emptyCounts();
  let out = '';
  let at = 0;
  for (const s of findRedactions(text, opts)) {
    counts[s.kind]++;
    out += text.slice(at, s.start) + MARKS[s.kind];
    at = s.end;
  }
  return { text: out + text.slice(at), counts };
}

/** A stretch of text to redact, as written, and what it is. */
export interface Redaction extends Span {
  kind: RedactionKind;
}

/** What `redact` replaces in `text`: spans of the text as written, sorted and apart. */
export function findRedactions(text: string, opts: RedactOptions = {}): Redaction[] {
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
      masked += seen.slice(at, sp.start) + MASK.repeat(sp.end - sp.start);
      at = sp.end;
    }
    seen = masked + seen.slice(at);
  };
  // The card and phone rules read a program's message with its escapes blanked and the numbers it writes masked
  // (same length, same places).
  const machine = opts.machineText ? machineNumbers(escapesBlanked(seen)) : [];
  const numbersOf = () => (opts.machineText ? masked(escapesBlanked(seen), machine) : seen);
  // IBANs first: their digits could otherwise read as a card.
  take('iban', findIbans(seen));
  take('iban', spokenIbans(seen));
  // EU national ids next, each only when its check passes: a NIR's 15 digits could otherwise read as a card.
  take('it_codice_fiscale', findCodiciFiscali(seen));
  const idText = numbersOf();
  const idRuns = numberRuns(idText);
  take('es_dni', findDnis(idRuns, idText));
  take('fr_nir', findNirs(idRuns, idText));
  take('de_tax_id', findSteuerIds(idRuns));
  const cardText = numbersOf();
  take('payment_card', findCards(numberRuns(cardText), cardText));
  take('us_ssn', matchSpans(seen, US_SSN, (m) => ssnValid(m[1]! + m[3]! + m[4]!)));
  // Read once more with the cards masked; the SSN and phone rules share this reading.
  const runs = numberRuns(seen);
  take('us_ssn', cuedSsns(seen, runs));
  take('uk_nino', matchSpans(seen, UK_NINO));
  take('uk_nino', spokenNinos(seen));
  if (opts.contacts) {
    take('email', matchSpans(seen, EMAIL));
    take('email', spokenEmails(seen));
    const phoneText = numbersOf();
    take('phone', spokenPhones(opts.machineText ? numberRuns(phoneText) : runs, phoneText));
    take('phone', matchSpans(phoneText, PHONE, (m) => {
      const digits = m[0].replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15;
    }));
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ kind: s.kind, start: norm.from?.[s.start] ?? s.start, end: norm.to?.[s.end - 1] ?? s.end }));
}

/** Adds `b` into `a`. */
export function addCounts(a: RedactionCounts, b: RedactionCounts): RedactionCounts {
  for (const kind of REDACTION_KINDS) a[kind] += b[kind];
  return a;
}

/** Counts from a `redactions` list (kinds this version does not know are left out). */
export function countsOf(list: readonly { kind: string; count: number }[] | undefined): RedactionCounts {
  const counts = emptyCounts();
  for (const { kind, count } of list ?? []) if ((REDACTION_KINDS as readonly string[]).includes(kind)) counts[kind as RedactionKind] += count;
  return counts;
}

/** The `Insights.redactions` list: one entry per kind that was redacted at least once. */
export function redactionList(counts: RedactionCounts): { kind: RedactionKind; count: number }[] {
  return REDACTION_KINDS.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
}
