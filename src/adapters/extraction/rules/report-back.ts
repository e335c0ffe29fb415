import { joinParticle, joinSteps, leadingVerb } from './action-text.ts';
import { isOwnPromise, type ActionDraft } from './merge-items.ts';
import type { Sentence } from './sentences.ts';

/**
 * Telling the other side how a task went, with nothing else to hand over: "get back to you", "email
 * you", "send you the written confirmation", "give you an update on it".
 */
const REPORT_BACK = /^(?:(?:get|circle|come|report) back|follow up)\b(?:\s+(?:to|with)\s+(?:you|me|us))?(?:\s+on\s+(?:it|that|this))?\s*$|^(?:email|e-mail|call|ring|text|message|ping|update)\s+(?:you|me|us)(?:\s+back)?\s*$|^let\s+(?:you|me|us)\s+know\s*$|^(?:email|e-mail|send|text|get|give)\s+(?:you|me|us)\s+(?:(?:the|a|an|his|her|their|\w+['’]s)\s+)?(?:written\s+)?(?:confirmation|answer|outcome|result|decision|verdict)\s*$|^(?:send|give|share)\s+(?:(?:you|me|us)\s+)?(?:some\s+|her\s+|his\s+|their\s+)?feedback\s*$|^(?:give|send)\s+(?:you|me|us)\s+(?:an?\s+)?(?:quick\s+|short\s+)?update(?:\s+on\b.*)?$/i;

export function reportsBack(task: string): boolean {
  // A due date after a report back does not change what it is.
  return REPORT_BACK.test(task.replace(/^have\s+[A-Z][\p{L}'’-]+\s+/u, '').replace(/[\s,]+(?:by|on|before|today|tomorrow|tonight|this|next|end of|later|after)\b.*$/i, '').trim());
}

/** A task that already ends in telling the other side ("look into it and come back to them", "check and tell them"). */
const ENDS_REPORTING_BACK = /\b(?:(?:get|circle|come|report) back|let\s+\S+\s+know|follow up)\b[^,;]*$/i;
/** Finding something out that the other side is waiting to hear. */
const CHECKS = /^(?:check|ask|find out|confirm|double[- ]check|look into|talk to|speak to|run it by)\b/i;
/** A promise that rides on a message promised before ("in the same mail, I'll add…"); not an email address, nor a message someone else sent. */
const IN_THAT_MESSAGE = /\b(?:in|with|to|into)\s+(?:that|the same|this|my|the)\s+(?:e-?mail|message|note)\b(?![\s-]+(?:address(?:es)?|account|list|thread|chain|signature|from)\b)/i;
/** Copying someone in on a message, and nothing else. */
const COPY_IN = /^(?:cc|copy)\s+(?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+(?:\s+in)?(?:\s+on\s+(?:it|that|this))?(?:\s*,.*)?$/iu;
/** "Copy the signed form": making a copy of a thing, unless someone is copied "in" or "on it" ("copy the team in"). */
const MAKES_A_COPY = /^copy\s+(?:the|a|an|this|that|these|those|it|all)\b(?!.*\s(?:in|on\s+(?:it|that|this))\s*(?:,.*)?$)/i;
/** A task that is a message going out: what "the same email" and a copy-in belong to. */
const MESSAGE_TASK = /^(?:Send|E-?mail|Forward)\b/i;
/** Turns (of both sides) over which "the same email" still points at a message promised before. */
const MESSAGE_REACH = 8;
/** Turns (of both sides) within which the owner's next word on a task still belongs to it. */
const NEXT_TURN = 2;

/** Handing over what someone else answered ("send Gary's answer", "send his verdict"). */
const SOMEONES_ANSWER = /^\S+\s+(?:(?:you|me|us)\s+)?(?:his|her|their|\w+['’]s)\s+(?:answer|decision|verdict)\b/i;
/** Taking a question to someone ("take the proposal to Gary", "run the price by her"). */
const TAKES_TO = /^(?:(?:take|bring|put)\s+.+\s+to|run\s+.+\s+(?:by|past))\s+\S+/i;

/** What a report back is about, when it says so ("come back to you about invoice formats"). */
const ABOUT = /\b(?:on|about|regarding|re)\s+(.+)$/i;
const POINTER = new Set(['that', 'this', 'those', 'these', 'them', 'what', 'when', 'whether', 'which', 'answer', 'their', 'there', 'your', 'then']);
const stems = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3 && !POINTER.has(w)).map((w) => w.slice(0, 5));

/** "on that question", "about this point": pointed back at the matter already in hand. */
const POINTS_BACK = /^(?:that|this|those|these|the same)\b/i;
/** A check that names only whom it asks ("check with our developers"): what it is about was said before it, not in it. */
const ONLY_WHOM = /^(?:(?:check|double[- ]check|talk|speak)\s+(?:with|to)|ask|run it by)\s+(?:(?:our|my|the|your|their)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?$/iu;
const REPORT_TAIL = /\s+and\s+(?:(?:get|circle|come|report) back|let\s+\S+\s+know|follow up)\b.*$/i;

/** A report back about a thing the task before it never named: another question, another task. */
function otherSubject(report: string, check: string): boolean {
  const about = ABOUT.exec(report);
  if (!about || POINTS_BACK.test(about[1]!) || ONLY_WHOM.test(check.replace(REPORT_TAIL, '').trim())) return false;
  const words = stems(about[1]!);
  if (!words.length) return false;
  const checked = new Set(stems(check));
  return !words.some((w) => checked.has(w));
}

/** `d` is part of `into`: its words (when they add to the task), its date and its quotes. */
function fold(into: ActionDraft, d: ActionDraft, how: { text: boolean; keepDate?: boolean }): void {
  if (how.text) into.text = joinSteps([into.text, d.text]);
  into.dueDate = how.keepDate ? (into.dueDate ?? d.dueDate) : (d.dueDate ?? into.dueDate);
  for (const ev of d.evidence) if (!into.evidence.some((e) => e.quote === ev.quote)) into.evidence.push(ev);
}

/**
 * A promise, then a report back promised in the same turn ("…and we'll let you know"): the report back ends the task before it.
 * The owner's next turn may say how and when that report back comes (asked when, they name a day and a channel), or
 * add something to the message promised (a price to confirm in the same mail): both are the same task.
 */
export function joinReportsBack(drafts: ActionDraft[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const segment = (x: ActionDraft) => x.evidence[0]!.sentence.segmentIndex;
    const own = prev && isOwnPromise(d.kind) && isOwnPromise(prev.kind) && prev.owner === d.owner;
    const nextTurn = own && segment(d) > segment(prev) && segment(d) - segment(prev) <= NEXT_TURN;
    // A report back promised, the other side asks when, and the owner names a day and a channel: the same report back.
    if (d.reportsBack && nextTurn && !/^(?:Call|Ring|Phone)\b/.test(d.text) && ENDS_REPORTING_BACK.test(prev.text) && !otherSubject(d.text, prev.text)) {
      fold(prev, d, { text: false });
      continue;
    }
    // A check with someone, then in the owner's next turn a promise to come back with what they said: one task.
    if (nextTurn && CHECKS.test(prev.text) && !ENDS_REPORTING_BACK.test(prev.text) && /^(?:get|come|circle|report) back\b/i.test(d.text) && !otherSubject(d.text, prev.text)) {
      fold(prev, d, { text: true });
      continue;
    }
    // Something more put into a message promised a few turns before: one message, one task.
    const message = IN_THAT_MESSAGE.test(d.evidence[0]!.sentence.text) && !d.reportsBack && isOwnPromise(d.kind)
      ? out.findLast((e) => e.owner === d.owner && isOwnPromise(e.kind) && segment(d) - segment(e) <= MESSAGE_REACH && (e.reportsBack || ENDS_REPORTING_BACK.test(e.text) || MESSAGE_TASK.test(e.text)))
      : undefined;
    if (message) {
      fold(message, d, { text: true, keepDate: true });
      continue;
    }
    // Copying a colleague in on a message promised just before: who else gets it, not another task.
    const copied = COPY_IN.test(d.text.trim()) && !MAKES_A_COPY.test(d.text.trim())
      ? out.findLast((e) => e.owner === d.owner && segment(d) - segment(e) <= NEXT_TURN && MESSAGE_TASK.test(e.text))
      : undefined;
    if (copied) {
      // Said in one breath with the message, the task's words already name whoever is copied in.
      const who = d.text.trim().replace(/\s*,.*$/, '').replace(/^(?:cc|copy)\s+|\s+in$|\s+on\s+\S+$/gi, '');
      fold(copied, { ...d, text: d.text.replace(/\s*,.*$/, '') }, { text: !copied.text.includes(who), keepDate: true });
      continue;
    }
    // A call back in a sentence of its own is a task of its own; only one said in one breath with the task joins it, and
    // not one on a day of its own ("the price list goes out Tuesday, and I'll phone you the ninth").
    const ownCall = /^(?:Call|Ring|Phone|Text|Message|Ping)\b/.test(d.text) && (d.at !== prev?.at || (!!d.dueDate && !!prev?.dueDate && d.dueDate !== prev.dueDate));
    // Someone's answer ("I'll get you his answer") ends a check or a question taken to them, not any task before it.
    const answerOf = SOMEONES_ANSWER.test(d.text) && !CHECKS.test(prev?.text ?? '') && !TAKES_TO.test(prev?.text ?? '');
    if (d.reportsBack && !ownCall && !answerOf && prev && !prev.reportsBack && isOwnPromise(d.kind) && isOwnPromise(prev.kind) && prev.owner === d.owner && segment(prev) === segment(d) && (d.at ?? 0) - (prev.at ?? 0) <= 1) {
      // A colleague's task and their feedback after it: the colleague is named once.
      const doer = /^Have\s+\S+\s/.exec(prev.text)?.[0];
      const then = doer && d.text.startsWith(doer) ? d.text.slice(doer.length) : d.text;
      fold(prev, { ...d, text: then }, { text: true });
      continue;
    }
    // "I'll let you know" with no task before it says nothing to do.
    if (d.reportsBack && /^Let\b/.test(d.text)) continue;
    out.push(d);
  }
  return out;
}
/** "…so I shouldn't close it yet", "I can't send something that doesn't exist": the owner says the task will not happen. */
const REFUSAL = /\b(?:i|we)\s*(?:shouldn't|should not|won't|will not|can't|cannot|can not|don't need to|do not need to|(?:'m|am|are|'re)\s+(?:definitely\s+|really\s+|certainly\s+)?not(?:\s+going to)?)\s+(?:be able to\s+)?(?:actually\s+)?/gi;
/** An offer ("I can…", "we could…"), and the other side's reply turning it down ("No, really, don't", "No need"). */
const OFFER = /\b(?:i|we)\s+(?:can|could)\b/i;
/** "No need to rush": only the hurry is turned down, not the offer. */
const NOT_ONLY_WHEN = String.raw`(?!\s+to\s+(?:rush|hurry|stress|panic|worry)\b)`;
const TURNED_DOWN = new RegExp(
  String.raw`^\W*(?:(?:no|nah|nope|oh|honestly|really)\b[\s,.!—–-]*)+(?:(?:please\s+|really,?\s+)?don['’]t\b(?!\s+(?:worry|forget|mind|rush|hurry|stress|panic))|no need\b${NOT_ONLY_WHEN}|not necessary\b|no,?\s+thanks?\b|thanks,?\s+but\s+no\b)|^\W*(?:no need\b${NOT_ONLY_WHEN}|don['’]t bother|please don['’]t|not necessary)\b` +
    // "Nope. We won't keep those.", "No, actually, we won't need them", "Hmm, let's not rush that."
    String.raw`|^\W*(?:(?:no|nah|nope)\b[\s,.!—–-]*)+(?:actually,?\s+)?(?:i|we)\s+(?:won['’]t|will not|don['’]t need|do not need)\b|^\W*(?:(?:um|uh|oh|well|hmm)\b[\s,.!—–-]*)*let['’]s not\b`,
  'i',
);
/** "We'll hold off on it": the owner puts the task just said aside. */
const HOLD_OFF = /\b(?:i|we)(?:'ll| will)\s+hold off(?:\s+on\s+(?:that|it|this|those|them|sending\s+(?:it|that|them)))?\b/i;
/** "sending a list" → "send a list": the verb as the task has it. */
function baseOfIng(text: string): string {
  const m = /^(\w+?)ing\b/i.exec(text);
  if (!m) return text;
  const stem = m[1]!;
  const base = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((v) => leadingVerb(v) === v.toLowerCase());
  return base ? base + text.slice(m[0].length) : text;
}
/** How many sentences after a task its owner may still call it off. */
const REFUSAL_REACH = 6;

export function refusedLater(draft: ActionDraft, sentences: readonly Sentence[]): boolean {
  const at = draft.at;
  if (at === undefined) return false;
  // A verb the lists do not know ("close the workspace") is the task's first word.
  const verbOf = (text: string) => leadingVerb(text) ?? text.trim().split(/\s+/)[0]?.toLowerCase() ?? null;
  const verb = verbOf(draft.text);
  if (!verb) return false;
  const words = new Set(draft.text.toLowerCase().split(/\W+/).filter((w) => w.length > 3).slice(1));
  // Said in the owner's next turn, right after the task: "that" is this task.
  const segment = sentences[at]?.segmentIndex ?? 0;
  // "I could send you a sample —" "No, honestly, don't.": an offer the other side turns down at once.
  const reply = sentences.slice(at + 1).find((s) => s.segmentIndex > segment);
  const replyTurn = (r: Sentence) => sentences.filter((s) => s.segmentIndex === r.segmentIndex).map((s) => s.text).join(' ');
  if (reply && reply.segmentIndex === segment + 1 && reply.role !== draft.owner && OFFER.test(sentences[at]!.text) && TURNED_DOWN.test(replyTurn(reply))) return true;
  for (let j = at + 1; j < sentences.length && sentences[j]!.segmentIndex - segment <= 2; j++) {
    const s = sentences[j]!;
    if (s.role === draft.owner && !s.addressedToSystem && s.segmentIndex > segment && HOLD_OFF.test(s.text)) return true;
  }
  for (let j = at + 1; j < sentences.length && j <= at + REFUSAL_REACH; j++) {
    const s = sentences[j]!;
    if (s.role !== draft.owner || s.addressedToSystem) continue;
    for (const m of s.text.matchAll(REFUSAL)) {
      const rest = joinParticle(baseOfIng(s.text.slice(m.index + m[0].length)));
      // "I won't resend it": the same verb done again.
      if (verbOf(rest) !== verb && verbOf(rest) !== `re${verb}`) continue;
      // "I can't send it before legal approves": later, not never. "I shouldn't close it yet" decides against the task as promised.
      const said = rest.split(/[.;!?]/)[0]!;
      const later = /\b(?:until|till|before|unless|without)\b/i.test(said) || (/\byet\b/i.test(said) && !/should(?:n't|\s+not)/i.test(m[0]));
      if (later && !/\b(?:today|now)\b/i.test(said)) continue;
      const object = rest.slice(verb.length).trim().split(/[,.;!?]/)[0]!;
      // The same thing: a pronoun for it, or a word of the task's.
      if (/^(?:\w+\s+)?(?:it|that|this|them|those|what)\b/i.test(object) || object.toLowerCase().split(/\W+/).some((w) => words.has(w))) return true;
    }
  }
  return false;
}

/** A day or a time, whose "scratch the tenth" moves a date, not a thing. */
const DAY_WORDS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|weekend|month|date|day|time|first|second|third|\p{L}*(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)|(?:twenty|thirty)-\p{L}+|\d+(?:st|nd|rd|th)`;
/** Said before a calling off, it is denied: "don't forget the form", "we won't skip the demo". */
const DENIED = String.raw`don['’]t|do not|never|not|won['’]t|can['’]t|cannot|shouldn['’]t|didn['’]t|wouldn['’]t`;
/** Said before "forget", it is told of someone, not a bidding: "I forget the name", "did you forget…", "easy to forget…". */
const TOLD_OF = String.raw`i|you|we|they|he|she|people|did|does|do|might|may|could|would|will|to`;
/**
 * "Forget the site visit.", "scratch the price sheet", "don't bother with the summary", "no need for the quote": either side
 * calls off a thing by its name. What they name is the words after it, up to a comma, a stop or "for now".
 */
const CALLS_OFF = new RegExp(
  String.raw`\b(?<!\b(?:${DENIED})\s+)(?:(?<!\b(?:${TOLD_OF})\s+)forget(?:\s+about)?|scratch|skip|don['’]t bother with|no need for)\s+(?:the|your|my|our)\s+(?!(?:[\p{L}-]+\s+)?(?:${DAY_WORDS})\b)([\p{L}'’ -]{3,40}?)(?=\s*(?:[.,;!?—–]|$|\s+(?:then|now|for now|altogether|please|too|as well)\b))`,
  'iu',
);
/** Said after a calling off, it puts a topic aside for the talk, not a task: "…, let's talk about rollout", "we'll come back to it". */
const TOPIC_ASIDE = /^[^.?!]*\b(?:let['’]?s|let us|we(?:['’]ll| will| can)|i(?:['’]ll| will| want to))\s+(?:(?:just|first|quickly)\s+)?(?:talk|focus|look|move on|turn|discuss|start|come back|circle back|get back|park|go through)\b/i;
/** Words of a called-off thing that say what it is: not articles, not "one", "whole" or "thing". */
const thingWords = (text: string) =>
  text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !/^(?:the|and|one|whole|thing|stuff|bit|part)$/.test(w)).map((w) => w.replace(/(?:es|s)$/, ''));

/**
 * A task whose thing someone calls off after the last time it was said ("I'll send a quote for the spares" … "Actually, forget
 * the spares quote"): every word naming what was called off is in the task or the words it was promised in, and the task
 * itself names some of them. A task of several things, one called off ("send the lease and the floor plan" … "forget the
 * floor plan"), still has the others to do.
 */
export function calledOff(draft: ActionDraft, sentences: readonly Sentence[]): boolean {
  const last = Math.max(...draft.evidence.map((e) => sentences.indexOf(e.sentence)));
  if (last < 0) return false;
  const said = new Set(thingWords([draft.text, ...draft.evidence.map((e) => e.quote)].join(' ')));
  const parts = draft.text.split(/\s*,\s*|\s+(?:and|&|plus|as well as)\s+/i).map((t) => new Set(thingWords(t)));
  return sentences.slice(last + 1).some((s) => {
    // "Can we skip the demo?" asks; the answer may still keep it. "Forget the pricing for now, let's talk rollout" only puts
    // the topic aside.
    const m = s.text.trim().endsWith('?') ? null : CALLS_OFF.exec(s.text);
    const named = m && !TOPIC_ASIDE.test(s.text.slice(m.index + m[0].length)) ? m[1] : undefined;
    const words = named ? thingWords(named) : [];
    return words.length > 0 && words.every((w) => said.has(w)) && parts.every((part) => words.some((w) => part.has(w)));
  });
}
