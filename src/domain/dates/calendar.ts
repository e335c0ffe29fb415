/** Calendar arithmetic and shared pieces of the date-phrase rules (see ../dates.ts for the conventions). */

/** A calendar date without a time zone, held as a UTC midnight so arithmetic never meets DST. */
export type Day = Date;

export interface DateRule {
  pattern: RegExp;
  /** Rejects a match that only looks like a date ("you may second that"). */
  accept?(m: RegExpExecArray, before: string): boolean;
  /** Higher wins when two phrases touch ("Friday, November 20th"). */
  specificity: number;
  resolve(m: RegExpExecArray, callDay: Day): Day | null;
}

export interface DatePhrase {
  /** Span of the phrase in the text, including a leading "by"/"on"/"before" and a trailing time of day. */
  start: number;
  end: number;
  specificity: number;
  resolve(callDay: Day): Day | null;
  /** Said as a day that will not do ("not Friday", "I can't by Friday"): no deadline. */
  negated?: boolean;
  /** The phrase said in its place right after a correction ("Friday, sorry, I mean Thursday"). */
  correctedBy?: DatePhrase;
  /** A day with a modifier that is not read ("a few days after Friday"): it names no date, and another phrase may. */
  unreadable?: boolean;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The months' English names, in full. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "Monday|Tuesday|…|January|…": days and months as they are written in a sentence, for a regex. */
export const CALENDAR_WORDS = [...WEEKDAYS.slice(1), WEEKDAYS[0]!, ...MONTH_NAMES].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'a couple of': 2, 'couple of': 2, 'a couple': 2,
};
export const COUNT_RE = '(\\d{1,2}|a couple of|couple of|a couple|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'twenty[- ]first', 'twenty[- ]second', 'twenty[- ]third', 'twenty[- ]fourth',
  'twenty[- ]fifth', 'twenty[- ]sixth', 'twenty[- ]seventh', 'twenty[- ]eighth', 'twenty[- ]ninth', 'thirtieth',
  'thirty[- ]first',
];
export const DAY_OF_MONTH_RE = `(\\d{1,2}(?:st|nd|rd|th)?|${[...ORDINAL_WORDS].reverse().join('|')})`;

export const day = (y: number, m: number, d: number): Day => new Date(Date.UTC(y, m, d));
export const addDays = (d: Day, n: number): Day => day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
export const lastDayOfMonth = (y: number, m: number): Day => day(y, m + 1, 0);
/** Monday of the ISO week that holds `d`. */
export const mondayOf = (d: Day): Day => addDays(d, -((d.getUTCDay() + 6) % 7));

export function addMonths(d: Day, n: number): Day {
  const target = day(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  const last = lastDayOfMonth(target.getUTCFullYear(), target.getUTCMonth()).getUTCDate();
  return day(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last));
}

/** The first `weekday` strictly after `from`. */
export function nextWeekday(from: Day, weekday: number): Day {
  const ahead = (weekday - from.getUTCDay() + 7) % 7 || 7;
  return addDays(from, ahead);
}

/** The Friday of the call's week; on a weekend, the coming Friday. */
export function fridayOfThisWeek(callDay: Day): Day {
  const friday = addDays(mondayOf(callDay), 4);
  return friday >= callDay ? friday : addDays(friday, 7);
}

/** `weekday` (0 = Sunday) in the ISO week after the one holding `from`. */
export function weekdayOfNextWeek(from: Day, weekday: number): Day {
  return addDays(mondayOf(from), 7 + ((weekday + 6) % 7));
}

export function parseCount(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL_NUMBERS[w] ?? null;
}

export function parseDayOfMonth(token: string): number | null {
  const t = token.toLowerCase().replace(/-/g, ' ');
  const digits = t.match(/^(\d{1,2})/);
  if (digits) return Number(digits[1]);
  const i = ORDINAL_WORDS.findIndex((w) => new RegExp(`^${w}$`).test(t));
  return i >= 0 ? i + 1 : null;
}

export function monthIndex(token: string): number {
  return MONTHS.indexOf(token.toLowerCase().slice(0, 3));
}

/** A valid date for (y, m, d), or null for "February 30th". */
export function validDay(y: number, m: number, d: number): Day | null {
  if (d < 1 || d > 31) return null;
  const result = day(y, m, d);
  return result.getUTCMonth() === m ? result : null;
}

/** The date `month`/`dayOfMonth` in `year`, or when no year was said, the first one on or after the call day. */
export function monthDay(callDay: Day, month: number, dayOfMonth: number | null, year: string | undefined): Day | null {
  if (month < 0 || dayOfMonth === null) return null;
  if (year) return validDay(Number(year), month, dayOfMonth);
  const thisYear = validDay(callDay.getUTCFullYear(), month, dayOfMonth);
  if (thisYear && thisYear >= callDay) return thisYear;
  return validDay(callDay.getUTCFullYear() + 1, month, dayOfMonth);
}
