import { pickDuePhrase, resolveDueDate, type SkipPhrase } from '../../../domain/dates.ts';
import { MONTH_NAMES } from '../../../domain/dates/calendar.ts';
import { addDescribingLists, addObjectMentions } from './object-mention.ts';
import { cutClause, joinParticle, joinSteps, leadingVerb, splitConjoined, toActionText, type Voice } from './action-text.ts';
import { afterthought, lastDeliverable, objectOnlyPointedAt, pronounObject, UNSAID_PRESENT, UNSAID_PROMISED } from './task-things.ts';
import { CALL_PURPOSE, HAVE_IT_TO_YOU, insideReportedQuote, isConditional, theirCutOffCondition, isStepOfPromise, isDoneInCall, isWithdrawn, noTaskToActOn, onlyPassesWord, onlyRoutesIt, takenBackByNext, waitsOnSomeonesYes } from './commitment-guards.ts';
import {
  ARRANGES, ASSENT, CONDITIONAL_BEFORE, DOUBT_BEFORE,
  HEDGE_BEFORE, NOT_A_PROMISE_BEFORE, REASON_BEFORE, QUESTION_BEFORE, WHILE_THEY_WAIT,
  eventDate,
  isAfterTheirDecision,
  ownerOf,
  LASTS,
  saidOfSomethingElse,
  startsAfter,
  triggerMatches,
  untilDate,
} from './commitment-triggers.ts';
import { addCallPurposes } from './call-purpose.ts';
import { applyDateRevisions, applyMonthsSaidBefore, applyRecapDates, foldRecapRestatements, isRevision } from './date-revisions.ts';
import {
  OPEN_CHECK, askedQuestionAndTopic,
  takenBackNextTurn, nextInTurn,
  acceptedImperative, acceptedOffer, answeredAsk, askedTopic,
  dateFromReply,
  datesFromTheirNextWords,
  datesSaidAfter,
  datesTheTaskBefore,
  offerTakenUp,
  previousTurn,
  restOfTurn,
  whatItIsAbout,
} from './dialogue-turns.ts';
import { dayAloneAfter, datesSaidJustBefore } from './days-alone.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addMeetingItems } from './meetings.ts';
import { claimShared, isMeetingTask, isOwnPromise, MAKES, mergeActionDrafts, mergeRestated, SENDS, type ActionDraft } from './merge-items.ts';
import { passivePromises } from './passive-promises.ts';
import { needsTakenOn } from './stated-needs.ts';
import { addRecapItems, isRecapTurn } from './recap-items.ts';
import { calledOff, joinReportsBack, refusedLater, reportsBack } from './report-back.ts';
import { otherRole, quoteAround, type Sentence } from './sentences.ts';
import { plannedJustBefore, promiseQuote } from './promise-scope.ts';
import { namesTheDiscount, resolveObject, resolvePartOf, resolvePerson, resolvePossessive, withFrontedThing } from './task-objects.ts';
import { taskPhrases } from './task-phrases.ts';
import { handsToPronoun, lastNamedPerson, namedForPronoun } from './third-party.ts';

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
/** Sending word that a task is done, or what it yielded. */
const PROOF = /^(?:send|e-?mail)\s+(?:a|an|the)?\s*(?:written\s+|signed\s+|short\s+)?(?:confirmation|results?|proof)\b/i;

/** How many sentences back a thing named again ("that list") may have been named. */
const LONG_CONTEXT = 10;

/** Words said on their own to react or to stress ("Ha, yes", "Very, very careful"), capitalised as they open a sentence. */
const INTERJECTION = /^(?:ha|haha|hah|ah|aha|oh|ooh|oof|ugh|hmm|mm|wow|hey|yep|yup|nope|good|fine|cool|lovely|brilliant|great|thanks|sorry|please|very|really|honestly|exactly|absolutely|definitely|totally|probably|perhaps|wait|fair|true|nice|super|done|anyway|sadly|luckily|hopefully|by|on|in|at|from|for|with|after|before|until|since|during|about|like|next|last|this|every)$/i;

