/**
 * Due dates spoken in a call ("by Friday", "next Tuesday", "end of the month") resolved to ISO dates
 * against the call's local calendar day. Pure: the call day comes from `startedAt` read in the call's
 * time zone with Intl, never from the clock.
 *
 * Conventions (weeks start on Monday, as in ISO 8601):
 * - "today", "tonight", "this afternoon", "end of day", "right after this call": the call day.
 *   "tomorrow": the day after.
 * - "Friday", "by Friday", "this Friday": the next Friday strictly after the call day (said on a
 *   Friday it means the Friday a week later; say "today" for the same day).
 * - "next Tuesday": the Tuesday of the week after the call's week. Call on Monday 2026-11-16:
 *   "Tuesday" = 2026-11-17, "next Tuesday" = 2026-11-24.
 * - "end of the week" / "this week": the Friday of the call's week (on a weekend: the next Friday);
 *   "end of next week": the Friday of next week. "next week": the Monday of next week.
 * - "end of the month": the last day of the call's month; "next month": the 1st of next month.
 * - "in two weeks", "in 3 days", "a week from today": counted from the call day.
 * - "November 30th", "30 November", "Nov 30, 2026", "2026-11-30": that date; without a year, the
 *   first such date on or after the call day. "the 30th": that day of this month, else of next month.
 * - Past references ("yesterday", "last Friday") are not due dates; neither is a weekday naming an
 *   event ("Thursday's demo").
 *
 * Spanish (`es`) follows the same conventions: "hoy", "esta tarde" (the call day), "mañana" (the
 * next day; not "esta mañana" nor "de la mañana"), "pasado mañana", "el viernes", "antes del viernes",
 * "el próximo martes" / "el martes que viene" (the first such day after the call day, as Spanish
 * speakers use it), "el martes de la semana que viene" (the Tuesday of next week), "la próxima semana",
 * "a finales de la semana que viene", "fin de mes", "el próximo mes", "en dos semanas", "dentro de tres
 * días", "el 15 de diciembre", "el día 15", "para el 15".
 */

/** A calendar date without a time zone, held as a UTC midnight so arithmetic never meets DST. */
type Day = Date;

interface DateRule {
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
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'a couple of': 2, 'couple of': 2, 'a couple': 2,
};
const COUNT_RE = '(\\d{1,2}|a couple of|couple of|a couple|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'twenty[- ]first', 'twenty[- ]second', 'twenty[- ]third', 'twenty[- ]fourth',
  'twenty[- ]fifth', 'twenty[- ]sixth', 'twenty[- ]seventh', 'twenty[- ]eighth', 'twenty[- ]ninth', 'thirtieth',
  'thirty[- ]first',
];
const DAY_OF_MONTH_RE = `(\\d{1,2}(?:st|nd|rd|th)?|${[...ORDINAL_WORDS].reverse().join('|')})`;

const day = (y: number, m: number, d: number): Day => new Date(Date.UTC(y, m, d));
const addDays = (d: Day, n: number): Day => day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
const lastDayOfMonth = (y: number, m: number): Day => day(y, m + 1, 0);
/** Monday of the ISO week that holds `d`. */
const mondayOf = (d: Day): Day => addDays(d, -((d.getUTCDay() + 6) % 7));

function addMonths(d: Day, n: number): Day {
  const target = day(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  const last = lastDayOfMonth(target.getUTCFullYear(), target.getUTCMonth()).getUTCDate();
  return day(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last));
}

/** The first `weekday` strictly after `from`. */
function nextWeekday(from: Day, weekday: number): Day {
  const ahead = (weekday - from.getUTCDay() + 7) % 7 || 7;
  return addDays(from, ahead);
}

/** The Friday of the call's week; on a weekend, the coming Friday. */
function fridayOfThisWeek(callDay: Day): Day {
  const friday = addDays(mondayOf(callDay), 4);
  return friday >= callDay ? friday : addDays(friday, 7);
}

/** `weekday` (0 = Sunday) in the ISO week after the one holding `from`. */
function weekdayOfNextWeek(from: Day, weekday: number): Day {
  return addDays(mondayOf(from), 7 + ((weekday + 6) % 7));
}

