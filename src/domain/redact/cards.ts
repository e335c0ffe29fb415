/** Payment card numbers: 13–19 digits that pass the Luhn check, written or spoken, in the groups people use. */

import type { Piece, Run, Span } from './number-runs.ts';

const MIN_CARD = 13;
const MAX_CARD = 19;

/** The Luhn (mod 10) check every payment card number passes. */
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

/**
 * The card numbers in a run of pieces: the whole run when it is a card, else the longest Luhn-valid
 * stretch of 13–19 digits (16 and 15 first, the usual lengths), scanning left to right.
 */
function cardsInRun(run: Piece[], cued: boolean): Span[] {
  const found: Span[] = [];
  let from = 0;
  const lengths = [16, 15, 19, 18, 17, 14, 13];
  // Per length, its first card at or after `from`. `from` only grows, so a card still ahead of it, or none at all,
  // stays the answer: each length's scan moves forward only, and a long run costs no more than its length.
  const ahead = new Map<number, Stretch | null>();
  while (from < run.length) {
    let card: Stretch | null = null;
    for (const wanted of lengths) {
      let next = ahead.get(wanted);
      if (next === undefined || (next && next.i < from)) ahead.set(wanted, (next = firstCard(run, from, wanted, cued)));
      if ((card = next)) break;
    }
    if (!card) break;
    found.push({ start: run[card.i]!.start, end: run[card.j]!.end });
    from = card.j + 1;
  }
  return found;
}

/** Pieces i..j of a run. */
interface Stretch {
  i: number;
  j: number;
}

/**
 * The first stretch of exactly `wanted` digits starting at or after `from` that is a card. A weak piece ("oh", "to",
 * "for") starts one only after a card cue, at the start of the run, and when its digit is one a card network's numbers
 * start with (2 to 6: "to", "for"; never "oh", which starts an international dialling prefix); it ends one only after
 * a card cue: a card's first or last digit heard as a word is still its digit (a Visa's leading 4 as "for").
 */
function firstCard(run: Piece[], from: number, wanted: number, cued: boolean): Stretch | null {
  for (let i = from; i < run.length; i++) {
    if (run[i]!.weak && !(cued && i === 0 && /^[2-6]/.test(run[i]!.digits))) continue;
    let digits = '';
    for (let j = i; j < run.length; j++) {
      digits += run[j]!.digits;
      if (digits.length > wanted) break;
      if (digits.length === wanted && (!run[j]!.weak || cued) && luhnValid(digits) && cardShaped(run, i, j, cued)) return { i, j };
    }
  }
  return null;
}

/**
 * Whether pieces i..j may form one card. Cards are written in groups of three or more digits (4-4-4-4, 4-6-5),
 * so a stretch taking in a one- or two-digit numeral is an amount or a date ("1,200", "12/27"), not a card;
 * groups that are all years ("2023, 2024, 2025, 2026") are a list of years.
 */
function cardShaped(run: Piece[], i: number, j: number, cued: boolean): boolean {
  // Numbers said in pairs ("forty one eleven …") are a card only after a card cue: lists of quantities, prices and
  // years are said that way too.
  if (!cued && run.slice(i, j + 1).some((p) => p.pair)) return false;
  if (j > i && !cued && listed(run, i, j) && !listedCard(run.slice(i, j + 1).map((p) => p.digits))) return false;
  let years = true;
  for (let k = i; k <= j; k++) {
    const p = run[k]!;
    if (p.word) {
      years = false;
      continue;
    }
    if (p.digits.length < 3 && j > i && !(k === j && fourGroups(run, i, j))) return false;
    years &&= /^(?:19|20)\d\d$/.test(p.digits);
  }
  return !(years && j > i);
}

/**
 * Whether pieces i..j are numerals in groups of four whose last is shorter, as a 13- or 14-digit card is printed
 * (4-4-4-1, 4-4-4-2; 4-4-4-4-1, 4-4-4-4-2 for 17 and 18), starting as a card network's numbers do (2 to 6).
 */
