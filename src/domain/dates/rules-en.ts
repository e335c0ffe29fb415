/** English date phrases (conventions in ../dates.ts). */
import {
  addDays, addMonths, COUNT_RE, day, DAY_OF_MONTH_RE, fridayOfThisWeek, lastDayOfMonth, mondayOf, monthDay, monthIndex, MONTH_RE,
  nextWeekday, ORDINAL_WORDS, parseCount, parseDayOfMonth, validDay, weekdayOfNextWeek, WEEKDAYS, type DateRule, type Day,
} from './calendar.ts';

export const WEEKDAY_NAMES = WEEKDAYS.join('|');

export const ISO_RULE: DateRule = {
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  specificity: 4,
  resolve: (m) => validDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
};

/**
 * "Friday the twenty-eighth" with no month: the first 28th on or after the call day that is a Friday (the speakers
 * name the weekday to say which month); if none is within a year, the next 28th.
 */
function weekdayAndDay(callDay: Day, weekday: number, d: number | null): Day | null {
  if (d === null) return null;
  const y = callDay.getUTCFullYear();
  const mo = callDay.getUTCMonth();
  let first: Day | null = null;
  for (let k = 0; k < 12; k++) {
    const at = validDay(y + Math.floor((mo + k) / 12), (mo + k) % 12, d);
    if (!at || at < callDay) continue;
    first ??= at;
    if (at.getUTCDay() === weekday) return at;
  }
  return first;
}

export const RULES: DateRule[] = [
  ISO_RULE,
  {
    pattern: new RegExp(`\\b(${WEEKDAY_NAMES}),?\\s+the\\s+${DAY_OF_MONTH_RE}\\b(?!\\s+(?:of\\s+)?${MONTH_RE})`, 'gi'),
    specificity: 3,
    resolve: (m, callDay) => weekdayAndDay(callDay, WEEKDAYS.indexOf(m[1]!.toLowerCase()), parseDayOfMonth(m[2]!)),
  },
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
    specificity: 3,
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
    // "the twenty-second" said without a month, where it ends the phrase ("Thursday the eleventh at two",
    // "by the thirtieth."); "the first/second/third" only after "on", "by", a weekday…, not "the second option".
    pattern: new RegExp(
      `\\bthe\\s+(${ORDINAL_WORDS.slice().reverse().join('|')})\\b(?=\\s*(?:[.,;:?!—–]|-\\s|$|\\s+(?:at|works|is|then|would|could|in|morning|afternoon|evening|for|instead|if|so|still)\\b))`,
      'gi',
    ),
    accept: (m, before) => !/^(?:first|second|third)$/i.test(m[1]!) || /(?:\b(?:on|by|before|until|till|from|after)|day,?)\s+$/i.test(before),
    specificity: 3,
    resolve: (m, callDay) => {
      const d = parseDayOfMonth(m[1]!);
      if (d === null) return null;
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
    pattern: /\b(?:today|tonight|this (?:morning|afternoon|arvo|evening))\b/gi,
    specificity: 2,
    resolve: (_m, callDay) => callDay,
  },
  {
    // Weaker than a weekday, so "end of day Friday" is Friday.
    pattern: /\b(?:(?:the )?end of (?:the |to)?day|eod|close of business|cob|(?:right |straight )?after (?:this|the|our) call|(?:right |straight )?after this(?=\s*(?:[.,;!?]|$))|right away|as soon as (?:we|I) (?:hang up|get off the (?:phone|call))|(?:with)?in (?:the next )?(?:a few|a couple of|\d+|five|ten|fifteen|twenty|thirty) minutes|(?:with)?in (?:an|the next|the) hour)\b/gi,
    specificity: 1,
    resolve: (_m, callDay) => callDay,
  },
  {
    // "Tuesday next week", "the Friday of next week", "next week on Tuesday": that day of next week.
    pattern: new RegExp(
      `\\b(${WEEKDAY_NAMES}),?\\s+(?:of\\s+)?(?:the\\s+)?(?:next|following)\\s+week\\b|\\bnext\\s+week,?\\s+(?:on\\s+)?(${WEEKDAY_NAMES})\\b(?!['’]s\\b)`,
      'gi',
    ),
    specificity: 2,
    resolve: (m, callDay) => weekdayOfNextWeek(callDay, WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase())),
  },
  {
    // "Thursday this week": that day of the call's week, if still ahead.
    pattern: new RegExp(`\\b(${WEEKDAY_NAMES}),?\\s+(?:of\\s+)?this\\s+week\\b|\\bthis\\s+week,?\\s+(?:on\\s+)?(${WEEKDAY_NAMES})\\b(?!['’]s\\b)`, 'gi'),
    specificity: 2,
    resolve: (m, callDay) => {
      const at = addDays(mondayOf(callDay), (WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase()) + 6) % 7);
      return at >= callDay ? at : null;
    },
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

export function countFrom(callDay: Day, countWord: string, unit: string): Day | null {
  const n = parseCount(countWord);
  if (n === null) return null;
  const u = unit.toLowerCase();
  if (u === 'month') return addMonths(callDay, n);
  return addDays(callDay, u === 'week' ? 7 * n : n);
}
