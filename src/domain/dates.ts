/**
 * Due dates spoken in a call ("by Friday", "next Tuesday", "end of the month") resolved to ISO dates
 * against the call's local calendar day. Pure: the call day comes from `startedAt` read in the call's
 * time zone with Intl, never from the clock.
 *
 * Conventions (weeks start on Monday, as in ISO 8601):
 * - "today", "tonight", "this afternoon" (or "arvo"), "end of day", "right after this call": the call day.
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
 * - "Tuesday next week", "the Tuesday of next week": that day of next week; "Tuesday this week": that day
 *   of the call's week, if not yet past.
 * - Offsets from a phrase: "a week from Friday", "three days after the 10th", "two days before the end of the
 *   month", "the day before Friday": counted from the day the phrase names (a bare weekday that is the call's
 *   own weekday is the call day: "two weeks from Monday" said on a Monday is 14 days later). "the Friday after
 *   next", "Friday week": a week after the coming Friday; "tomorrow week": a week after tomorrow.
 * - A phrase with a modifier that is not read ("a few days after Friday", "two business days from Monday",
 *   "after Friday", "the Monday after the launch", "in a week or two") names no date: never the bare phrase.
 * - Past references ("yesterday", "last Friday") are not due dates; neither is a weekday naming an
 *   event ("Thursday's demo").
 * - Choosing the deadline among several phrases: a negated one ("I can't by Friday", "not Friday", "Friday
 *   doesn't work"; but "not until Friday" stands) is never chosen, and one said right after a correction
 *   ("I mean", "sorry", "actually", "rather", "make that") replaces the one said before it.
 *
 * Spanish (`es`) follows the same conventions: "hoy", "esta tarde" (the call day), "mañana" (the
 * next day; not "esta mañana" nor "de la mañana"), "pasado mañana", "el viernes", "antes del viernes",
 * "el próximo martes" / "el martes que viene" (the first such day after the call day, as Spanish
 * speakers use it), "el martes de la semana que viene" (the Tuesday of next week), "la próxima semana",
 * "a finales de la semana que viene", "fin de mes", "el próximo mes", "en dos semanas", "dentro de tres
 * días", "el 15 de diciembre", "el día 15", "para el 15".
 */

import { day, type DatePhrase, type DateRule } from './dates/calendar.ts';
import { withModifiersEn } from './dates/modifiers-en.ts';
import { RULES } from './dates/rules-en.ts';
import { RULES_ES } from './dates/rules-es.ts';

export type { DatePhrase } from './dates/calendar.ts';

/** Languages with date phrases; anything else is read with the English rules. */
export type DateLanguage = 'en' | 'es';

/** "es", "es-MX", "spanish" → "es"; everything else → "en". */
export function dateLanguage(code: string | null | undefined): DateLanguage {
  return /^(?:es(?:[-_]|$)|spa\b|spanish|espa[nñ]ol|castellano)/i.test(code?.trim() ?? '') ? 'es' : 'en';
}

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
  /** A part of today ("this afternoon"): a day of its own, never the time of another day it touches ("Friday this afternoon"). */
  partOfToday?: RegExp;
  /** Reads the words attached to a phrase that move its day ("a week from Friday") or blur it. */
  modify?: (text: string, p: DatePhrase) => DatePhrase;
  /** Where a clause starts: a negation before a phrase counts from the last of these. */
  clauseBreak: RegExp;
  /** A negation in the phrase's clause before it ("I can't … by Friday", "not Friday"). */
  negation: RegExp;
  /** Set phrases with a negation word that do not negate ("no problem", "don't forget"). */
  notNegation: RegExp;
  /** A negated verb right after the phrase ("Friday doesn't work"). */
  negatedAfter: RegExp;
  /** A phrase led by these stays a deadline under a negation ("we won't need it until Friday"). */
  negationProof: RegExp;
  /** Opens a correction: the phrase said right after it replaces the one said before it. */
  correction: RegExp;
}