function parseCount(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL_NUMBERS[w] ?? null;
}

function parseDayOfMonth(token: string): number | null {
  const t = token.toLowerCase().replace(/-/g, ' ');
  const digits = t.match(/^(\d{1,2})/);
  if (digits) return Number(digits[1]);
  const i = ORDINAL_WORDS.findIndex((w) => new RegExp(`^${w}$`).test(t));
  return i >= 0 ? i + 1 : null;
}

function monthIndex(token: string): number {
  return MONTHS.indexOf(token.toLowerCase().slice(0, 3));
}

/** A valid date for (y, m, d), or null for "February 30th". */
function validDay(y: number, m: number, d: number): Day | null {
  if (d < 1 || d > 31) return null;
  const result = day(y, m, d);
  return result.getUTCMonth() === m ? result : null;
}

/** The date `month`/`dayOfMonth` in `year`, or when no year was said, the first one on or after the call day. */
function monthDay(callDay: Day, month: number, dayOfMonth: number | null, year: string | undefined): Day | null {
  if (month < 0 || dayOfMonth === null) return null;
  if (year) return validDay(Number(year), month, dayOfMonth);
  const thisYear = validDay(callDay.getUTCFullYear(), month, dayOfMonth);
  if (thisYear && thisYear >= callDay) return thisYear;
  return validDay(callDay.getUTCFullYear() + 1, month, dayOfMonth);
}

const WEEKDAY_NAMES = WEEKDAYS.join('|');

/** Languages with date phrases; anything else is read with the English rules. */
export type DateLanguage = 'en' | 'es';

/** "es", "es-MX", "spanish" → "es"; everything else → "en". */
export function dateLanguage(code: string | null | undefined): DateLanguage {
  return /^(?:es(?:[-_]|$)|spa\b|spanish|espa[nñ]ol|castellano)/i.test(code?.trim() ?? '') ? 'es' : 'en';
}

const ISO_RULE: DateRule = {
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  specificity: 4,
  resolve: (m) => validDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
};

