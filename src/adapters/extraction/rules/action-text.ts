import { findDatePhrases } from '../../../domain/dates.ts';
import type { Role } from './sentences.ts';

/** The speaker stopping themselves after the task ("…by the fifteenth — oh, wait"): no part of it. */
const SELF_INTERRUPTION = /\s*(?:[—–,]|\s-)\s*(?:(?:oh|ah|um|uh|hmm),?\s+)?(?:wait|hang on|hold on|no)$/i;

/**
 * Turns the words after a commitment trigger ("send you the pricing sheet by Friday") into a short
 * imperative task ("Send the pricing sheet"): follow-up verbs only, clause cut, dates and fillers
 * removed, pronouns rewritten from the CRM reader's point of view.
 */

/** Verbs of follow-up work; multi-word ones first so "follow up" wins over "follow". */
const MULTI_WORD_VERBS = [
  'put together', 'pull together', 'write up', 'set up', 'follow up', 'circle back', 'get back', 'touch base',
  'reach out', 'loop in', 'find out', 'look into', 'dig into', 'go over', 'look over', 'read through',
  'talk to', 'talk with', 'speak to', 'speak with', 'chat with', 'sign off on', 'fill out', 'fill in', 'kick off',
  'sort out', 'figure out', 'work out', 'take care of', 'lock in', 'pencil in', 'nail down', 'map out', 'bring in',
  'hand over', 'price out', 'double check', 'double-check', 'send over', 'check with', 'check on', 'check in with',
  'clean up', 'tidy up', 'line up', 'switch off', 'turn off', 'shut off', 'shut down', 'turn around', 'close out',
];
const SINGLE_WORD_VERBS = [
  'send', 'email', 'e-mail', 'forward', 'share', 'mail', 'ship', 'deliver', 'provide', 'submit', 'upload', 'get',
  'give', 'prepare', 'draft', 'create', 'build', 'schedule', 'reschedule', 'book', 'arrange', 'organize', 'organise',
  'coordinate', 'loop', 'cc', 'copy', 'invite', 'introduce', 'connect', 'check', 'confirm', 'verify', 'investigate',
  'review', 'ask', 'call', 'phone', 'ring', 'sign', 'countersign', 'approve', 'finalize', 'finalise', 'update',
  'revise', 'fix', 'resolve', 'escalate', 'process', 'issue', 'generate', 'activate', 'enable', 'provision', 'add',
  'extend', 'return', 'complete', 'pay', 'handle', 'discuss', 'present', 'demo', 'test', 'install', 'register',
  'request', 'order', 'purchase', 'buy', 'renew', 'compile', 'document', 'quote', 'have', 'run', 'text',
  'tell', 'let', 'take', 'put', 'walk', 'bring', 'deactivate', 'disable', 'try', 'pull', 'cancel', 'delete', 'remove', 'write', 'redo', 'rework',
  'whitelist', 'migrate', 'load', 'import', 'finish', 'pass', 'close', 'refund', 'show', 'post',
];
/** Verbs of plain follow-up work; "need to / can" and requests accept only these (not "we need to pay quarterly"). */
const CORE_VERBS = new Set([
  'send', 'send over', 'email', 'e mail', 'forward', 'share', 'mail', 'ship', 'deliver', 'provide', 'submit', 'upload',
  'prepare', 'draft', 'create', 'put together', 'pull together', 'write up', 'set up', 'schedule', 'reschedule', 'book',
  'arrange', 'loop in', 'loop', 'cc', 'copy', 'invite', 'introduce', 'connect', 'check', 'check with', 'check on',
  'check in with', 'confirm', 'verify', 'review', 'look into', 'find out', 'ask', 'call', 'phone', 'talk to', 'talk with',
  'speak to', 'speak with', 'chat with', 'follow up', 'circle back', 'get back', 'reach out', 'touch base', 'sign',
  'countersign', 'sign off on', 'approve', 'finalize', 'finalise', 'update', 'revise', 'fill out', 'fill in', 'complete',
  'return', 'run', 'escalate', 'dig into', 'go over', 'look over', 'read through', 'discuss', 'double check',
  'clean up', 'tidy up', 'line up', 'migrate', 'load', 'import', 'finish', 'write', 'post',
]);
/** Verbs that report back on an earlier task: "ask procurement and circle back to you" is one task. */
const REPORT_BACK = new Set(['get back', 'circle back', 'follow up', 'touch base', 'come back']);
/** Verbs that in a request ("can you confirm…") are often about the call itself; they need a date or "later". */
const WEAK_REQUEST_VERBS = new Set([
  'confirm', 'check', 'review', 'look over', 'look into', 'go over', 'discuss', 'call', 'phone', 'ring', 'ask',
  'talk to', 'talk with', 'speak to', 'speak with', 'chat with', 'test', 'present', 'demo', 'have', 'verify',
  'read through', 'figure out', 'find out', 'handle', 'update', 'add', 'run', 'check in with', 'text',
]);
const VERB_ALTERNATIVES = [...MULTI_WORD_VERBS, ...SINGLE_WORD_VERBS].map((v) => v.replace(/[- ]/g, '[- ]')).join('|');
const VERB_RE = new RegExp(`^(${VERB_ALTERNATIVES})\\b`, 'i');
/** Any follow-up verb, as a non-capturing regex source. */
export const VERB_SOURCE = `(?:${VERB_ALTERNATIVES})\\b`;