function fourGroups(run: Piece[], i: number, j: number): boolean {
  const groups = run.slice(i, j + 1);
  if (groups.some((p) => p.word)) return false;
  return /^4-4-4-(?:4-)?[12]$/.test(groups.map((p) => p.digits.length).join('-')) && /^[2-6]/.test(groups[0]!.digits);
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

/** Words that name a payment card, "cc" (credit card) among them (not "number is" or "digits", said of phones too). */
const CARD_WORDS = String.raw`card|visa|master\s?card|amex|american\s+express|discover|credit|debit|cc`;
const NAMED_CARD = new RegExp(String.raw`\b(?:${CARD_WORDS})\b[^.?!]{0,40}$`, 'i');

/** Words that announce a card number: after one, numerals joined like a list are read as a card in any grouping. */
const CARD_CUE = new RegExp(String.raw`\b(?:${CARD_WORDS}|digits|number\s+is)\b[^.?!]{0,40}$`, 'i');

/** Card numbers, digits or words, in any run: see `cardsInRun`. A number said again straight after itself is searched once per saying. */
export function findCards(runs: Run[], text: string): Span[] {
  /** The digits of each card found in the text: the same digits said again (a card read back) are a card too. */
  const found = new Set<string>();
  const first = cardsWith(runs, text, found);
  // Again with every card of the text known: a card may be read back before the saying that names it.
  return found.size ? cardsWith(runs, text, found) : first;
}

/** `findCards` with the digits of the cards found so far, to which it adds those it finds. */
function cardsWith(runs: Run[], text: string, found: Set<string>): Span[] {
  const spans: Span[] = [];
  const digitsOf = (pieces: Piece[]) => pieces.map((p) => p.digits).join('');
  const add = (pieces: Piece[], span: Span) => {
    spans.push(span);
    found.add(digitsOf(piecesWithin(pieces, span)));
  };
  for (const run of runs) {
    const total = run.pieces.reduce((n, p) => n + p.digits.length, 0);
    const at = run.pieces[0]!.start;
    if (total < MIN_CARD) continue;
    const before = text.slice(Math.max(0, at - 60), at);
    const cued = CARD_CUE.test(before);
    const said = sayings(run.pieces);
    for (let k = 0; k < said.length; k++) {
      // A card may be whole sayings said one after the other (one whose two halves are equal, "4242 4242 4242 4242"),
      // never the end of one saying joined to the start of the next; and only when it reads as one number: a card
      // named just before, numerals in a printed card's groups with a space or dash at the joint or joined there as between
      // their other groups, or the digits of a card found elsewhere in the text. Else it is a shorter number read back
      // (a local phone), which two sayings of pass the Luhn check one time in ten.
      const pair = k + 1 < said.length ? [...said[k]!, ...said[k + 1]!] : [];
      const size = pair.reduce((n, p) => n + p.digits.length, 0);
      const oneNumber =
        pair.length > 0 &&
        (NAMED_CARD.test(before) || found.has(digitsOf(pair)) || (pair.every((p) => !p.word) && (/^[\s\-–]*$/.test(said[k + 1]![0]!.sep) || evenlyJoined(pair)) && listedCard(pair.map((p) => p.digits))));
      const whole = oneNumber && size >= MIN_CARD && size <= MAX_CARD ? firstCard(pair, 0, size, cued) : null;
      if (whole) {
        add(pair, { start: pair[0]!.start, end: pair.at(-1)!.end });
        k++;
      } else for (const span of cardsInRun(said[k]!, cued)) add(said[k]!, span);
    }
  }
  return spans;
}

/**
 * The pieces (in text order, apart) inside a span, found by halving: a run may hold a great many pieces and a
 * great many cards, and reading every piece for each card took time growing with their product.
 */
function piecesWithin(pieces: Piece[], span: Span): Piece[] {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start >= span.start) hi = mid;
    else lo = mid + 1;
  }
  let end = lo;
  while (end < pieces.length && pieces[end]!.end <= span.end) end++;
  return pieces.slice(lo, end);
}

/** Numerals with the same separator between every two groups ("4242.4242.4242.4242"), so no pause stands out. */
function evenlyJoined(pieces: Piece[]): boolean {
  const seps = pieces.slice(1).map((p) => p.sep.replace(/\s+/g, ' '));
  return seps.every((sep) => sep === seps[0]);
}

/** The shortest number that, said again and again, is a whole run; shorter ones are not split off. */
const MIN_REPEATED = 7;

/**
 * A run that is one number said two or more times over, with nothing but a pause between ("my number is …,
 * that's …": a phone read back), as its sayings; any other run whole. Two sayings of a 10-digit phone make
 * 20 digits, and some 13–19 digits across the joint pass the Luhn check nearly every time, so a card is
 * looked for in each saying alone (a card read back twice is still found, in each) or in two whole sayings (a card
 * whose two halves are the same number: split into its halves, it would be missed).
 */
function sayings(run: Piece[]): Piece[][] {
  const digits = run.map((p) => p.digits).join('');
  // The most sayings first (the shortest number): a card whose halves are equal is then two whole sayings.
  for (let copies = Math.floor(digits.length / MIN_REPEATED); copies >= 2; copies--) {
    const size = digits.length / copies;
    if (!Number.isInteger(size) || digits !== digits.slice(0, size).repeat(copies)) continue;
    const parts: Piece[][] = [[]];
    let counted = 0;
    for (const piece of run) {
      if (counted > 0 && counted % size === 0 && parts.at(-1)!.length) parts.push([]);
      parts.at(-1)!.push(piece);
      counted += piece.digits.length;
    }
    // Only when every saying begins with a piece of its own (not inside "1234" or "double five").
    if (parts.length === copies) return parts;
  }
  return [run];
}
