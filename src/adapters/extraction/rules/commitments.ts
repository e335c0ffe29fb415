import { findDatePhrases, pickDuePhrase, resolveDueDate, type SkipPhrase } from '../../../domain/dates.ts';
import type { Owner } from '../../../domain/insights.ts';
import {
  baseForm,
  cutClause,
  hasFutureMarker,
  hasTaskShape,
  isCoreVerb,
  isInCall,
  isReportBack,
  isWeakRequestVerb,
  joinParticle,
  lastDeliverable,
  lastThing,
  leadingVerb,
  mentionsDeliverable,
  pronounObject,
  replacePronounObject,
  splitConjoined,
  splitParticle,
  stripLeadingFiller,
  toActionText,
  type Voice,
} from './action-text.ts';
import { isConditional, isDoneInCall, isWithdrawn } from './commitment-guards.ts';
import { applyDateRevisions, applyRecapDates, foldRecapRestatements, isDeliveryDate, isRevision } from './date-revisions.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addMeetingItems, meetingNoun } from './meetings.ts';
import { delegatedTo, lastNamedPerson, namedActorTriggers, undoCausative } from './third-party.ts';
import { claimShared, isOwnPromise, mergeActionDrafts, type ActionDraft, type DraftKind } from './merge-items.ts';
import { otherRole, quoteAround, wordCount, type Role, type Sentence } from './sentences.ts';

export type { CommitmentContext } from './lang/types.ts';

/**
 * English action items from commitment sentences. Who owns the task follows from the grammar:
 * - "I'll / we'll / I need to / let me / I'm going to …": the speaker.
 * - "our accountant will / she'll … by Tuesday": the speaker's side, for plain follow-up work with a date.
 * - "can you / could you / please / I need you to …", "can I get …", "let me know by …": the other party.
 * - "let's book / schedule …": the rep, who keeps the calendar.
 * Precision first: only follow-up verbs count, conditionals and questions about the call itself
 * ("can you see my screen") do not, and weak requests need a date or a "later".
 */

type Kind = DraftKind;

