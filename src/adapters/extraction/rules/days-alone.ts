import { pickDuePhrase, resolveDueDate } from '../../../domain/dates.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addEvidence, isOwnPromise, type ActionDraft } from './merge-items.ts';
import type { Sentence } from './sentences.ts';

/**
 * A sentence that is only a day ("Friday.", "By Monday, let's say."), and the promise beside it in the same turn that
 * it dates: the one just before it (see also datesSaidAfter in dialogue-turns.ts), or the one just after it.
 */

/** Words a day may come with and still say nothing else ("Tomorrow, first thing.", "Friday latest.", "By Monday, let's say."). */
const WITH_A_DAY = /^(?:by|on|the|latest|tops|max|then|okay|ok|so|yes|yeah|yep|sure|alright|fine|good|work|works|for|you|suit|suits|is|that|i|reckon|think|guess|hopefully|probably|let['’]s|say|make|call|it)$/i;
/** A sentence that is only a day: "Tomorrow.", "By Friday.", "Friday, latest." */
export function onlyADay(text: string, ctx: CommitmentContext, asked = false): string | null {
  const phrase = pickDuePhrase(text);
  if (!phrase || text.includes('?') !== asked) return null;
  const rest = `${text.slice(0, phrase.start)} ${text.slice(phrase.end)}`.toLowerCase().replace(/\b(?:first thing|at the latest)\b/g, ' ');
  const words = rest.replace(/[^\p{L}\s'’]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length <= 3 && words.every((w) => WITH_A_DAY.test(w)) ? resolveDueDate(text, ctx.startedAt, ctx.timezone, 'en') : null;
}

/** Fillers a promise may open on and still open its sentence. */
const FILLERS = /\b(?:and|so|then|um|uh|oh|okay|ok|yes|yeah|yep|right|well|sure)\b/gi;

/**
 * "He'll mail you the report. By Monday.": the promise opens the `i`th sentence (at `start`, after a filler at most), and the
 * next sentence of the same turn is only a day. (A sentence with words before the promise may say its day there.)
 */
export function dayAloneAfter(sentences: readonly Sentence[], i: number, start: number, ctx: CommitmentContext): boolean {
  const next = sentences[i + 1];
  const opens = !/\w/.test(sentences[i]!.text.slice(0, start).replace(FILLERS, ''));
  return Boolean(opens && next && next.segmentIndex === sentences[i]!.segmentIndex && !next.addressedToSystem && onlyADay(next.text, ctx));
}

/** The speaker's own promise opening the sentence, after fillers at most: "Okay. I'll take it over myself." */
const OPENS_ON_PROMISE = /^[\W\s]*(?:i|we)(?:['’]ll|\s+will|['’]m going to|\s+am going to|\s+are going to|['’]re going to)\b/i;

/** A time of day ("at ten", "9 a.m."): the day is when a meeting is, not when a task is due. */
const CLOCK = /\b(?:at\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b|\d\s*(?:a\.?m|p\.?m)\b|o['’]clock\b)/i;
/** "Friday is fine.", "Monday works.": a day the other side put forward, taken for what they proposed. */
const TAKES_THEIR_DAY = /\b(?:fine|works?|suits?|good|great)\b/i;

/**
 * "Okay, yes. Friday. I'll drop it at the depot.": a day said alone right before a promise with no day, in the same
 * turn, dates it: the turn took a day, then said what happens on it. Only when the day belongs to no earlier promise
 * of that turn (one said before it takes it, as datesSaidAfter does), is no meeting's slot (a time of day), and is
 * not the other side's day agreed to ("Friday is fine"), which dates what they proposed.
 */
export function datesSaidJustBefore(drafts: readonly ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const d of drafts) {
    const said = d.evidence.find((e) => !e.mention)?.sentence;
    if (d.dueDate || !said || !isOwnPromise(d.kind) || !OPENS_ON_PROMISE.test(said.text.replace(FILLERS, ''))) continue;
    const at = sentences.indexOf(said);
    const dayAlone = sentences[at - 1];
    if (!dayAlone || dayAlone.segmentIndex !== said.segmentIndex || dayAlone.addressedToSystem) continue;
    const day = CLOCK.test(dayAlone.text) || TAKES_THEIR_DAY.test(dayAlone.text) ? null : onlyADay(dayAlone.text, ctx);
    // Another promise said earlier in the turn, or quoting that day, has it.
    const taken = drafts.some((o) => o !== d && o.evidence.some((e) => e.sentence === dayAlone || (!e.mention && e.sentence.segmentIndex === said.segmentIndex && sentences.indexOf(e.sentence) < at - 1)));
    if (!day || taken) continue;
    d.dueDate = day;
    addEvidence(d, { sentence: dayAlone, quote: dayAlone.text });
  }
}