/** Phrases about the call in progress, not follow-up work. */
const IN_CALL =
  /^(?:get ahead of (?:it|that|this|the question)|share (?:my|your|the|this) screen|(?:talk|speak|chat) (?:to|with) (?:you|me)\b|get started|get going|get into|get to know|have a (?:look|think|chat|quick|conversation|second)|ask you\b|give (?:you|me|us) (?:a|an) (?:idea|sense|overview|quick|rundown|example|bit|second|sec|minute|moment)|give (?:you|him|her|them) (?:that|this)(?:\s+(?:much|one))?\s*$|call (?:it|that|this)\b|check (?:my|the|our) calendar|run through|run\s*$|have to\b|have\s*$|get\s*$|go over (?:this|that|it)\s*$|book\s*$|send\s*$)/i;
const FUTURE_MARKER =
  /\b(?:after (?:the|this|our) call|later|afterwards|offline|internally|with (?:your|the|my|our|his|her|their)\b|when you get a chance|ahead of|at some point|before (?:the|our|we))/i;

const LEADING_FILLER =
  /^(?:(?:just|also|still|definitely|certainly|absolutely|actually|really|quickly|then|personally|happily|gladly|first|please|kindly|go ahead and|try to|try and|make sure to|make sure i|be sure to|be able to|need to|have to|want to|plan to|get to|also go ahead and|quickly go ahead and),?\s+)+/i;
