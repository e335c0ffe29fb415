import { findDatePhrases } from '../../../domain/dates.ts';
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
  leadingVerb,
  splitConjoined,
  stripLeadingFiller,
  withoutDates,
} from './action-text.ts';
import { mentionsDeliverable } from './task-things.ts';
import { A_CALL, IMMEDIATE, LET_ME_VERBS, MEETING, SCHEDULING, TRY_AGAIN, type Kind } from './commitment-triggers.ts';
import { isDeliveryDate } from './date-revisions.ts';
import { meetingNoun } from './meetings.ts';
import { MAKES } from './merge-items.ts';
import { reportsBack } from './report-back.ts';
import { delegatedTo, undoCausative } from './third-party.ts';

/** "get distracted", "get really upset": a mood someone gets into, not a thing they get ("get connected", "get trained" are steps). */
const GETS_A_STATE = /^get\s+(?:(?:really|very|so|a bit|quite|too|a little)\s+)?(?:distracted|confused|annoyed|frustrated|bored|overwhelmed|worried|stressed|nervous|upset|angry|mad|cross|impatient|jealous|excited|lost|tired|sick|busy|worse|better)(?=\s*$|\s*[,.;!?]|\s+(?:and|if|when|with|about|by|again)\b)/i;

/**
 * "run a refresher for the team", "run the training", "run a pilot": holding a session is a task (a meeting set for a day,
 * "we'll run the kickoff then", is also `meetings.ts`'s).
 */
const RUN_EVENT = /^run\s+(?:a|an|the|our|your|their)\s+(?:[\w-]+\s+){0,3}?(?:refresher|webinar|course|class|bootcamp|clinic|session|training|workshop|pilot|test|audit)(?:es|s)?\b/i;

/** "get you the figures", "get her that list": handing something over. */
const GET_YOU = /^get\s+(?:you|me|us|him|her|them)\s+(?=(?:the|that|this|those|these|a|an|our|my|your|their|some)\s)/i;

