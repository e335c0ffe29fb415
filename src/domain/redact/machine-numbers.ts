/**
 * Numbers a program writes into its own messages (an error's reason, a stack trace), which are never a
 * person's phone or card number. The redaction of such text (`machineText`) reads the card and phone rules
 * with them masked, so a timestamp or a byte count stays readable:
 * - ISO 8601 dates, with or without a time ("2026-12-05", "2026-12-05 03:27:05.123Z"), and date-times written
 *   as one run (yyyymmddhhmmss, years 1900–2099), as release directories and log files are named;
 * - Unix times in milliseconds, microseconds or nanoseconds between 2001 and 2033: one run of 13, 16 or 19
 *   digits starting with 1. No phone number is one (numbers of country code 1 have 11 digits, other codes
 *   do not start with 1), and no payment card of those lengths starts with 1;
 * - a number followed by a unit of size or time ("1234567890 bytes", "1500000000 ms"; at most nine digits before
 *   seconds, minutes, hours or days), or following a name
 *   a program gives such a value or an id ("Content-Length: …", "timestamp=…", "RequestId: …", "ETag …");
 * - UUIDs, and digits joined to a letter: part of an identifier (a hex ETag or request id) or of a
 *   quantity with its unit ("1500ms").
 * Each is taken only as written in one piece and not after "+" (a phone's international prefix). A 10–11
 * digit number with nothing around it may be a phone number (or a Unix time in seconds): that is left to the
 * phone rule, which redacts it.
 */

import type { Span } from './number-runs.ts';

const YEAR = '(?:19|20)\\d\\d';
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const HOUR = '(?:[01]\\d|2[0-3])';
const MINUTE = '[0-5]\\d';
const ZONE = `(?:Z|[+-]${HOUR}:?${MINUTE})`;

const PATTERNS: readonly RegExp[] = [
  // ISO 8601 extended: a date, optionally a time (after "T" or a space), fractions and a zone.
  new RegExp(`(?<![\\d+])${YEAR}-${MONTH}-${DAY}(?:[T ]${HOUR}:${MINUTE}(?::${MINUTE}(?:[.,]\\d{1,9})?)?${ZONE}?)?(?![-.]?\\d)`, 'g'),
  // ISO 8601 basic date and time in one run.
  new RegExp(`(?<![\\d+])${YEAR}${MONTH}${DAY}T?${HOUR}${MINUTE}${MINUTE}(?:\\d{3})?Z?(?!\\d)`, 'g'),
  // Unix time in ms, µs or ns.
  /(?<![\d+])1\d{12}(?:\d{3}){0,2}(?!\d)/g,
  // A whole number (not the last group of a longer one) and its unit; units in the case programs write them.
  /(?<![\d+][\s().-]?)\d+(?:[.,]\d+)*(?=\s?(?:bytes?|[kKMGT]i?B|ms|msecs?|milliseconds?|[µμ]s|microseconds?|ns|nanoseconds?)\b)/g,
  // The same with a unit of seconds or longer, which are also words ("min length", "2 days"): no duration in
  // them takes ten digits, and a phone number always does.
  /(?<![\d+][\s().-]?)\d{1,9}(?:[.,]\d+)*(?=\s?(?:secs?|seconds?|mins?|minutes?|hours?|days?)\b)/g,
  // A value after the name programs give a size, a time or an id.
  /(?<=\b(?:content[-_ ]?length|content[-_ ]?range|size|length|offset|position|bytes|timestamp|duration|elapsed|timeout|e-?tag|(?:x-amz-)?request[-_ ]?id|extended[-_ ]?request[-_ ]?id|x-amz-id-2|host[-_ ]?id|trace[-_ ]?id|span[-_ ]?id|correlation[-_ ]?id)['"]?(?:\s{0,3}[:=]\s{0,3}|\s{1,3})['"]?)[\w.:/=-]*\d[\w.:/=-]*/gi,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /(?<=\p{L})\d+|\d+(?=\p{L})/gu,
];

/**
 * `text` with the escapes a program writes when it quotes text blanked (same length, same places): a JSON
 * string's "\\n" or "\\t", a URL's "%2B" or "%20". What they stand for is a separator or a "+", so the digits
 * after one are a number of their own, not part of an identifier joined to the escape's letter.
 */
export function escapesBlanked(text: string): string {
  return text.replace(/\\[nrtfv]|%[0-9A-Fa-f]{2}/g, (m) => ' '.repeat(m.length));
}

/** The machine numbers in `text`, sorted, overlapping ones merged. */
export function machineNumbers(text: string): Span[] {
  const spans = PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