const CLAUSE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|[ap]|[ap]\.m))\.|[?!;:]|,\s*(?:and|but|so|because|since|though|although|which|if|unless|then|okay|ok|right|yeah|sound good|sounds good|does that work|that way|just(?!\s+to\s(?!be\b))|not|instead|rather|setting|getting|making|doing|putting|taking|starting|going|working|running|sorting)\b|,\s*(?:he|she|they|it|that|this|there|i|we)(?:'s|'re|'ll|'d|'m|'ve|\s+(?:is|am|are|was|were|will|would|knows?|has|have|does|do|can|should|usually|always))\b|(?<!\b(?:whether|if))\s+(?:so that|so we|so you|so i|so they|so it|so she|so he|because|since|but|although|though|unless|as long as|once|when|whenever|as soon as|while|before|after|until|till|if (?:that|you|it|we|they|possible|needed|there)|in case|and (?:nobody|no one|everyone|everybody)|and (?:then )?(?:we|you|i|they|it|that|he|she|see)(?!\s+(?:on|in|into)\s+(?:a|an|one|the|same|touch)\b)|and let|(?:i|we|they)\s+(?:want|will|'ll|think|need|am|'m|can|would|should|just|also|really|hope|guess|mean|know))\b|,\s*(?:i|we|he|she|they)\s+(?:already\s+|just\s+)?(?:[a-z]+ed|told|said|says|reckons|thinks)\b|,\s*(?:he|she|they)(?:,?\s+(?:um|uh),?)?\s+(?:doesn't|don't|didn't|isn't|aren't|wasn't|won't|can't|ran|runs|knows|works|does|did|likes|loves|hates|prefers|never|always|usually|only|also|still)\b|,\s*(?:and\s+)?you(?:['’](?:re|ll|d)|\s+(?:are|were|will|would|can|could|should|must|need|have|get|send|sign|forward|email|share|confirm|check|do)\b)|\s*[—–]\s*|\s+-\s+/i;
/** A sign-off run into the task by unpunctuated speech recognition ("…email the agenda tonight cheers mo"). */
const SIGN_OFF = /\s+(?:thanks|thank you|bye|goodbye|cheers|talk (?:to you )?soon)(?:\s+\w+)?\s*$/i;
const TRAILING_FILLER =
  /(?:[\s,]+(?:yes|yeah|for you|for me|for us|to you|to me|to us|over|as well|too|please|then|right|okay|ok|now|real quick|quickly|fast|asap|as soon as possible|if possible|if you can|and stuff|and everything|or so|today|this week|actually|first|on that|on my end|on our end|on your end|on our side|on your side|early|first thing|latest|at the latest|itself|instead))+[\s,]*$/i;

/**
 * Verbs that name follow-up work only in one shape: "tell the finance team" (not "tell you"), "let our
 * insurer know", "take the question to our pricing desk", "put the two of them in touch", "walk
 * the board through the figures", "bring the ops lead".
 */
/** What is closed (out) when something is wound down: accounts, a trial, a workspace. */
const WOUND_DOWN = String.raw`(?:the|your|our|their|those|these|all|my)\s+(?:[\w-]+\s+){0,3}?(?:accounts?|workspaces?|tickets?|trials?|pilots?|sandbox(?:es)?|logins?|instances?|environments?|cases?|projects?)\b`;
const SHAPED: Record<string, RegExp> = {
  // "tell my husband": family, not follow-up work.
  tell: /^tell\s+(?!(?:you|me|us|him|her|them|it|that|this|what|whether|if)\b)(?!(?:my|our)\s+(?:husband|wife|partner|kids?|children|mum|mom|mother|dad|father|son|daughter|family|brother|sister|boyfriend|girlfriend)\b)\w/i,
  let: /^let\s+(?!(?:me|us|you|him|her|them|it|that|this)\b)(?:[\w'’-]+\s+){1,3}know\b/i,
  // "take the pricing to our CFO", "take it to Odile" (not "to Monday", not the kids to Disneyland); "take us off the list".
  take: /^[Tt]ake\s+(?!(?:a|the)\s+(?:look|minute|second|moment|note|stab)\b|(?:the|my|our)\s+(?:kids|children|family|wife|husband|dog|train|bus|car|tube|ferry|plane|flight)\b)(?:.{1,50}?\s+to\s+(?:(?:our|my|the|their|your|his|her)\s+\w|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll})|\p{L}[\p{L}\d'’-]*\s+off\s+(?:the|our|my|all|their)\s+(?!table\b)\w)/u,
  put: /^put\s+.{1,40}?\s+(?:(?:on|in|into)\s+(?:a|an|one|the|same)\s+(?:[\w-]+\s+)?(?:thread|chain|chat|channel|call)\b|in touch\b|(?:in|into|on)\s+(?:your|my|our|the|their|his|her)\s+(?:calendar|diary|calendars)\b|(?:in|into)\s+writing\b|(?:in|into|on)\s+(?:a|an|the|our|your|their|my|his|her|next|this)\s+(?:[\w-]+\s+){0,3}?(?:pack|deck|proposal|report|agenda|contract|document|summary|slides?|presentation|quote|newsletter)\b)/i,
  try: /^try\s+(?:out\s+)?(?:the|our|your|their|a|an)\b/i,
  // "show it to the partners", "show Dr. Ames the recording"; "show you around" or "show you how" is done on the call.
  show: /^show\s+(?:(?:it|that|this|them|the\s+[\w-]+(?:\s+[\w-]+){0,2})\s+to\s+(?!you\b|me\b|us\b)\S|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\p{Ll}'’-]+\s+(?:the|our|your|their|it|that|this|them)\b|(?:him|her|them)\s+(?:the|our|your|their)\s)/u,
  // "close out the trial accounts": winding something down, and "close the loop with finance" is a follow-up; "close the
  // deal" is no task.
  close: new RegExp(String.raw`^close(?:\s+the\s+loop\b|\s+${WOUND_DOWN})`, 'i'),
  'close out': new RegExp(String.raw`^close\s+out\s+${WOUND_DOWN}`, 'i'),
  // "pass your name on to Jo", "pass the praise up to product": handing word on; "pass the test", "pass out" are not, nor
  // "pass on the add-on" with no one to pass it to (a no thanks), nor the "on" of a day ("pass the inspection on Tuesday").
  pass: /^pass\s+(?!(?:on|along)\b(?![^,.;]*\bto\s+\S))(?!(?:the\s+|a\s+)?(?:test|exam|time|out|away|by|five|ten|hundred|thousand|mark|limit)\b)(?:[\w'’-]+\s+){0,4}?(?:on|along|back)?\s*(?:to\s+\S+|(?:on|along|back)\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|the\s+\w+(?:st|nd|rd|th)\b)))/i,
  // "buy the licences"; buying "there", "locally" or "from the distributor" is buying from someone else, and "buy you a
  // coffee", "buy us some time" are a kindness or a delay.
  buy: /^buy\s+(?!(?:(?:it|them|those|one|some)\s+)?(?:there|here|locally|elsewhere|from|direct|online)\b)(?!(?:you|us|me|him|her|them|everyone)\s+(?:a\s+(?:few|couple(?:\s+of)?)\s+|a\s+|some\s+|more\s+|an?\s+extra\s+)?(?:coffee|lunch|dinner|breakfast|drinks?|beers?|pint|round|time|days?|weeks?)\b)\w/i,
  // "pull up the dashboard" is done on the call.
  pull: /^pull\s+(?!up\b)/i,
  // "update my notes" is note-taking; "update our records" is work on the account.
  update: /^update\s+(?!(?:my|our|the)\s+notes\b)/i,
  // "write you a note", "write the summary", "write down a few lines"; "write that down" is note-taking on the call.
  // "post you the samples", "post them over": sending by mail; not putting something online.
  post: /^post\s+(?:(?:you|me|us|him|her|them)\s+)?(?:a|an|the|some|it|them|those|these|our|my|your|their)\b(?![^,.;]*\b(?:online|up|on\s+(?:linkedin|google|g2|capterra|trustpilot|facebook|instagram|the\s+(?:website|site|portal|forum|channel|board)|social|our\s+(?:blog|site|website)|slack|teams)|in\s+(?:the|our|your)\s+(?:[\w-]+\s+)?(?:channel|chat|thread|group|forum|portal))\b)/i,
  write: /^write\s+(?:down[,\s]+(?:just\s+)?(?:a|an|the|some|your|our|my|their)\s|(?:(?:you|them|him|her|us)\s+)?(?:a|an|the|some|our|my)\s+(?![^,.;]*\bdown\b))/i,
  walk: /^walk\s+(?!(?:you|us|me|through)\b)\w+.{0,30}?\s+through\b/i,
  // Someone brought along: a name, or a colleague by their job ("our CTO", "my ops lead").
  bring: /^bring\s+(?:[A-Z][\p{Ll}'’-]+|(?:our|my|their)\s+(?:[A-Z]{2,4}|(?:[\p{Ll}-]+\s+)?(?:lead|manager|director|head|engineer|counsel|officer|guy|person|colleague|boss|team))\b)(?=\s*$|\s*,|\s+(?:to|along|with|in|too)\b)/u,
};

/** False when `phrase` uses one of the verbs above in some other sense ("tell you what", "take a look"). */
export function hasTaskShape(verb: string, phrase: string): boolean {
  const shape = SHAPED[verb];
  return !shape || shape.test(phrase);
}

/**
 * A verb whose particle comes after its object ("pull a summary together", "look the terms over"): the particle goes next to its verb.
 * Not when a thing follows ("put the summary in the budget pack"): that is a preposition; a time after it ("fill the form
 * in the morning") leaves the particle with its verb.
 */
const SEPARATED = /^(put|pull|turn|switch|shut|write|line|fill|sort|figure|look|read)\s+((?:a|an|the|our|my|your|some|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|it|that|this|them|those|these)\s+(together|around|round|off|up|out|in|over|through)\b(?!\s+(?:your|my|our|the|their|his|her|a|an|writing)\b(?!\s+(?:same|next|morning|afternoon|evening|weekend|week|day)\b))/i;

export function joinParticle(phrase: string): string {
  return phrase.replace(SEPARATED, '$1 $3 $2');
}

export function leadingVerb(phrase: string): string | null {
  return phrase.match(VERB_RE)?.[1]?.toLowerCase().replace(/-/g, ' ') ?? null;
}

/**
 * Steps said as one task, in one list: "Wipe the laptop and revoke the badge" with "return the keys" is "Wipe the laptop,
 * revoke the badge and return the keys", not a chain of "and"s. Only an "and" before a verb joins steps ("the fee and the term" stays,
 * and a comma marks where the next step starts).
 */
export function joinSteps(texts: readonly string[]): string {
  const steps = texts.flatMap((t, k) => t.split(/\s+and\s+(?=\S)/).reduce<string[]>((out, part) => {
    if (out.length && !leadingVerb(part) && !/^[a-z]+\s+(?:the|a|an|all|our|their|your|my)\s/.test(part)) out[out.length - 1] += ` and ${part}`;
    else out.push(k || out.length ? `${part.charAt(0).toLowerCase()}${part.slice(1)}` : part);
    return out;
  }, []));
  // A step that names two things with an "and" of its own takes a comma before the last step's "and".
  return steps.length < 2 ? steps.join('') : `${steps.slice(0, -1).join(', ')}${steps.some((x) => / and /.test(x)) ? ',' : ''} and ${steps.at(-1)}`;
}

/** "sending" → "send", "getting" → "get", "scheduling" → "schedule"; null when not a follow-up verb. */
export function baseForm(ing: string): string | null {
  const w = ing.toLowerCase();
  if (!w.endsWith('ing')) return null;
  const stem = w.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) {
    if (VERB_RE.test(candidate) && leadingVerb(candidate) === candidate) return candidate;
  }
  return null;
}

export function stripLeadingFiller(phrase: string): string {
  return phrase.replace(LEADING_FILLER, '');
}

export function isInCall(phrase: string): boolean {
  return IN_CALL.test(phrase);
}

export function isCoreVerb(verb: string): boolean {
  return CORE_VERBS.has(verb);
}

export function isReportBack(verb: string): boolean {
  return REPORT_BACK.has(verb);
}

export function isWeakRequestVerb(verb: string): boolean {
  return WEAK_REQUEST_VERBS.has(verb);
}

export function hasFutureMarker(text: string): boolean {
  return FUTURE_MARKER.test(text);
}

/**
 * ", Omar sends the floor plan", ", our install team sends the schedule", ", you'll send…": another's step starts
 * here (who, and a verb of theirs). A word in -s that a list goes on after, or that ends the sentence, is a plural
 * in a list of things ("the deck, our sales numbers and the roadmap"), not a verb.
 */
const NEXT_DOER = /,\s*(?:and\s+)?(?=(?:(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|(?:our|my|their|his|her)\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:\p{Ll}+s\b(?!\s*(?:[,.;:!?]|and\b|or\b|$))|will|can|should|is going to|has to|needs to)\b|(?:\p{Lu}\p{Ll}+|you|he|she|they)(?:'ll|’ll|\s+will)\s))/u;

/** ", the four pallets ship Monday": things of their own, with a verb of their own, after a comma. */
const NEXT_SUBJECT = new RegExp(`,\\s*(?:and\\s+)?(?:the|all|both|our|your|their)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+s\\s+(?=${VERB_SOURCE})`, 'i');

/** A few words about the colleague a task is handed to, between commas before "to" ("get Ines, she runs our payroll, to…"). */
const ASIDE_BEFORE_TO = /^((?:get|ask)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}'’-]*\p{Ll}(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll})?),\s+(?:who|he|she)\b[^,.;!?]{1,60},(?=\s+to\s)/u;

/** The phrase up to the end of its clause (without an aside about the colleague it is handed to). */
export function cutClause(said: string): string {
  const phrase = said.replace(ASIDE_BEFORE_TO, '$1');
  const end = CLAUSE_END.exec(phrase);
  const next = [NEXT_DOER.exec(phrase), NEXT_SUBJECT.exec(phrase)].filter((x) => x !== null).sort((a, b) => a.index - b.index)[0];
  const m = next && (!end || next.index < end.index) ? next : end;
  // "ask my manager and [I will call you back]": the next promise starts after a dangling conjunction.
  // "call you Friday, just to check in": the purpose of the same step goes on after the comma ("just to be safe" is no purpose).
  return (m ? phrase.slice(0, m.index) : phrase).replace(SIGN_OFF, '').replace(/,?\s+(?:and|but|or|so)\s*$/i, '').replace(/,\s*just\s+(?=to\s(?!be\b))/i, ' ');
}

/** A verb that is also a noun, in a name of a thing ("phones and text logs", "the call notes"): no second task. */
const NOUN_COMPOUND = /(?:e-?mail|mail|text|call|phone|order|file|note|ship|contact|book|list|post|print|test|scan|sign)(?:\s+|-)(?:address|addresses|list|lists|template|templates|thread|threads|signature|signatures|notes|numbers?|logs?|records?|details|forms?|history|ins|outs)\b/i;

/** "send the deck and loop in legal" → ["send the deck", "loop in legal"]. */
export function splitConjoined(phrase: string): string[] {
  const splitter = new RegExp(`,?\\s+(?:and also|and then|and|then|plus)\\s+(?=(?:${VERB_SOURCE}))(?!${NOUN_COMPOUND.source})`, 'i');
  const parts: string[] = [];
  for (const part of phrase.split(splitter).map((p) => p.trim()).filter(Boolean)) {
    // "delete it and confirm", "send the new one and cancel Friday's": a verb with no thing of its own goes on with the one before.
    // "arrange it and mail out the calendar link": sending the link is how the meeting gets arranged.
    const invite = parts.length && /^(?:book|schedule|set up|set (?:it|this|that|them) up|arrange|organi[sz]e)\b/i.test(parts[parts.length - 1]!) && /^send\s+(?:(?:you|them|everyone)\s+)?(?:the|an|a)\s+(?:calendar\s+)?invite\b/i.test(part);
    if (parts.length && (ELLIPTIC_TAIL.test(withoutDates(part)) || invite)) parts[parts.length - 1] = `${parts[parts.length - 1]} and ${part}`;
    else parts.push(...splitGapped(part));
  }
  return parts;
}

/** "and the floor plan by Monday" (or ", the floor plan by Monday") after a dated thing: a second thing for the same verb, with a day of its own. */
const GAPPED_TAIL = /^\s*(?:,\s*|,?\s+and\s+)((?:the|a|an|your|our|my|their|some)\s+[^,;]+?)(\s+(?:by|on|before|in|until|till|at|for))?\s*$/i;
/** A verb inside what follows "and the": "the team will sign it", "the bank's done". */
const CLAUSE_IN_TAIL = /\b(?:will|would|can|could|should|must|shall|may|might|is|are|was|were|has|have|had|does|do|did|gets?|got|needs?|wants?)\b|['’](?:ll|re|ve|d)\b|['’]s\s+(?:done|ready|back|in|out|through|signed|approved)\b/i;

/**
 * "send the price list today and the floor plan by Monday": two things handed over, each on its own day, are two
 * tasks with one verb ("send the price list today", "send the floor plan by Monday").
 */
export function splitGapped(part: string): string[] {
  const verb = leadingVerb(part);
  const dates = findDatePhrases(part);
  if (!verb || dates.length < 2) return [part];
  const head = part.slice(0, verb.length);
  // Each cut ends a thing at its day; what follows starts with the verb and the next thing ("…, the plan on Tuesday
  // and the contract on Friday" holds a third). The day phrases are found once, however many things there are.
  const out: string[] = [];
  let from = 0;
  let lead = '';
  for (let k = 0; k + 1 < dates.length; k++) {
    const [first, second] = [dates[k]!, dates[k + 1]!];
    const tail = GAPPED_TAIL.exec(part.slice(first.end, second.start));
    // "and the team will sign it by Friday": a clause with its own verb, someone else's step, not a second thing.
    // "the nine crates arrive": a thing and a verb of its own, a clause about something else.
    const words = tail?.[1]!.split(/\s+/) ?? [];
    if (!tail || CLAUSE_IN_TAIL.test(tail[1]!) || (words.length > 2 && leadingVerb(words.at(-1)!.toLowerCase()) && /s$/.test(words.at(-2)!))) continue;
    out.push(`${lead}${part.slice(from, first.end)}`);
    lead = `${head} ${tail[1]}${tail[2] ?? ''} `;
    from = second.start;
  }
  if (!out.length) return [part];
  out.push(`${lead}${part.slice(from)}`);
  return out.map((p) => p.replace(/\s{2,}/g, ' ').trim());
}

/** A conjoined verb whose object is left out or only pointed at: "confirm", "cancel Tuesday's", "remove the old one". */
const ELLIPTIC_TAIL = new RegExp(`^(?:${VERB_SOURCE})(?:\\s+(?:[A-Z][\\w-]*['’]s|the (?:old|other|first|original) one|that one))?(?:\\s+(?:by|via|over|in)\\s+(?:e-?mail|phone|text|writing|chat))?\\s*$`, 'i');

/** Words that lead into a date and go with it: "until the end of [the quarter]", "on the morning of [the 12th]", "an invite for the [Friday]". */
const END_OF_LEAD = /(?:\s+(?:through|until|till|by|before|at|on|in))?\s+the (?:end|morning|afternoon|evening|night) of\s*$/i;
const FOR_THE_LEAD = /\s+(?:for|on)\s+the\s*$/i;
/** A word after a day that is the thing the day belongs to ("the Friday meeting"), not a word of a clause going on. */
const DAY_BEFORE_NOUN = /^\s+(?!(?:and|or|but|to|at|by|in|on|for|with|from|so|as|if|when|then|too|which|that|this|next|before|after|instead|again|please|or so)\b)\p{Ll}[\p{Ll}-]*/u;

export function withoutDates(phrase: string): string {
  let out = phrase;
  for (const p of findDatePhrases(phrase).reverse()) {
    // "until the end of [the quarter]": the words that led into the date go with it.
    // "an invite for the [Friday]": the "for the" that led into the day goes too, not when the day says which thing
    // follows ("the deck for the [Friday] meeting").
    const namesWhich = DAY_BEFORE_NOUN.test(out.slice(p.end));
    const before = out.slice(0, p.start);
    const lead = END_OF_LEAD.exec(before) ?? (namesWhich ? null : FOR_THE_LEAD.exec(before));
    out = `${out.slice(0, lead ? lead.index : p.start)} ${out.slice(p.end)}`;
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

export interface Voice {
  /** Who said the words, and who they were said to. */
  speaker: Role;
  listener: Role;
  /** First names, used when a pronoun names a person ("call me back" → "Call Elena back"). */
  names: { rep: string | null; customer: string | null };
}

function person(role: Role, voice: Voice): string {
  if (role === 'rep') return voice.names.rep ?? 'the rep';
  if (role === 'customer') return voice.names.customer ?? 'the customer';
  return 'them';
}

/** Possessive as the rep (who reads the CRM) would write it: the customer's things are "their". */
function possessive(role: Role, original: string, voice: Voice): string {
  if (role === 'rep') return voice.speaker === 'rep' ? original : 'the';
  return 'their';
}

const GIVE_VERBS = new Set(['send', 'send over', 'email', 'e mail', 'forward', 'mail', 'post', 'ship', 'get', 'give', 'share', 'provide', 'text']);

function rewritePronouns(phrase: string, voice: Voice): string {
  // "have Dana send it to you": Dana's verb is the one that hands over.
  const doer = /^have\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?=\p{Ll})/u.exec(phrase)?.[0] ?? '';
  if (doer) return doer + rewritePronouns(phrase.slice(doer.length), voice);
  // "to you both", "with you two": as "to both of you", "with the two of you" (below, "of them").
  let p = phrase.replace(/\b(to|with)\s+you\s+(both|two|three|four|five)\b/gi, (_, to: string, n: string) => `${to} ${/^both$/i.test(n) ? '' : 'the '}${n} of you`);
  const verb = leadingVerb(p);
  if (verb && GIVE_VERBS.has(verb)) {
    // The recipient is implied by the task: "send me the deck" → "send the deck".
    if (verb === 'get' && /^get\s+(?:(?:me|us|you)\s+\w|(?:it|that|this|them|those|these|the\b[^,]*?)\s+(?:over\s+)?to\s+(?:me|us|you)\b)/i.test(p)) {
      p = p.replace(/^get/i, 'send');
    }
    // Not when it goes to others too ("email you and Bogdan the survey"): they are named, and so is the listener.
    p = p.replace(/\byou(?=\s+and\s+(?:\p{Lu}\p{Ll}+|your\s|the\s))/gu, () => person(voice.listener, voice));
    p = p.replace(/^(\S+(?:\s+over)?)\s+(?:over\s+)?(?:me|us|you)\b(?=\s+\w)/i, '$1');
    p = p.replace(/\s+(?:over\s+)?(?:to|with)\s+(?:me|us|you)\b/gi, '');
    p = p.replace(/^(send|ship|email|e-mail|forward|get)\s+over\s+(?=\w)/i, '$1 ');
    p = p.replace(/\b(it|that|this|them|those|these)\s+over\b/gi, '$1');
  }
  return p
    // "both of you", "all of you": the listener's people, not the listener's name.
    .replace(/\b(both|all|each|either|any|some|most|none|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+you\b/gi, '$1 of them')
    .replace(/\b(me|myself|us|ourselves)\b/gi, () => person(voice.speaker, voice))
    .replace(/\b(yourself|yourselves)\b/gi, () => person(voice.listener, voice))
    .replace(/\b(my|our)\b/gi, (w) => possessive(voice.speaker, w, voice))
    .replace(/\byour\b/gi, (w) => possessive(voice.listener, w, voice))
    .replace(/(?<!\bthank\s)\byou\b/gi, () => person(voice.listener, voice));
}

/**
 * "ring the supplier myself", "pull the bills myself and send them": the speaker doing it in person, after the verb and
 * its object, before the end or what comes next; "send it to myself" keeps its own.
 */
const EMPHATIC_SELF = /(?<=^\S+(?:\s+\S+)+)(?<!\b(?:to|for|with|from|by|of|at|about|on|in|into|onto|than|as)\s+)\s+(?:myself|ourselves)\b(?=\s*(?:[,.;!?]|$)|\s+(?:and|then|today|tonight|tomorrow|this|next|by|on|before|first)\b)/i;

/** The finished task text: at most ~14 words, capitalised, no date, no trailing filler. */
/**
 * The start of another clause or a question cut off by a date's removal or by the other side ("…, kickoff is", ", is that",
 * " or", "…, accounts will —"). Not what is to be found out (", who the approver is"): that is the task.
 */
const DANGLING_TAIL = /,\s*(?!(?:who|what|where|which|when|whether|how|why|if)\b)(?:[\w'’.-]+\s+){0,3}?(?:is|are|comes|reviews|will|would|can|could|should|must)(?:\s+that)?$|,?\s+(?:or|and)$/i;

/** A text that ends on a word no phrase ends on. */
const CUT_MID_PHRASE = /\s(?:the|a|an|of|and|or|their|our|your|my|his)$/i;

export function toActionText(phrase: string, voice: Voice): string {
  // Speech recognition stutters ("send me the the list"): say each word once.
  let p = withoutDates(phrase).replace(/\b(\w+)(?:\s+\1\b)+/gi, '$1').replace(EMPHATIC_SELF, '');
  p = rewritePronouns(p, voice);
  // A preposition left dangling by the date's removal ("move the demo to [next Tuesday]") goes too.
  // A comma the date left behind: gone before words that go on with the task ("send the proof [tomorrow], with both fixes").
  p = p.replace(/\s+,/g, ',').replace(/,\s+(?=(?:with|to|for|through|via|as|in|directly|straight|properly)\b)/gi, ' ');
  for (let i = 0; i < 3; i++) {
    p = p.replace(TRAILING_FILLER, '').replace(SELF_INTERRUPTION, '').replace(/[\s,.;:!?'"-]+$/, '').replace(/\s+(?:to|for|on|by|at|until|till|before|from)$/i, '');
    // What is left of another clause or a question ("…, kickoff is", "…, is that", "…to you or"): no part of the task.
    p = p.replace(DANGLING_TAIL, '');
  }
  const words = p.split(/\s+/).filter(Boolean);
  p = words.slice(0, 14).join(' ');
  // Cut short mid-phrase (ending on "…until the end of"): end on a word that means something.
  if (words.length > 14) p = p.replace(/(?:\s+(?:the|a|an|of|to|for|with|through|until|and|or|end|on|in|at|by))+$/i, '');
  // Cut off mid-phrase by the speaker or by a clause ("ring him to set up the —", "…instead of"): no dangling word, nor the
  // preposition or "where" it hung on; a word that can end a phrase ("where the freeze is", "copy Meg in") stays.
  p = p.replace(/,$/, '');
  if (CUT_MID_PHRASE.test(p)) p = p.replace(/(?:\s+(?:the|a|an|of|and|or|instead|exactly|their|our|your|my|his|to|for|on|by|at|around|about|with|from|in|into|where|whether|how|what|set up))+$/i, '');
  return p.charAt(0).toUpperCase() + p.slice(1);
}
