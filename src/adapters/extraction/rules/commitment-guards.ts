import type { Sentence } from './sentences.ts';
import { findDatePhrases } from '../../../domain/dates.ts';
import { CALENDAR_WORDS } from '../../../domain/dates/calendar.ts';

/**
 * Reasons a sentence that looks like a commitment is not an open task: the speaker takes it back
 * ("…— actually, no, scratch that"), makes it hang on an "if" ("if the budget comes through, I'll…"),
 * or does it while still on the call ("I'm sending it now").
 */

/**
 * Words that take back what was just said ("let's hold that", "forget it", not "don't forget that…"); "oh, wait, you said you already have it" or "…so you already
 * have it" takes it back for a reason. A
 * reason that asks for more ("oh, wait, you mentioned your boss wants one too", "…you said you need it by Friday")
 * adds to the promise, it does not take it back.
 */
const WITHDRAWAL =
  /\b(?:actually,?\s+no\b(?![\s,]+(?:problem|worries|rush))|no,?\s+(?:wait|actually|sorry)\b|scratch that|\b(?:sorry|actually|no|wait),?\s+(?:(?:sorry|actually|no),?\s+)?not (?:me|us)\b|never\s?mind|(?<!\b(?:don['’]t|do not|never|not)\s+)forget (?:it|that|i said (?:that|it|anything))\b|on second thought|let['’]s hold (?:that(?=\s*(?:[.,;:!?—–-]|$)|\s+(?:for now|for a|until|till|thought|back|off)\b)|off on (?:that|it)\b)|\b(?:so|actually,?)\s+you(?:['’]ve|\s+have)?\s+already\s+(?:have|got|seen|had)\s+(?:it|that|them|one)\b(?!\s+(?:before|by|for|when|ahead|in time|going in|on|at|ready)\b)|wait,?\s+no\b|\bno point (?:in\s+)?\w+ing\s+(?:it|that|them|one)(?:\s+(?:yet|now|right now|for now|at all))?(?=\s*(?:[.,;!?—–]|$))|\bwait\s*[—–]|\b(?:actually|oh),?\s+wait\b[\s,.]+(?:you(?:'ve| have)?\s+(?:said|already|told|mentioned|got|have)\b|you're\s+(?:on|using|with)\b)(?![^.?!]*\b(?:too|as well|also|need|needs|want|wants|wanted|asked for)\b))/i;

/**
 * True when `after` (what the speaker says after a promise, up to their next promise) takes it back:
 * "I'll send you the deck— actually, no, you have it already".
 */
export function isWithdrawn(after: string): boolean {
  const withdrawal = new RegExp(WITHDRAWAL.source, 'gi');
  for (const m of after.matchAll(withdrawal)) if (!startsWithDay(after.slice(m.index + m[0].length))) return true;
  return false;
}

/** "Let's wait and see", "let's hold off until…": not yet, said of what was just promised. */
// Not "let's wait until then to…", which waits for the very day promised.
const WAIT = /^let['’]s (?:wait|hold off)(?!\s+(?:until|till)\s+then\b)(?=\s*(?:[.,;:!?—–-]|$)|\s+(?:and see|until|till)\b)(?:\s+(?:until|till))?/i;

/** "I'll book it — actually, let's hold that.": the next words that read like a plan of their own take the promise back. */
// Not a plan about something else: "let's hold that workshop on the 12th", "let's not rush the legal side".
export function takenBackByNext(said: string): boolean {
  // What opens a sentence that takes a promise back: "Actually, let's wait…", "Hmm, no, let's not."
  const next = said.replace(/^\W*(?:(?:actually|no|hmm+|um+|uh+|oh|so|wait)\b[\s,.!—–-]*)*/i, '');
  return /^let['’]s (?:hold (?:that|off on (?:that|it))|not|leave (?:it|that)|skip (?:it|that))(?=\s*(?:[.,;:!?—–-]|$)|\s+(?:for now|for a|until|till|thought|then|after all|yet|bother|do (?:it|that|this))\b)/i.test(next) ||
    // "let's wait till the permit's through", not "let's wait till Friday" (a new day for it).
    (WAIT.test(next) && !startsWithDay(next.replace(WAIT, '')));
}

/** "…on Tuesday. Actually, no, Thursday.": a day alone right after the taking back changes the date, not the promise. */
function startsWithDay(text: string): boolean {
  const rest = text.replace(/^[\s,:;—–-]*(?:(?:let's say|make (?:it|that)|i mean|rather)\b[\s,]*)?/i, '');
  const phrase = findDatePhrases(rest)[0];
  return Boolean(phrase && phrase.start === 0 && !phrase.negated && /^[\s,]*(?:instead|then|rather)?\s*(?:[.!;—–]|$)/i.test(rest.slice(phrase.end)));
}

/**
 * "If the freeze lifts early, " right before the promise: it only holds if something else happens first; so does
 * "if your CFO wants it, just let me know and " (an offer waiting on the other side's word), "yeah, if she does, ", and
 * one after a dash or a comma ("and, to be fair — if the rate holds, ").
 */
const IF_CLAUSE = /(?:^|[.;:!?,—–]\s*|\b(?:and|but|so|honestly|oh|also|then|and then|after that|look|listen|well|okay|ok|now|see|yeah|yes|sure|right|um|uh),?\s+)(?:if|unless|in case|provided(?: that)?|assuming)\b[^.?!;]*[,—–]\s*(?:then\s+)?(?:(?:just\s+)?(?:let me know|tell me|give me a shout|say the word)\s+and\s+)?$/i;
/** "If nothing comes back by then, I'll ring you Monday": a fallback the speaker plans for, still a task. */
const FALLBACK = /\b(?:if|in case)\s+(?:i|we)\s+(?:don't|do not|haven't|have not)\s+(?:hear|get)\b|\bif not\b/i;

/**
 * "if that works for you, ", "if you don't mind, ", "if I'm honest, ": a courtesy around the promise, which is given all
 * the same (not "if you like", an offer that waits on the other side's word).
 */
const COURTESY = /^(?:if|assuming)\s+(?:that(?:['’]s|\s+is)\s+(?:ok(?:ay)?|alright|all right|fine)(?:\s+(?:with|for)\s+you)?|(?:that|it)\s+(?:works|suits|helps)(?:\s+(?:for\s+)?you)?|you\s+don['’]t\s+mind|i\s+may|i\s+can\s+(?:jump|chip|cut)\s+in|anything|i(?:['’]m|\s+am)\s+(?:honest|being\s+honest)|memory\s+serves|i\s+remember\s+(?:rightly|correctly))\s*,\s*$/i;

/**
 * "And if the board ever changes its mind —" / "I'll call you.": the other side's condition, cut off, that the speaker's
 * first words finish. The words to read as said before the promise, or '' when there is none.
 */
export function theirCutOffCondition(sentences: readonly Sentence[], i: number): string {
  const s = sentences[i]!;
  const prev = sentences[i - 1];
  if (!prev || prev.segmentIndex === s.segmentIndex || prev.role === s.role || !/[—–-]\s*$/.test(prev.text)) return '';
  // "If you had it on paper —" asks the speaker for something: the answer is no condition.
  return /\b(?:if|unless|in case)\b(?!\s+you\b)[^.?!]*$/i.test(prev.text) ? `${prev.text.replace(/\s*[—–-]\s*$/, '')}, ` : '';
}

export function isConditional(before: string): boolean {
  const m = IF_CLAUSE.exec(before);
  if (!m || FALLBACK.test(m[0])) return false;
  return !COURTESY.test(m[0].slice(m[0].search(/\b(?:if|unless|in case|provided|assuming)\b/i)));
}

/** Handing something over that happens during the call itself. */
const NOW = /\b(?:right now|now|as we speak|while we(?:'re| are) (?:talking|on the (?:phone|call))|while i have you)\b(?!\s+(?:or|on|that|is|on\b))/i;
const HANDOVER_VERBS = new Set(['send', 'send over', 'email', 'e mail', 'forward', 'share', 'text']);

/** "it's going out right now via e-signature", "I'm booking the slot as we speak": done before the call ends. */
export function isDoneInCall(verb: string | null, clause: string): boolean {
  return verb !== null && HANDOVER_VERBS.has(verb) && NOW.test(clause) && !/\b(?:by|for|from)\s+now\b/i.test(clause);
}

/**
 * "When the auditors are comfortable, I'll raise the order", "if the board okays it, …": a step that
 * waits on somebody else's yes (not the speaker's own work, nor a thing merely being done, "once it's signed")
 * is how things would go, not a task yet.
 */
const AFTER_SOMEONES_YES = new RegExp(
  String.raw`\b(?:once|when|after|as soon as|if)\s+(?!(?:i|we|it|that|this|there)\b)[\p{L}.-]+(?:\s+[\p{L}.-]+){0,3}?` +
    String.raw`(?:(?:['’]s|['’]re|\s+is|\s+are|\s+gets?|\s+feels?)\s+(?:happy|ok|okay|fine|comfortable|on board|satisfied|done with)` +
    String.raw`|(?:['’]s|\s+has)?\s+(?:signs?\s+off|signed\s+off|approves?|approved|agrees?|agreed|clears?|cleared|okays?|okayed|confirms?(?=\s*(?:,|$))|(?<=(?:['’]s|\bhas)\s+)confirmed(?=\s*(?:,|$))|finish(?:es)?\s+(?:the|\w+)\s+review|gives?\s+(?:\w+\s+)?the\s+(?:go-ahead|green light|nod|ok|okay)|says?\s+yes))\b[^.;!?]*$`,
  'iu',
);

/** Not a person: a day, a month or a holiday ("after Friday", "once March is through"). */
const NOT_A_TIME = String.raw`(?!(?:${CALENDAR_WORDS}|Christmas|Easter|Thanksgiving)\b)`;

/** "After Ravi, I raise the order": after a person (their review, their yes), named alone; "after Friday" is a day, no one's yes. */
const AFTER_A_PERSON = new RegExp(String.raw`\b(?:[Oo]nce|[Aa]fter|[Ww]hen)\s+${NOT_A_TIME}[A-Z][\p{Ll}'’-]+(?:['’]s\s+(?:review|sign-off|approval|yes|ok|okay))?\s*,\s*(?:then\s+)?$`, 'u');

/** A party that reviews, finished with its review ("as soon as procurement is through"). */
const AFTER_A_REVIEW = new RegExp(String.raw`\b(?:[Oo]nce|[Ww]hen|[Aa]fter|[Aa]s soon as)\s+(?:[Ll]egal|[Ff]inance|[Pp]rocurement|[Cc]ompliance|[Ss]ecurity|the board|the committee|(?:the|our|your|their)\s+(?:lawyers?|legal team|finance team|auditors?|reviewers?))(?:['’]s|['’]re|\s+is|\s+are)\s+(?:done|finished|through)\b[^.;!?]*$`, 'u');
/**
 * A named person done with it, or with their review ("once Ravi's through with it"); done with some other work
 * ("when Marco's finished with the install") is a time, not anyone's yes.
 */
const AFTER_SOMEONE_DONE = new RegExp(String.raw`\b(?:[Oo]nce|[Ww]hen|[Aa]fter|[Aa]s soon as)\s+${NOT_A_TIME}[A-Z][\p{Ll}'’-]+(?:['’]s|\s+is)\s+(?:done|finished|through)\b(?!\s+with\s+(?!(?:it|that|this|them)\b|(?:the|their|his|her)\s+(?:review|read|check|sign-off)\b))[^.;!?]*$`, 'u');

/**
 * Waiting on the other side to take the seller on as a supplier ("once the vendor registration's through", "as soon as
 * we're set up as a supplier", "after you've registered us", "once Ada confirms we're set up"): their process, not the
 * speaker's task yet.
 */
const AFTER_REGISTRATION = new RegExp(
  String.raw`\b(?:once|when|after|as soon as)\s+(?:(?:(?:the|your|our|their)\s+)?(?:vendor\s+|supplier\s+)?registration(?:['’]s|\s+is|\s+goes)\s+(?:through|done|complete|finished|approved)` +
    String.raw`|[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?(?:\s+confirms?|(?:\s+has|['’]s)\s+confirmed)\s+(?:that\s+)?we(?:['’]re|\s+are)\s+(?:registered|set\s+up)` +
    String.raw`|we(?:['’]re|\s+are|['’]ve\s+been|\s+have\s+been)\s+(?:registered|set\s+up\s+as\s+a|approved\s+as\s+a)|you(?:['’]ve|\s+have)\s+(?:registered|set\s+up|approved)\s+us)\b[^.;!?]*$`,
  'iu',
);

/**
 * "Once the board has read it, I'll draw up the agreement", "as soon as that's settled, we'll send it for signature": the
 * contract, promised for after a step on the way to it. It is how the deal will go on, not yet anyone's task.
 */
const AFTER_A_STEP = /\b(?:once|as soon as|after|when)\b[^.;!?]*,\s*(?:(?:then|so)\s+)?$/i;
const CONTRACT_PAPER = /^[^,.;!?]*\b(?:contract|agreement|paperwork|order form|for signature)\b/i;

export function waitsOnSomeonesYes(text: string, promised = ''): boolean {
  // "IT" in capitals is a department, not "it".
  const before = text.replace(/\bIT\b/g, 'tech');
  if (AFTER_A_STEP.test(before) && CONTRACT_PAPER.test(promised)) return true;
  return AFTER_SOMEONES_YES.test(before) || AFTER_A_PERSON.test(before) || AFTER_A_REVIEW.test(before) || AFTER_SOMEONE_DONE.test(before) || AFTER_REGISTRATION.test(before);
}

/** "Why I'm calling", "I'm calling about the renewal": the reason for this call, not a task after it. */
export const CALL_PURPOSE = /\b(?:i'?m|i am|we'?re|we are)\s+(?:just\s+|really\s+|mostly\s+)?(?:calling|ringing|phoning|reaching out)\s+(?:about|regarding|re|because|to|for|on|since)\b/i;

/**
 * "I'll give you his email", "can you give me their numbers?": an address or a number said over the phone, there and
 * then, not a task (sending or forwarding one is).
 */
const GIVES_AN_ADDRESS = /^give\s+(?:(?:you|me|us)\s+)?(?:his|her|their|the|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:e-?mails?|e-?mail\s+address(?:es)?|(?:phone\s+|mobile\s+|direct\s+)?numbers?)$/iu;
/**
 * Putting a clause into the draft proposal, changing the figures in the contract, noting a date in one's diary: a line
 * added to or changed in a paper being prepared, or a note to oneself; the paper, if it is to be sent, is the task.
 */
const PUTS_IN_A_PAPER =
  /^(?:put|update|change|correct|amend|adjust)\s+(?:.+?\s+)?(?:in|into)\s+(?:the|my|his|her|their|our)\s+(?:[\w-]+\s+)?(?:proposal|quote|contract|welcome pack|onboarding pack|diary)\b/i;
/** Saying a concession is theirs to approve ("…I'm able to approve on my own"): the speaker's say-so, given there and then, not a task. */
const OWN_SAY_SO = /\b(?:i|we)\s+(?:can|could)\s+(?:approve|sign off|okay|authori[sz]e)\s+(?:(?:it|that|this|those|them)\s+)?(?:myself|ourselves|on my own)\b/i;
/** "I'll let the team know", "I'll tell my VP": word passed to the speaker's own side; with no day to it, no task. */
const TELLS_OWN_SIDE = /^(?:let\s+(?:the|my|our)\s+[\w-]+(?:\s+[\w-]+)?\s+know|tell\s+(?:my|our|their)\s+[\w-]+)\b/i;
/**
 * "I'll have to ask our auditor first", "let me talk it over with the partners first": asking, checking or talking to
 * someone before something else, said in passing; with no day to it, no task of its own. Work done first ("we need to
 * tidy up the data first") still is one, and so are "the first invoice", "first whether…" and the order of what is asked
 * about ("which site goes first", "the files we want moved first").
 */
const A_STEP_FIRST = /^(?:(?!\b(?:which|what|who|whichever|want|wants|needed)\b)[^.;!?])*?\bfirst\s*(?:[.,;!?—–]|$|\s+(?:and|but|so|then|that|before)\b)/i;
/** "have him call…", "get Ana to check…": the step a colleague is asked to take. */
const handedOn = (task: string) => task.replace(/^(?:have|get)\s+\S+(?:\s+\p{Lu}\S*)?\s+(?:to\s+)?(?=(?:check|call|ring|phone|ask|talk|speak)\b)/iu, '');
/** Tasks that ask, check or talk to someone: the steps A_STEP_FIRST is about. */
const CONSULTS = /^(?:check|double-check|talk|speak|ask|call|ring|phone|get|run|see|look|find out|confirm)\b/i;
/** "deal with whatever turns up", "approve anything": a task with no thing to do it to. */
const NO_THING = /^\S+(?:\s+(?:up|out|over|off|back))?\s+(?:anything|whatever|everything else|something or other)\b/i;
/** "Sort that", with no day to it and nothing said before telling what "that" is: nobody could act on it. */
const ONLY_A_POINTER = /^\S+(?:\s+(?:up|out|over|off|back))?\s+(?:it|that|this|them)$/i;

/**
 * A task nobody could act on, or none at all, read from its text (`task`), whether a day was said, whether it is the
 * speaker's own promise, the sentence, and what the promise said after its trigger (`promised`).
 */
export function noTaskToActOn(task: string, o: { dated: boolean; ownPromise: boolean; sentence: string; promised: string }): boolean {
  const text = task.trim();
  if (NO_THING.test(text) || GIVES_AN_ADDRESS.test(text) || PUTS_IN_A_PAPER.test(text)) return true;
  if (o.dated) return false;
  return ONLY_A_POINTER.test(text) || TELLS_OWN_SIDE.test(task) || OWN_SAY_SO.test(o.sentence) || (o.ownPromise && CONSULTS.test(handedOn(task)) && A_STEP_FIRST.test(o.promised));
}

/** "Mail them to me", "just to me": where the other side should send a thing, said just before the promise. */
const SEND_IT_TO_ME = /(?:\b(?:send|e-?mail|mail|post|give|pass)\s+(?:it|them|those|these|that|this)\s+(?:(?:straight|directly|just)\s+)?to\s+me|(?:^|[.,;:]\s*|\bno,?\s+)(?:just\s+)?to\s+me(?:,?\s+please)?)\b[\s,]*(?:and\s+)?(?:then\s+)?$/i;

/**
 * "Post the forms to me, and payroll gets them from me": where the thing should be sent, and how it then gets around;
 * the other side's sending is the task, the forwarding only its route.
 */
export function onlyRoutesIt(before: string, phrase: string): boolean {
  return /^(?:forward|pass)\b/i.test(phrase) && SEND_IT_TO_ME.test(before);
}

/**
 * "I'll ask him", "I'll tell Ottilie", "let me speak with my boss": word passed to someone, with nothing said of what (no topic was
 * found in the call either): nobody could act on it, and on calls the rules were not written on such items were not tasks.
 * "Ask about timelines", "ask for sign-off" say what, not whom: they stay.
 */
const ONLY_WHOM_TO_TELL = /^(?:ask|tell|talk\s+(?:to|with)|speak\s+(?:to|with))\s+(?!(?:about|for|after|around|whether|if|how|what|when|why|which|where|who)\b)(?:(?:the|our|their|my|his|her)\s+)?[\p{L}.'’-]+(?:\s+[\p{L}'’-]+)?(?:\s+(?:first|again|too|directly|myself|nicely|later))?$/iu;
/**
 * "I'll tell Sam you said so": a remark passed on, not work. Whom to tell, then who said it, and nothing else ("tell the
 * fitters the date you said" passes on a date).
 */
const PASSES_A_REMARK = /^[Tt]ell\s+(?:(?:the|our|their|my|his|her)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:that\s+)?(?:you|he|she|they|we|I|\p{Lu}\p{Ll}+)\s+said(?:\s+(?:so|that|it))?$/u;

/**
 * "Let me check with the depot", "I'll check with Sam first": with nothing said of what, and no day to come back
 * by, a reason to wait before agreeing, not work promised; "check with Ben by Friday" is.
 */
const ONLY_WHOM_TO_CHECK_WITH = /^check\s+with\s+(?:(?:the|our|their|my|his|her)\s+)?[\p{L}.'’-]+(?:\s+(?!(?:what|whether|if|how|when|which|who|why|where)\b)[\p{L}'’-]+)?(?:\s+(?:first|again|too|directly|myself|later))?$/iu;

/** A task that only passes word to someone, or checks with them undated: nobody could act on it. */
export function onlyPassesWord(task: { text: string; dueDate: string | null }): boolean {
  const text = task.text.trim();
  return ONLY_WHOM_TO_TELL.test(text) || PASSES_A_REMARK.test(text) || (!task.dueDate && ONLY_WHOM_TO_CHECK_WITH.test(text));
}

/** Words that make "have my manager reach out to you" someone set to act, not a thing that goes to you. */
const ACTS = String.raw`(?:reach|speak|talk|chat|get|come|go|write|reply|respond|call|ring|phone|e-?mail|mail|send|forward|explain|show|walk|run|hand|pass|give|bring|introduce|present|circle|check|follow|turn|out|up)`;
/** "I'll have the summary to you by Friday", "have it over to you", "have it in your inbox": it is sent. */
export const HAVE_IT_TO_YOU = new RegExp(
  String.raw`^have\s+((?:it|that|this|them|(?:the|a|an|our|my|your)\s+[\p{L}'’-]+(?:\s+(?!${ACTS}\b)[\p{L}'’-]+){0,3}?))\s+(?:(?:over|across|back)\s+)?(?:to\s+(?:you|him|her|them)|in\s+(?:your|their|his|her)\s+inbox)\b`,
  'iu',
);

/**
 * "I'll post the rota Monday, I just need Ola to export it first": the need said right after a promise of the speaker's
 * is a step of it; not "…, I also need to book the install" (one more task), nor "…, you need to sign it" (the other side's).
 */
export const isStepOfPromise = (triggerText: string, rest: string): boolean =>
  /^(?:i|we)(?:\s+(?:just|only|first|still))?\s+(?:need|have) to\s*$/i.test(triggerText) && (/\b(?:just|only|first)\b/i.test(triggerText) || /\bfirst\b/i.test(rest));

/**
 * Someone's words reported in quotation marks: `she said "I'll block the time off"`, `his words were "…`. What
 * they said is no task of the speaker's, nor of the listener's: true when `before` (the turn up to a trigger)
 * leaves such a quote open.
 */
const REPORTED_QUOTE = /\b(?:said|says|say|saying|words were|told (?:me|us|him|her|them)|wrote|writes|asked|goes|went|like)\s*[,:]?\s*["“][^"“”]*$/i;
export const insideReportedQuote = (before: string): boolean => REPORTED_QUOTE.test(before);