const RULES: DateRule[] = [
  ISO_RULE,
  {
    pattern: new RegExp(`\\b${MONTH_RE}\\.?\\s+(?:the\\s+)?${DAY_OF_MONTH_RE}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    specificity: 3,
    // "May" is also a verb: "May first" counts only after "on"/"by"/"before"/"until" or with a digit.
    accept: (m, before) => m[1]!.toLowerCase() !== 'may' || /\d/.test(m[2]!) || /\b(?:on|by|before|until|till)\s+$/i.test(before),
    resolve: (m, callDay) => monthDay(callDay, monthIndex(m[1]!), parseDayOfMonth(m[2]!), m[3]),
  },
  {
    pattern: new RegExp(`\\b(?:the\\s+)?${DAY_OF_MONTH_RE}\\s+(?:of\\s+)?${MONTH_RE}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    specificity: 3,
    resolve: (m, callDay) => monthDay(callDay, monthIndex(m[2]!), parseDayOfMonth(m[1]!), m[3]),
  },
  {
    // "the 30th" without a month: this month if still ahead, else next month.
    pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
    specificity: 2,
    resolve: (m, callDay) => {
      const d = Number(m[1]);
      const y = callDay.getUTCFullYear();
      const mo = callDay.getUTCMonth();
      const here = validDay(y, mo, d);
      if (here && here >= callDay) return here;
      return validDay(mo === 11 ? y + 1 : y, (mo + 1) % 12, d);
    },
  },
  {
    pattern: /\b(?:(?:by\s+)?the\s+)?day after tomorrow\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => addDays(callDay, 2),
  },
  {
    pattern: /\btomorrow\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => addDays(callDay, 1),
  },
  {
    pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => callDay,
  },
  {
    // Weaker than a weekday, so "end of day Friday" is Friday.
    pattern: /\b(?:(?:the )?end of (?:the |to)?day|eod|close of business|cob|(?:right |straight )?after (?:this|the|our) call|as soon as we hang up|right away)\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => callDay,
  },
  {
    // "Thursday's demo" names an event, not a deadline.
    pattern: new RegExp(`\\b(?:(this|next|coming|following)\\s+)?(${WEEKDAY_NAMES})\\b(?!['’]s\\b)`, 'gi'),
    specificity: 2,
    resolve: (m, callDay) => {
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const which = m[1]?.toLowerCase();
      return which === 'next' || which === 'following' ? weekdayOfNextWeek(callDay, weekday) : nextWeekday(callDay, weekday);
    },
  },
  {
    pattern: /\b(?:the\s+)?end of next week\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => weekdayOfNextWeek(callDay, 5),
  },
  {
    pattern: /\b(?:(?:the\s+)?end of (?:the |this )?week|(?:later )?this week|week'?s end)\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => fridayOfThisWeek(callDay),
  },
  {
    pattern: /\b(?:(?:early|earlier|beginning of|start of|first thing)\s+)?next week\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => addDays(mondayOf(callDay), 7),
  },
  {
    pattern: /\b(?:the\s+)?end of next month\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1),
  },
  {
    pattern: /\b(?:(?:the\s+)?end of (?:the |this )?month|month[- ]end|end of month)\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth()),
  },
  {
    pattern: /\b(?:(?:early|beginning of|start of)\s+)?next month\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => day(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1, 1),
  },
  {
    pattern: /\b(?:the\s+)?end of (?:the |this )?quarter\b|\bquarter[- ]end\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => {
      const quarterEndMonth = Math.floor(callDay.getUTCMonth() / 3) * 3 + 2;
      return lastDayOfMonth(callDay.getUTCFullYear(), quarterEndMonth);
    },
  },
  {
    pattern: new RegExp(`\\b(?:in|within)\\s+(?:the\\s+next\\s+)?${COUNT_RE}\\s+(day|week|month)s?\\b`, 'gi'),
    specificity: 2,
    resolve: (m, callDay) => countFrom(callDay, m[1]!, m[2]!),
  },
  {
    pattern: new RegExp(`\\b${COUNT_RE}\\s+(day|week|month)s?\\s+from\\s+(?:now|today)\\b`, 'gi'),
    specificity: 2,
    resolve: (m, callDay) => countFrom(callDay, m[1]!, m[2]!),
  },
];

function countFrom(callDay: Day, countWord: string, unit: string): Day | null {
  const n = parseCount(countWord);
  if (n === null) return null;
  const u = unit.toLowerCase();
  if (u === 'month') return addMonths(callDay, n);
  return addDays(callDay, u === 'week' ? 7 * n : n);
}

// ---- Spanish --------------------------------------------------------------------------------
// Accented letters are not word characters for `\b`, so Spanish patterns use Unicode look-arounds.
const ES_WORD = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const DIAS = ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];
const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const DIA_RE = '(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const MES_RE = '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const NEXT_WEEK_ES = '(?:la\\s+)?(?:pr[oó]xima\\s+semana|semana\\s+(?:que\\s+viene|pr[oó]xima|siguiente))';
const NEXT_MONTH_ES = '(?:pr[oó]ximo\\s+mes|mes\\s+(?:que\\s+viene|pr[oó]ximo|siguiente))';
const END_ES = '(?:a\\s+)?(?:finales|fin|final)';
const COUNT_ES = '(\\d{1,2}|un\\s+par\\s+de|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)';
const NUMBERS_ES: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, 'un par de': 2,
};

function countFromEs(callDay: Day, countWord: string, unitWord: string): Day | null {
  const w = fold(countWord).replace(/\s+/g, ' ');
  const n = /^\d+$/.test(w) ? Number(w) : NUMBERS_ES[w];
  if (n === undefined) return null;
  const unit = fold(unitWord).startsWith('d') ? 'day' : fold(unitWord).startsWith('s') ? 'week' : 'month';
  // "en quince días" is Spanish for a fortnight.
  if (unit === 'day' && n === 15) return addDays(callDay, 14);
  return countFrom(callDay, String(n), unit);
}

