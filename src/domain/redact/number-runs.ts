/** The text as runs of number pieces, shared by every number rule of the redaction (cards, SSNs, phones). */

/** A piece of a number: where it sits in the text and the digits it stands for. */
export interface Piece {
  start: number;
  end: number;
  digits: string;
  /** Weak pieces ("oh", "to", "for") count as digits inside a number but never start or end one. */
  weak: boolean;
  /** Written as a word ("four"), not as digits. */
  word: boolean;
  /** Said as a number of two digits ("eleven", "forty one", "forty"), not digit by digit. */
  pair?: boolean;
  /** What stands between it and the piece before (empty for a run's first). */
  sep: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Maps, not objects: a transcript saying "constructor" or "toString" says no digit. */
export const DIGIT_WORDS = new Map(Object.entries({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
}));
/**
 * Numbers of two digits said as words, as people read a card or a phone number in pairs ("forty one eleven",
 * "four fifteen"): the teens, and the tens, which take a digit word said right after them ("forty one", "forty-one").
 */
export const TEEN_WORDS = new Map(Object.entries({
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
}));
export const TENS_WORDS = new Map(Object.entries({ twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9' }));
/** Words speech recognition writes for a digit said inside a number. */
export const WEAK_DIGIT_WORDS = new Map(Object.entries({ oh: '0', o: '0', to: '2', too: '2', for: '4', won: '1', ate: '8' }));
/** Hesitations said while reading a number out; they neither add a digit nor end the number. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'eh', 'hmm', 'mm']);
/**
 * What may stand between two parts of one number: spaces and the punctuation people and transcribers put in
 * groups ("4111, 1111", "4111.1111", "4111 - 1111", "4111/1111"). A colon (a time), a currency sign or a
 * percent sign is not a separator, and neither is any other word.
 */
const SEPARATOR = /^[\s,.;\-–—/·…]*$/;

/** A run of number pieces said or written one after the other, with nothing but separators and fillers between. */
export interface Run {
  pieces: Piece[];
  /** Starts with "+" or "plus" (a phone number's international prefix). */
  plus: Span | null;
}

/**
 * The text as runs of number pieces: digits, digit words ("four", "oh", "double five"), fillers skipped. One
 * tokenisation for every number rule, so a card is found however its groups are separated.
 */
export function numberRuns(text: string): Run[] {
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
    const previous = run.pieces.at(-1);
    // "forty one", "forty-one": the digit word said after a ten is its second digit.
    const unit = DIGIT_WORDS.get(token);
    if (unit && unit !== '0' && repeat === 1 && previous?.pair && previous.digits.endsWith('0') && TENS_WORDS.has(text.slice(previous.start, previous.end).toLowerCase()) && /^[\s-]*$/.test(text.slice(previous.end, m.index))) {
      previous.digits = previous.digits[0] + unit;
      previous.end = end;
      continue;
    }
    const said = TEEN_WORDS.get(token) ?? (TENS_WORDS.has(token) ? `${TENS_WORDS.get(token)}0` : undefined);
    if (said !== undefined) {
      const sep = previous ? text.slice(previous.end, m.index) : '';
      run.pieces.push({ start: m.index, end, digits: said.repeat(repeat), weak: false, word: true, pair: true, sep });
      repeat = 1;
      continue;
    }
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
