/**
 * National ids of EU countries, each found only when its check passes, so an ordinary number of the same
 * length is left alone:
 * - Spanish DNI (8 digits and a check letter, the number mod 23) and NIE (X, Y or Z, 7 digits, the letter):
 *   written ("12345678Z", "12.345.678-Z", "X-1234567-L") or with the digits said ("uno dos … zeta");
 * - French NIR (numéro de sécurité sociale): 13 digits (sex, year, month, département, commune, order; Corsica
 *   "2A" / "2B") and a 2-digit key, 97 minus the number mod 97, grouped as people write it or said as digits;
 * - Italian codice fiscale: 16 letters and digits in its fixed shape (digits may be letters after a clash,
 *   "omocodia"), the last a check letter over the other fifteen;
 * - German Steuer-ID (steuerliche Identifikationsnummer): 11 digits, no leading 0, one digit of the first ten
 *   twice or three times and the others at most once, the last an ISO 7064 MOD 11,10 check digit; written in
 *   any grouping or said as digits.
 */

import type { Piece, Run, Span } from './number-runs.ts';

/**
 * Numbers written in digits with a comma or semicolon between them are a list (prices, quantities), not one id
 * grouped: ids are grouped with spaces, dots or dashes. Digits said as words may run across commas (a transcriber's).
 */
const writtenList = (pieces: Piece[]) => pieces.some((p, i) => i > 0 && !p.word && !pieces[i - 1]!.word && /[,;]/.test(p.sep));