/** "let you know which…", "let him know whether…": telling them something named, not just reporting back. */
const LET_KNOW_WHAT = /^let\s+(?:you|him|her|them)\s+know\s+(?:if|whether|which|what|when|how|who|where)\b/i;
/** Handing over what the task before it was about: "…and email them", "…and send it over to you". */
const HANDS_IT_OVER = /^(?:send|e-?mail|forward|share|mail|text|post)\s+(?:(?:you|me|us|him|her)\s+)?(?:it|them|that|those|these)\b(?!\s+(?:the|a|an)\b)/i;
/** "until Friday", "till the ninth": how long something lasts, not when it is done. */
function lastsUntil(text: string): boolean {
  const first = findDatePhrases(text)[0];
  return first !== undefined && /^(?:until|till|til)\b/i.test(text.slice(first.start));
}
/** "I'll", "we will", "I'm going to": a plain promise, not "I can" or "I need to". */
const WILL = /^(?:i|we)(?:'ll|\s+will|\s+shall)\s*$|^(?:i'm|i am|we're|we are)\s+(?:going to|gonna)\s*$/i;
/** Words after "I'll" that are not work to do later ("I'll be honest", "I'll think about it", "I'll admit"). */
const NOT_WORK = new Set([
  'be', 'think', 'see', 'need', 'want', 'say', 'guess', 'bet', 'admit', 'leave', 'wait', 'hold', 'do', 'go', 'come', 'mean',
  'know', 'stay', 'remember', 'hear', 'look', 'consider', 'start', 'stop', 'keep', 'make', 'miss', 'love', 'like', 'hate',
  'believe', 'assume', 'hope', 'probably', 'just', 'also', 'still', 'definitely', 'certainly', 'maybe', 'never', 'always',
  'only', 'really', 'actually', 'happily', 'gladly', 'sort', 'figure', 'live', 'survive', 'manage', 'cope', 'deal', 'talk',
  'speak', 'chat', 'explain', 'repeat', 'spell', 'read', 'give', 'show', 'note', 'jot', 'write', 'owe', 'pretend', 'swear',
  // What will happen to the speaker, not work they will do ("we'll lose the discount", "I'll catch the train").
  'lose', 'hit', 'reach', 'catch', 'spend', 'use', 'win', 'face', 'feel', 'enjoy', 'pass', 'fail', 'exceed', 'outgrow',
]);
/**
 * A promise with a verb the lists above do not know ("I'll release the reserved pallets today", "we'll close the trial
 * accounts on the first"): the verb, when something definite other than the day follows it ("the", "a", "your", a
 * number; not "skip the Tuesday") and a day is said that is not how long it lasts (`dated`: not "rent a van until May").
 */
function openVerb(part: string, dated: boolean): string | null {
  const m = /^([a-z]+)(?:\s+(?:up|down|on|off|out|in|back|over|away))?\s+(?:(?:you|them|him|her|us)\s+(?:off|out|up)\s+)?(?!(?:a|an)\s+(?:bit|little|lot|while|minute|second|moment|look|break|chance|go)\b)(?:the|a|an|your|our|my|their|his|her|two|three|four|five|six|some|all|those|these)\s+[\p{L}-]+/iu.exec(withoutDates(part));
  if (!m || !dated || NOT_WORK.has(m[1]!.toLowerCase()) || /(?:ly|ing|ed)$/i.test(m[1]!)) return null;
  return m[1]!.toLowerCase();
}

/** "try to", "try and", after the trigger ("I'll just try to…"). */
const TRIES = /^[,\s]*(?:(?:just|really|also|definitely)\s+)?try\s+(?:to|and)\s/i;

/** The task phrase(s) after a trigger, or none when it is not a follow-up commitment. */
export function taskPhrases(kind: Kind, afterTrigger: string, sentence: string, hasDate: boolean, triggerText: string, actor: string | null = null, named = false): string[] {
  // "I'll try to get her there", "we'll try and send something": a vague intention, no promise of the work.
  if (TRIES.test(afterTrigger)) return [];
  // "I'll try you again tomorrow": a call back.
  let rest = stripLeadingFiller(afterTrigger.replace(/^[,\s]+/, '')).replace(TRY_AGAIN, 'call you $1').replace(A_CALL, 'call $1');
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
    if (verb === 'get' && GETS_A_STATE.test(clause)) return [];
    if ((!hasDate && (!named || (verb !== null && /^(?:ask|talk|speak|chat|discuss|have|check)\b/.test(verb)))) || !verb || !(isCoreVerb(verb) || verb === 'get' || verb === 'give' || verb === 'ring' || trial || causative) || isInCall(clause)) return [];
    const role = triggerText.match(/^((?:our|my)\s+[^,]+?)\s+(?:will|is going to|are going to)\s*$/i)?.[1];
    const who = actor ?? role?.replace(/^(?:our|my)\b/i, (w) => w.toLowerCase());
    // "She'll get you the list": the colleague sends it; "she'll get back to you" stays word passed back.
    // "They'll get trained" is no sending.
    return [who ? `have ${who} ${clause.replace(/^(?:get|give)\b(?!\s+back\s+to\b)(?=\s+(?:you|me|us|him|her|them|it|that|this|those|these|the|a|an|our|your|their|his|my|some|all|both|one)\b)/i, 'send')}` : clause];
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
      // "let's do Thursday at ten", "could we do it on the Friday?": only a date for what is being discussed, not a new meeting.
      const slot = clause.replace(/^\S+\s*(?:(?:it|that|this|them)\s+)?(?:on\s+)?/i, '');
      if (/^(?:do|say|grab)\b/i.test(clause) && [slot, slot.replace(/^(?:the|a)\s+/i, '')].some((t) => findDatePhrases(t)[0]?.start === 0)) return [];
      // "Let's say we install it by the 2nd": the speaker's own step; "let's say it's all approved by the 9th": a guess at
      // when, no meeting at all.
      const ownStep = /^say\s+(?:that\s+)?(?:i|we)(?:'ll|\s+will)?\s+(.+)$/i.exec(clause);
      if (ownStep && leadingVerb(ownStep[1]!)) return [ownStep[1]!];
      const purpose = clause.match(/\bto\s+(.+)$/i)?.[1];
      // "can we make it Monday instead?": another day for the meeting being discussed, not a new one; but "meet
      // Monday instead to go through the figures" and "a separate walkthrough for finance instead" are new.
      const newMeeting = purpose || (meetingNoun(clause) && /\b(?:a|an|another)\s/i.test(clause));
      if (/\binstead\b/i.test(clause) && !newMeeting) return [];
      if (/^say\b/i.test(clause) && !meetingNoun(clause)) return [];
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
  // "we'll get you those samples next week": getting something to someone is sending it.
  rest = rest.replace(GET_YOU, 'send ');
  // "I'll start drafting the plan": the task is the drafting.
  const started = rest.match(/^(?:start|begin)\s+(\w+ing)\b/i);
  const startedBase = started && baseForm(started[1]!);
  if (startedBase) rest = startedBase + rest.slice(started[0].length);
  const clause = cutClause(rest);
  if (!clause || isInCall(clause)) return [];
  const out: string[] = [];
  for (const said of splitConjoined(clause)) {
    let part = joinParticle(undoCausative(said));
    const verb = leadingVerb(part) ?? (kind === 'self' && WILL.test(triggerText) ? openVerb(part, dated && !lastsUntil(rest)) : null);
    // "I'll let you know which site goes first by the 15th": an answer owed by a day is a task of its own.
    const owesAnswer = verb === 'let' && dated && LET_KNOW_WHAT.test(part);
    if (!verb || isInCall(part) || (!hasTaskShape(verb, part) && !reportsBack(part) && !owesAnswer)) continue;
    // "bring Jonas, he asks the hard questions": who comes along, not why.
    if (verb === 'bring') part = part.replace(/,.*$/, '');
    if (/^let me/i.test(triggerText) && !LET_ME_VERBS.has(verb)) continue;
    if (verb === 'run' && !/^run\s+(?:it|this|that|them|the\s.+?)\s+(?:by|past)\b/i.test(part) && !RUN_EVENT.test(part)) continue;
    if (verb === 'have' && isDeliveryDate(part)) continue;
    // "she'll get distracted", "he'll get upset": how someone will feel, nothing handed over.
    if (verb === 'get' && GETS_A_STATE.test(part)) continue;
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
    // "ask procurement and circle back to you", "check with IT and email you" are one task; so is making something and
    // handing it over ("pull the readings and mail them").
    // (A paper made and handed over, "draft a proposal and send it", is the paper sent: see whatItIsAbout.)
    const handsItOver = HANDS_IT_OVER.test(part) && out.length > 0 && !MAKES.test(out[out.length - 1]!);
    if (out.length && (isReportBack(verb) || reportsBack(part) || handsItOver)) out[out.length - 1] = `${out[out.length - 1]} and ${part}`;
    else out.push(part);
  }
  return out;
}