const EN: PhraseWords = {
  rules: RULES,
  leading: /(?:\b(?:no later than|not later than|by|before|until|till|on|for|at|around|sometime|some time|first thing|as early as|ahead of|towards?)\s+)+$/i,
  trailing:
    /^(?:\s+(?:morning|afternoon|evening|night|eod|end of day))?(?:\s+at\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:thirty|fifteen|forty[- ]five))?(?:\s*(?:am|pm|o'clock))?))?(?:\s+in the (?:morning|afternoon|evening))?(?:\s+(?:your|my|our) time|\s+(?:eastern|central|pacific|mountain|et|ct|pt|mt|cet|gmt|utc|uk time))?(?:,?\s+at the latest)?/i,
  pastBefore: /\b(?:last|past|previous|since|ago)\s+$/i,
  deadline: /^(?:no later than|not later than|by|before|until|till)\b/i,
  joiner: /^[\s,]*(?:the\s+)?$/i,
  partOfToday: /^(?:today|tonight|this\s+(?:morning|afternoon|arvo|evening))$/i,
  modify: withModifiersEn,
  clauseBreak: /[,;:.!?—–]|\b(?:but|so|and|or|then|instead|because|though|although|whereas|while)\b/gi,
  negation: /\b(?:not|never|cannot|no)\b|n['’]t\b/i,
  notNegation:
    /\b(?:no\s+(?:problem|worries|rush|matter|doubt|question)|not\s+a\s+problem|(?:don['’]t|do\s+not|won['’]t|will\s+not|never)\s+(?:forget|hesitate|worry)|not\s+only|if\s+not|(?:\w*n['’]t|not|no)\s+(?:take\s+)?(?:any\s+)?longer\s+than|(?:don['’]t|do\s+not)\s+see\s+(?:any\s+reason|why)\b[^,;.]*?(?:can['’]t|cannot|won['’]t|wouldn['’]t|couldn['’]t)|no\s+reason\s+(?:why\s+)?[^,;.]*?(?:can['’]t|cannot|won['’]t|wouldn['’]t|couldn['’]t))/gi,
  negatedAfter:
    /^\s*(?:(?:is|does|do|will|would|can|could|should|might)\s+not|isn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|can['’]t|cannot|couldn['’]t|(?:['’]s|is)\s+(?:no\s+good|out))\b(?!\s+(?:be\s+)?(?:a\s+|an\s+)?(?:problem|issue|too\s+late|too\s+far|bad)\b|\s+(?:sound|seem|look)\s+(?:bad|too\s+(?:bad|late|early)|like\s+a\s+problem)\b)/i,
  negationProof: /^(?:until|till)\b/i,
  correction: /\b(?:i\s+mean|i\s+meant|sorry|actually|rather|make\s+(?:that|it)|correction)\b/gi,
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
  clauseBreak: /[,;:.!?¿¡—–]|(?<![\p{L}])(?:pero|así\s+que|asi\s+que|y|o|entonces|porque|aunque|sino)(?![\p{L}])/giu,
  negation: /(?<![\p{L}])(?:no|nunca|jam[aá]s|tampoco)(?![\p{L}])/iu,
  notNegation: /(?<![\p{L}])(?:no\s+(?:hay\s+)?problema|no\s+(?:se|te)\s+preocupe?s?|no\s+m[aá]s\s+tarde)(?![\p{L}])/giu,
  negatedAfter: /^\s*no\s+(?:me|nos|le|les|te)?\s*(?:va|viene|sirve|funciona|puedo|podemos)(?![\p{L}])/iu,
  negationProof: /^hasta(?![\p{L}])/iu,
  correction: /(?<![\p{L}])(?:perd[oó]n|quiero\s+decir|quise\s+decir|mejor\s+dicho|o\s+sea|en\s+realidad|corrijo)(?![\p{L}])/giu,
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
    // "Friday this afternoon": a part of today after another day is a day of its own.
    const partOfToday = (q: DatePhrase) => words.partOfToday?.test(text.slice(q.start, q.end)) ?? false;
    if (prev && words.joiner.test(text.slice(prev.end, p.start)) && !(partOfToday(p) && !partOfToday(prev))) {
      kept[kept.length - 1] = p.specificity > prev.specificity ? { ...p, start: prev.start } : { ...prev, end: p.end };
      continue;
    }
    kept.push(p);
  }
  // Offsets and anchors around a phrase ("a week from Friday") widen it; a phrase it then covers is part of it.
  const modified: DatePhrase[] = [];
  for (const p of kept.map((k) => words.modify?.(text, k) ?? k)) {
    while (modified.length && p.start < modified[modified.length - 1]!.end) modified.pop();
    modified.push(p);
  }
  const spans = modified.map((p) => {
    const lead = text.slice(0, p.start).match(words.leading);
    const trail = text.slice(p.end).match(words.trailing);
    return { ...p, start: p.start - (lead?.[0].length ?? 0), end: p.end + (trail?.[0].length ?? 0) };
  });
  for (const p of spans) if (isNegated(text, p, words)) p.negated = true;
  markCorrections(text, spans, words);
  return spans;
}

/** A negation in the phrase's clause before it, or a negated verb right after it; "until" after a negation still sets the day. */
function isNegated(text: string, p: DatePhrase, words: PhraseWords): boolean {
  if (words.negatedAfter.test(text.slice(p.end))) return true;
  if (words.negationProof.test(text.slice(p.start))) return false;
  const before = text.slice(0, p.start);
  let clauseStart = 0;
  for (const m of before.matchAll(words.clauseBreak)) clauseStart = m.index + m[0].length;
  return words.negation.test(before.slice(clauseStart).replace(words.notNegation, ' '));
}

/** At most this many words between a correction word and the phrase that corrects ("sorry, I mean Thursday"). */
const CORRECTION_GAP = /^[\s,:;—–-]*(?:[\p{L}'’]+[\s,:;—–-]+){0,3}$/u;

/**
 * "Friday, sorry, I mean Thursday": the phrase said within a few words after a correction word replaces the last
 * phrase said before it (unless it is itself negated: "actually, not Thursday" corrects nothing).
 */
function markCorrections(text: string, phrases: DatePhrase[], words: PhraseWords): void {
  for (const m of text.matchAll(words.correction)) {
    const markerEnd = m.index + m[0].length;
    const replacement = phrases.find((p) => p.start >= markerEnd);
    if (!replacement || replacement.negated || !CORRECTION_GAP.test(text.slice(markerEnd, replacement.start))) continue;
    const replaced = phrases.filter((p) => p.end <= m.index).pop();
    if (replaced) replaced.correctedBy = replacement;
  }
}

/** The phrase that stands for `p` once corrections are applied: the last one said in its place. */
export function correctedPhrase(p: DatePhrase): DatePhrase {
  let at = p;
  for (let hops = 0; at.correctedBy && hops < 10; hops++) at = at.correctedBy;
  return at;
}

/** Tells a date that does not set a deadline for the task at hand ("an invite for Tuesday"). */
export type SkipPhrase = (phrase: DatePhrase, text: string) => boolean;

/**
 * The phrase that states a deadline: the first one led by "by"/"before"/"until", else the first one. A negated
 * phrase ("I can't by Friday", "not Friday") states none, nor does one whose modifier is not read ("from Monday",
 * "a few days after Friday"), and a phrase corrected later in the text ("Friday, sorry, I mean Thursday") gives way
 * to its correction.
 */
export function pickDuePhrase(text: string, language: DateLanguage = 'en', skip?: SkipPhrase): DatePhrase | null {
  const phrases = findDatePhrases(text, language).filter((p) => !skip?.(p, text) && !p.negated && !p.correctedBy && !p.unreadable);
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

/** Whether `zone` is a time zone this runtime knows (an IANA name such as "Europe/Berlin", or "UTC"). */
export function knownTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/** `zone` as the runtime names it ("europe/berlin" → "Europe/Berlin"); null for a zone it does not know. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const DAY_MS = 86_400_000;

/**
 * The instant (ISO, UTC) at which clocks in `zone` showed `local` ("2026-11-20T14:30", seconds optional), or null
 * when it is not such a time or the zone is unknown. A time skipped by a clock change is read with the offset
 * before it; a time shown twice, as its first showing.
 */
export function zonedTimeToInstant(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m || !knownTimeZone(zone)) return null;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, se);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return null;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  /** How far `zone`'s clocks are ahead of UTC at `instant`, in ms. */
  const offsetAt = (instant: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
    const shown = new Date(0);
    shown.setUTCFullYear(p.year!, p.month! - 1, p.day!);
    return shown.setUTCHours(p.hour!, p.minute!, p.second!, 0) - instant;
  };
  // The offsets a day either side of the wall time read as UTC. The instant sought is within 14 hours of that
  // (no zone is further from UTC), so the two are the offsets before and after any clock change near it, in a
  // zone 10 hours from UTC as in one 1 hour away; clock changes are never a day apart.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  // Shown twice, both fit: the earlier instant is its first showing. Skipped, neither fits: read with the offset before.
  const exact = [wall - before, wall - after].filter((t) => t + offsetAt(t) === wall).sort((a, b) => a - b)[0];
  return new Date(exact ?? wall - before).toISOString();
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
