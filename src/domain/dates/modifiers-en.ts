/**
 * Words attached to an English date phrase that move or blur the day it names (conventions in ../dates.ts).
 * Offsets and anchors people commonly say are read: "a week from Thursday", "three days after the 10th",
 * "two days before month end", "the day before Thursday", "the Thursday after next", "Thursday
 * week". Any other such word left attached ("a few days after Thursday", "two business days from Monday",
 * "after Thursday", "the Monday after the launch", "in a week or two") leaves the phrase with no date: a
 * part of the phrase read alone would name the wrong day.
 */
import { addDays, addMonths, COUNT_RE, nextWeekday, parseCount, WEEKDAYS, type DatePhrase, type Day } from './calendar.ts';

const WEEKDAY_NAMES = WEEKDAYS.join('|');

/** "3 days from", "a week after", "two weeks before": counted from the day the phrase names. */
const COUNTED_OFFSET = new RegExp(`\\b${COUNT_RE}\\s+(?:(calendar|business|working)\\s+)?(day|week|month)s?\\s+(from|after|following|before|prior\\s+to|ahead\\s+of)\\s+$`, 'i');
/** "the day before", "the day after". */
const DAY_OFFSET = /\bthe\s+day\s+(before|after)\s+$/i;
/** Anything else that makes the phrase an anchor of another day, or the edge of a span rather than a deadline. */
const UNREAD_BEFORE =
  /\b(?:(?:days?|weeks?|months?|weekends?|nights?|mornings?|evenings?)\s+(?:from|after|following|before|prior\s+to|ahead\s+of)|after|from|following|starting|beginning|between)\s+(?:the\s+)?$/i;
/** A bare weekday, optionally "this": the only phrase "after next" and "week" attach to. */
const BARE_WEEKDAY = new RegExp(`^(?:this\\s+)?(${WEEKDAY_NAMES})$`, 'i');
const AFTER_NEXT = /^\s+after\s+next\b/i;
/** British "Thursday week", "tomorrow week": a week after that day. */
const WEEK_AFTER = /^\s+week\b/i;
/** "the Monday after the launch", "the Friday before the holidays": anchored on something not read. */
const ANCHORED_WEEKDAY = /^\s+(?:after|before|following|prior\s+to)\b/i;
/** "in a week or two", "within 3 or 4 days", "in two weeks or more": a span, not a day. */
const OR_MORE = new RegExp(`^\\s+or\\s+(?:${COUNT_RE}|more)\\b`, 'i');
/** A phrase that counts days, weeks or months ("in a week"). */
const COUNTED = /\b(?:days?|weeks?|months?)$/i;

const unreadable = (p: DatePhrase, start = p.start, end = p.end): DatePhrase => ({ ...p, start, end, resolve: () => null, unreadable: true });

/** `p` with the modifiers attached to it read into its span and its day (or its day taken away). */
export function withModifiersEn(text: string, p: DatePhrase): DatePhrase {
  const core = text.slice(p.start, p.end);
  const before = text.slice(0, p.start);
  const after = text.slice(p.end);
  const weekday = BARE_WEEKDAY.exec(core);
  const weekdayIndex = weekday ? WEEKDAYS.indexOf(weekday[1]!.toLowerCase()) : -1;

  const afterNext = AFTER_NEXT.exec(after);
  const weekAfter = afterNext ? null : WEEK_AFTER.exec(after);
  if (afterNext || weekAfter) {
    const end = p.end + (afterNext ?? weekAfter)![0].length;
    // "the Thursday after next" and "Thursday week": the Thursday after the coming one; "tomorrow week": a week after tomorrow.
    const weekLater = weekday !== null || (weekAfter !== null && /^(?:today|tomorrow)$/i.test(core));
    const start = afterNext ? p.start - (/\bthe\s+$/i.exec(before)?.[0].length ?? 0) : p.start;
    if (!weekLater) return unreadable(p, start, end);
    return { ...p, start, end, resolve: (callDay) => plusDays(p.resolve(callDay), 7) };
  }
  if (weekday && /\bthe\s+$/i.test(before) && ANCHORED_WEEKDAY.test(after)) return unreadable(p);
  const orMore = COUNTED.test(core) ? OR_MORE.exec(after) : null;
  if (orMore) return unreadable(p, p.start, p.end + orMore[0].length);

  const counted = COUNTED_OFFSET.exec(before);
  if (counted) {
    const [, countWord, kind, unit, direction] = counted;
    if (kind && !/^calendar$/i.test(kind)) return unreadable(p, counted.index);
    const n = parseCount(countWord!);
    if (n === null) return unreadable(p, counted.index);
    const sign = /^(?:before|prior|ahead)/i.test(direction!) ? -1 : 1;
    return {
      ...p,
      start: counted.index,
      resolve: (callDay) => {
        const base = anchorOf(p, weekdayIndex, callDay);
        if (!base) return null;
        const moved = /^month$/i.test(unit!) ? addMonths(base, sign * n) : addDays(base, sign * n * (/^week$/i.test(unit!) ? 7 : 1));
        return moved >= callDay ? moved : null;
      },
    };
  }
  const dayOffset = DAY_OFFSET.exec(before);
  if (dayOffset) {
    const sign = /^before$/i.test(dayOffset[1]!) ? -1 : 1;
    return {
      ...p,
      start: dayOffset.index,
      resolve: (callDay) => {
        const moved = plusDays(anchorOf(p, weekdayIndex, callDay), sign);
        return moved && moved >= callDay ? moved : null;
      },
    };
  }
  const unread = UNREAD_BEFORE.exec(before);
  if (unread) return unreadable(p, unread.index);
  return p;
}

/**
 * The day an offset counts from. A bare weekday that is the call's own weekday is the call day ("two weeks
 * from Monday" said on a Monday counts from that Monday); otherwise the phrase's own day.
 */
function anchorOf(p: DatePhrase, weekdayIndex: number, callDay: Day): Day | null {
  if (weekdayIndex >= 0) return callDay.getUTCDay() === weekdayIndex ? callDay : nextWeekday(callDay, weekdayIndex);
  return p.resolve(callDay);
}

const plusDays = (d: Day | null, n: number): Day | null => (d ? addDays(d, n) : null);