/** "el 15" after "para"/"antes del"/"hasta el", or "el día 15": this month if still ahead, else next month. */
function dayOfThisOrNextMonth(d: number, callDay: Day): Day | null {
  const y = callDay.getUTCFullYear();
  const mo = callDay.getUTCMonth();
  const here = validDay(y, mo, d);
  if (here && here >= callDay) return here;
  return validDay(mo === 11 ? y + 1 : y, (mo + 1) % 12, d);
}

const RULES_ES: DateRule[] = [
  ISO_RULE,
  {
    pattern: ES_WORD(`(?:el\\s+)?(?:d[ií]a\\s+)?(\\d{1,2}|primero)\\s+de\\s+${MES_RE}(?:\\s+del?\\s+(\\d{4}))?`),
    specificity: 3,
    resolve: (m, callDay) => monthDay(callDay, MESES.indexOf(fold(m[2]!).slice(0, 3).replace('set', 'sep')), m[1] === 'primero' ? 1 : Number(m[1]), m[3]),
  },
  { pattern: ES_WORD('(?:el\\s+)?d[ií]a\\s+(\\d{1,2})'), specificity: 2, resolve: (m, callDay) => dayOfThisOrNextMonth(Number(m[1]), callDay) },
  {
    pattern: ES_WORD('(?<=(?:antes\\s+del|para\\s+el|hasta\\s+el|tardar\\s+el)\\s+)(\\d{1,2})(?!\\s*(?:%|por\\s+ciento))'),
    specificity: 2,
    resolve: (m, callDay) => dayOfThisOrNextMonth(Number(m[1]), callDay),
  },
  { pattern: ES_WORD('pasado\\s+ma[nñ]ana'), specificity: 2, resolve: (_m, callDay) => addDays(callDay, 2) },
  // "mañana" is tomorrow; "esta mañana" is today and "por / de / en la mañana" a time of day.
  { pattern: ES_WORD('(?<!(?<![\\p{L}])(?:la|esta|pasado)\\s+)ma[nñ]ana'), specificity: 2, resolve: (_m, callDay) => addDays(callDay, 1) },
  { pattern: ES_WORD('hoy(?:\\s+mismo)?|esta\\s+(?:ma[nñ]ana|tarde|noche)'), specificity: 2, resolve: (_m, callDay) => callDay },
  {
    pattern: ES_WORD('(?:al\\s+)?final\\s+del\\s+d[ií]a|(?:justo\\s+)?(?:despu[eé]s\\s+de|al\\s+terminar)\\s+(?:esta|la|nuestra)\\s+llamada|en\\s+cuanto\\s+colguemos|ahora\\s+mismo|enseguida|de\\s+inmediato'),
    specificity: 1,
    resolve: (_m, callDay) => callDay,
  },
  {
    pattern: ES_WORD(`(?:(?:este|el)\\s+)?(?:(pr[oó]ximo|siguiente)\\s+)?${DIA_RE}(?:\\s+(pr[oó]ximo|que\\s+viene|de\\s+${NEXT_WEEK_ES}))?`),
    specificity: 2,
    // "el lunes pasado" is past; "los lunes" is every Monday.
    accept: (m, before) => !/^\s+pasado/i.test(m.input.slice(m.index + m[0].length)) && !/(?<![\p{L}])los\s+$/iu.test(before),
    resolve: (m, callDay) => {
      const weekday = DIAS.indexOf(fold(m[2]!));
      return m[3] && fold(m[3]).startsWith('de') ? weekdayOfNextWeek(callDay, weekday) : nextWeekday(callDay, weekday);
    },
  },
  { pattern: ES_WORD(`${END_ES}\\s+de\\s+${NEXT_WEEK_ES}`), specificity: 2, resolve: (_m, callDay) => weekdayOfNextWeek(callDay, 5) },
  { pattern: ES_WORD(`${END_ES}\\s+de\\s+(?:esta|la)\\s+semana|esta\\s+semana`), specificity: 1, resolve: (_m, callDay) => fridayOfThisWeek(callDay) },
  {
    pattern: ES_WORD(`(?:(?:a\\s+)?(?:principios|inicios|comienzos)\\s+de\\s+)?${NEXT_WEEK_ES}`),
    specificity: 1,
    resolve: (_m, callDay) => addDays(mondayOf(callDay), 7),
  },
  {
    pattern: ES_WORD(`${END_ES}\\s+del\\s+${NEXT_MONTH_ES}`),
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1),
  },
  {
    pattern: ES_WORD(`${END_ES}\\s+del?\\s+(?:este\\s+)?mes`),
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth()),
  },
  {
    pattern: ES_WORD(`(?:(?:a\\s+)?(?:principios|inicios|comienzos)\\s+del\\s+|el\\s+)?${NEXT_MONTH_ES}`),
    specificity: 1,
    resolve: (_m, callDay) => day(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1, 1),
  },
  {
    pattern: ES_WORD('(?:a\\s+)?(?:finales|fin|final|cierre)\\s+del\\s+trimestre'),
    specificity: 1,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), Math.floor(callDay.getUTCMonth() / 3) * 3 + 2),
  },
  {
    pattern: ES_WORD(`(?:en|dentro\\s+de|de\\s+aqu[ií]\\s+a)\\s+(?:(?:los|las)\\s+pr[oó]xim[oa]s\\s+)?${COUNT_ES}\\s+(d[ií]as?|semanas?|mes(?:es)?)`),
    specificity: 2,
    resolve: (m, callDay) => countFromEs(callDay, m[1]!, m[2]!),
  },
];

