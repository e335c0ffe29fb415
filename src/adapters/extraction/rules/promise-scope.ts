import type { Owner } from '../../../domain/insights.ts';
import { isConditional, waitsOnSomeonesYes } from './commitment-guards.ts';
import type { ActionDraft } from './merge-items.ts';
import { quoteAround, wordCount, type Sentence } from './sentences.ts';

/**
 * What one promise covers beside its own words: its quote when the sentence holds several promises, and the work
 * "that" stands for in "have that done by <day>". Read by findActionItems (commitments.ts).
 */

/** The speaker's plan in the sentences just before, in the same turn: "we'll run a test import of the catalogue". */
const PLAN = /\b(?:i|we)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+am\s+going\s+to|'m\s+going\s+to)\s+((?:do|run|set up|build|prepare|hold|carry out|complete|finish|test)\s+[^.?!;]+)/i;

/**
 * What "that" is in "have that done by <day>": the task the speaker promised just before in the same turn, or the
 * work they described there ("then we'll run a test import") when it was not taken as a task on its own (it waited on
 * things arriving first). Null when the turn says no such thing.
 */
export function plannedJustBefore(drafts: readonly ActionDraft[], sentences: readonly Sentence[], i: number, owner: Owner): ActionDraft | null {
  const here = sentences[i]!;
  const last = drafts[drafts.length - 1];
  // One with a day of its own already ("I'll send the invoice today") is not what will be done by another day.
  if (last && last.owner === owner && last.at !== undefined && i - last.at <= 2 && last.evidence[0]!.sentence.segmentIndex === here.segmentIndex) return last.dueDate ? null : last;
  for (let j = i - 1; j >= 0 && j >= i - 2 && sentences[j]!.segmentIndex === here.segmentIndex; j--) {
    const plan = PLAN.exec(sentences[j]!.text);
    if (!plan) continue;
    // "If the budget comes through, we'll run a pilot": a plan on a condition stays one.
    const before = sentences[j]!.text.slice(0, plan.index);
    if (isConditional(before) || waitsOnSomeonesYes(before)) return null;
    const text = plan[1]!.trim();
    return { text: `${text.charAt(0).toUpperCase()}${text.slice(1)}`, owner, dueDate: null, evidence: [{ sentence: sentences[j]!, quote: quoteAround(sentences[j]!.text, plan.index) }], kind: 'self', at: j };
  }
  return null;
}

/**
 * The words that make one promise, in a sentence that holds several ("So: I'll send the deck today, I'll book the
 * room, and you'll bring the badges"): from the promise (from the sentence's start for the first) to where the
 * next promise or another person's step begins. A quote of the whole sentence would rest this task on the others'
 * words too. A sentence with one promise is quoted as before.
 */
export function promiseQuote(text: string, start: number, nextPromise: number, first: boolean): string {
  const rest = text.slice(start, nextPromise);
  const other = NEXT_STEP.exec(rest);
  if (nextPromise >= text.length && !other) return quoteAround(text, start);
  const end = start + (other ? other.index : rest.length);
  const piece = text.slice(first ? 0 : start, end).replace(/[\s,;:—–-]*(?:\b(?:and|then|plus|also)\b[\s,]*)*$/i, '').trim();
  return wordCount(piece) >= 3 ? quoteAround(piece, first ? start : 0) : quoteAround(text, start);
}

/**
 * ", you'll ship…", ", and Omar sends…": another person's step, which is not this promise's quote; not words about
 * someone set between commas before "to" ("get Ines, she runs our payroll, to send it").
 */
const NEXT_STEP = /,\s*(?:and\s+)?(?=(?:you|he|she|they|\p{Lu}\p{Ll}+)(?:'ll|’ll|\s+will|\s+\p{Ll}+s)\b(?![^,.;!?]*,\s+to\s+\p{Ll}))/u;
