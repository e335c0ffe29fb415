import { findDatePhrases, pickDuePhrase, resolveDueDate, type SkipPhrase } from '../../../domain/dates.ts';
import { DAY_OF_MONTH_RE, MONTH_NAMES } from '../../../domain/dates/calendar.ts';
import { normalizeText } from '../../../domain/text.ts';
import { lastThing } from './task-things.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addEvidence, type ActionDraft } from './merge-items.ts';
import type { Sentence } from './sentences.ts';

/**
 * Dates said after the task they belong to. "Let's say Monday instead", "let's make that Thursday for
 * the invoices" move the date of the speaker's latest task (or the one named after "for"); "you'll have
 * it by Friday", "you'll get it from me by Tuesday" give the date of the speaker's own latest promise.
 * Neither is a task of its own.
 */

/** Opens the sentence: a date put in place of another ("hmm, make that the last day of June", "let's say Friday"). */
const REVISION = /^(?:\W*(?:well|okay|ok|so|actually|then|um|uh|hmm|no|oh)\b)*\W*(?:let(?:'s| us| me)\s+(?:say|make (?:it|that))|make (?:it|that))\s+/i;
const FOR_TOPIC = /\bfor\s+(?:the|your|our|my|her|his|their)\s+([a-z-]+(?:\s+[a-z-]+)?)/i;
/** "You'll have it by Friday": when the thing just promised arrives. */
const DELIVERY = /\b(?:you(?:'ll| will)\s+(?:have|get|see)\s+(?:it|that|them|those|this)|(?:i|we)(?:'ll| will)\s+have\s+(?:it|that|them|those|this)(?:\s+(?:to|with)\s+you|\s+over|\s+ready|\s+done)?)\b/i;
/** Taking back what was just said: "wait— no", "no, sorry", "no, hang on", "— no, let's say…". */
const CORRECTION = /\b(?:wait\s*[—–,-]?\s*no|no,?\s+(?:wait|sorry|hang on)|actually,?\s+no)\b(?![\s,]+(?:problem|worries|rush))|[—–]\s*no,?\s+(?=let['’]s\s+say\b)/i;
/**
 * Opens a sentence that puts a day in place of the one just said: "sorry, I mean …", "or rather …",
 * "correction: …". The sentence must be only the new day ("I meant by …"); more words make it about something else.
 */
const RESTATEMENT =
  /^(?:\W*(?:oh|um|uh|er|sorry|no|wait)\b(?:\W*(?:oh|um|uh|er|sorry|no|wait)\b)*[\s,.—–-]*)?(?:i\s+mean[t]?|or\s+rather|rather|correction|scratch\s+that|never\s?mind|on\s+second\s+thought|forget\s+(?:it|that))\b[\s,:;—–-]*/iu;
/** What may follow the corrected day: nothing but "instead" and the like ("I mean, Friday is fine too" is no correction). */
const CORRECTION_END = /^[\s,]*(?:instead|then|rather|sorry)?[\s.!?]*$/i;
/** A sentence that is only a thing and its date: "The signed form by Monday." */
// Leading fillers are matched once each: a repeated group holding `\W*` and `[\s,]*` side by side backtracks
// exponentially on a run of fillers that is not followed by the rest (a few dozen words held a worker for hours).
const RESTATED = /^(?:\W*(?:so|okay|ok|then|and|great|perfect|good|right|lovely)\b(?:\W*(?:so|okay|ok|then|and|great|perfect|good|right|lovely)\b)*[\s,]*)?(?:(?:the|their|your|our|my|his|her)\s+|(?<=\bso\s+))((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:by|on|before)\s+[^,;:!?]{2,30}\.?$/diu;
/** A word a thing's name does not hold: "so we can meet by Thursday" names no thing. */
const NOT_IN_A_NAME = /\b(?:i|we|you|he|she|they|it|is|are|was|were|be|can|will|would|could|should|shall|might|must|do|does|did|have|has|had|meet|talk|speak|chat|catch)\b/i;
const restatesAThing = (thing: string) => !NOT_IN_A_NAME.test(thing);
/** An event, named again on its own day ("so kickoff on the 3rd"). */
const EVENT = /\b(?:kick-?off|demo|meeting|call|training|session|workshop|review|walkthrough|onsite|visit|webinar|presentation|go-?live|launch)$/i;
/** "I'll send the kickoff agenda…" then "so kickoff on the 3rd": the day is the event's, not the agenda's. */
function onlyItsEvent(d: ActionDraft, thing: string): boolean {
  const event = EVENT.exec(thing.trim())?.[0];
  return Boolean(event) && !new RegExp(`\\b${event}$`, 'i').test(d.text.trim());
}
/** A sentence that only names a thing ("The branch list."): what the speaker goes on to talk about. Fillers once each, as in RESTATED. */
const TOPIC_SENTENCE = /^(?:\W*(?:oh|so|and|okay|ok|right|um|uh|actually|now)\b(?:\W*(?:oh|so|and|okay|ok|right|um|uh|actually|now)\b)*[\s,]*)?(?:the|your|our|my)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})[.!]?$/iu;

/** "The site plans. Friday is too soon for us. Let's say Monday.": the thing named alone earlier in the turn. */
function topicOfTurn(sentences: readonly Sentence[], i: number): string | null {
  for (let j = i - 1; j >= 0 && sentences[j]!.segmentIndex === sentences[i]!.segmentIndex; j--) {
    const m = TOPIC_SENTENCE.exec(sentences[j]!.text.trim());
    if (m) return m[1]!;
  }
  return null;
}

/** How far back a revision may reach for its task. */
const REACH = 8;

/** "You'll get it from me by Tuesday" only dates the task said before it; it is no task itself. */
export function isDeliveryDate(clause: string): boolean {
  return /^have\s+(?:it|that|them|those|this)(?:\s+(?:to|with)\s+(?:you|me|us)|\s+over|\s+ready|\s+done)?\s*(?:$|by\b|before\b|on\b|first\b|tomorrow|today|tonight|this\b|next\b|end\b)/i.test(clause);
}

/** True when the sentence is only a date put in place of another one ("Let's say Tuesday next week."). */
export function isRevision(text: string): boolean {
  const m = REVISION.exec(text);
  return Boolean(m) && pickDuePhrase(text.slice(m![0].length)) !== null && pickDuePhrase(text.slice(m![0].length))!.start === 0;
}

const stemOf = (w: string) => w.slice(0, Math.max(4, w.length - 3));

function mentions(draft: ActionDraft, topic: string): boolean {
  const words = normalizeText(draft.text).split(' ');
  return normalizeText(topic)
    .split(' ')
    .filter((w) => w.length > 2)
    .some((t) => words.some((w) => w.length > 2 && (w.startsWith(stemOf(t)) || t.startsWith(stemOf(w)))));
}

/** Where the draft's evidence was said last: the index of its latest sentence. */
function lastSaid(d: ActionDraft, sentences: readonly Sentence[]): number {
  return Math.max(...d.evidence.map((e) => sentences.indexOf(e.sentence)));
}

/** The latest draft the sentence at `at` can revise: the one it names, else the speaker side's latest. */
function target(drafts: readonly ActionDraft[], sentences: readonly Sentence[], at: number, topic: string | null, own: boolean): ActionDraft | null {
  const speaker = sentences[at]!;
  const candidates = drafts
    .filter((d) => {
      const last = lastSaid(d, sentences);
      // A delivery date may follow its promise in the same sentence ("I'll draft it, and you'll have it Friday").
      return (own ? last <= at : last < at) && at - last <= REACH && d.owner === speaker.role;
    })
    .sort((a, b) => lastSaid(b, sentences) - lastSaid(a, sentences));
  if (topic) return candidates.find((d) => mentions(d, topic)) ?? drafts.find((d) => lastSaid(d, sentences) < at && mentions(d, topic)) ?? null;
  return candidates[0] ?? null;
}

/** "…by the eighth instead": the day said replaces the one said before. */
const INSTEAD = /\b(?:instead|rather than)\b/i;
/** A promise to keep a day ("she will", "I'll", "we can"), or a day put in place ("the export, make it the 28th instead"). */
const KEEPS = /\b(?:i|we|she|he|they)(?:['’]ll|\s+(?:will|can|shall))\s+(?!not\b)\w|\b(?:make\s+(?:it|that)|let['’]s\s+say)\b/i;
/** "our kickoff call is", "the workshop's now": the word before the verb that a day is said of. */
const SAID_OF = /\b([\p{L}-]+)\s+(?:is|are|was|were|will be|['’]s)\s+(?:now\s+)?(?:on\s+)?$/iu;
/** The days themselves (as `key` cuts them), which every dated task shares. */
const DAY_WORDS = /^(?:monday|tuesda|wednes|thursd|friday|saturd|sunday|today|tomorr|tonigh|week|month|mornin|aftern|evenin)/;

/**
 * "I'll answer by Monday, not Thursday", "he will read the terms by the ninth instead": a day said in place
 * of another moves the task named in the turn so far (the latest said before) that had the day taken back, or, after
 * "instead", the one that had another day. True when it moved one.
 */
function replacesDay(drafts: readonly ActionDraft[], sentences: readonly Sentence[], i: number, ctx: CommitmentContext): boolean {
  const s = sentences[i]!;
  const phrases = findDatePhrases(s.text);
  let fresh = phrases[0];
  // "not Thursday" said beside the day that replaces it ("by Monday, not Thursday", "not Thursday but Monday").
  const old = phrases.find((p, k) => p.negated && /\bnot\s*$/i.test(s.text.slice(0, p.start)) && [phrases[k - 1], phrases[k + 1]].some((q) => q && !q.negated && /^[\s,]*(?:but\s+)?$/i.test(q.end <= p.start ? s.text.slice(q.end, p.start).replace(/\bnot\s*$/i, '') : s.text.slice(p.end, q.start)) && (fresh = q)));
  // After "instead", only a day someone says they will keep ("she will check it by Friday instead"), not one asked for a meeting.
  const instead = !old && phrases.length === 1 && INSTEAD.test(s.text) && KEEPS.test(s.text);
  if (!old && !instead) return phrases.length === 1 ? dayInstead(drafts, sentences, i, ctx) : false;
  // "our kickoff call is Monday, not Thursday": the day of a thing the task does not name.
  const subject = SAID_OF.exec(s.text.slice(0, fresh!.start))?.[1];
  const ofSomethingElse = (d: ActionDraft) => subject !== undefined && !/^(?:it|that|this|which)$/i.test(subject) && !keys(d.text).has(key(subject));
  const was = old ? resolveDueDate(s.text.slice(old.start, old.end), ctx.startedAt, ctx.timezone) : null;
  const now = resolveDueDate(s.text, ctx.startedAt, ctx.timezone);
  if ((old && !was) || !now || was === now) return false;
  // The task it moves is named in the turn so far ("a change about the signed lease. … Thursday, not tomorrow");
  // after "instead", whose day may be any, by the very words of its text ("she will do the review …" for "Review the DPA").
  const said = keys(instead ? s.text : sentences.slice(0, i + 1).filter((t) => t.segmentIndex === s.segmentIndex).map((t) => t.text).join(' '));
  const named = (d: ActionDraft) => keys(instead ? d.text : [d.text, ...d.evidence.map((e) => e.quote)].join(' '));
  const draft = drafts
    .filter((d) => (old ? d.dueDate === was : d.dueDate !== null && d.dueDate !== now) && lastSaid(d, sentences) < i && !d.evidence.some((e) => e.sentence === s) && !ofSomethingElse(d))
    .filter((d) => [...named(d)].some((w) => said.has(w) && !DAY_WORDS.test(w)))
    .sort((a, b) => lastSaid(b, sentences) - lastSaid(a, sentences))[0];
  if (!draft) return false;
  draft.dueDate = now;
  addEvidence(draft, { sentence: s, quote: s.text });
  return true;
}

/** "Monday instead.": a day alone, put in place of another. */
const ONLY_A_DAY_INSTEAD = /^[\s,]*instead[\s.!]*$/i;
/** How many of the speaker's turns back the day taken back may have been said ("The readings, for Friday." "Mm?" "No good. Tuesday instead."). */
const INSTEAD_TURNS = 2;

/**
 * "The readings, for Friday." … "No good. Tuesday instead.": a day said alone with "instead" moves the speaker's one task
 * due on a day the speaker named just before.
 */
function dayInstead(drafts: readonly ActionDraft[], sentences: readonly Sentence[], i: number, ctx: CommitmentContext): boolean {
  const s = sentences[i]!;
  const phrase = findDatePhrases(s.text)[0]!;
  if (!ONLY_A_DAY_INSTEAD.test(s.text.slice(phrase.end)) || /\w/.test(s.text.slice(0, phrase.start))) return false;
  const now = resolveDueDate(s.text, ctx.startedAt, ctx.timezone);
  const earlier = sentences.slice(0, i).filter((t) => !t.addressedToSystem && t.segmentIndex >= s.segmentIndex - 2 * INSTEAD_TURNS);
  // The day taken back is the last one said: the other side's ("the walkthrough, Thursday?") is answered, not the speaker's task moved.
  const last = earlier.findLast((t) => resolveDueDate(t.text, ctx.startedAt, ctx.timezone) !== null);
  const days = new Set(last?.role === s.role ? [resolveDueDate(last.text, ctx.startedAt, ctx.timezone)].filter((d) => d !== now) : []);
  const moved = drafts.filter((d) => d.owner === s.role && d.dueDate !== null && days.has(d.dueDate) && lastSaid(d, sentences) < i);
  if (!now || moved.length !== 1) return false;
  moved[0]!.dueDate = now;
  addEvidence(moved[0]!, { sentence: s, quote: s.text });
  return true;
}

/** "Could you do it today?", "can you have that over by Thursday?": the other side asks for another day for a task. */
const ASKS_FOR_A_DAY = /\b(?:could|can|would)\s+you\s+(?:do|get|have|send)\s+(?:it|that|this|them)\b/i;
/** The answer that takes the day: a yes, or the day said back, with no "no" or "can't" in it. */
const TAKES_IT = /^\W*(?:yes|yeah|yep|sure|ok|okay|of course|absolutely|no problem|fine|that works|[\w\s,]{0,30}?\b(?:works|can do|will do)\b|(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday)\b[\s.,!]*(?:$|yes|yeah|yep|sure|fine|works|no problem|i can|we can))(?![^.!?]*\b(?:no|not|can't|cannot|won't)\b)/i;

/**
 * "I'll send the new price list by Thursday." — "Could you do it Wednesday?" — "Wednesday, sure.": the day the
 * other side asked for, and the owner took, is the day of the owner's latest task. True when it moved one.
 */
function dayAskedAndAgreed(drafts: readonly ActionDraft[], sentences: readonly Sentence[], i: number, ctx: CommitmentContext): boolean {
  const s = sentences[i]!;
  if (!s.text.trim().endsWith('?') || !ASKS_FOR_A_DAY.test(s.text)) return false;
  const day = resolveDueDate(s.text, ctx.startedAt, ctx.timezone);
  const answer = sentences.slice(i + 1).find((t) => t.segmentIndex !== s.segmentIndex);
  if (!day || !answer || answer.role === s.role || answer.segmentIndex !== s.segmentIndex + 1 || !TAKES_IT.test(answer.text)) return false;
  // "Friday works better": a day said back that is not the one asked for is no yes to it.
  if (findDatePhrases(answer.text).some((p) => resolveDueDate(answer.text.slice(p.start, p.end), ctx.startedAt, ctx.timezone) !== day)) return false;
  const draft = drafts
    .filter((d) => d.owner === answer.role && lastSaid(d, sentences) < i && i - lastSaid(d, sentences) <= REACH)
    .sort((a, b) => lastSaid(b, sentences) - lastSaid(a, sentences))[0];
  if (!draft) return false;
  // "We have an insurance form. Could you get that filled in by Friday?": "that" is the thing named since, not the task.
  const named = lastThing(sentences.slice(lastSaid(draft, sentences) + 1, i + 1).map((t) => t.text).join(' '));
  if (named && !mentions(draft, named.replace(/^the\s+/i, ''))) return false;
  draft.dueDate = day;
  addEvidence(draft, { sentence: answer, quote: answer.text });
  return true;
}

export function applyDateRevisions(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  sentences.forEach((s, i) => {
    if (s.addressedToSystem) return;
    if (replacesDay(drafts, sentences, i, ctx) || dayAskedAndAgreed(drafts, sentences, i, ctx)) return;
    const corrected = CORRECTION.exec(s.text);
    if (corrected) {
      // "Wait— no, sorry, she is away Monday. She said the ninth.": the last day named in the turn is the one settled on.
      const rest = [s.text.slice(corrected.index + corrected[0].length), ...sentences.slice(i + 1).filter((t) => t.segmentIndex === s.segmentIndex).map((t) => t.text)].reverse();
      // A day of the month said is surer than a bare weekday said after it ("the seventeenth … Friday").
      const exact = rest.find((t) => findDatePhrases(t).some((p) => p.specificity >= 3) && resolveDueDate(t, ctx.startedAt, ctx.timezone));
      let date: string | null = exact ? resolveDueDate(exact, ctx.startedAt, ctx.timezone) : null;
      if (!date) for (const t of rest) if ((date = resolveDueDate(t, ctx.startedAt, ctx.timezone))) break;
      const draft = date ? target(drafts, sentences, i, null, true) : null;
      // "Thursday — no, let's say Wednesday": the day taken back is the one said just before; another task's day stays.
      const before = resolveDueDate(s.text.slice(0, corrected.index), ctx.startedAt, ctx.timezone);
      if (draft && date && draft.dueDate && (!before || before === draft.dueDate) && s.segmentIndex - sentences[lastSaid(draft, sentences)]!.segmentIndex <= 2 && lastSaid(draft, sentences) <= i) draft.dueDate = date;
    }
    if (!corrected && restatesDate(drafts, sentences, i, ctx)) return;
    const revision = isRevision(s.text);
    const delivery = !revision && DELIVERY.exec(s.text);
    const restated = !revision && !delivery ? RESTATED.exec(s.text.trim()) : null;
    // After a bare "so" the words may be a clause, not a thing: "so we can review it by Thursday".
    if (restated && !/\b(?:the|their|your|our|my|his|her)\s+$/i.test(restated[0].slice(0, restated.indices![1]![0])) && !restatesAThing(restated[1]!)) return;
    if (restated) {
      // "Their comments by the fifteenth.": the thing named again with its new date; it moves that task's date.
      const date = resolveDueDate(s.text, ctx.startedAt, ctx.timezone);
      const draft = drafts.find((d) => lastSaid(d, sentences) < i && i - lastSaid(d, sentences) <= 4 && sentences[lastSaid(d, sentences)]!.role === s.role && mentions(d, restated[1]!) && !onlyItsEvent(d, restated[1]!));
      // "We'll sign it Friday." — "Great, the contract on Friday then.": the other side's day said back, not a new one for ours.
      const echoed = draft && drafts.some((o) => o.owner !== s.role && o.dueDate === date && lastSaid(o, sentences) > lastSaid(draft, sentences) && lastSaid(o, sentences) < i && mentions(o, restated[1]!));
      if (date && draft && !echoed) {
        draft.dueDate = date;
        addEvidence(draft, { sentence: s, quote: s.text });
      }
      return;
    }
    if (!revision && !delivery) return;
    const from = delivery ? delivery.index : 0;
    const date = resolveDueDate(s.text.slice(from), ctx.startedAt, ctx.timezone);
    if (!date) return;
    const topic = revision ? (FOR_TOPIC.exec(s.text)?.[1] ?? topicOfTurn(sentences, i)) : null;
    const draft = target(drafts, sentences, i, topic, Boolean(delivery));
    if (!draft) return;
    draft.dueDate = date;
    addEvidence(draft, { sentence: s, quote: s.text });
  });
}

/**
 * "…by Wednesday. Sorry, I mean Friday.": the day said right after a correction word replaces the last day the
 * same speaker said in the sentence just before, when that day is the date of a task promised there. A negated
 * day ("sorry, not Tuesday") corrects nothing, and nor does a correction of any other day said there.
 */
function restatesDate(drafts: ActionDraft[], sentences: readonly Sentence[], i: number, ctx: CommitmentContext): boolean {
  const s = sentences[i]!;
  const prev = sentences[i - 1];
  const opener = RESTATEMENT.exec(s.text);
  if (!opener || !prev || prev.role !== s.role || prev.segmentIndex !== s.segmentIndex) return false;
  const rest = s.text.slice(opener[0].length);
  const phrase = findDatePhrases(rest)[0];
  if (!phrase || phrase.negated || phrase.start > 0 || !CORRECTION_END.test(rest.slice(phrase.end))) return false;
  const date = resolveDueDate(rest, ctx.startedAt, ctx.timezone);
  // The day corrected is the last one said before the correction; it must be the date of a task just promised.
  const said = findDatePhrases(prev.text).filter((p) => !p.negated).pop();
  const replaced = said && resolveDueDate(prev.text.slice(said.start, said.end), ctx.startedAt, ctx.timezone);
  const draft = drafts.findLast((d) => d.owner === s.role && d.dueDate === replaced && lastSaid(d, sentences) === i - 1);
  if (!date || !replaced || !draft) return false;
  draft.dueDate = date;
  addEvidence(draft, { sentence: s, quote: s.text });
  return true;
}

/** A run-through of what was agreed, opened by "to recap", "to confirm", "from me". */
const RECAP = /^(?:\W*(?:so|okay|ok|alright|right|great|cool|perfect|good)\b(?:\W*(?:so|okay|ok|alright|right|great|cool|perfect|good)\b)*[\s,.]*)?(?:(?:just\s+)?to (?:confirm|recap|sum up|summari[sz]e)|recap|(?:so\s+)?from me|me)\s*[:,]/i;
/** A date right after a meeting noun is when the meeting is, not when the task is due. */
const meetingDay: SkipPhrase = (p, text) => /\b(?:demo|meeting|call|kick-?off|session|walkthrough|presentation|training|workshop)s?\s+(?:on\s+|for\s+)?$/i.test(text.slice(0, p.start));
/** Words too common in tasks to tell one from another. */
const GENERIC = new Set(['send', 'sending', 'email', 'call', 'have', 'with', 'your', 'their', 'from', 'that', 'this', 'will', 'you', "you're", "you'll", 'get', 'the', 'and', 'back', 'over', 'them', 'then']);
const key = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/(?:es|s)$/, '').slice(0, 6);
const keys = (text: string) => new Set(normalizeText(text).split(' ').filter((w) => w.length > 3 && !GENERIC.has(w)).map(key));

/**
 * A recap names a date for a task said without one ("…and the usage export by Thursday"): each dated part of the recap gives its date to the one undated task it shares the most
 * words with (never to a task already dated, never on a tie).
 */
export function applyRecapDates(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const s of sentences) {
    const list = !RECAP.test(s.text) && datedList(s.text);
    if (s.addressedToSystem || (!RECAP.test(s.text) && !list)) continue;
    for (const part of s.text.replace(list ? LIST_OPENS : RECAP, '').split(/[,;]|\.\s+|\band\b/)) {
      const date = resolveDueDate(part, ctx.startedAt, ctx.timezone, 'en', meetingDay);
      if (!date) continue;
      const words = keys(part);
      const scored = drafts
        .map((d) => ({ d, shared: [...keys(d.text)].filter((w) => words.has(w)).length }))
        .filter((x) => x.shared > 0)
        .sort((a, b) => b.shared - a.shared);
      const best = scored[0];
      if (!best || scored[1]?.shared === best.shared) continue;
      // A list of things and days says each task again: its part is one more quote of the task it names, on the same day.
      if (list && (!best.d.dueDate || best.d.dueDate === date)) {
        best.d.dueDate = date;
        addEvidence(best.d, { sentence: s, quote: part.trim().replace(/[.!?]+$/, '') });
        continue;
      }
      if (best.d.dueDate) continue;
      best.d.dueDate = date;
      addEvidence(best.d, { sentence: s, quote: s.text });
    }
  }
}

/** "So — the signed copy today, the rates by Thursday…": a run-through opened with "so" and a dash, comma or colon. */
const LIST_OPENS = /^\W*(?:(?:okay|ok|right|alright|great|perfect)[\s,]+)?so\s*[—–:,-]\s*/i;
/** Two or more things, each with a day, and no one said to do them: the things agreed, run through by name. */
export function datedList(text: string): boolean {
  if (!LIST_OPENS.test(text) || text.includes('?')) return false;
  const rest = text.replace(LIST_OPENS, '');
  if (/\b(?:i|we|you|he|she|they)\b/i.test(rest.replace(/\bfrom\s+(?:me|us|you)\b/gi, ''))) return false;
  return rest.split(/[,;]|\band\b/).filter((part) => pickDuePhrase(part) !== null).length >= 2;
}

/** "So, you'll send the forms by Monday, and I'll book the install": both sides' tasks run through in one sentence. */
const BOTH_SIDES = /^(?:\W*(?:so|okay|ok|alright|right|great|perfect|good)\b(?:\W*(?:so|okay|ok|alright|right|great|perfect|good)\b)*[\s,.]*)[^.?!]*\byou(?:'ll| will)\b[^.?!]*\b(?:i|we)(?:'ll| will)\b|^(?:\W*(?:so|okay|ok|alright|right|great|perfect|good)\b(?:\W*(?:so|okay|ok|alright|right|great|perfect|good)\b)*[\s,.]*)[^.?!]*\b(?:i|we)(?:'ll| will)\b[^.?!]*\byou(?:'ll| will)\b/i;

/** "So, from me the draft and the quote…": what one side owes, run through. */
const FROM_US = /^(?:\W*(?:so|okay|ok|alright|right|great|cool|perfect|good)\b(?:\W*(?:so|okay|ok|alright|right|great|cool|perfect|good)\b)*[\s,.]*)?from (?:me|us|our side)\b/i;

/** True when the sentence runs through what was agreed rather than agreeing something new. */
export function isRecap(text: string): boolean {
  return RECAP.test(text) || FROM_US.test(text) || BOTH_SIDES.test(text) || /\b(?:quick|short)\s+recap\b/i.test(text);
}

/**
 * A task said again in a recap is not a new task: a draft whose every quote is from a recap, and that
 * shares a telling word with an earlier task of the same owner, is folded into that task (its date
 * fills a missing one). Returns the drafts left.
 */
export function foldRecapRestatements(drafts: readonly ActionDraft[], sentences: readonly Sentence[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  const first = (d: ActionDraft) => Math.min(...d.evidence.map((e) => sentences.indexOf(e.sentence)));
  for (const d of drafts) {
    const restated = d.evidence.every((e) => isRecap(e.sentence.text));
    const words = [...keys(d.text)];
    const earlier = restated
      ? out.filter((e) => e.owner === d.owner && first(e) < first(d) && !e.evidence.every((x) => isRecap(x.sentence.text)) && words.some((w) => [...keys(e.text)].some((k) => k.startsWith(w.slice(0, 4)) || w.startsWith(k.slice(0, 4)))))
      : [];
    if (earlier.length !== 1) {
      out.push(d);
      continue;
    }
    const twin = earlier[0]!;
    for (const ev of d.evidence) addEvidence(twin, ev);
  }
  return out;
}

const MONTHS = MONTH_NAMES.join('|');
const BARE_DAY = new RegExp(`^(?:(?:on|by|for)\\s+)?the\\s+${DAY_OF_MONTH_RE}$`, 'i');
/**
 * "Could we talk in March? Say, the ninth?" — "The ninth of March, fine." — "I'll ring you on the ninth then.": a day of
 * the month said alone is in the month said with that same day a few sentences before, not the next month that has it.
 */
export function applyMonthsSaidBefore(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const d of drafts) {
    const s = d.evidence[0]?.sentence;
    if (!s || !d.dueDate) continue;
    const p = pickDuePhrase(s.text);
    const day = p && BARE_DAY.exec(s.text.slice(p.start, p.end).trim())?.[1];
    // Only a date that still is that day's: not one a later sentence moved.
    if (!day || resolveDueDate(s.text, ctx.startedAt, ctx.timezone, 'en') !== d.dueDate) continue;
    const at = sentences.indexOf(s);
    const before = sentences.slice(Math.max(0, at - 4), at).filter((t) => !t.addressedToSystem).map((t) => t.text).join(' ');
    const said = new RegExp(`\\b${day}\\s+of\\s+(${MONTHS})\\b|\\b(${MONTHS})[,.?]?\\s+(?:(?:like|say|on),?\\s+)?the\\s+${day}\\b`, 'i').exec(before);
    const date = said ? resolveDueDate(`by the ${day} of ${said[1] ?? said[2]}`, ctx.startedAt, ctx.timezone, 'en') : null;
    if (date) d.dueDate = date;
  }
}