const TRIGGERS: { kind: Kind; re: RegExp }[] = [
  {
    kind: 'request',
    re: /\b(?:would you mind|(?:can|could|would|will) you(?:\s+(?:please|kindly|just|maybe|also|possibly|guys|all))*|(?:i|we)(?:'ll| will|'d| would)?\s+need you to|(?:i|we)(?:'d| would) (?:like|love|want) (?:for )?you to|(?:i'd|we'd|i would|we would) (?:love|appreciate it) if you could|if you could(?:\s+(?:please|just|also))*|you(?:'ll| will)? need to|you have to|make sure (?:that )?you|please)\s+/gi,
  },
  { kind: 'ask-for', re: /\b(?:can|could|may) (?:i|we)(?:\s+(?:please|also|just))*\s+(?:get|have|grab|see)\s+/gi },
  { kind: 'let-know', re: /\b(?:let (?:me|us) know|keep (?:me|us) posted(?: on)?|get back to (?:me|us)(?: on)?)\b\s*/gi },
  { kind: 'joint', re: /\b(?:let's|let us|shall we|should we|can we|could we|we should)\s+/gi },
  {
    kind: 'self',
    re: /\b(?:(?:i|we)(?:'ll| will| shall)|(?:i'm|i am|we're|we are)(?:\s+(?:also|just|still|really|definitely|actually|then|now|probably))? (?:going to|gonna|planning to)|let me|(?:i|we)(?:\s+(?:still|also|just|really|definitely|actually|then|first))?\s+(?:need to|have to|must|can|plan to)|(?:i've|we've) got to)\s+/gi,
  },
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

const LET_ME_VERBS = new Set([
  'send', 'send over', 'email', 'e mail', 'forward', 'follow up', 'get back', 'circle back', 'loop in', 'talk to',
  'speak to', 'speak with', 'check with', 'check on', 'check in with', 'find out', 'look into', 'put together',
  'pull together', 'draft', 'set up', 'schedule', 'book', 'introduce', 'connect', 'reach out', 'dig into', 'run',
  'get', 'confirm', 'double check', 'write up',
]);
const MEETING_NOUN = '(?:demo|meeting|call|presentation|session|kickoff|kick-off|walkthrough|appointment|review|workshop|training)';
const SCHEDULING = new RegExp(
  `^(?:book|schedule|reschedule|set up|arrange|pencil in|lock in|plan|put together|put\\b.{1,40}\\bon the calendar|get\\b.{1,40}\\b(?:on the calendar|scheduled|booked|signed|set up|over)\\b|(?:move|push|shift|bump|postpone)\\b.{0,30}?\\b${MEETING_NOUN}s?\\b)`,
  'i',
);
/** Tasks whose due date is the date of the event they arrange ("book a demo for Tuesday"). */
const ARRANGES = /^(?:book|schedule|reschedule|set up|arrange|pencil in|lock in|plan|move|push|shift|bump|postpone|meet)\b/i;
/** A date that says when a meeting is ("a new invite for Tuesday") is not when sending the invite is due. */
const EVENT_BEFORE = new RegExp(`\\b(?:invite|invitation|calendar hold|hold|${MEETING_NOUN})s?\\s+$`, 'i');
/** "after Tuesday", "from the 3rd on": when the task can start, not when it is due. */
const startsAfter: SkipPhrase = (p, text) => /\b(?:after|following|starting|from)\s+(?:the\s+)?$/i.test(text.slice(0, p.start));
const eventDate: SkipPhrase = (p, text) => /^(?:for|on)\b/i.test(text.slice(p.start)) && EVENT_BEFORE.test(text.slice(0, p.start));
/** "do I need to…", "should we…": a question about a task, not a promise of it. */
const QUESTION_BEFORE = /\b(?:do|does|did|should|shall|would|will|must)\s*$/i;
/** "perhaps next month we'll…": a guess about later, not a promise. */
const HEDGE_BEFORE = /\b(?:maybe|perhaps|possibly)\b[^,.;:!?]*$/i;
/** The other side buying ("once you sign", "as soon as you go ahead") is what a promise after it waits on: how things would go, not a task yet. */
const AFTER_THEIR_DECISION = /\b(?:once|when|after|as soon as)\s+you(?:'ve| have)?\s+(?:sign(?:ed)?|decide[ds]?|go(?:ne)? ahead|buy|bought|purchase[ds]?|commit(?:ted)?|approve[ds]?|say yes|are on board)\b[^.;!?]*$/i;
/** Said to explain how things usually go ("for context, …", "typically, …"), not to promise. */
const EXPLAINING = /\b(?:just so you (?:know|have|can see)|for (?:context|reference)|a (?:feel|sense) (?:for|of)|in terms of timing|typically|usually|normally|generally|the way it works)\b/i;
const isAfterTheirDecision = (before: string) => AFTER_THEIR_DECISION.test(before) && EXPLAINING.test(before);
/** "…than I can approve", "…so I can share it": a comparison or a purpose, not a promise. */
const NOT_A_PROMISE_BEFORE = /\b(?:than|so that|so)\s*$/i;
const MEETING = /^(?:meet|reconvene|regroup|reconnect|follow up|touch base|circle back|hop on|jump on|grab|do|say|find (?:a )?time)\b/i;
/** "if we can get it signed, I'll…" is not a promise; "once legal signs off I'll…" still is. */
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|in case|how|why|where|what)\b[^,;]*$/i;
const ASSENT = /^(?:sure|yes|yeah|yep|absolutely|of course|definitely|no problem|will do|can do|ok|okay|sounds good|perfect|great)\b/i;
const IMMEDIATE = /\b(?:now|right away|right after|as we speak|shortly)\b/i;
const TRY_AGAIN = /^(?:try|give)\s+(?:you|to (?:reach|call|catch) you|calling you|reaching you|you a (?:call|ring|buzz))\s+(again|back|later)\b/i;

interface Match {
  kind: Kind;
  start: number;
  end: number;
  /** The colleague a `third` promise is made for, when named ("Sam will…"). */
  actor?: string;
}

function triggerMatches(text: string): Match[] {
  const all: Match[] = [];
  for (const t of TRIGGERS) {
    for (const m of text.matchAll(t.re)) {
      // "find out whether we can extend the pilot": part of the task before it, not a promise of its own.
      if (t.kind === 'self' && /\b(?:whether|if)\s+$/i.test(text.slice(0, m.index))) continue;
      all.push({ kind: t.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const t of namedActorTriggers(text)) all.push({ kind: 'third', ...t });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

function ownerOf(kind: Kind, speaker: Role): Owner {
  if (kind === 'joint') return 'rep';
  if (kind === 'self' || kind === 'progressive' || kind === 'third') return speaker;
  return otherRole(speaker);
}

/** The task phrase(s) after a trigger, or none when it is not a follow-up commitment. */
function taskPhrases(kind: Kind, afterTrigger: string, sentence: string, hasDate: boolean, triggerText: string, actor: string | null = null, named = false): string[] {
  // "I'll try you again tomorrow": a call back.
  let rest = stripLeadingFiller(afterTrigger.replace(/^[,\s]+/, '')).replace(TRY_AGAIN, 'call you $1');
  const dated = hasDate || hasFutureMarker(sentence);
  if (kind === 'third') {
    // Someone on the speaker's side: only plain follow-up work with a date ("our accountant will send…").
    const had = rest;
    rest = undoCausative(rest);
    // "he'll have it whitelisted": what gets done is the task, whatever the verb.
    const causative = rest !== had;
    const verb = leadingVerb(rest);
    // The recipient is implied: "send you her questions" → "send her questions".
    const clause = cutClause(rest).replace(/^((?:send|e-?mail|forward|mail|get|give|share|provide|text)(?:\s+over)?)\s+(?:me|us|you)\b(?=\s+\w)/i, '$1');
    // A colleague named by name needs no date; "she'll…" does, to be more than a guess about someone else.
    // "Our controller will have to approve it" states a requirement, not a promise.
    if (/^(?:need|have) to\b/i.test(afterTrigger.trim())) return [];
    // A named colleague trying the product out, with a date, is their side's task too.
    const trial = verb === 'try' && named && hasDate;
    if ((!hasDate && (!named || (verb !== null && /^(?:ask|talk|speak|chat|discuss|have|check)\b/.test(verb)))) || !verb || !(isCoreVerb(verb) || verb === 'get' || verb === 'give' || verb === 'ring' || trial || causative) || isInCall(clause)) return [];
    const role = triggerText.match(/^((?:our|my)\s+[^,]+?)\s+(?:will|is going to|are going to)\s*$/i)?.[1];
    const who = actor ?? role?.replace(/^(?:our|my)\b/i, (w) => w.toLowerCase());
    return [who ? `have ${who} ${clause.replace(/^(?:get|give)\b/i, 'send')}` : clause];
  }
  if (kind === 'let-know') {
    if (!dated) return [];
    rest = rest.replace(/^(?:by|before|on)\s+\S+(?:\s+\S+)?\s+(?=if|whether)/i, '');
    const q = rest.match(/^(?:if|whether|what|when|how|which|who)\s+/i);
    if (!q) return [];
    const clause = cutClause(rest.slice(q[0].length));
    return clause ? [`confirm whether ${clause}`] : [];
  }
  if (kind === 'progressive') {
    const verb = rest.match(/^(\w+ing)\b/);
    const base = verb && baseForm(verb[1]!);
    if (!base || !(hasDate || IMMEDIATE.test(sentence))) return [];
    rest = base + rest.slice(verb[1]!.length);
  }
  // "would you mind introducing me…", "open to me checking in…".
  const ing = (kind === 'request' || /\b(?:me|us)\s*$/i.test(triggerText)) && rest.match(/^(\w+ing)\b/i);
  if (ing) {
    // "would you mind introducing me…"
    const base = baseForm(ing[1]!);
    if (base) rest = base + rest.slice(ing[1]!.length);
  }
  const be = rest.match(/^be\s+(\w+ing)\b/i);
  if (be && kind === 'self') {
    const base = baseForm(be[1]!);
    if (!base) return [];
    rest = base + rest.slice(be[0].length);
  }
  if (kind === 'joint') {
    if (/^(?:shall|should|can|could) we/i.test(triggerText) && !hasDate) return [];
    const clause = cutClause(rest);
    if (isInCall(clause)) return [];
    if (/^plan\b/i.test(clause) && !hasDate) return [];
    if (MEETING.test(clause)) {
      if (!hasDate) return [];
      // "let's do Thursday at ten": only a date for the meeting being discussed, not a new one.
      if (/^(?:do|say|grab)\b/i.test(clause) && findDatePhrases(clause.replace(/^\S+\s*/, ''))[0]?.start === 0) return [];
      const purpose = clause.match(/\bto\s+(.+)$/i)?.[1];
      if (/^(?:follow up|touch base|circle back|reconnect)\b/i.test(clause)) return [clause];
      const noun = meetingNoun(clause);
      const what = noun ? `schedule the ${noun}` : /^meet\b/i.test(clause) ? 'schedule a meeting' : 'schedule a follow-up call';
      return [purpose ? `${what} to ${purpose}` : what];
    }
    return SCHEDULING.test(clause) ? [clause] : [];
  }
  if (kind === 'ask-for') {
    const clause = cutClause(rest);
    if (mentionsDeliverable(clause)) return [`send ${clause}`];
    return dated ? [`get ${clause}`] : [];
  }
  rest = undoCausative(rest);
  // "I'll start drafting the plan": the task is the drafting.
  const started = rest.match(/^(?:start|begin)\s+(\w+ing)\b/i);
  const startedBase = started && baseForm(started[1]!);
  if (startedBase) rest = startedBase + rest.slice(started[0].length);
  const clause = cutClause(rest);
  if (!clause || isInCall(clause)) return [];
  const out: string[] = [];
  for (const said of splitConjoined(clause)) {
    let part = joinParticle(undoCausative(said));
    const verb = leadingVerb(part);
    if (!verb || isInCall(part) || (!hasTaskShape(verb, part) && !reportsBack(part))) continue;
    // "bring Jonas, he asks the hard questions": who comes along, not why.
    if (verb === 'bring') part = part.replace(/,.*$/, '');
    if (/^let me/i.test(triggerText) && !LET_ME_VERBS.has(verb)) continue;
    if (verb === 'run' && !/^run\s+(?:it|this|that|them|the\s.+?)\s+(?:by|past)\b/i.test(part)) continue;
    if (verb === 'have' && isDeliveryDate(part)) continue;
    const handed = (verb === 'have' || verb === 'get') && /^(?:i|we)(?:'ll| will)/i.test(triggerText) ? delegatedTo(part) : null;
    // "have Ty pull them": whatever Ty does; "get Pieter on it" names no task.
    const delegated = handed && /^(?!(?:on|in|at|for|to|with|up|over|into)\b)[a-z]+\b/.test(handed.rest) ? handed : null;
    // "get a colleague on it": on the meeting just set, if there is one (see addMeetingItems), else nothing.
    if (handed && !delegated && /^(?:on|onto)\s+(?:it|this|that|board)\b/i.test(handed.rest)) {
      out.push(`get ${handed.actor} on it`);
      continue;
    }
    if (verb === 'have' && !delegated && !/^have\s+(?:my|our|your|someone|somebody|the|that|it|this|them)\b/i.test(part)) continue;
    if (delegated) {
      // "I'll get Ana to pack the units and return them": every verb after is Ana's.
      out.push(`have ${delegated.actor} ${delegated.rest}`);
      continue;
    }
    if (out.length && /^have\s+[A-Z]/.test(out[out.length - 1]!)) {
      out[out.length - 1] = `${out[out.length - 1]} and ${part}`;
      continue;
    }
    // "I'll / we'll / let me" promise; "need to / can" and requests only count for plain follow-up work.
    const promise = kind === 'self' && !/^(?:i|we)(?:\s+\w+)?\s+(?:can|need|have|must)\b|^(?:i|we)'ve got/i.test(triggerText);
    if (!promise && !isCoreVerb(verb) && !(kind === 'request' && (verb === 'get' || verb === 'give'))) continue;
    const weakAllowed = kind === 'self' && !/^(?:i|we)(?:\s+\w+)?\s+can\b/i.test(triggerText);
    if (isWeakRequestVerb(verb) && !weakAllowed && !dated) continue;
    // "ask procurement and circle back to you", "check with IT and email you" are one task.
    if (out.length && (isReportBack(verb) || reportsBack(part))) out[out.length - 1] = `${out[out.length - 1]} and ${part}`;
    else out.push(part);
  }
  return out;
}

/** "I'll do that (this afternoon)": the task is what the speaker offered just before. */
const DO_THAT = /^(?:just\s+|go ahead and\s+)?do\s+(?:that|it|this|so)\b/i;
/** "Shall I send the deck over?", "do you want me to book the room?": an offer of a task. */
const OFFER = /\b(?:(?:shall|should)\s+(?:i|we)|(?:do you|would you|d'you)\s+(?:want|like)\s+(?:me|us)\s+to|want\s+(?:me|us)\s+to)\s+/i;
const YES = /^(?:\W*(?:please|yes|yeah|yep|sure|absolutely|definitely|of course|that'd be|that would be|go ahead|great|perfect|ok|okay)\b)/i;

/**
 * "I'll do that" after the speaker's own offer, which the other side accepted: the offer says what
 * "that" is ("Shall I send the DPA over today?" — "Please, yes." — "I'll do that this afternoon").
 */
function acceptedOffer(sentences: readonly Sentence[], i: number, after: string): string {
  const m = DO_THAT.exec(after);
  if (!m) return after;
  const here = sentences[i]!;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const s = sentences[j]!;
    if (s.addressedToSystem) continue;
    const offer = s.role === here.role ? OFFER.exec(s.text) : null;
    if (!offer) continue;
    // The other side said yes in between.
    const between = sentences.slice(j + 1, i).filter((t) => t.role !== here.role);
    if (!between.length || !YES.test(between[0]!.text)) return after;
    const offered = s.text.slice(offer.index + offer[0].length).replace(/\?\s*$/, '');
    return `${offered} ${after.slice(m[0].length)}`;
  }
  return after;
}

/** "Shall I send…?", "do you want me to book…?", "would you be open to me checking in…?": a task offered as a question. */
const OFFER_QUESTION = /\b(?:(?:shall|should)\s+(?:i|we)|(?:do you|would you|d'you)\s+(?:want|like)\s+(?:me|us)\s+to|(?:would|will) you(?:[\s,]+(?:um|uh|er)\b)*[\s,]+be (?:open|ok|okay|happy|fine) (?:to|with) (?:me|us))\s+/i;

/**
 * A task the speaker offered in a question and the other side said yes to, with nothing more in that
 * reply (a reply that asks or promises something is its own item): where the offered task starts.
 */
function offerTakenUp(sentences: readonly Sentence[], i: number): { start: number; end: number } | null {
  const s = sentences[i]!;
  if (s.addressedToSystem || !s.text.trim().endsWith('?') || s.role === 'unknown') return null;
  const m = OFFER_QUESTION.exec(s.text);
  // "Shall I go over the pricing now?": done on the call.
  if (!m || /\b(?:now|quickly|real quick|while we're|while we are|before we (?:start|go on|move on))\b/i.test(s.text.slice(m.index))) return null;
  const next = sentences.slice(i + 1).find((t) => t.segmentIndex !== s.segmentIndex);
  if (!next || next.role !== otherRole(s.role) || !YES.test(next.text) || /\b(?:but|no|not|maybe|later)\b/i.test(next.text.split(/[.!?]/)[0]!.replace(/\bwhy not\b/i, ''))) return null;
  const reply = sentences.filter((t) => t.segmentIndex === next.segmentIndex);
  if (reply.some((t) => triggerMatches(t.text).length > 0)) return null;
  return { start: m.index, end: m.index + m[0].length };
}

/** A bare instruction ("Oh, and send the invite to my work address.") that the other side takes on. */
const IMPERATIVE = /^(?:\W*(?:and|so|oh|um|uh|also|then|okay|ok|right|just|actually)\b[\s,]*)*(?=(?:send|e-?mail|forward|share|mail|book|schedule|add|copy|cc|loop in|invite)\s+(?:me|us|him|her|them|the|a|an|your|our|my|that|it|this)\b)/i;
const TAKEN_ON = /^(?:\W*(?:will do|sure|of course|absolutely|no problem|can do|ok|okay|yes|yep|you got it|done)\b)/i;

/** Where an instruction the other side accepted in their next words starts in sentence `i`, or null. */
function acceptedImperative(sentences: readonly Sentence[], i: number): number | null {
  const s = sentences[i]!;
  if (s.addressedToSystem || s.text.trim().endsWith('?')) return null;
  const m = IMPERATIVE.exec(s.text);
  if (!m) return null;
  const next = sentences.slice(i + 1).find((t) => t.segmentIndex !== s.segmentIndex);
  if (!next || next.role !== otherRole(s.role) || !TAKEN_ON.test(next.text)) return null;
  // "Sure. I'll get it over to you tonight.": a reply that restates it as a promise is the item itself.
  const reply = sentences.filter((t) => t.segmentIndex === next.segmentIndex);
  if (reply.some((t) => triggerMatches(t.text).some((x) => isOwnPromise(x.kind)))) return null;
  return m[0].length;
}

/** A call or a word passed on that names no subject: "He'll call you", "I'll let our accountant know". */
const CALL_ONLY = /^(?:Have \S+ )?(?:call|ring|phone|talk to|speak (?:to|with))\s+\S+(?:\s+back)?$/i;
const TELL_ONLY = /^(?:let\s+(?:\S+\s+){1,2}know|tell\s+\S+(?:\s+\S+)?)$/i;
const ABOUT = /\babout\s+((?:the|your|our|their|a|an)\s+[^,.;!?]{2,40}?)(?=\s*[,.;!?]|$)/i;

/**
 * A call with no subject takes the one the speaker gave just before in the same turn ("he can walk you
 * through the data model. He'll call you" → "… about the data model"); passing word on with nothing
 * said of what keeps the other side's words it answers as its evidence.
 */
function whatItIsAbout(text: string, sentences: readonly Sentence[], i: number): { text: string; why: { sentence: Sentence; quote: string } | null } {
  const here = sentences[i]!;
  if (CALL_ONLY.test(text)) {
    const prev = sentences[i - 1];
    const topic = prev && prev.segmentIndex === here.segmentIndex && !prev.addressedToSystem ? ABOUT.exec(prev.text) : null;
    if (topic) return { text: `${text} about ${topic[1]}`, why: { sentence: prev!, quote: prev!.text } };
  }
  if (TELL_ONLY.test(text)) {
    const turn = previousTurn(sentences, i);
    const last = turn[turn.length - 1];
    if (last && wordCount(last.text) <= MAX_NEED_WORDS) return { text, why: { sentence: last, quote: last.text } };
  }
  return { text, why: null };
}

/** Making something that is then handed over. */
const MAKES = /^(?:write|draft|prepare|put together|pull together|create|build|compile|write up)\b/i;

/**
 * Telling the other side how a task went, with nothing else to hand over: "get back to you", "email
 * you", "send you the written confirmation".
 */
const REPORT_BACK = /^(?:(?:get|circle|come|report) back|follow up)\b(?:\s+(?:to|with)\s+(?:you|me|us))?(?:\s+on\s+(?:it|that|this))?\s*$|^(?:email|e-mail|call|ring|text|message|ping|update)\s+(?:you|me|us)(?:\s+back)?\s*$|^let\s+(?:you|me|us)\s+know\s*$|^(?:email|e-mail|send|text)\s+(?:you|me|us)\s+(?:(?:the|a)\s+)?(?:written\s+)?(?:confirmation|answer|outcome|result|decision)\s*$|^(?:send|give|share)\s+(?:(?:you|me|us)\s+)?(?:some\s+|her\s+|his\s+|their\s+)?feedback\s*$/i;

export function reportsBack(task: string): boolean {
  // A due date after a report back does not change what it is.
  return REPORT_BACK.test(task.replace(/^have\s+[A-Z][\p{L}'’-]+\s+/u, '').replace(/[\s,]+(?:by|on|before|today|tomorrow|tonight|this|next|end of|later|after)\b.*$/i, '').trim());
}

/** A promise, then a report back promised in the same turn ("…and we'll let you know"): the report back ends the task before it. */
function joinReportsBack(drafts: ActionDraft[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const segment = (x: ActionDraft) => x.evidence[0]!.sentence.segmentIndex;
    // A call back in a sentence of its own is a task of its own; only one said in one breath with the task joins it.
    const ownCall = /^(?:Call|Ring|Phone|Text|Message|Ping)\b/.test(d.text) && d.at !== prev?.at;
    if (d.reportsBack && !ownCall && prev && !prev.reportsBack && isOwnPromise(d.kind) && isOwnPromise(prev.kind) && prev.owner === d.owner && segment(prev) === segment(d) && (d.at ?? 0) - (prev.at ?? 0) <= 1) {
      // A colleague's task and their feedback after it: the colleague is named once.
      const doer = /^Have\s+\S+\s/.exec(prev.text)?.[0];
      const then = doer && d.text.startsWith(doer) ? d.text.slice(doer.length) : d.text;
      prev.text = `${prev.text} and ${then.charAt(0).toLowerCase()}${then.slice(1)}`;
      prev.dueDate = d.dueDate ?? prev.dueDate;
      for (const ev of d.evidence) if (!prev.evidence.some((e) => e.quote === ev.quote)) prev.evidence.push(ev);
      continue;
    }
    // "I'll let you know" with no task before it says nothing to do.
    if (d.reportsBack && /^Let\b/.test(d.text)) continue;
    out.push(d);
  }
  return out;
}

/** "I'll ask", "I'll check with our lawyers (and email you)": finding something out, with no word of what. */
const OPEN_CHECK = /^((?:ask|check|confirm|find out|double[- ]check)(?:\s+(?:with|in with)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)(?=\s+and\b|\s*$)/i;
/** What a question is about: "asked about the invoicing cadence", "any room on the onboarding fee". */
const TOPIC = /\b(?:about|on|regarding)\s+((?:the|your|our|their|a|an|any)\s+[^,.?!;]{2,40}?)(?=\s*[,.?!;]|$)/gi;
/** A question, or a question passed on: "Is it monthly?", "my boss wants to know if…". */
const ASKED = /\?\s*$|\b(?:ask(?:ed|s)?|check|know|find out|wonder(?:s|ed|ing)?)\b[^.]*\b(?:if|whether|about)\b/i;

/**
 * What an open "I'll ask / I'll confirm with X" is about: the question the other side put in their
 * last turn before it, and the sentence that names its topic.
 */
/** The other side's turn just before sentence `i`'s turn. */
function previousTurn(sentences: readonly Sentence[], i: number): Sentence[] {
  const here = sentences[i]!;
  let j = i - 1;
  while (j >= 0 && sentences[j]!.segmentIndex === here.segmentIndex) j--;
  const turn: Sentence[] = [];
  for (; j >= 0 && sentences[j]!.role === otherRole(here.role) && here.segmentIndex - sentences[j]!.segmentIndex <= 2; j--) turn.unshift(sentences[j]!);
  return turn.filter((s) => !s.addressedToSystem);
}

/** A question or a stated need: "do you have a one-page summary?", "our auditors still need the pen-test report". */
const NEED = /\?\s*$|\b(?:need|needs|want|wants|waiting (?:on|for)|asked for|looking for)\b/i;
const MAX_NEED_WORDS = 40;
/** "When should I expect it?", "any idea on timing?": asks when, not for what. */
const TIMING = /\b(?:when|timing|how (?:long|soon)|what time|what day)\b/i;

/**
 * A promise of "that" / "it" right after the other side asked for something: the ask says what
 * "that" is. Its sentences (the first to the last that ask or say what is needed) are the quote.
 */
function answeredAsk(sentences: readonly Sentence[], i: number): { sentence: Sentence; quote: string } | null {
  const here = sentences[i]!;
  // Only an answer given at the start of the turn.
  if (i - 2 >= 0 && sentences[i - 2]!.segmentIndex === here.segmentIndex && sentences[i - 3]?.segmentIndex === here.segmentIndex) return null;
  const turn = previousTurn(sentences, i);
  const first = turn.findIndex((s) => NEED.test(s.text) && !TIMING.test(s.text));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < turn.length && NEED.test(turn[last + 1]!.text) && !TIMING.test(turn[last + 1]!.text) && turn[last + 1]!.segmentIndex === turn[first]!.segmentIndex) last++;
  const quote = turn.slice(first, last + 1).map((s) => s.text).join(' ');
  return { sentence: turn[first]!, quote: wordCount(quote) <= MAX_NEED_WORDS ? quote : turn[first]!.text };
}

function askedTopic(sentences: readonly Sentence[], i: number): { topic: string; sentence: Sentence } | null {
  const turn = previousTurn(sentences, i);
  if (!turn.some((s) => ASKED.test(s.text))) return null;
  let found: { topic: string; sentence: Sentence } | null = null;
  for (const s of turn) {
    if (s.addressedToSystem) continue;
    for (const m of s.text.matchAll(TOPIC)) found = { topic: m[1]!, sentence: s };
  }
  return found;
}

/** Resolve "send it" / a bare "sign" against the last deliverable named just before. */
function resolveObject(said: string, before: string): string {
  // "send you that": the recipient goes; "that" is what is sent.
  const phrase = said.replace(/^((?:send|e-?mail|forward|mail|get|give|share|text)(?:\s+over)?)\s+(?:you|me|us)\s+(?=(?:it|that|this|them|those|these)\b)/i, '$1 ');
  // "have a named colleague send them": what the colleague sends.
  const delegated = /^(have\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s+)(?=\w)/u.exec(phrase);
  if (delegated) return delegated[1]! + resolveObject(phrase.slice(delegated[0].length), before);
  const verb = leadingVerb(phrase);
  if (!verb) return phrase;
  const bare = phrase.trim().toLowerCase() === verb || /^(?:sign|send|review|forward)\s*$/i.test(phrase.trim());
  if (!pronounObject(phrase) && !bare) return phrase;
  const noun = lastThing(before);
  if (!noun) return splitParticle(phrase);
  return bare ? `${phrase.trim()} ${noun}` : replacePronounObject(phrase, noun);
}

/** A colleague by their job: "our finance head", "the plant supervisor", "my colleague Tomas from procurement". */
const ROLE_PERSON = new RegExp(
  `\\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our|[Mm]y)\\s+((?:[A-Z]{2,5}|[a-z-]+\\s+){0,2}(?:[A-Z]{2,5}|manager|director|lead|head|engineer|officer|lawyer|counsel|solicitor|accountant|controller|colleague|boss|owner|founder|partner|president|admin|administrator|coordinator|analyst|architect|specialist)|CFO|CEO|COO|CTO|CIO|VP)\\b(?:,?\\s+(?:yeah,?\\s+)?(?:[Yy]eah\\.\\s+)?(${'[A-Z][\\p{Ll}\'’-]+(?:\\s+[A-Z][\\p{Ll}\'’-]+)?'}))?`,
  'gu',
);
/** "him" / "her" as the object, not "her report". */
const PERSON_OBJECT = /\b(him|her)\b(?=\s*$|\s*[,.;]|\s+(?:in|on|up|about|to|into|and|with|for|before|after|by|at|too|as well)\b)/;

/**
 * "draft a summary for her", "book a lunch with him": the colleague the speaker last
 * named, by name or by job ("our CFO, Daniel" → "the CFO, Daniel"). Unchanged when nobody was named.
 */
function resolvePerson(task: string, before: string): string {
  const m = PERSON_OBJECT.exec(task);
  if (!m) return task;
  let who: { at: number; text: string } | null = null;
  for (const r of before.matchAll(ROLE_PERSON)) {
    const role = r[1]!.trim();
    who = { at: r.index, text: r[2] ? `the ${role}, ${r[2]}` : `the ${role}` };
  }
  // A name said mid-sentence ("…and Priya will join"); a capitalised first word is most often not one.
  for (const n of before.matchAll(/(?<=[\p{Ll},]\s)([A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)?)\b/gu)) {
    if (who && n.index <= who.at + 40 && who.text.includes(n[1]!)) continue;
    if (!who || n.index > who.at) if (lastNamedPerson(n[1]!) === n[1]!.split(/\s+/)[0] || lastNamedPerson(n[1]!) === n[1]) who = { at: n.index, text: n[1]! };
  }
  return who ? `${task.slice(0, m.index)}${who.text}${task.slice(m.index + m[1]!.length)}` : task;
}

/** A short answer from the task's owner that names the date ("Sure, by Friday."). */
function dateFromReply(sentences: readonly Sentence[], i: number, owner: Owner, ctx: CommitmentContext): { date: string; sentence: Sentence } | null {
  const here = sentences[i]!;
  for (let j = i + 1; j < sentences.length && j <= i + 2; j++) {
    const next = sentences[j]!;
    if (next.segmentIndex === here.segmentIndex) continue;
    if (next.role !== owner || next.addressedToSystem || wordCount(next.text) > 10) return null;
    if (!ASSENT.test(next.text) && !/^(?:by|on|before)\b/i.test(next.text)) return null;
    const date = resolveDueDate(next.text, ctx.startedAt, ctx.timezone);
    return date ? { date, sentence: next } : null;
  }
  return null;
}

/** What the speaker says after a promise in the same turn, up to their next promise. */
function restOfTurn(sentences: readonly Sentence[], i: number, after: string): string {
  const parts = [after];
  for (let j = i + 1; j < sentences.length && sentences[j]!.segmentIndex === sentences[i]!.segmentIndex; j++) {
    const next = triggerMatches(sentences[j]!.text)[0];
    parts.push(sentences[j]!.text.slice(0, next?.start));
    if (next) break;
  }
  return parts.join(' ');
}

/** "…so I shouldn't close it yet", "I can't send something that doesn't exist": the owner says the task will not happen. */
const REFUSAL = /\b(?:i|we)\s+(?:shouldn't|should not|won't|will not|can't|cannot|can not|don't need to|do not need to|(?:'m|am|are|'re) not going to)\s+(?:be able to\s+)?(?:actually\s+)?/gi;
/** How many sentences after a task its owner may still call it off. */
const REFUSAL_REACH = 6;

function refusedLater(draft: ActionDraft, sentences: readonly Sentence[]): boolean {
  const at = draft.at;
  if (at === undefined) return false;
  const verb = leadingVerb(draft.text);
  if (!verb) return false;
  const words = new Set(draft.text.toLowerCase().split(/\W+/).filter((w) => w.length > 3).slice(1));
  for (let j = at + 1; j < sentences.length && j <= at + REFUSAL_REACH; j++) {
    const s = sentences[j]!;
    if (s.role !== draft.owner || s.addressedToSystem) continue;
    for (const m of s.text.matchAll(REFUSAL)) {
      const rest = joinParticle(s.text.slice(m.index + m[0].length));
      if (leadingVerb(rest) !== verb) continue;
      // "I can't send it before legal approves": later, not never.
      const said = rest.split(/[.;!?]/)[0]!;
      if (/\b(?:until|till|before|unless|without|yet)\b/i.test(said) && !/\b(?:today|now)\b/i.test(said)) continue;
      const object = rest.slice(verb.length).trim().split(/[,.;!?]/)[0]!;
      // The same thing: a pronoun for it, or a word of the task's.
      if (/^(?:\w+\s+)?(?:it|that|this|them|those|what)\b/i.test(object) || object.toLowerCase().split(/\W+/).some((w) => words.has(w))) return true;
    }
  }
  return false;
}

export function findActionItems(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.addressedToSystem || isRevision(sentence.text)) return;
    const text = sentence.text;
    const matches = triggerMatches(text);
    const imperative = acceptedImperative(sentences, i);
    if (imperative !== null && !matches.some((x) => x.start <= imperative)) matches.unshift({ kind: 'request', start: imperative, end: imperative });
    const offered = offerTakenUp(sentences, i);
    if (offered && !matches.some((x) => x.start < offered.end && x.end > offered.start)) {
      matches.push({ kind: 'self', start: offered.start, end: offered.end });
      matches.sort((a, b) => a.start - b.start);
    }
    matches.forEach((m, k) => {
      const windowStart = k > 0 ? matches[k - 1]!.end : 0;
      const windowEnd = matches[k + 1]?.start ?? text.length;
      const clauseBefore = text.slice(windowStart, m.start);
      if (m.kind !== 'request' && m.kind !== 'let-know' && CONDITIONAL_BEFORE.test(clauseBefore)) return;
      if (/\bif\s*$|\bunless\s*$|\bwhether\s*$/i.test(clauseBefore)) return;
      const triggerText = text.slice(m.start, m.end);
      // "I could loop her in. I'll write to both of you on Monday.": what they can do, then what they will, dated; the promise is the task.
      const nextSaid = sentences[i + 1];
      if (
        m.kind === 'self' && /^(?:i|we)(?:\s+\w+)?\s+(?:can|could)\b/i.test(triggerText) && k === matches.length - 1 && !pickDuePhrase(text.slice(m.start)) &&
        nextSaid?.segmentIndex === sentence.segmentIndex && /^(?:\W*\w+\W+){0,2}?(?:i|we)(?:'ll| will|'m going to| am going to)\b/i.test(nextSaid.text) && pickDuePhrase(nextSaid.text)
      ) return;
      // "When could you send it?" asks about the timing of something already agreed, it asks for nothing new.
      if (m.kind === 'request' && /\b(?:when|how soon|what time|by when)\s*$/i.test(clauseBefore)) return;
      if (/\bthan\s*$/i.test(clauseBefore) || (NOT_A_PROMISE_BEFORE.test(clauseBefore) && /\b(?:can|could)\s*$/i.test(triggerText.trim()))) return;
      if (m.kind !== 'request' && m.kind !== 'let-know' && isConditional(text.slice(0, m.start))) return;
      // A question ("do I need to…?"), a hedge ("perhaps …"), or how things would go after the customer buys.
      if (isOwnPromise(m.kind) && ((QUESTION_BEFORE.test(clauseBefore) && text.trim().endsWith('?')) || HEDGE_BEFORE.test(clauseBefore) || isAfterTheirDecision(text.slice(0, m.start)))) return;
      if (isWithdrawn(restOfTurn(sentences, i, text.slice(m.end, windowEnd)))) return;
      const window = text.slice(windowStart, windowEnd);
      const hasDate = pickDuePhrase(window) !== null;
      // "She'll send it by Friday": she is the colleague the speaker just named.
      // Who "she" is may have been named a few of the speaker's sentences back, across the other side's short replies.
      const own = sentences.slice(Math.max(0, i - 4), i).filter((t) => t.role === sentence.role && !t.addressedToSystem).map((t) => t.text);
      const before = [...own, text.slice(0, m.start)].join(' ');
      const actor = m.actor ?? (m.kind === 'third' && /\b(?:she|he)\b/i.test(triggerText) ? lastNamedPerson(before) : null);
      const said = isOwnPromise(m.kind) ? acceptedOffer(sentences, i, text.slice(m.end, windowEnd)) : text.slice(m.end, windowEnd);
      const phrases = taskPhrases(m.kind, said, window, hasDate, triggerText, actor, Boolean(m.actor)).filter(
        // A request with nothing but a verb (words read off a form, say) names nothing to do.
        (p) => !isDoneInCall(leadingVerb(p), text.slice(m.end, windowEnd)) && (isOwnPromise(m.kind) || /\s/.test(p.trim())),
      );
      if (!phrases.length) return;
      const owner = ownerOf(m.kind, sentence.role);
      const voice: Voice = { speaker: sentence.role, listener: otherRole(sentence.role), names: ctx.names };
      // What "it" may stand for: the last few sentences, reaching back over the other side's whole last turn
      // to the speaker's own turn before it (where they named what they would hand over).
      const asked = previousTurn(sentences, i)[0];
      const askedAt = asked ? sentences.indexOf(asked) : i;
      let ownBefore = askedAt;
      while (ownBefore > 0 && askedAt < i && sentences[ownBefore - 1]!.role === sentence.role && sentences[ownBefore - 1]!.segmentIndex === sentences[askedAt - 1]?.segmentIndex) ownBefore--;
      const from = Math.max(0, Math.min(i - 4, askedAt, ownBefore), i - 12);
      const context = [...sentences.slice(from, i).map((s) => (s.addressedToSystem ? '' : s.text)), text.slice(0, m.start)].filter(Boolean).join(' ');
      const arranges = ARRANGES.test(phrases[0]!.replace(/^have\s+.+?\s+(?=\w+)/i, ''));
      // The date said after the promise is its own; one before it may belong to the task before.
      const skip: SkipPhrase = (p, t) => startsAfter(p, t) || (!arranges && eventDate(p, t));
      let dueDate = resolveDueDate(text.slice(m.end, windowEnd), ctx.startedAt, ctx.timezone, 'en', skip) ?? resolveDueDate(window, ctx.startedAt, ctx.timezone, 'en', skip);
      const evidence = [{ sentence, quote: quoteAround(text, m.start) }];
      if (!dueDate && m.kind !== 'self' && m.kind !== 'progressive' && m.kind !== 'third') {
        const reply = dateFromReply(sentences, i, owner, ctx);
        if (reply) {
          dueDate = reply.date;
          evidence.push({ sentence: reply.sentence, quote: reply.sentence.text });
        }
      }
      // "…I'll check with my director if the price can stay." — "Great." — "Can't promise, but I'll check.": the same task said again, bare.
      const bare = phrases.length === 1 && /^[a-z-]+$/i.test(phrases[0]!.trim()) ? leadingVerb(phrases[0]!) : null;
      if (bare && isOwnPromise(m.kind) && drafts.some((d) => d.owner === owner && d.at !== undefined && i - d.at <= 4 && leadingVerb(d.text) === bare)) return;
      // "put together a proposal and send it over": one task, the one that delivers the thing.
      const tasks: string[] = [];
      phrases.forEach((phrase, p) => {
        if (p > 0 && pronounObject(phrase) && lastDeliverable(phrases[p - 1]!)) tasks.pop();
        else if (p > 0 && pronounObject(phrase) && pronounObject(phrases[p - 1]!)) {
          // "complete it and return it": one thing, worked on and then handed over.
          tasks[tasks.length - 1] = `${tasks[tasks.length - 1]} and ${phrase}`;
          return;
        }
        tasks.push(resolvePerson(resolveObject(phrase, [context, ...phrases.slice(0, p)].join(' ')), context));
      });
      if (isOwnPromise(m.kind) && phrases.some((p) => pronounObject(p.replace(/^have\s+\S+\s+/i, '')))) {
        const ask = answeredAsk(sentences, i);
        if (ask && !evidence.some((e) => e.sentence === ask.sentence)) evidence.push(ask);
      }
      tasks.forEach((task, t) => {
        const open = OPEN_CHECK.exec(task);
        const asked = open && isOwnPromise(m.kind) ? askedTopic(sentences, i) : null;
        if (!asked) return;
        tasks[t] = `${open![1]} about ${asked.topic}${task.slice(open![0].length)}`;
        if (!evidence.some((e) => e.sentence === asked.sentence)) evidence.push({ sentence: asked.sentence, quote: quoteAround(asked.sentence.text, 0) });
      });
      // "I'll draft a summary. I'll send it Friday.": the thing made just before, in the same turn, is what goes out.
      const made = drafts[drafts.length - 1];
      if (
        made && isOwnPromise(m.kind) && isOwnPromise(made.kind) && made.owner === owner && phrases.length === 1 && pronounObject(phrases[0]!) &&
        /^(?:send|e-?mail|forward|share|get)\b/i.test(phrases[0]!) && MAKES.test(made.text) && made.at !== undefined && i - made.at <= 1 &&
        made.evidence[0]!.sentence.segmentIndex === sentence.segmentIndex && !/\band send it\b/.test(made.text)
      ) {
        made.text = `${made.text} and send it`;
        made.dueDate = dueDate ?? made.dueDate;
        made.evidence.push(...evidence.filter((e) => !made.evidence.some((x) => x.sentence === e.sentence)));
        return;
      }
      for (const task of tasks) {
        const taskText = toActionText(task, voice);
        // "I'll confirm", "I'll ask" with nothing said or asked about: no task anyone could act on.
        if (taskText.length < 3 || /^[\p{L}'’-]+$/u.test(taskText.trim())) continue;
        const said = whatItIsAbout(taskText, sentences, i);
        drafts.push({ text: said.text, owner, dueDate, evidence: said.why && !evidence.some((e) => e.sentence === said.why!.sentence) ? [...evidence, said.why] : evidence, kind: m.kind, at: i, reportsBack: reportsBack(task) });
      }
    });
  });
  const merged = foldRecapRestatements(claimShared(mergeActionDrafts(joinReportsBack(drafts.filter((d) => !refusedLater(d, sentences))))), sentences);
  applyDateRevisions(merged, sentences, ctx);
  // Said in the passive after the dates were revised: "you'll have it by Thursday" is when it arrives, not when it ships.
  const all = mergeActionDrafts([...merged, ...passivePromises(sentences, ctx)]);
  applyRecapDates(all, sentences, ctx);
  addMeetingItems(all, sentences, ctx);
  return all;
}

/** Handing over said in the passive: "the reader will be dispatched tomorrow", "your logins are going to be activated by Monday". */
const PASSIVE = /\b((?:the|your|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:will|'ll|is going to|are going to)\s+be\s+(sent|shipped|dispatched|delivered|activated|issued|emailed|posted|couriered|set up)\b([^.?!;]*)/gi;
const PASSIVE_VERB: Record<string, string> = {
  sent: 'send', shipped: 'ship', dispatched: 'dispatch', delivered: 'deliver', activated: 'activate', issued: 'issue',
  emailed: 'email', posted: 'post', couriered: 'courier', 'set up': 'set up',
};

/**
 * Something the speaker's side will hand over, said in the passive with a date: the speaker's side
 * does it. Without a date it is a description of how things go, not a task.
 */
function passivePromises(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[] {
  const out: ActionDraft[] = [];
  sentences.forEach((s, i) => {
    if (s.addressedToSystem || s.role === 'unknown' || s.text.trim().endsWith('?')) return;
    for (const m of s.text.matchAll(PASSIVE)) {
      const before = s.text.slice(0, m.index);
      if (CONDITIONAL_BEFORE.test(before) || isConditional(before) || /n't\s*$|\bnot\s*$/i.test(before)) continue;
      const dueDate = resolveDueDate(m[3]!.split(/,|\b(?:and|so|but)\b/i)[0]!, ctx.startedAt, ctx.timezone);
      if (!dueDate) continue;
      const verb = PASSIVE_VERB[m[2]!.toLowerCase()]!;
      const thing = m[1]!.replace(/^your\b/i, 'the');
      const text = `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${thing.charAt(0).toLowerCase()}${thing.slice(1)}`;
      out.push({ text, owner: s.role, dueDate, evidence: [{ sentence: s, quote: quoteAround(s.text, m.index) }], kind: 'self', at: i });
    }
  });
  return out;
}