// ── Spanish DNI / NIE ────────────────────────────────────────────────────────────────────────────────────────

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Whether 8 digits (a NIE's X, Y, Z read as 0, 1, 2) and a letter are a DNI / NIE: the letter is the number mod 23. */
export function dniValid(id: string): boolean {
  const compact = id.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([XYZ]\d{7}|\d{8})([A-Z])$/.exec(compact);
  if (!m) return false;
  const digits = m[1]!.replace(/^[XYZ]/, (l) => String('XYZ'.indexOf(l)));
  return DNI_LETTERS[Number(digits) % 23] === m[2];
}

/** Letters as said in Spanish (and "double u" words), for a check letter read out. */
const LETTER_NAMES = new Map(Object.entries({
  a: 'A', be: 'B', ce: 'C', de: 'D', e: 'E', efe: 'F', ge: 'G', hache: 'H', jota: 'J', ka: 'K', ele: 'L', eme: 'M', ene: 'N',
  pe: 'P', cu: 'Q', erre: 'R', ese: 'S', te: 'T', uve: 'V', 'uve doble': 'W', equis: 'X', 'i griega': 'Y', ye: 'Y', zeta: 'Z', ceta: 'Z',
}));
/** Words that are letters but also ordinary words: taken as a check letter only after a cue, or written in capitals. */
const COMMON_WORDS = new Set(['a', 'de', 'e', 'y', 'ye', 'te', 'ce', 'be', 'pe', 'ese', 'cu']);
const DNI_CUE = /\b(?:dni|nie|nif|documento|identidad|id|identificaci[oó]n|carn[eé])\b[^.?!]{0,40}$/i;
const NIE_PREFIX = /(?<![\p{L}\d])(x|y|z|equis|i griega|zeta)[\s.-]*$/iu;

/** DNIs and NIEs whose digits are a run (written or said) followed by the check letter. */
export function findDnis(runs: Run[], text: string): Span[] {
  const spans: Span[] = [];
  for (const { pieces } of runs) {
    const first = pieces[0]!;
    const last = pieces.at(-1)!;
    const digits = pieces.map((p) => p.digits).join('');
    if (first.weak || last.weak || (digits.length !== 8 && digits.length !== 7)) continue;
    if (pieces.some((p, i) => i > 0 && !/^[\s.-]*$/.test(p.sep))) continue;
    const after = /^[\s.-]{0,3}(uve doble|i griega|\p{L}+)(?![\p{L}\d])/iu.exec(text.slice(last.end));
    if (!after) continue;
    const word = after[1]!;
    const letter = word.length === 1 ? word.toUpperCase() : LETTER_NAMES.get(word.toLowerCase());
    if (!letter) continue;
    const before = text.slice(Math.max(0, first.start - 60), first.start);
    const joined = after[0].length === word.length;
    if (COMMON_WORDS.has(word.toLowerCase()) && !joined && word !== word.toUpperCase() && !DNI_CUE.test(before)) continue;
    let start = first.start;
    let id = digits;
    if (digits.length === 7) {
      const prefix = NIE_PREFIX.exec(before);
      if (!prefix) continue;
      const l = prefix[1]!.toLowerCase();
      id = `${l === 'equis' ? 'X' : l === 'i griega' ? 'Y' : l === 'zeta' ? 'Z' : l.toUpperCase()}${digits}`;
      start = first.start - prefix[0].length;
    }
    if (dniValid(id + letter)) spans.push({ start, end: last.end + after[0].length });
  }
  return spans;
}

// ── French NIR ───────────────────────────────────────────────────────────────────────────────────────────────

/** Whether 15 characters are a NIR: sex 1/2 (7/8 for a provisional number), a month, and 97 − (number mod 97) as key. */
export function nirValid(id: string): boolean {
  const compact = id.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([1278])(\d{2})(\d{2})(\d[\dAB]\d{3}\d{3})(\d{2})$/.exec(compact);
  if (!m) return false;
  const month = Number(m[3]);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  // Corsica: the key is computed with 2A as 19 and 2B as 18 in place of the département.
  const body = compact.slice(0, 13).replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  if (!/^\d{13}$/.test(body)) return false;
  return 97 - Number(BigInt(body) % 97n) === Number(m[5]);
}

/** A NIR written with Corsica's "2A" / "2B", which splits a run of digits. */
const CORSICAN_NIR = /(?<![\p{L}\d])[1278][\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?2[AB][\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{2}(?![\p{L}\d])/giu;

/** NIRs: a run of exactly 15 digits, written or said, that passes the check; Corsican ones as written. */
export function findNirs(runs: Run[], text: string): Span[] {
  const spans = [...text.matchAll(CORSICAN_NIR)].filter((m) => nirValid(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const { pieces, plus } of runs) {
    const digits = pieces.map((p) => p.digits).join('');
    if (plus || pieces[0]!.weak || pieces.at(-1)!.weak || digits.length !== 15 || writtenList(pieces) || !nirValid(digits)) continue;
    spans.push({ start: pieces[0]!.start, end: pieces.at(-1)!.end });
  }
  return spans;
}

// ── Italian codice fiscale ───────────────────────────────────────────────────────────────────────────────────

/** Value of each character in an odd position (1st, 3rd, …) of a codice fiscale; even positions count 0–9 / A–Z as 0–25. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfIndex = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);

/** Whether 16 characters are a codice fiscale: its shape (digits may be LMNPQRSTUV) and its check letter. */
export function codiceFiscaleValid(id: string): boolean {
  const cf = id.replace(/[\s-]/g, '').toUpperCase();
  const d = '[\\dLMNPQRSTUV]';
  if (!new RegExp(`^[A-Z]{6}${d}{2}[ABCDEHLMPRST]${d}{2}[A-Z]${d}{3}[A-Z]$`).test(cf)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[cfIndex(cf[i]!)]! : cfIndex(cf[i]!);
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

/** A codice fiscale written whole or in its groups (surname, name, birth, place and check). */
const CODICE_FISCALE = /(?<![\p{L}\d])[a-z]{3}[\s-]?[a-z]{3}[\s-]?[\dlmnpqrstuv]{2}[abcdehlmprst][\dlmnpqrstuv]{2}[\s-]?[a-z][\dlmnpqrstuv]{3}[a-z](?![\p{L}\d])/giu;

export function findCodiciFiscali(text: string): Span[] {
  return [...text.matchAll(CODICE_FISCALE)]
    // A word of letters only in that shape is a word, not an id: a codice fiscale has digits in it.
    .filter((m) => /\d/.test(m[0]) && codiceFiscaleValid(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// ── German Steuer-ID ─────────────────────────────────────────────────────────────────────────────────────────

/** Whether 11 digits are a Steuer-ID: no leading 0, its digit pattern, and the ISO 7064 MOD 11,10 check digit. */
export function steuerIdValid(id: string): boolean {
  const digits = id.replace(/[\s./-]/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const first = digits.slice(0, 10);
  const counts = [...'0123456789'].map((d) => first.split(d).length - 1);
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3 || /(\d)\1\1/.test(first)) return false;
  let product = 10;
  for (const ch of first) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[10]);
}

/**
 * Steuer-IDs: a run of exactly 11 digits, written in any grouping or said, that passes the check; not after "+",
 * nor written in a North American phone number's groups (1, then 3-3-4 digits, area code and exchange from 2):
 * both are phones, and about one such phone in two thousand passes the check.
 */
export function findSteuerIds(runs: Run[]): Span[] {
  const spans: Span[] = [];
  for (const { pieces, plus } of runs) {
    const digits = pieces.map((p) => p.digits).join('');
    if (plus || pieces[0]!.weak || pieces.at(-1)!.weak || digits.length !== 11 || writtenList(pieces) || northAmericanPhone(pieces) || !steuerIdValid(digits)) continue;
    spans.push({ start: pieces[0]!.start, end: pieces.at(-1)!.end });
  }
  return spans;
}

/** Numerals grouped as a North American number dialled with its country code: 1, area code, exchange, line (1-415-555-0134). */
function northAmericanPhone(pieces: Piece[]): boolean {
  const groups = pieces.map((p) => (p.word ? null : p.digits));
  return groups.length === 4 && groups[0] === '1' && /^[2-9]\d\d$/.test(groups[1] ?? '') && /^[2-9]\d\d$/.test(groups[2] ?? '') && /^\d{4}$/.test(groups[3] ?? '');
}
