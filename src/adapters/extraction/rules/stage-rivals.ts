import { CALENDAR_WORDS } from '../../../domain/dates/calendar.ts';
import { signsDealPaper } from './signed-document.ts';

/**
 * Whose deal a signing or a choice is: a rival chosen ("we went with Corvex"), this deal's paper signed (not an NDA,
 * not with someone else, not long ago). Read by the stage rules (stage-rules.ts).
 */

const GENERIC_RIVAL =
  /^(?:another|a different|a competing|a competitor|one of your competitors|someone else|somebody else|an? (?:other|cheaper|existing|internal|in-house)|the other|in-house|an in-house|other (?:company|vendor|supplier|provider|firm|one))\b/i;
export const NOT_A_RIVAL = new RegExp(
  String.raw`^(?:You|Your|The|This|That|It|Our|Us|Them|I|We|A|An|${CALENDAR_WORDS}|Q[1-4])\b`);
/** A purchase made long ago ("two years ago", "last spring") is a tool they already have, not this decision; "an hour ago" is today. */
export const LONG_AGO = /\b(?:(?:years?|months?|decades?)\s+ago|last (?:year|spring|summer|fall|autumn|winter)|years? back|back in|in (?:19|20)\d\d)\b/i;
/** "…our support plan, which we signed back in June": a paper named and told when it was signed, an earlier deal. */
const EARLIER_PAPER =
  /\b(?:that|which)\s+(?:we|i)\s+(?:already\s+)?signed\s+(?:back\s+)?in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:spring|summer|autumn|fall|winter))\b/i;
/** Signed "an agreement with another freight broker": a deal with someone else, not ours. */
export const WITH_SOMEONE_ELSE = /^[^.?!;]*?\bwith\s+(?!(?:you|y'all|us)\b|your\s+(?!(?:\w+\s+)?(?:competitors?|rivals?|competition)\b))/i;

/**
 * "The last time we signed…", "whenever I sign…": a signing told as another occasion, not this deal's; not "this is the
 * first time we've signed…", which is this one.
 */
const ANOTHER_OCCASION = /\b(?<!\b(?:is|was|['’]s)\s+(?:the\s+)?)(?:(?:the\s+)?(?:last|first|only|one|every)\s+time|whenever|back when)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:\w+\s+)?sign(?:ed)?\b/i;

/** "Our old payroll vendor, we signed for three years": a signing told of a vendor they had before, or have now, not this deal. */
const ANOTHER_VENDOR = /\b(?:our|the|my|their)\s+(?:last|previous|old|former|current|existing|present|incumbent)\s+(?:[\w-]+\s+){0,2}?(?:provider|vendor|supplier|partner|contractor|agency|firm|company|system|platform|tool|software)s?\b[^.?!]*\bsign/i;

/**
 * "We just signed a new courier deal", "signed another cleaning contract": a deal of its own kind, new or another, is not
 * this one; "a new three-year agreement", "a new annual contract" (a term or form of paper, not a kind), or one "with
 * you" or that "you sent", still is.
 */
const ANOTHER_DEAL =
  /^\s*(?:a\s+new|another)\s+(?!(?:[\w-]+\s+){0,2}?(?:years?|months?|year-long|[\w]+-(?:year|month)|annual|yearly|monthly|revised|updated|amended|final|master|renewal|framework|order)\b)(?:[\w-]+\s+){1,3}?(?:deal|contract|agreement|lease)\b(?![^.?!]*\b(?:with\s+(?:you|your|y'all)|yours|(?:you|you\s+guys|your\s+team)\s+(?:sent|drafted|prepared|shared|emailed|offered|proposed))\b)/i;

/** What a customer says they signed is this deal's paper: not an NDA or pilot, not with someone else, not long ago, not another occasion. */
export function signedOurPaper(after: string, sentence: string, before: string): boolean {
  return (
    !/^\s*(?:off|up|with|on with)\b/i.test(after) &&
    !/^\s*(?:it|that|this|them)\s+off\b/i.test(after) &&
    // "signed for the parcel": took a delivery; "signed for three years" is still the deal.
    !/^\s*for\s+(?:the|a|an|our|my|some)\s+(?!(?:[\w-]+\s+){0,2}?(?:years?|months?|term|seats?|users?|licen[cs]es?|contract|agreement|renewal|subscription|plan)\b)/i.test(after) &&
    !/^(?:\s+[\w-]+){0,3}?\s+(?:nda|non[- ]disclosure|loi|letter of intent|pilot|poc|trial)\b/i.test(after) &&
    !ANOTHER_DEAL.test(after) &&
    !WITH_SOMEONE_ELSE.test(after) &&
    !LONG_AGO.test(sentence) &&
    !ANOTHER_OCCASION.test(sentence) &&
    !EARLIER_PAPER.test(sentence) &&
    !ANOTHER_VENDOR.test(sentence) &&
    signsDealPaper(after, before)
  );
}

/**
 * The vendor chosen is a competitor: a generic phrase, or a capitalised name that is not "your"/"the"; not a
 * purchase of long ago, and not a choice for a trial or one phase only ("…Acme for the pilot"), which leaves
 * this deal open.
 */
export function choseRival(after: string, sentence: string): boolean {
  return (
    (GENERIC_RIVAL.test(after) || (/^[A-Z][\w&.-]*/.test(after) && !NOT_A_RIVAL.test(after))) &&
    !LONG_AGO.test(sentence) &&
    !/^[^.?!;]*?\bfor\s+(?:the|a|an|our)\s+(?:[\w-]+\s+)?(?:pilot|trial|poc|proof of concept|test|phase|first phase|next phase|interim)\b/i.test(after) &&
    // "…went with Corvex for theirs": another buyer's own purchase.
    !/^[^.?!;]*?\bfor\s+(?:theirs|their\s+own)\b/i.test(after)
  );
}

/** The last sentences said who they chose: "you're going with Corvex", "we picked another vendor". */
export const RIVAL_CHOSEN = /\b(?:going|go|went|gone|chose|chosen|picked|selected|opted for|decided on)\s+(?:with\s+)?(?:\p{Lu}\p{L}*|another|a different|a competitor|someone else|one of your competitors)/u;

/** Not said of something long ago ("…last spring", "two years ago"). */
export const notLongAgo = (_after: string, sentence: string) => !LONG_AGO.test(sentence);
