/** Contact details, redacted when asked to (REDACT_CONTACTS): e-mail addresses and phone numbers, written or spoken. */

import { SPOKEN_MARKS } from '../contact-claims.ts';
import { DIGIT_WORDS, WEAK_DIGIT_WORDS, type Piece, type Run, type Span } from './number-runs.ts';

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
export function spokenEmails(text: string): Span[] {
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
    // "email me at jane dot doe at acme dot com": after a cue a word like "me" may be a mailbox, but not when an
    // address starts inside this match; that one is the address, and this match would leave its domain out.
    const inside = address && NOT_LOCAL.has(local.toLowerCase()) && startsWithin(text, m.index + local.length, m.index + m[0].length);
    if (address && !inside) spans.push({ start: spelledFrom(text, m.index, local), end: m.index + m[0].length });
    // Not an address: the next one may start at a later word of this match ("me at jane dot doe at …").
    else SPOKEN_EMAIL.lastIndex = m.index + 1;
  }
  return spans;
}

/** Whether a spoken address starts after `from` and before `to`. */
function startsWithin(text: string, from: number, to: number): boolean {
  const re = new RegExp(SPOKEN_EMAIL.source, SPOKEN_EMAIL.flags);
  re.lastIndex = from;
  const next = re.exec(text);
  return next !== null && next.index < to;
}

/** How far before an address a spelled local part is looked for: 64 letters, each with a said mark at most. */
const SPELLED_LOOKBACK = 64 * 8;

/**
 * Where an address's local part starts when it was spelled out letter by letter ("r o s a at …", "j a n e dot d o e
 * at …"): the pattern takes only the last letter as the local part, so the letters and said marks before it that
 * spell the rest go with it. A local part that is a word starts where it does.
 */
function spelledFrom(text: string, start: number, local: string): number {
  if (local.length !== 1) return start;
  // Looking back through the whole text from every address would cost time growing with the square of its length.
  const from = Math.max(0, start - SPELLED_LOOKBACK);
  const before = text.slice(from, start);
  const marks = Object.keys(SPOKEN_MARKS).join('|');
  const spelled = new RegExp(`(?:(?<![\\p{L}\\d])[a-z0-9]\\s+(?:(?:${marks})\\s+)?)+$`, 'iu').exec(before);
  return spelled ? from + spelled.index : start;
}

// Each part is bounded (a mailbox name is at most 64 characters, a domain label 63) and starts only where a
// run of address characters starts: an unbounded local part was read to the end of the text from every word
// of it, so a long run of "a.a.a…" without an "@" took time growing with the square of its length.
export const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;
export const PHONE = /(?<![\w+])\+?(?:\(?\d[\d().\s-]{8,18}\d)(?![\w])/g;

/**
 * The phone numbers among runs that the written-phone pattern does not see: said as digit words, or written in
 * groups joined by commas or hesitations. Spoken: 10–15 digits, mostly said as words. Written: shaped like a
 * phone number (North American 3-3-4 with an optional leading 1, or starting with + or a trunk 0, groups of at
 * most five digits), not all round numbers ("250, 300, 1200" is a list of quantities or prices) and not followed
 * by what was counted.
 */
export function spokenPhones(runs: Run[], text: string): Span[] {
  const spans: Span[] = [];
  for (const { pieces, plus } of runs) {
    const pairs = pieces.filter((p) => p.pair).length;
    // Mostly numbers said in pairs ("twenty, thirty, forty, fifty, sixty") is a list, not a phone read out; and times
    // and prices are said partly in pairs ("one thirty, two forty five, …", "nine ninety nine, …"). With pairs, a run
    // is one phone only in a phone's groups; else the pairs end runs, as any word that is no digit does, and each
    // stretch between them is read on its own (a phone said digit by digit, then "ten", is still a phone).
    if (pairs === 0 || (pairs * 2 <= pieces.length && phoneGroups(pieces, plus !== null))) {
      const span = spokenPhone(pieces, plus, text);
      if (span) spans.push(span);
      continue;
    }
    let from = 0;
    for (let i = 0; i <= pieces.length; i++) {
      if (i < pieces.length && !pieces[i]!.pair) continue;
      const span = i > from ? spokenPhone(pieces.slice(from, i), from === 0 ? plus : null, text) : null;
      if (span) spans.push(span);
      from = i + 1;
    }
  }
  return spans;
}

/** The span of a phone number said as these pieces (a run, or part of one), or null when they are not one. */
function spokenPhone(pieces: readonly Piece[], plus: Span | null, text: string): Span | null {
  const digits = pieces.map((p) => p.digits).join('');
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  // A national number's trunk 0 is said "oh" ("oh two oh seven …"): a weak first piece only then, before a digit said as a word.
  const trunkOh = first.weak && first.digits === '0' && pieces[1]?.word === true && !pieces[1].weak;
  if (digits.length < 10 || digits.length > 15 || (first.weak && !trunkOh) || last.weak) return null;
  const numerals = pieces.filter((p) => !p.word);
  if (numerals.some((p) => p.digits.length > 5)) return null;
  const saidDigits = pieces.filter((p) => p.word).reduce((n, p) => n + p.digits.length, 0);
  const spoken = saidDigits * 2 >= digits.length && pieces.some((p) => p.word && !p.weak);
  const groups = pieces.map((p) => p.digits);
  const nanp = /^(?:1,)?[2-9]\d\d,[2-9]\d\d,\d{4}$/.test(groups.join(','));
  const international = (plus !== null || digits.startsWith('0')) && groups.length >= 3;
  const round = groups.every((g) => g.endsWith('0'));
  if (!spoken && (numerals.length < pieces.length || round || !(nanp || international))) return null;
  // Numerals in comma groups shaped like a phone are one, unless a count follows them ("310, 420, 1675 units").
  if (!spoken && plus === null && QUANTITY_AFTER.test(text.slice(last.end, last.end + 40))) return null;
  return { start: plus?.start ?? first.start, end: last.end };
}

/**
 * Whether the groups a number was said in (split at punctuation between two pieces) are a phone number's: North
 * American 3-3-4 with an optional leading 1, or from + or a trunk 0 in three or more groups of at most five digits;
 * said without a pause, a whole North American number or a national one from its trunk 0.
 */
function phoneGroups(pieces: readonly Piece[], plus: boolean): boolean {
  const groups: string[] = [];
  for (const p of pieces) {
    if (groups.length === 0 || /[,.;:]/.test(p.sep)) groups.push(p.digits);
    else groups[groups.length - 1] += p.digits;
  }
  if (/^(?:1,)?[2-9]\d\d,[2-9]\d\d,\d{4}$/.test(groups.join(','))) return true;
  // Said without a pause: a whole North American number, or a national one from its trunk 0.
  if (groups.length === 1 && /^(?:1?[2-9]\d\d[2-9]\d{6}|0\d{9,10})$/.test(groups[0]!)) return true;
  return (plus || groups[0]!.startsWith('0')) && groups.length >= 3 && groups.every((g) => g.length <= 5);
}

/** What follows a list of counts or amounts, never a phone number. */
const QUANTITY_AFTER =
  /^\W*(?:units?|seats?|users?|licen[cs]es?|people|employees|dollars?|euros?|pounds?|per\b|each\b|a\s+(?:month|year|week|day)|items?|orders?|calls?|boxes|pieces|copies|accounts?|agents?|tickets?|sold|in\s+total|respectively|k\b|thousand|million)/i;