/**
 * True when a capitalised word names nobody: an interjection, or a word that is never capitalised in the
 * middle of a sentence in this call and is said in lower case somewhere ("With the prices…", "Forty-one thousand").
 */
function namesNobody(word: string, sentences: readonly Sentence[]): boolean {
  const first = word.split(/[\s-]/)[0]!;
  if (INTERJECTION.test(first)) return true;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mid = new RegExp(`(?<![.!?]\\s*|^\\W*)\\b${escaped}\\b`, 'u');
  const lower = new RegExp(`\\b${first.toLowerCase()}\\b`, 'u');
  const said = sentences.filter((s) => !s.addressedToSystem);
  return !said.some((s) => mid.test(s.text)) && said.some((s) => lower.test(s.text));
}

/** Who "she"/"he" stands for: the last name said before, passing over capitalised words that name nobody. */
function personNamed(before: string, sentences: readonly Sentence[]): string | null {
  let text = before;
  for (let tries = 0; tries < 6; tries++) {
    const name = lastNamedPerson(text);
    if (!name || !namesNobody(name, sentences)) return name;
    text = text.slice(0, text.lastIndexOf(name));
  }
  return null;
}

/** "Doing it now. Okay, sent.": the owner does it while still on the call. */
const DONE_NOW = /\b(?:doing it (?:right )?now|sending it (?:right )?now|just sent it|it'?s sent|(?:okay|ok|there|and|done),?\s+sent)\b/i;

/** True when the owner says, in a turn right after the task was last said, that it is done already. */
function doneBeforeTheEnd(d: ActionDraft, sentences: readonly Sentence[]): boolean {
  const last = Math.max(...d.evidence.map((e) => sentences.indexOf(e.sentence)));
  if (last < 0) return false;
  const words = d.text.toLowerCase().split(/[^\p{L}]+/u).slice(1).filter((w) => w.length > 3);
  return sentences.some((s, j) => {
    if (j <= last || s.role !== d.owner || s.addressedToSystem || !DONE_NOW.test(s.text)) return false;
    // Right after the task was said, or right after the other side named it again (the other side repeating what the owner is to hand over).
    const before = sentences.slice(0, j).filter((t) => t.segmentIndex === s.segmentIndex - 1 || t.segmentIndex === s.segmentIndex);
    return s.segmentIndex - sentences[last]!.segmentIndex <= 1 || before.some((t) => words.some((w) => t.text.toLowerCase().includes(w)));
  });
}

/** A time with no day in it: a month, a season, next year ("in January", "in the spring"). */
// "may" is left out: "in may" is as often "in may need" as a month.
const VAGUE_TIME = new RegExp(
  String.raw`\b(?:in|during|around|(?:early|late|mid)[- ]?)\s*(?:(?:early|late|mid)[- ])?(?:${MONTH_NAMES.filter((m) => m !== 'may').join('|')})\b|\bin\s+the\s+(?:spring|summer|autumn|fall|winter|new\s+year)\b|\b(?:next|this)\s+(?:year|spring|summer|autumn|fall|winter)\b`,
  'i',
);

export function findActionItems(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.addressedToSystem || isRevision(sentence.text)) return;
    const text = sentence.text;
    const matches = triggerMatches(text);
    const imperative = acceptedImperative(sentences, i);
    if (imperative !== null && !matches.some((x) => x.start <= imperative)) matches.unshift({ kind: 'request', start: imperative, end: imperative });
    const offered = offerTakenUp(sentences, i);
    // "Are you open to me dropping by next month?" taken up: the speaker's own offer, not a request of the other side.
    if (offered) matches.splice(0, matches.length, ...matches.filter((x) => x.kind !== 'request' || x.start >= offered.end || x.end <= offered.start));
    if (offered && !matches.some((x) => x.start < offered.end && x.end > offered.start)) {
      matches.push({ kind: 'self', start: offered.start, end: offered.end });
      matches.sort((a, b) => a.start - b.start);
    }
    const turn = sentences.filter((t) => t.segmentIndex === sentence.segmentIndex);
    const turnBefore = turn.slice(0, turn.indexOf(sentence)).map((t) => t.text).join(' ');
    matches.forEach((m, k) => {
      if (insideReportedQuote(`${turnBefore} ${text.slice(0, m.start)}`)) return;
      // A promise in the plain present inside a recap turn is the recap's to read (recap-items.ts).
      if (m.present && isRecapTurn(turn)) return;
      const windowStart = k > 0 ? matches[k - 1]!.end : 0;
      const windowEnd = matches[k + 1]?.start ?? text.length;
      const clauseBefore = text.slice(windowStart, m.start);
      // A doubt is of a promise: "I'm not sure if you could send…?" still asks.
      if (m.kind !== 'request' && m.kind !== 'let-know' && (CONDITIONAL_BEFORE.test(clauseBefore) || DOUBT_BEFORE.test(clauseBefore))) return;
      if (/\bif\s*$|\bunless\s*$|\bwhether\s*$/i.test(clauseBefore)) return;
      const triggerText = text.slice(m.start, m.end);
      // "I could loop her in. I'll write to both of you on Monday.": what they can do, then what they will, dated; the promise is the task.
      const nextSaid = sentences[i + 1];
      if (
        m.kind === 'self' && /^(?:i|we)(?:\s+\w+)?\s+(?:can|could)\b/i.test(triggerText) && k === matches.length - 1 && !pickDuePhrase(text.slice(m.start)) &&
        nextSaid?.segmentIndex === sentence.segmentIndex && /^(?:\W*\w+\W+){0,2}?(?:i|we)(?:'ll| will|'m going to| am going to)\b/i.test(nextSaid.text) && pickDuePhrase(nextSaid.text)
      ) return;
      // A step of the promise just before ("…, I just need Ola to export it first"): no task of its own.
      if (k > 0 && m.kind === 'self' && matches[k - 1]!.kind === 'self' && /,\s*$/.test(clauseBefore) && isStepOfPromise(triggerText, text.slice(m.end, windowEnd))) return;
      // "When could you send it?" asks about the timing of something already agreed, it asks for nothing new.
      if (m.kind === 'request' && /\b(?:when|how soon|what time|by when)\s*$/i.test(clauseBefore)) return;
      if (/\bthan\s*$/i.test(clauseBefore) || (NOT_A_PROMISE_BEFORE.test(clauseBefore) && /\b(?:can|could)\s*$/i.test(triggerText.trim())) || (REASON_BEFORE.test(clauseBefore) && !/(?:['’]ll|\bwill|\bshall)$/i.test(triggerText.trim()))) return;
      if (m.kind !== 'request' && m.kind !== 'let-know' && isConditional(`${k === 0 ? theirCutOffCondition(sentences, i) : ''}${text.slice(0, m.start)}`)) return;
      if (isOwnPromise(m.kind) && waitsOnSomeonesYes(text.slice(0, m.start), text.slice(m.end, windowEnd))) return;
      // Only this promise is the reason for the call: "I'm calling about X, and I'm sending Y" still sends Y.
      if (m.kind === 'progressive' && CALL_PURPOSE.exec(text.slice(m.start, m.end + 20))?.index === 0) return;
      // A question ("do I need to…?"), a hedge ("perhaps …"), what is done while they wait ("hang on, let me…"), or how things go after they buy.
      if (isOwnPromise(m.kind) && ((QUESTION_BEFORE.test(clauseBefore) && text.trim().endsWith('?')) || HEDGE_BEFORE.test(clauseBefore) || WHILE_THEY_WAIT.test(text.slice(0, m.start)) || isAfterTheirDecision(text.slice(0, m.start)))) return;
      if (isWithdrawn(restOfTurn(sentences, i, text.slice(m.end, windowEnd))) || takenBackByNext(text.slice(windowEnd)) || (k === matches.length - 1 && (takenBackNextTurn(sentences, i) || takenBackByNext(nextInTurn(sentences, i))))) return;
      const window = text.slice(windowStart, windowEnd);
      const hasDate = pickDuePhrase(window) !== null || (m.kind === 'third' && dayAloneAfter(sentences, i, m.start, ctx));
      // "She'll send it by Friday": she is the colleague the speaker just named.
      // Who "she" is may have been named a few of the speaker's sentences back, across the other side's short replies.
      const own = sentences.slice(Math.max(0, i - 6), i).filter((t) => t.role === sentence.role && !t.addressedToSystem).map((t) => t.text);
      const before = [...own, text.slice(0, m.start)].join(' ');
      // Failing that, one named up to six sentences back, as the other side asks ("Is Dana around?" — "Yes. Busy week. She'll sign it Monday").
      const heard = [...sentences.slice(Math.max(0, i - 6), i).filter((t) => !t.addressedToSystem).map((t) => t.text), text.slice(0, m.start)].join(' ');
      const actor = m.actor ?? (m.kind === 'third' && /\b(?:she|he)\b/i.test(triggerText) ? (personNamed(before, sentences) ?? personNamed(heard, sentences)) : null);
      let said0 = isOwnPromise(m.kind) ? acceptedOffer(sentences, i, text.slice(m.end, windowEnd)) : text.slice(m.end, windowEnd);
      // "Actually, the insurance papers I can send you today": the thing said first, before who sends it.
      const fronted = isOwnPromise(m.kind) && /^(?:send|e-?mail|forward|get)\s+(?:you|me|us)\s+(?=(?:today|tonight|tomorrow|on|by|this|next|before|later)\b)/i.test(said0)
        ? /(?:^|[.,;:]\s*|\b(?:actually|and|so|okay|also),?\s+)((?:the|our|my|your|their)\s+[^,.;:?!]{2,80}?)\s+$/i.exec(clauseBefore)?.[1]
        : undefined;
      if (isOwnPromise(m.kind)) said0 = withFrontedThing(said0, clauseBefore);
      // "he will have the audit done by the 9th": finishing it is the task; "I'll have the summary to you by Friday": sending it.
      if (isOwnPromise(m.kind)) said0 = said0.replace(/^have\s+((?:it|that|this|(?:the|his|her|their|our|my)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))\s+done\b/iu, 'finish $1').replace(HAVE_IT_TO_YOU, 'send $1');
      // "he sends it Monday": the verb as the other tenses give it ("send it Monday").
      if (m.present && m.kind === 'third') said0 = said0.replace(/^(\w+?)(?:es|s)\b/, (all, stem: string) => (leadingVerb(stem) ? stem : leadingVerb(`${stem}e`) ? `${stem}e` : all));
      if (m.kind === 'self' && handsToPronoun(said0)) said0 = namedForPronoun(said0, personNamed(before, sentences) ?? personNamed(heard, sentences), [ctx.names.rep, ctx.names.customer]);
      const unsaid = m.present ? UNSAID_PRESENT : isOwnPromise(m.kind) ? UNSAID_PROMISED : null;
      const said = fronted ? said0.replace(/^(\S+)\s+(?:you|me|us)\b/i, `$1 ${fronted}`) : unsaid ? said0.replace(unsaid, '$1 it') : said0;
      if (isOwnPromise(m.kind) && datesTheTaskBefore(drafts, sentences, i, ownerOf(m.kind, sentence.role), said, window, ctx)) return;
      const saidPhrases = taskPhrases(m.kind, said, window, hasDate, triggerText, actor, Boolean(m.actor)).filter(
        // A request with nothing but a verb (words read off a form, say) names nothing to do.
        (p) => !isDoneInCall(leadingVerb(p), text.slice(m.end, windowEnd)) && (isOwnPromise(m.kind) || /\s/.test(p.trim())),
      );
      // The forward is only the thing's route; a promise joined on after it is still one.
      const routed = isOwnPromise(m.kind) && saidPhrases.length > 0 && onlyRoutesIt(clauseBefore, saidPhrases[0]!);
      const phrases = routed ? [...splitConjoined(saidPhrases[0]!).slice(1), ...saidPhrases.slice(1)] : saidPhrases;
      if (!phrases.length) return;
      // "have that done by <day>": "that" is the work just described, not the last thing named.
      const finishesThat = isOwnPromise(m.kind) && phrases.length === 1 && /^finish\s+(?:that|it|this)\b/i.test(phrases[0]!);
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
      const longContext = [...sentences.slice(Math.max(0, i - LONG_CONTEXT), i).map((s) => (s.addressedToSystem ? '' : s.text)), text.slice(0, m.start)].filter(Boolean).join(' ');
      const arranges = ARRANGES.test(phrases[0]!.replace(/^have\s+.+?\s+(?=\w+)/i, ''));
      // The date said after the promise is its own; one before it may belong to the task before.
      const lasts = LASTS.test(phrases[0]!);
      const skip: SkipPhrase = (p, t) => startsAfter(p, t) || (!arranges && eventDate(p, t)) || (lasts && untilDate(p, t));
      // A date in the task's own clause first: in "I'm sending it today, Sam calls you Friday" Friday is Sam's.
      const ownClause = cutClause(text.slice(m.end, windowEnd));
      let dueDate =
        resolveDueDate(ownClause, ctx.startedAt, ctx.timezone, 'en', skip) ??
        resolveDueDate(text.slice(m.end, windowEnd), ctx.startedAt, ctx.timezone, 'en', skip) ??
        // A month or season of its own, with no day, is no day: not the one said beside it for another task.
        (VAGUE_TIME.test(ownClause) ? null : resolveDueDate(window, ctx.startedAt, ctx.timezone, 'en', (p, t) => skip(p, t) || saidOfSomethingElse(p, t, m.start - windowStart)));
      // "Thursday, then. I'll order the van for that day.": "that day" / "by then" is the day the speaker just named.
      if (!dueDate && /\b(?:(?:for|on|by)\s+that\s+day|by then)\b/i.test(text.slice(m.end, windowEnd))) {
        const said = [text.slice(0, m.start), ...sentences.slice(Math.max(0, i - 3), i).reverse().filter((t) => t.segmentIndex === sentence.segmentIndex).map((t) => t.text)];
        for (const t of said) if ((dueDate = resolveDueDate(t, ctx.startedAt, ctx.timezone, 'en'))) break;
      }
      // The next firm promise in the sentence ends this one's quote; a softer "we can…" after it goes on with it.
      const nextFirm = matches.slice(k + 1).find((x) => /^(?:i|we)(?:['’]ll|\s+will|['’]m going to|\s+am going to|['’]re going to)\b/i.test(text.slice(x.start, x.end)));
      const evidence = [{ sentence, quote: promiseQuote(text, m.start, nextFirm?.start ?? text.length, k === 0) }];
      // An offer taken up rests on the other side's yes as well.
      if (offered && m.kind === 'self' && m.start === offered.start) evidence.push({ sentence: offered.yes, quote: offered.yes.text });
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
        // "prepare a proposal and send it": "it" is the thing just made, not one named earlier in the call.
        const made = p > 0 && pronounObject(phrase) && lastDeliverable(phrases[p - 1]!) ? phrases[p - 1]! : null;
        if (made) tasks.pop();
        else if (p > 0 && pronounObject(phrase) && (pronounObject(phrases[p - 1]!) || MAKES.test(phrases[p - 1]!))) {
          // "complete it and return it", "draft the chart and send it on": one thing, worked on and then handed over.
          tasks[tasks.length - 1] = `${tasks[tasks.length - 1]} and ${phrase}`;
          return;
        }
        // "redo the figures and send you the new offer": the work and the handing over of what it yields are one task.
        const prevVerb = p > 0 ? leadingVerb(phrases[p - 1]!) : null;
        if (
          p > 0 && isOwnPromise(m.kind) && tasks.length && /^(?:send|e-?mail|forward)\b/i.test(phrase) && !pronounObject(phrase) &&
          prevVerb && !/^(?:send|send over|e-?mail|e mail|forward|share|call|phone|ring|ask|tell|book|schedule|set up|check|talk|speak|follow up|get back|circle back)\b/i.test(prevVerb)
        ) {
          tasks[tasks.length - 1] = `${tasks[tasks.length - 1]} and ${phrase.replace(/^((?:send|e-?mail|forward)(?:\s+over)?)\s+(?:you|me|us)\b/i, '$1')}`;
          return;
        }
        const named = afterthought(sentences, i);
        const spelled = named && p === phrases.length - 1 ? phrase.replace(/^((?:\S+\s+)?\S+?\s+)(?:it|that|this|them|those|both|all)(?=\s|$)/i, (all, head: string) => (leadingVerb(head.trim()) ? `${head}${named}` : all)) : phrase;
        // The words that named the thing are the task's evidence too.
        if (spelled !== phrase && !evidence.some((e) => e.sentence === sentences[i + 1])) evidence.push({ sentence: sentences[i + 1]!, quote: sentences[i + 1]!.text });
        // "fill it out": the particle goes next to its verb so that "it" can be resolved ("fill out the form").
        const joined = pronounObject(spelled) && !leadingVerb(spelled) && leadingVerb(joinParticle(spelled)) ? joinParticle(spelled) : spelled;
        // The whole call so far is read only for "sign it" (`mainPaper`): built when asked for, not for every promise.
        const callSoFar = () => [...sentences.slice(0, i).map((s) => (s.addressedToSystem ? '' : s.text)), text.slice(0, m.start)].join(' ');
        const object = made ? resolveObject(joined, made, made, callSoFar) : resolveObject(joined, [context, ...phrases.slice(0, p)].join(' '), [longContext, ...phrases.slice(0, p)].join(' '), callSoFar);
        const near = [...previousTurn(sentences, i), ...sentences.slice(0, i).filter((s) => s.segmentIndex === sentence.segmentIndex)].map((s) => s.text);
        const justBefore = [sentences[i - 1]?.segmentIndex === sentence.segmentIndex ? sentences[i - 1]!.text : '', text.slice(0, m.start)].join(' ');
        tasks.push(namesTheDiscount(resolvePossessive(resolvePerson(resolvePartOf(object, justBefore), context), [...near, text.slice(0, m.start)].join(' '), [ctx.names.rep, ctx.names.customer]), callSoFar));
      });
      if (isOwnPromise(m.kind) && phrases.some((p) => objectOnlyPointedAt(p.replace(/^have\s+\S+\s+/i, '')))) {
        const ask = answeredAsk(sentences, i);
        if (ask && !evidence.some((e) => e.sentence === ask.sentence)) evidence.push(ask);
      }
      tasks.forEach((task, t) => {
        const open = OPEN_CHECK.exec(task);
        const asked = open && isOwnPromise(m.kind) ? askedTopic(sentences, i) : null;
        // No topic named in it: the question itself is what the check is about, and its quote says so.
        const question = open && isOwnPromise(m.kind) && !asked ? askedQuestionAndTopic(sentences, i) : [];
        for (const q of question) if (!evidence.some((e) => e.sentence === q)) evidence.push({ sentence: q, quote: q.text });
        if (!asked) return;
        tasks[t] = `${open![1]} about ${asked.topic}${task.slice(open![0].length)}`;
        if (!evidence.some((e) => e.sentence === asked.sentence)) evidence.push({ sentence: asked.sentence, quote: quoteAround(asked.sentence.text, 0) });
      });
      // "I'll draft a summary. I'll send it Friday.": the thing made just before, in the same turn, is what goes out.
      const made = drafts[drafts.length - 1];
      if (
        made && isOwnPromise(m.kind) && isOwnPromise(made.kind) && made.owner === owner && phrases.length === 1 && pronounObject(phrases[0]!) &&
        SENDS.test(phrases[0]!) && MAKES.test(made.text) && made.at !== undefined && i - made.at <= 2 &&
        made.evidence[0]!.sentence.segmentIndex === sentence.segmentIndex && !/\band send it\b/.test(made.text)
      ) {
        made.text = `${made.text} and send it`;
        made.dueDate = dueDate ?? made.dueDate;
        made.evidence.push(...evidence.filter((e) => !made.evidence.some((x) => x.sentence === e.sentence)));
        return;
      }
      const sharedDue = dueDate;
      const pushedFrom = drafts.length;
      for (const task of tasks) {
        const taskText = toActionText(task, voice);
        // Several tasks in one promise, each with a day of its own ("the list today and the plan by Monday"): each keeps its own.
        // One with only a month or a season of its own ("…and call you in April") has no day.
        const ownDue = tasks.length > 1 ? resolveDueDate(task, ctx.startedAt, ctx.timezone, 'en', skip) : null;
        const dueDate = ownDue ?? (tasks.length > 1 && VAGUE_TIME.test(task) ? null : sharedDue);
        // "I'll get new seals out to you, they'll ship Monday": the things' own going out dates the task just said.
        const sent = drafts[drafts.length - 1];
        if (m.kind === 'third' && /^(?:they|it)\b/i.test(triggerText) && /^(?:ship|go out|arrive|leave)$/i.test(taskText.trim()) && dueDate && sent && sent.at === i && !sent.dueDate && sent.owner === owner) {
          sent.dueDate = dueDate;
          continue;
        }
        // "I'll confirm", "I'll ask" with nothing said or asked about, "deal with whatever turns up": no task anyone could act on.
        if (taskText.length < 3 || /^[\p{L}'’-]+$/u.test(taskText.trim())) continue;
        if (noTaskToActOn(taskText, { dated: Boolean(dueDate), ownPromise: isOwnPromise(m.kind), sentence: text, promised: text.slice(m.end, windowEnd) })) continue;
        // "have that done by <day>": the day the work the speaker just described will be finished.
        if (finishesThat) {
          const planned = plannedJustBefore(drafts, sentences, i, owner);
          if (planned) {
            planned.dueDate = dueDate ?? planned.dueDate;
            planned.evidence.push(...evidence.filter((e) => !planned.evidence.some((x) => x.sentence === e.sentence)));
            if (!drafts.includes(planned)) drafts.push(planned);
            continue;
          }
        }
        // "I must approve the change order. I'll do that and mail the result.": "that" is the task just said; one task.
        const did = drafts[drafts.length - 1];
        if (
          did && isOwnPromise(m.kind) && isOwnPromise(did.kind) && did.owner === owner && did.at !== undefined && i - did.at <= 2 &&
          did.evidence[0]!.sentence.segmentIndex === sentence.segmentIndex &&
          (/^\W*(?:\w+\s+)?do\s+(?:that|it|this)\s+and\b/i.test(text.slice(m.end)) ||
            // "I'll get the old files wiped Friday and mail you a confirmation": the proof of the work just promised.
            (did.at === i && PROOF.test(taskText) && !/^(?:send|e-?mail|forward|share|call|schedule|book)\b/i.test(did.text)))
        ) {
          did.text = joinSteps([did.text, taskText]);
          did.dueDate = dueDate ?? did.dueDate;
          did.evidence.push(...evidence.filter((e) => !did.evidence.some((x) => x.sentence === e.sentence)));
          continue;
        }
        const said = whatItIsAbout(taskText, sentences, i);
        drafts.push({ text: said.text, owner, dueDate, evidence: said.why && !evidence.some((e) => e.sentence === said.why!.sentence) ? [...evidence, said.why] : evidence, kind: m.kind, at: i, reportsBack: reportsBack(task) });
      }
      joinOneDaysSteps(drafts, pushedFrom);
    });
  });
  const merged = foldRecapRestatements(claimShared(mergeActionDrafts(joinReportsBack(drafts.filter((d) => !refusedLater(d, sentences))))), sentences);
  // A need taken on goes first: a promise of the same thing said later in its own words keeps its own day.
  merged.unshift(...needsTakenOn(sentences, ctx, merged));
  datesSaidAfter(merged, sentences, ctx);
  datesSaidJustBefore(merged, sentences, ctx);
  applyDateRevisions(merged, sentences, ctx);
  applyMonthsSaidBefore(merged, sentences, ctx);
  // Said in the passive after the dates were revised: "you'll have it by Thursday" is when it arrives, not when it ships.
  const all = mergeActionDrafts([...merged, ...passivePromises(sentences, ctx)]);
  applyRecapDates(all, sentences, ctx);
  addMeetingItems(all, sentences, ctx);
  addRecapItems(all, sentences, ctx);
  const tasks = mergeRestated(all.filter((d) => !doneBeforeTheEnd(d, sentences) && !unbacked(d, sentences) && !onlyPassesWord(d) && !calledOff(d, sentences)));
  addDescribingLists(tasks, sentences);
  addObjectMentions(tasks, sentences, [ctx.names.rep, ctx.names.customer]);
  addCallPurposes(tasks, sentences);
  datesFromTheirNextWords(tasks, sentences, ctx);
  return tasks;
}


/** "I'll cancel the order and refund the deposit by Friday": steps of one promise, due the same day, are one task. */
function joinOneDaysSteps(drafts: ActionDraft[], from: number): void {
  const steps = drafts.slice(from);
  if (steps.length < 2 || steps.some((d) => d.dueDate !== steps[0]!.dueDate || d.owner !== steps[0]!.owner)) return;
  // A meeting to arrange is a task of its own, apart from what is sent with it (as mergeRestated keeps them).
  if (new Set(steps.map((d) => isMeetingTask(d.text))).size > 1) return;
  const [first, ...rest] = steps;
  first!.text = joinSteps(steps.map((d) => d.text));
  for (const d of rest) first!.evidence.push(...d.evidence.filter((e) => !first!.evidence.some((x) => x.sentence === e.sentence)));
  drafts.splice(from + 1);
}

/**
 * Said once, with no day: a request the other side never took on (no "sure", no promise of it), or the speaker's
 * own offer left as a question. On calls the rules were not written on, such items were mostly not tasks at all.
 */
function unbacked(d: ActionDraft, sentences: readonly Sentence[]): boolean {
  if (d.dueDate || d.evidence.length !== 1) return false;
  const said = d.evidence[0]!;
  if (d.kind === 'request') return !takenOn(said.sentence, sentences);
  if (!isOwnPromise(d.kind)) return false;
  // "We'll ship straight to your site", "we'll sort it out": how the seller's side works, said once, is no one's task;
  // making a paper for the other side ("we'll put together a quote for you") is one.
  const makesAPaper = MAKES.test(d.text) && lastDeliverable(d.text) !== null;
  const saysHowWeWork = /\bwe(?:'ll|\s+will)\b/i.test(said.quote) && !/\bI(?:'ll|\s+will)\b/.test(said.quote) && !HANDS_SOMETHING_OVER.test(d.text) && !makesAPaper;
  return saysHowWeWork || said.quote.trim().endsWith('?');
}

/** Handing something to the other side, or arranging to talk to them: a promise to them even when said as "we". */
const HANDS_SOMETHING_OVER = /^(?:send|e-?mail|forward|share|mail|text|call|ring|phone|get back|come back|follow up|have|book|schedule|set up|arrange|invite|introduce|loop|update|reach out|contact|confirm|notify|keep\s+\S+\s+(?:posted|updated|in the loop)|let\s+\S+\s+know)\b/i;

/** The other side's next turn opens with a yes ("Sure.", "Will do."). */
function takenOn(asked: Sentence, sentences: readonly Sentence[]): boolean {
  const at = sentences.indexOf(asked);
  const reply = sentences.slice(at + 1).find((t) => t.segmentIndex !== asked.segmentIndex);
  return Boolean(reply && reply.role !== asked.role && ASSENT.test(reply.text.replace(/^\W+/, '')));
}