interface PhraseWords {
  rules: DateRule[];
  /** Words before a phrase that belong to it ("by", "antes del"). */
  leading: RegExp;
  /** A time of day after it ("at 3pm", "a las diez"). */
  trailing: RegExp;
  /** Words before a phrase that make it past ("last", "desde"). */
  pastBefore: RegExp;
  /** How a deadline starts, as opposed to any date ("by", "antes"). */
  deadline: RegExp;
  /** What may separate two touching phrases that name one date ("Friday, the 20th"). */
  joiner: RegExp;
}

const EN: PhraseWords = {
  rules: RULES,
  leading: /(?:\b(?:no later than|by|before|until|till|on|for|at|around|sometime|some time|first thing|as early as|ahead of|towards?)\s+)+$/i,
  trailing:
    /^(?:\s+(?:morning|afternoon|evening|night|eod|end of day))?(?:\s+at\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:thirty|fifteen|forty[- ]five))?(?:\s*(?:am|pm|o'clock))?))?(?:\s+in the (?:morning|afternoon|evening))?(?:\s+(?:your|my|our) time|\s+(?:eastern|central|pacific|mountain|et|ct|pt|mt|cet|gmt|utc|uk time))?(?:,?\s+at the latest)?/i,
  pastBefore: /\b(?:last|past|previous|since|ago)\s+$/i,
  deadline: /^(?:no later than|by|before|until|till)\b/i,
  joiner: /^[\s,]*(?:the\s+)?$/i,
};

const ES_HOUR = '(?:\\d{1,2}(?::\\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?:\\s+y\\s+(?:media|cuarto))?';
const ES: PhraseWords = {
  rules: RULES_ES,
  leading:
    /(?:(?<![\p{L}])(?:a\s+m[aá]s\s+tardar(?:\s+el)?|como\s+muy\s+tarde(?:\s+el)?|no\s+m[aá]s\s+tarde\s+del?|antes\s+del?|para(?:\s+el)?|hasta(?:\s+el)?|a\s+partir\s+del?|sobre|hacia)\s+)+$/iu,
  trailing: new RegExp(
    `^(?:\\s+(?:por|en)\\s+la\\s+(?:ma[nñ]ana|tarde|noche)|\\s+temprano)?(?:\\s+a\\s+(?:eso\\s+de\\s+)?las?\\s+${ES_HOUR}(?:\\s+(?:de\\s+la\\s+(?:ma[nñ]ana|tarde|noche)|en\\s+punto))?)?(?:,?\\s+(?:como\\s+muy\\s+tarde|a\\s+m[aá]s\\s+tardar))?(?![\\p{L}])`,
    'iu',
  ),
  pastBefore: /(?<![\p{L}])(?:desde|hace)\s+(?:el\s+|la\s+)?$/iu,
  deadline: /^(?:a\s+m[aá]s\s+tardar|como\s+muy\s+tarde|no\s+m[aá]s\s+tarde|antes|hasta|para)(?![\p{L}])/iu,
  joiner: /^[\s,]*(?:el\s+|de\s+)?$/i,
};

const WORDS: Record<DateLanguage, PhraseWords> = { en: EN, es: ES };

/**
 * Every date phrase in `text`, left to right, without overlaps; touching phrases ("Friday, November
 * 20th") merge. `language` picks the phrase rules (English by default).
 */
export function findDatePhrases(text: string, language: DateLanguage = 'en'): DatePhrase[] {
  const words = WORDS[language];
  const raw: DatePhrase[] = [];
  for (const rule of words.rules) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const before = text.slice(Math.max(0, start - 12), start);
      if (words.pastBefore.test(before)) continue;
      if (rule.accept && !rule.accept(m as RegExpExecArray, before)) continue;
      raw.push({
        start,
        end: start + m[0].length,
        specificity: rule.specificity,
        resolve: (callDay) => rule.resolve(m as RegExpExecArray, callDay),
      });
    }
  }
  // Longer phrases win over phrases inside them ("end of next week" over "next week").
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DatePhrase[] = [];
  for (const p of raw) {
    const prev = kept[kept.length - 1];
    if (prev && p.start < prev.end) continue;
    if (prev && words.joiner.test(text.slice(prev.end, p.start))) {
      kept[kept.length - 1] = p.specificity > prev.specificity ? { ...p, start: prev.start } : { ...prev, end: p.end };
      continue;
    }
    kept.push(p);
  }
  return kept.map((p) => {
    const lead = text.slice(0, p.start).match(words.leading);
    const trail = text.slice(p.end).match(words.trailing);
    return { ...p, start: p.start - (lead?.[0].length ?? 0), end: p.end + (trail?.[0].length ?? 0) };
  });
}

