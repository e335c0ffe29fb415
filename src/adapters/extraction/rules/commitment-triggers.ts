import { pickDuePhrase, type DatePhrase, type SkipPhrase } from '../../../domain/dates.ts';
import type { Owner } from '../../../domain/insights.ts';
import { namedActorTriggers } from './third-party.ts';
import type { DraftKind } from './merge-items.ts';
import { otherRole, type Role } from './sentences.ts';

/**
 * The words that open an English commitment ("I'll", "can you", "let's", "our accountant will"),
 * the kind of commitment each opens, and the phrases around a trigger that make it no promise.
 */

export type Kind = DraftKind;

export const TRIGGERS: { kind: Kind; re: RegExp }[] = [
  {
    kind: 'request',
    re: /\b(?:would you mind|(?:can|could|would|will) you(?:\s+(?:please|kindly|just|maybe|also|possibly|guys|all))*|(?:i|we)(?:'ll| will|'d| would)?\s+need you to|(?:i|we)(?:'d| would) (?:like|love|want) (?:for )?you to|(?:i'd|we'd|i would|we would) (?:love|appreciate it) if you could|if you could(?:\s+(?:please|just|also))*|you(?:'ll| will)? need to|you have to|make sure (?:that )?you|please)\s+/gi,
  },
  // "Could we get the drawings over to you?" offers to hand something over; it asks for nothing.
  { kind: 'ask-for', re: /\b(?:can|could|may) (?:i|we)(?:\s+(?:please|also|just))*\s+(?:get|have|grab|see)\s+(?!(?:[\w'’-]+\s+){1,5}?(?:over\s+|back\s+)?to\s+(?:you|them)\b)/gi },
  { kind: 'let-know', re: /\b(?:let (?:me|us) know|keep (?:me|us) posted(?: on)?|get back to (?:me|us)(?: on)?)\b\s*/gi },
  { kind: 'joint', re: /\b(?:let's|let us|shall we|should we|can we|could we|we should)\s+/gi },
  {
    kind: 'self',
    re: /\b(?:(?:i|we)(?:'ll| will| shall)|(?:i'm|i am|we're|we are)(?:\s+(?:also|just|still|really|definitely|actually|then|now|probably))? (?:going to|gonna|planning to)|let me|(?:i|we)(?:\s+(?:still|also|just|really|definitely|actually|then|first))?\s+(?:need to|have to|must|can|plan to)|(?:i've|we've) got to)\s+/gi,
  },
  // "What we can do is draft a plan", "what I'll do is set up a sandbox": the promise follows "is".
  { kind: 'self', re: /\bwhat (?:i|we)(?:'ll| will| can| could)? do is,?\s+(?:(?:that\s+)?(?:i|we)(?:'ll| will| can)?\s+)?/gi },
  { kind: 'progressive', re: /\b(?:i'm|i am|we're|we are)\s+(?=\w+ing\b)/gi },
  // Someone's promise passed on: "she said she'd send it", "he reckons he can get it done by Monday".
  {
    kind: 'third',
    re: /\b(?:said|says|reckons|thinks|told (?:me|us)|promised)(?:\s+that)?,?\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would|\s+can|\s+could|\s+is going to|\s+are going to)\s+/gi,
  },
  {
    kind: 'third',
    re: /\b(?:(?:our|my)\s+(?!(?:team|side|end)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:will|is going to|are going to)|(?:she|he|they)(?:'ll|\s+will|\s+is going to|\s+are going to))\s+/gi,
  },
];

export const LET_ME_VERBS = new Set([
  'send', 'send over', 'email', 'e mail', 'forward', 'follow up', 'get back', 'circle back', 'loop in', 'talk to',
  'speak to', 'speak with', 'check with', 'check on', 'check in with', 'find out', 'look into', 'put together',
  'pull together', 'draft', 'set up', 'schedule', 'book', 'introduce', 'connect', 'reach out', 'dig into', 'run',
  'get', 'confirm', 'double check', 'write up',
]);
export const MEETING_NOUN = '(?:demo|meeting|call|presentation|session|kickoff|kick-off|walkthrough|appointment|review|workshop|training)';
export const SCHEDULING = new RegExp(
  `^(?:book|schedule|reschedule|set up|arrange|pencil in|lock in|plan|put together|put\\b.{1,40}\\bon the calendar|get\\b.{1,40}\\b(?:on the calendar|scheduled|booked|signed|set up|over)\\b|(?:move|push|shift|bump|postpone)\\b.{0,30}?\\b${MEETING_NOUN}s?\\b)`,
  'i',
);
/** Tasks whose due date is the date of the event they arrange ("book a demo for Tuesday"), or are ("ring you on Thursday"). */
export const ARRANGES = /^(?:book|schedule|reschedule|set up|arrange|pencil in|lock in|plan|move|push|shift|bump|postpone|meet|call|ring|phone|run|hold|host|lead|give|deliver|do)\b/i;
/** A date that says when a meeting is ("a new invite for Tuesday") is not when sending the invite is due. */
export const EVENT_BEFORE = new RegExp(`\\b(?:invite|invitation|calendar hold|hold|${MEETING_NOUN})s?\\s+$`, 'i');
/** "after Tuesday", "from the 3rd on": when the task can start, not when it is due. */
export const startsAfter: SkipPhrase = (p, text) => /\b(?:after|following|starting|from)\s+(?:the\s+)?$/i.test(text.slice(0, p.start));
/** "extend the trial until the 6th", "hold the price through March": how long something lasts, not when the task is due. */
export const untilDate: SkipPhrase = (p, text) =>
  /^(?:until|till|through|thru)\b/i.test(text.slice(p.start)) || /\b(?:until|till|through|thru)\s+(?:the\s+)?$/i.test(text.slice(0, p.start));
/**
 * A day said before the promise, in a clause of its own whose doer is someone or something else ("the review is
 * Wednesday, I'll send the invite", "you return the form by the 18th, and I'll book the installers"): that clause's day,
 * not the promise's. "Tomorrow, I'll send it" and "I'll have it wiped by Friday, and I'll send proof" still date it.
 */
const OTHER_DOER = /\b(?:you|he|she|they|it|(?:the|our|your|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is|are|was|were|will be|get|gets|send|sends|sign|signs|has|have|does|do)\b|\b(?:it|that|he|she)['’]s\b|\b\p{Lu}\p{Ll}+\s+(?:is|gets|sends|signs|has|does|will)\b/iu;
export const saidOfSomethingElse = (p: DatePhrase, text: string, promiseAt: number): boolean => {
  if (p.start >= promiseAt) return false;
  // Only the words the day is said with: in "That's fine, tomorrow I'll send it" the reply before the comma has no day.
  const clause = text.slice(0, p.start).split(/[,;:.!?—–]/).pop()!;
  return OTHER_DOER.test(clause);
};
/** Tasks that make something last ("extend", "hold"): their "until" date is not when they are due. */
export const LASTS = /^(?:extend|hold|keep|pause|freeze|lock|leave)\b/i;
/** "an invite for the Friday": the same, with "the" before the day. */
const EVENT_BEFORE_THE = new RegExp(`\\b(?:invite|invitation|calendar hold|${MEETING_NOUN})s?\\s+(?:for|on)\\s+the\\s+$`, 'i');
export const eventDate: SkipPhrase = (p, text) =>
  (/^(?:for|on)\b/i.test(text.slice(p.start)) && EVENT_BEFORE.test(text.slice(0, p.start))) || EVENT_BEFORE_THE.test(text.slice(0, p.start));
/** "do I need to…", "should we…": a question about a task, not a promise of it. */
export const QUESTION_BEFORE = /\b(?:do|does|did|should|shall|would|will|must)\s*$/i;
/** "I don't think I can…", "we doubt she'll…", "I'm not sure we can…": the speaker doubts it will be done, and promises nothing. */
export const DOUBT_BEFORE = /\b(?:(?:i|we)\s+(?:don['’]t|do not|didn['’]t|did not)\s+(?:really\s+)?(?:think|believe|expect|know if|know whether)|(?:i|we)\s+doubt|(?:i['’]m|i am|we['’]re|we are)\s+not\s+(?:sure|certain)(?:\s+(?:if|whether))?)\s+(?:that\s+)?$/i;
/** "perhaps next month we'll…": a guess about later, not a promise. */
export const HEDGE_BEFORE = /\b(?:maybe|perhaps|possibly)\b[^,.;:!?]*$/i;
/**
 * "Hang on, let me step outside", "bear with me, I'll pull it up", a "hold on" with where the speaker is before the "let
 * me" (the yard, a noisy hall): done while the other side waits on the line, not a task.
 */
export const WHILE_THEY_WAIT = /\b(?:hang on|hold on|one (?:sec|second|moment|tick)|just a (?:sec|second|moment|tick)|bear with me|give me (?:a|one) (?:sec|second|moment|tick))\W*(?:(?:i['’]m|it['’]s)\s+[^.!?]*?[,;—–-]\s*|let me just\W*)?$/i;
/** The other side buying ("once you sign", "as soon as you go ahead") is what a promise after it waits on: how things would go, not a task yet. */
export const AFTER_THEIR_DECISION = /\b(?:once|when|after|as soon as)\s+you(?:'ve| have)?\s+(?:sign(?:ed)?|decide[ds]?|go(?:ne)? ahead|buy|bought|purchase[ds]?|commit(?:ted)?|approve[ds]?|say yes|are on board)\b[^.;!?]*$/i;
/** Said to explain how things usually go ("for context, …", "typically, …"), not to promise. */
export const EXPLAINING = /\b(?:just so you (?:know|have|can see)|for (?:context|reference)|a (?:feel|sense) (?:for|of)|in terms of timing|typically|usually|normally|generally|the way it works)\b/i;
export const isAfterTheirDecision = (before: string) => AFTER_THEIR_DECISION.test(before) && EXPLAINING.test(before);
/** "…than I can approve", "…so I can share it": a comparison or a purpose, not a promise. */
export const NOT_A_PROMISE_BEFORE = /\b(?:than|so that|so)\s*$/i;
/** "…by Monday, because I'm putting the board pack together": the reason for another ask, not a task of its own. */
export const REASON_BEFORE = /\b(?:because|['’]?cause)\s*$/i;
export const MEETING = /^(?:meet|reconvene|regroup|reconnect|follow up|touch base|circle back|hop on|jump on|grab|do|say|find (?:a )?time)\b/i;
/** "if we can get it signed, I'll…" is not a promise; "once legal signs off I'll…" still is. */
export const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|in case|how|why|where|what)\b[^,;]*$/i;
export const ASSENT = /^(?:sure|yes|yeah|yep|absolutely|of course|definitely|no problem|will do|can do|ok|okay|sounds good|perfect|great)\b/i;
export const IMMEDIATE = /\b(?:now|right away|right after|as we speak|shortly)\b/i;
/** "give you a quick call Thursday", "give her a ring": calling someone. */
export const A_CALL = /^give\s+(you|me|us|him|her|them)\s+a\s+(?:quick\s+)?(?:call|ring|buzz)\b/i;
export const TRY_AGAIN = /^(?:try|give)\s+(?:you|to (?:reach|call|catch) you|calling you|reaching you|you a (?:call|ring|buzz))\s+(again|back|later)\b/i;

/**
 * "I mail you the site map Monday", "we deliver the units on the ninth": a promise in the plain present, as
 * speakers of other languages often make one. Only handing over or delivering, and only with a date.
 */
const PRESENT_PROMISE = /\b(?:I|[Ww]e)\s+(?=(?:send|e-?mail|forward|ship|deliver|post|courier|return|bring)\b(?!\s+(?:it|them)\s+(?:every|each)\b))/g;
const DATE_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|tomorrow|tonight)\b/i;
const PRESENT_THIRD = /\b(?:[Hh]e|[Ss]he)\s+(?=(?:sends|e-?mails|forwards|ships|delivers|brings|returns|calls|rings)\b)/g;
/** "we ship every Monday": how things usually go. */
const HABIT = /\b(?:every|each|usually|always|normally|typically|generally|whenever)\b/i;

export interface Match {
  kind: Kind;
  start: number;
  end: number;
  /** The colleague a `third` promise is made for, when named ("Sam will…"). */
  actor?: string;
  /** Said in the plain present ("I send you the plan Friday"). */
  present?: boolean;
}

/** Clauses that open with a doer and a verb in the present: "I send", "you sign", "Kai books". */
export const PRESENT_DOER = /(?:^|[.,;:!?]\s*|\band\s+)(?:(?:I|[Ww]e|[Yy]ou)\s+(?!(?:and|or|will|can|would|could|should|might|must|am|are|is|was|were|have|had|do|did|think|know|mean|guess|hope)\b|[a-z]+ed\b)[a-z]+\b(?!['’])|(?!(?:The|This|That|It|There|Here|What|Which)\b)\p{Lu}\p{Ll}+\s+(?!(?:is|has|was|does|says|thinks|knows|means)\b)[a-z]+s\b)/gu;

export function triggerMatches(text: string): Match[] {
  const all: Match[] = [];
  for (const t of TRIGGERS) {
    for (const m of text.matchAll(t.re)) {
      // "find out whether we can extend the pilot": part of the task before it, not a promise of its own.
      if (t.kind === 'self' && /\b(?:whether|if)\s+$/i.test(text.slice(0, m.index))) continue;
      all.push({ kind: t.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const t of namedActorTriggers(text)) {
    // "off to the Hull depot, they'll leave Monday": a place the thing goes to, not who does it.
    if (/\b(?:to|in|at|from|near|into|via)\s+$/i.test(text.slice(0, t.start))) continue;
    // "By Friday she will…": a date said first is not who does it.
    if (/^(?:by|on|in|at|from|for|after|before|until|since|next|this|last)\s/i.test(t.actor) || DATE_WORD.test(t.actor)) {
      all.push({ kind: 'third', start: t.start, end: t.end });
      continue;
    }
    all.push({ kind: 'third', ...t });
  }
  // A run-through of several doers ("I send…, you sign…") is read as a recap (recap-items.ts).
  const doers = text.match(PRESENT_DOER)?.length ?? 0;
  if (doers < 2) for (const m of text.matchAll(PRESENT_PROMISE)) {
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.split(/[.;!?]|,\s*(?:and|but|so|then)\b/i)[0]!;
    if (/\?\s*$/.test(text) || !pickDuePhrase(clause) || HABIT.test(clause) || /\b(?:if|when|whenever|once|usually|always|normally|typically|do|don't|did)\s+$/i.test(text.slice(0, m.index))) continue;
    all.push({ kind: 'self', start: m.index, end: m.index + m[0].length, present: true });
  }
  // "She emails the sheet over Monday": a colleague's promise passed on in the plain present, with a date.
  if (doers < 2) for (const m of text.matchAll(PRESENT_THIRD)) {
    const clause = text.slice(m.index + m[0].length).split(/[.;!?]|,\s*(?:and|but|so|then)\b/i)[0]!;
    if (/\?\s*$/.test(text) || !pickDuePhrase(clause) || HABIT.test(clause) || /\b(?:if|when|whenever|once)\s+$/i.test(text.slice(0, m.index))) continue;
    all.push({ kind: 'third', start: m.index, end: m.index + m[0].length, present: true });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

export function ownerOf(kind: Kind, speaker: Role): Owner {
  if (kind === 'joint') return 'rep';
  if (kind === 'self' || kind === 'progressive' || kind === 'third') return speaker;
  return otherRole(speaker);
}
