import { resolveDueDate } from '../../../domain/dates.ts';
import type { Owner } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import { ASSENT, triggerMatches } from './commitment-triggers.ts';
import { onlyADay } from './days-alone.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addEvidence, isOwnPromise, type ActionDraft } from './merge-items.ts';
import { otherRole, quoteAround, wordCount, type Sentence } from './sentences.ts';

/**
 * What the turns around a promise add to it: the offer or instruction the other side accepted, the
 * question it answers, the topic of an open "I'll ask", a date given in a short reply.
 */

/** "I'll do that (this afternoon)": the task is what the speaker offered just before. */
const DO_THAT = /^(?:just\s+|go ahead and\s+)?do\s+(?:that|it|this|so)\b/i;
/** "Shall I send the deck over?", "want me to reserve a room?": an offer of a task. */
const OFFER = /\b(?:(?:shall|should)\s+(?:i|we)|(?:do you|would you|d'you)\s+(?:want|like)\s+(?:me|us)\s+to|want\s+(?:me|us)\s+to)\s+/i;
const YES = /^(?:\W*(?:please|yes|yeah|yep|sure|absolutely|definitely|of course|that'd be|that would be|go ahead|great|perfect|ok|okay)\b)/i;

/**
 * "I'll do that" after the speaker's own offer, which the other side accepted: the offer says what
 * "that" is ("Shall I send the DPA over today?" — "Please, yes." — "I'll do that this afternoon").
 */
export function acceptedOffer(sentences: readonly Sentence[], i: number, after: string): string {
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

/** "Shall I send…?", "want me to reserve…?", "are you open to me dropping by…?": a task offered as a question. */
const OFFER_QUESTION = /\b(?:(?:shall|should|how about|what if)\s+(?:i|we)|(?:do you|would you|d'you)\s+(?:want|like)\s+(?:me|us)\s+to|(?:would|will) you(?:[\s,]+(?:um|uh|er)\b)*[\s,]+be (?:open|ok|okay|happy|fine) (?:to|with) (?:me|us))\s+/i;

/**
 * A task the speaker offered in a question and the other side said yes to, with nothing more in that
 * reply (a reply that asks or promises something is its own item): where the offered task starts, and the yes.
 */
export function offerTakenUp(sentences: readonly Sentence[], i: number): { start: number; end: number; yes: Sentence } | null {
  const s = sentences[i]!;
  if (s.addressedToSystem || s.role === 'unknown') return null;
  const said = s.text.trim().endsWith('?');
  const m = said ? OFFER_QUESTION.exec(s.text) : offerSaid(sentences, i);
  // "Shall I go over the pricing now?": done on the call.
  if (!m || /\b(?:now|quickly|real quick|while we're|while we are|before we (?:start|go on|move on))\b/i.test(s.text.slice(m.index))) return null;
  const next = sentences.slice(i + 1).find((t) => t.segmentIndex !== s.segmentIndex);
  // "January tenth. Yes, that's good.": the yes may come after the offer's date said back.
  const answer = next && ECHO.test(next.text) ? sentences.find((t) => t.segmentIndex === next.segmentIndex && t !== next) : next;
  if (!next || !answer || next.role !== otherRole(s.role) || !YES.test(answer.text) || /\b(?:but|no|not|maybe|later)\b/i.test(answer.text.split(/[.!?]/)[0]!.replace(/\bwhy not\b/i, ''))) return null;
  // A plain "I could…" needs a plain yes to it: "okay, good to know" only takes note.
  if (!said && (!PLAIN_YES.test(answer.text) || NOTED.test(answer.text))) return null;
  const reply = sentences.filter((t) => t.segmentIndex === next.segmentIndex);
  if (reply.some((t) => triggerMatches(t.text).length > 0)) return null;
  return { start: m.index, end: m.index + m[0].length, yes: answer };
}

/** "I could rework the quote into two options.": what the speaker could do, said plainly. */
const OFFER_SAID = /^(?:\W*(?:so|and|oh|um|uh|well|look|or|also|actually)\b[\s,]*)*(?:i|we)\s+(?:could|can)\s+(?:(?:also|just|easily|certainly|definitely)\s+)?(?=[a-z])(?!(?:see|hear|tell|imagine|understand|say|guess|try|only|not|never|be|do that|do it|get in|get into)\b)(?![^.?!]*\b(?:but|if|unless|in case|though|although)\b)/i;
/** A yes to a plain offer: "yes", "please", "sure", "go ahead", "do that", "that would help". */
const PLAIN_YES = /^\W*(?:yes|yeah|yep|please|sure|absolutely|definitely|go ahead|do that|do it|that would|that'd|perfect|great,?\s+(?:do|please|thanks|yes))\b/i;
/** Taking note, not taking up: "okay, good to know", "makes sense", "fair". */
const NOTED = /\b(?:good to know|makes sense|fair enough|noted|i see|got it|understood)\b/i;
/** What may follow it in the same turn: one short question that asks when or whether it suits ("By Friday?", "Would that help?"). */
const SHORT_QUESTION_WORDS = 8;

/** A plain "I could …" offer that ends its turn, or is followed there only by a short question: the offer, else null. */
function offerSaid(sentences: readonly Sentence[], i: number): RegExpExecArray | null {
  const s = sentences[i]!;
  const rest = sentences.slice(i + 1).filter((t) => t.segmentIndex === s.segmentIndex);
  if (rest.length > 1 || (rest.length === 1 && (!rest[0]!.text.trim().endsWith('?') || wordCount(rest[0]!.text) > SHORT_QUESTION_WORDS))) return null;
  return OFFER_SAID.exec(s.text);
}

/** A short phrase said back, as a date is when agreeing to it ("Thursday the 5th."). */
const ECHO = /^\W*(?:[\w'’-]+\s+){0,2}[\w'’-]+[.!]\s*$/;

/** A bare instruction ("Oh, and mail the invite to my other address.") that the other side takes on. */
// Leading fillers are matched once each: a repeated group holding `\W*` and `[\s,]*` side by side backtracks
// exponentially on a run of fillers that is not followed by the rest (a few dozen words held a worker for hours).
const IMPERATIVE = /^(?:\W*(?:and|so|oh|um|uh|also|then|okay|ok|right|just|actually)\b(?:\W*(?:and|so|oh|um|uh|also|then|okay|ok|right|just|actually)\b)*[\s,]*)?(?=(?:send|e-?mail|forward|share|mail|book|schedule|add|copy|cc|loop in|invite)\s+(?:me|us|him|her|them|the|a|an|your|our|my|that|it|this)\b)/i;
const TAKEN_ON = /^(?:\W*(?:will do|sure|of course|absolutely|no problem|can do|ok|okay|yes|yep|you got it|done)\b)/i;

/** Where an instruction the other side accepted in their next words starts in sentence `i`, or null. */
export function acceptedImperative(sentences: readonly Sentence[], i: number): number | null {
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
export function whatItIsAbout(text: string, sentences: readonly Sentence[], i: number): { text: string; why: { sentence: Sentence; quote: string } | null } {
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
/** "I'll ask", "I'll check with our lawyers (and email you)": finding something out, with no word of what. */
export const OPEN_CHECK = /^((?:ask|check|confirm|find out|double[- ]check)(?:\s+(?:with|in with)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?<=^ask)\s+(?!(?:about|whether|if|for|to|them|him|her|you|me|us)\b)(?:(?:our|my|the|their|your)\s+)?[\w'’-]+(?:\s+(?!and\b)[\w'’-]+)?)?)(?:\s+(?:on|into|about)\s+(?:that|it|this))?(?=\s+and\b|\s*$)/i;
/** What a question is about: "asked about the invoicing cadence", "any room on the onboarding fee". */
const TOPIC = /\b(?:about|on|regarding)\s+((?:the|your|our|their|a|an|any)\s+[^,.?!;]{2,40}?)(?=\s*[,.?!;]|$)/gi;
/** A question, or a question passed on: "Is it monthly?", "my boss wants to know if…". */
const ASKED = /\?\s*$|\b(?:ask(?:ed|s)?|check|know|find out|wonder(?:s|ed|ing)?)\b[^.]*\b(?:if|whether|about)\b/i;

/**
 * What an open "I'll ask / I'll confirm with X" is about: the question the other side put in their
 * last turn before it, and the sentence that names its topic.
 */
/** The other side's turn just before sentence `i`'s turn. */
export function previousTurn(sentences: readonly Sentence[], i: number): Sentence[] {
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
/** The speaker offering to hand over or make a thing they name: "I'll send you a…", "let me put together the…". */
const OWN_OFFER_OF_A_THING =
  /\b(?:i'll|i will|i can|i could|let me|i'm going to|i am going to)\s+(?:\w+\s+)?(?:send|e-?mail|write|prepare|draft|put together|pull together)\s+(?:(?:you|him|her|them|us)\s+)?(?:a|an|the|our|my|some)\s+[\w-]+/i;
/** "When should I expect it?", "any idea on timing?": asks when, not for what. */
const TIMING = /\b(?:when|timing|how (?:long|soon)|what time|what day)\b/i;

/**
 * A promise of "that" / "it" right after the other side asked for something: the ask says what
 * "that" is. Its sentences (the first to the last that ask or say what is needed) are the quote.
 */
export function answeredAsk(sentences: readonly Sentence[], i: number): { sentence: Sentence; quote: string } | null {
  const here = sentences[i]!;
  // Only an answer given at the start of the turn.
  if (i - 2 >= 0 && sentences[i - 2]!.segmentIndex === here.segmentIndex && sentences[i - 3]?.segmentIndex === here.segmentIndex) return null;
  // Right after the speaker's own offer of a thing ("I'll draft you a costing for the spare parts."), "that" is that thing, not the ask.
  const before = sentences[i - 1];
  if (before && before.segmentIndex === here.segmentIndex && OWN_OFFER_OF_A_THING.test(before.text)) return null;
  const turn = previousTurn(sentences, i);
  const first = turn.findIndex((s) => NEED.test(s.text) && !TIMING.test(s.text));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < turn.length && NEED.test(turn[last + 1]!.text) && !TIMING.test(turn[last + 1]!.text) && turn[last + 1]!.segmentIndex === turn[first]!.segmentIndex) last++;
  const quote = turn.slice(first, last + 1).map((s) => s.text).join(' ');
  return { sentence: turn[first]!, quote: wordCount(quote) <= MAX_NEED_WORDS ? quote : turn[first]!.text };
}

export function askedTopic(sentences: readonly Sentence[], i: number): { topic: string; sentence: Sentence } | null {
  const turn = previousTurn(sentences, i);
  if (!turn.some((s) => ASKED.test(s.text))) return null;
  let found: { topic: string; sentence: Sentence } | null = null;
  for (const s of turn) {
    if (s.addressedToSystem) continue;
    for (const m of s.text.matchAll(TOPIC)) found = { topic: m[1]!, sentence: s };
  }
  return found;
}

/**
 * The question an open check answers when it names no topic of its own ("Which port do the spares leave from?" — "let me
 * ask our shipping desk"): the other side's last question in the turn just before.
 */
export function askedQuestion(sentences: readonly Sentence[], i: number): Sentence | null {
  const asked = previousTurn(sentences, i).findLast((s) => /\?\s*$/.test(s.text));
  return asked && !TIMING.test(asked.text) && wordCount(asked.text) >= 3 && wordCount(asked.text) <= MAX_NEED_WORDS ? asked : null;
}

/** A question that names nothing of its own: "which one do they run?", "what version is it?", "which does the board prefer?". */
const ELLIPTIC_QUESTION = /\b(?:they|them|it|that|those|these|ones?)\b|^\W*(?:which|what)\s+(?:does|do|did|is|are|would|should|will|can)\b/i;
/** A sentence that names a thing ("…the old handhelds in the cold store?"), not one that only points ("They're old."). */
const NAMES_A_THING = /\b(?:the|a|an|our|your|their)\s+(?!(?:way|bit|lot|thing|one|ones|same)\b)[\p{L}-]{3,}/iu;

/**
 * The open check's question, and when the question only points ("which model are they?"), the sentence it points back
 * to: the last of the three said just before it that names a thing.
 */
export function askedQuestionAndTopic(sentences: readonly Sentence[], i: number): Sentence[] {
  const asked = askedQuestion(sentences, i);
  if (!asked || !ELLIPTIC_QUESTION.test(asked.text)) return asked ? [asked] : [];
  const at = sentences.indexOf(asked);
  const named = sentences.slice(Math.max(0, at - 3), at).findLast((s) => !s.addressedToSystem && NAMES_A_THING.test(s.text));
  return named && wordCount(named.text) <= MAX_NEED_WORDS ? [named, asked] : [asked];
}

/** A short answer from the task's owner that names the date ("Sure, by Friday."). */
export function dateFromReply(sentences: readonly Sentence[], i: number, owner: Owner, ctx: CommitmentContext): { date: string; sentence: Sentence } | null {
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
export function restOfTurn(sentences: readonly Sentence[], i: number, after: string): string {
  const parts = [after];
  for (let j = i + 1; j < sentences.length && sentences[j]!.segmentIndex === sentences[i]!.segmentIndex; j++) {
    const next = triggerMatches(sentences[j]!.text)[0];
    parts.push(sentences[j]!.text.slice(0, next?.start));
    if (next) break;
  }
  return parts.join(' ');
}

/** The speaker's next sentence in the same turn, or nothing. */
export const nextInTurn = (sentences: readonly Sentence[], i: number): string =>
  sentences[i + 1]?.segmentIndex === sentences[i]!.segmentIndex ? sentences[i + 1]!.text : '';

/** Words the other side may say between a promise and its taking back ("Sure, I can —"). */
const SHORT_REPLY_WORDS = 6;
/** As many, when the other side is cut off ("Um, for an order this small? I don't think —"). */
const CUT_OFF_REPLY_WORDS = 12;
/**
 * A turn that opens by taking back what its speaker said last: "Actually, scratch that.", "No, forget it.", "Ugh, actually,
 * forget it."; not "never mind" a thing it names ("Right, never mind the fee").
 */
const TAKES_IT_BACK = /^\W*(?:\p{L}+,\s+)?(?:(?:oh|um|uh|actually|wait|no|sorry)\b[\s,.!—–-]*)*(?:scratch that|never\s?mind(?!\s+(?:the|a|an|about|your|my|our|their|his|her)\b)|forget (?:it|that|i said (?:it|that))|on second thought)\b/iu;

/**
 * "…and I'll post you the rota, so they —" / "Sure, we —" / "No, forget it.": the speaker takes back the last
 * thing they said when their next turn opens so, after the other side said only a few words. `i` must end its turn.
 */
export function takenBackNextTurn(sentences: readonly Sentence[], i: number): boolean {
  const here = sentences[i]!;
  if (sentences[i + 1]?.segmentIndex === here.segmentIndex) return false;
  const other = sentences[i + 1];
  if (!other || other.role === here.role) return false;
  let j = i + 1;
  let words = 0;
  for (; j < sentences.length && sentences[j]!.segmentIndex === other.segmentIndex; j++) words += wordCount(sentences[j]!.text);
  const back = sentences[j];
  const cutOff = /[—–]\s*$/.test(sentences[j - 1]!.text);
  return words <= (cutOff ? CUT_OFF_REPLY_WORDS : SHORT_REPLY_WORDS) && back?.role === here.role && back.segmentIndex === other.segmentIndex + 1 && TAKES_IT_BACK.test(back.text);
}

/**
 * "Do it", "do that", "get it done": the task said just before, done on a day said with it. Not "get it over / signed":
 * what "it" is there may be a thing just named ("And the tax form, I'll get it over…").
 */
const DOES_IT = /^(?:do\s+(?:it|that|this)|get\s+(?:it|that|this)\s+done)\b(?![\s,]+(?:and|then|plus)\b)/i;
/** "And the tax form, I'll do that…": a thing named just before the promise is what "that" is. */
const THING_THEN_PROMISE = /(?:^\W*|[.!?]\s+|\b(?:and|so|also|now|oh|okay|as for),?\s+)(?:the|your|our|my|their)\s+[\w'’ -]{2,60},\s*(?:i|we)\b/i;

/**
 * "I'll extend the trial. I'll do it tomorrow morning.": a promise of `owner` that only does "it", said within two
 * sentences of their last promise in the same turn, is the day that task gets done. True when it was one (with or
 * without a day), so it is no task of its own.
 */
export function datesTheTaskBefore(drafts: readonly ActionDraft[], sentences: readonly Sentence[], i: number, owner: Owner, said: string, window: string, ctx: CommitmentContext): boolean {
  const promised = drafts[drafts.length - 1];
  const sentence = sentences[i]!;
  if (
    !DOES_IT.test(said) || THING_THEN_PROMISE.test(sentence.text) || !promised || !isOwnPromise(promised.kind) || promised.owner !== owner || promised.at === undefined || i - promised.at > 2 ||
    promised.evidence[0]!.sentence.segmentIndex !== sentence.segmentIndex
  ) return false;
  const day = resolveDueDate(window, ctx.startedAt, ctx.timezone, 'en');
  if (day) {
    promised.dueDate = day;
    addEvidence(promised, { sentence, quote: sentence.text });
  }
  return true;
}

/** "He can post them Friday": what the colleague just handed a task does with its thing, and when. */
const THEY_DO_IT = /^\W*(?:(?:and|so|then)\s+)?(?:she|he|they)(?:['’]ll|\s+(?:can|will|could|should|would))\s+(?:\w+\s+){0,2}?(?:it|them|that|those|these)\b/i;

/** "he can get them across to us", "they will send that over": only the thing coming back, no step of its own. */
const HANDS_IT_BACK = /\b(?:she|he|they)(?:['’]ll|\s+will|\s+can)\s+(?:have|get|send)\s+(?:it|that|them|those)\s+(?:(?:back|over|across)\s+)?(?:to\s+(?:you|me|us)|back|over|across)\b/i;

/**
 * "I'll have Ines dig out the logs. She can mail them over Friday.": the day said in the next sentence of the
 * same turn, by which the colleague does something with the thing, dates the task handed to them, when it had none.
 * That sentence is then no task of its own (a colleague asked to credit a fee, who "will have it to them" by a day).
 */
export function datesFromTheirNextWords(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const d of [...drafts]) {
    if (d.dueDate || !/^(?:Have|Get)\s+\p{Lu}/u.test(d.text)) continue;
    const said = d.evidence.find((e) => !e.mention)?.sentence;
    const next = said ? sentences[sentences.indexOf(said) + 1] : undefined;
    if (!next || next.segmentIndex !== said!.segmentIndex || next.addressedToSystem || !THEY_DO_IT.test(next.text)) continue;
    const day = resolveDueDate(next.text, ctx.startedAt, ctx.timezone, 'en');
    if (!day) continue;
    d.dueDate = day;
    addEvidence(d, { sentence: next, quote: next.text });
    if (!HANDS_IT_BACK.test(next.text)) continue;
    const own = drafts.findIndex((e) => e !== d && e.owner === d.owner && e.evidence[0]!.sentence === next && e.evidence.every((x) => x.sentence === next || x.mention || x.sentence.segmentIndex !== next.segmentIndex));
    if (own >= 0) drafts.splice(own, 1);
  }
}

/** `s`, in the turn of `said`, only names the thing the task `text` is about ("The quarterly figures."). */
const namesItsThing = (s: Sentence | undefined, said: Sentence, text: string) => {
  const thing = s && s.segmentIndex === said.segmentIndex ? normalizeText(s.text).replace(/^(?:the|your|our|my|their)\s+/, '') : '';
  return thing.split(' ').length >= 2 && ` ${normalizeText(text)} `.includes(` ${thing} `);
};
/** A reply that turns a day down, or asks about it. */
const REFUSES = /\b(?:no|nope|not|can['’]?t|cannot|won['’]t|instead|rather|better|make it|how about|too)\b|\?/i;
/** "When?", "By when?", "When can I expect it?": the other side asks for the day of what was just promised. */
const ASKS_WHEN = /^\W*(?:(?:and|so|okay|ok)[\s,]+)?(?:by\s+)?when\b[^.!]*\?\s*$/i;
/** "When is the install?": a "when?" that names a thing the promise does not name asks about something else. */
function asksOfIt(question: string, task: string): boolean {
  const named = [...question.matchAll(/\b(?:the|a|an|your|our|their|my|his|her)\s+([\p{L}-]{3,})/giu)].map((m) => m[1]!.toLowerCase().slice(0, 4));
  const words = task.toLowerCase();
  return named.every((w) => new RegExp(`\\b${w}`, 'u').test(words));
}

/**
 * "I'll create your user accounts. Tomorrow.", or "I'll send a revised quote." "When?" "Friday.": a promise said
 * without a day, the day said on its own right after it in the same turn, or in reply to the other side's "when?".
 */
export function datesSaidAfter(drafts: readonly ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const d of drafts) {
    const said = d.evidence.find((e) => !e.mention)?.sentence;
    if (d.dueDate || !said || !isOwnPromise(d.kind)) continue;
    let at = sentences.indexOf(said);
    // "Can do. The flow sheets for both pumping stations. By Friday.": the thing named after the promise, then its day.
    if (namesItsThing(sentences[at + 1], said, d.text)) at++;
    const after = sentences[at + 1];
    // The other side's "when?" answers the turn's last promise: the sentence after it is the first of the promiser's next turn.
    const turnEnd = sentences.findIndex((s, k) => k > at && s.segmentIndex !== said.segmentIndex);
    const asked = turnEnd >= 0 ? sentences[turnEnd] : undefined;
    const lastPromise = !drafts.some((o) => o !== d && o.at !== undefined && o.at > at && o.at < turnEnd);
    const answer = asked && lastPromise && asked.role !== said.role && ASKS_WHEN.test(asked.text) && asksOfIt(asked.text, d.text) && sentences[turnEnd + 1]?.segmentIndex !== asked.segmentIndex ? sentences[turnEnd + 1] : undefined;
    // The first of the two that is only a day, with that day (worked out once).
    const [next, day] = [after?.segmentIndex === said.segmentIndex ? after : undefined, answer?.role === said.role ? answer : undefined]
      .map((s) => [s, s && !s.addressedToSystem ? onlyADay(s.text, ctx) : null] as const)
      .find(([, found]) => found) ?? [undefined, null];
    // "I'll send the DPA. Tomorrow morning okay?" — "Tomorrow is fine.": a day asked about and not turned down.
    const reply = after?.segmentIndex === said.segmentIndex && asked?.role !== said.role && turnEnd === at + 2 ? asked : undefined;
    const replyTurn = reply ? sentences.filter((t) => t.segmentIndex === reply.segmentIndex).map((t) => t.text).join(' ') : '';
    const askedDay = !next && reply && !REFUSES.test(replyTurn) ? onlyADay(after!.text, ctx, true) : null;
    if (askedDay) {
      d.dueDate = askedDay;
      addEvidence(d, { sentence: after!, quote: after!.text });
      continue;
    }
    if (!next || !day) continue;
    d.dueDate = day;
    addEvidence(d, { sentence: next, quote: next.text });
  }
}