/** Tells a date that does not set a deadline for the task at hand ("an invite for Tuesday"). */
export type SkipPhrase = (phrase: DatePhrase, text: string) => boolean;

/** The phrase that states a deadline: the first one led by "by"/"before"/"until", else the first one. */
export function pickDuePhrase(text: string, language: DateLanguage = 'en', skip?: SkipPhrase): DatePhrase | null {
  const phrases = findDatePhrases(text, language).filter((p) => !skip?.(p, text));
  const deadline = phrases.find((p) => WORDS[language].deadline.test(text.slice(p.start)));
  return deadline ?? phrases[0] ?? null;
}

/** `text` without its due-date phrase ("Send the deck by Friday." → "Send the deck."). */
export function removeDuePhrase(text: string, language: DateLanguage = 'en'): string {
  const p = pickDuePhrase(text, language);
  if (!p) return text;
  return `${text.slice(0, p.start)} ${text.slice(p.end)}`
    .replace(/\s+([,.;!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The call's calendar day in its time zone (UTC when the zone is missing or unknown), or null without `startedAt`. */
export function callLocalDate(startedAt: string | null | undefined, timezone: string | null | undefined): string | null {
  if (!startedAt) return null;
  const instant = new Date(startedAt);
  if (Number.isNaN(instant.getTime())) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The due date stated in `sentence`, as an ISO date, resolved against the call's local day; null when
 * the sentence names no date or the call's start is unknown.
 */
export function resolveDueDate(
  sentence: string,
  startedAt: string | null | undefined,
  timezone: string | null | undefined,
  language: DateLanguage = 'en',
  skip?: SkipPhrase,
): string | null {
  const local = callLocalDate(startedAt, timezone);
  if (!local) return null;
  const phrase = pickDuePhrase(sentence, language, skip);
  if (!phrase) return null;
  const [y, m, d] = local.split('-').map(Number) as [number, number, number];
  const resolved = phrase.resolve(day(y, m - 1, d));
  return resolved ? resolved.toISOString().slice(0, 10) : null;
}
