import type { Owner } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { Sentence } from './sentences.ts';
import { acronymsOf, namesAThing } from './task-things.ts';
import { leadingVerb } from './action-text.ts';

/**
 * How a task was said: the speaker's own promise (`self`, `progressive`: "I'm sending…"; `third`: "our
 * accountant will send…"), a request to
 * the other party (`request`, `ask-for`, `let-know`), or a joint plan (`joint`: "let's book…").
 */
export type DraftKind = 'self' | 'progressive' | 'third' | 'request' | 'ask-for' | 'let-know' | 'joint';

/** An action item before grounding and redaction. */
export interface ActionDraft {
  text: string;
  owner: Owner;
  dueDate: string | null;
  /** `mention`: a sentence that only says what the task's thing is (object-mention.ts); the task was not said in it. */
  evidence: { sentence: Sentence; quote: string; mention?: boolean }[];
  kind?: DraftKind;
  /** Index of the sentence it was said in. */
  at?: number;
  /** Only tells the other side how the task before it went ("…and I'll email you"). */
  reportsBack?: boolean;
}

export const isOwnPromise = (kind: DraftKind | undefined): boolean => kind === 'self' || kind === 'progressive' || kind === 'third';

const STOPWORDS = new Set([
  'the', 'a', 'an', 'to', 'of', 'for', 'and', 'with', 'on', 'in', 'their', 'our', 'my', 'it', 'that', 'this',
  'them', 'those', 'these', 'over', 'up', 'all', 'some', 'any', 'from', 'at', 'by', 'then', 'both', 'each', 'day',
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'y', 'con', 'para', 'por', 'en', 'su',
  'sus', 'nuestro', 'nuestra', 'mi', 'mis', 'que', 'le', 'les',
]);
/** "Can you email me those?": a request that only points at its thing. */
const POINTER_REQUEST = /\b(?:send|get|e-?mail|mail|post|share|forward|give)\s+(?:(?:me|us)\s+)?(?:that|it|this|those|them)\b/i;
/** A request for "something" leaves what to the answer. */
const VAGUE = /^\S+\s+(?:something|anything)\b/i;
/** Asked to send word back ("let me know", "tell us"), and that word promised ("I'll let you know", "get back to you"). */
const WORD_ASKED = /\b(?:let|tell)\s+(?:me|us)\s+know\b|\btell\s+(?:me|us)\b/i;
const WORD_PROMISED = /\blet\s+(?:you|you\s+both|you\s+all)\s+know\b|\b(?:get|come)\s+back\s+to\s+you\b|\btell\s+you\b/i;
/** A reply that takes on a request comes within this many sentences of it. */
const REPLY_WINDOW = 3;
/** Most quotes of where a task was said, and, apart from them, of what its thing is. */
const MAX_EVIDENCE = 3;
/** A mention and what was said right after it to say which thing it is (object-mention.ts). */
const MAX_MENTIONS = 3;

/**
 * Adds `ev` to a draft's evidence, unless its sentence is there already or the draft holds as many quotes of its kind
 * as it may. What the thing is counts apart: a task said three times still shows which thing it is about.
 */
export function addEvidence(draft: ActionDraft, ev: ActionDraft['evidence'][number]): void {
  const sameKind = draft.evidence.filter((e) => Boolean(e.mention) === Boolean(ev.mention)).length;
  if (sameKind < (ev.mention ? MAX_MENTIONS : MAX_EVIDENCE) && !draft.evidence.some((e) => e.sentence === ev.sentence)) draft.evidence.push(ev);
}

/** A crude stem: a word of more than three letters loses a final "s" or "es" ("managers" ~ "manager"). */
export const stem = (w: string): string => (w.length > 3 ? w.replace(/(?:es|s)$/, '') : w);

function contentWords(text: string): Set<string> {
  // A crude stem ("managers" ~ "manager") is enough to see the same task said twice.
  return new Set(
    normalizeText(text)
      .split(' ')
      .filter((w) => w && !STOPWORDS.has(w))
      .map(stem),
  );
}

/** Ways of handing something over are one verb for telling tasks apart. */
const HAND_OVER = new Set(['send', 'email', 'mail', 'post', 'forward', 'share', 'text']);
const handOver = (verb: string | undefined) => (verb && HAND_OVER.has(verb) ? 'send' : verb);
/** Ways of switching something off are one verb too ("turn off the sandbox", "deactivate the sandbox"). */
const SWITCH_OFF = /^(?:(?:turn|switch|shut) (?:off|down)|deactivate|disable)\b/;
/** A title before a colleague's name ("Dr. ", "Ms "), if any. */
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?`;
const DOER = new RegExp(String.raw`^[Hh]ave\s+${TITLE}(?:[A-Z][\p{L}'’-]+\s+){1,2}(?=[a-z])`, 'u');
/** "Have Ines send the supplier form" and "send the supplier form" are one task of the same side ("Have Dr. Ines…" too). */
const withoutDoer = (text: string) => text.replace(DOER, '');
/** Ways of getting something arranged are one verb too ("arrange a courier pickup", "book the courier"). */
const ARRANGE = /^(?:book|arrange|organi[sz]e|schedule)\b/;
const verbOf = (text: string) => {
  const words = normalizeText(withoutDoer(text));
  if (ARRANGE.test(words)) return 'arrange';
  return SWITCH_OFF.test(words) ? 'switch off' : handOver(words.split(' ')[0]);
};

/** Where the thing a task is about ends: a preposition, a relative word, a comma. */
const THING_END = /,|\s(?:to|for|with|of|on|by|about|from|that|which|who|before|after|in|at|and|so|or|once|when|if)\s/i;
/** Nouns too general to name one thing: two invites or two lists in one call may well be for different things. */
const GENERAL_THING = new Set([
  'it', 'that', 'this', 'them', 'one', 'ones', 'invite', 'invitation', 'call', 'meeting', 'email', 'e-mail', 'update', 'detail', 'details',
  'info', 'information', 'list', 'stuff', 'thing', 'things', 'everything', 'number', 'numbers', 'link', 'note', 'message', 'document',
  'documents', 'copy', 'form', 'file', 'files', 'question', 'questions', 'answer', 'demo', 'session', 'date', 'dates', 'time', 'times',
]);
/** A handed-over thing: its noun, the words said before it ("revised"), and which one it is ("for the premium tier"). */
interface Thing {
  head: string;
  before: Set<string>;
  which: Set<string>;
}
/**
 * The thing a hand-over names: "mail the revised estimate that holds till spring" and "mail the estimate with the
 * brochure" are about an estimate. Null when the task names no thing after a determiner, or only a general one.
 */
function thingOf(text: string): Thing | null {
  const m = /^\S+\s+(?:(?:you|me|us|him|her|them|[A-Z][\p{L}'’-]+)\s+)?(?:over\s+|back\s+|out\s+)?(?:the|a|an|your|our|my|their|his|her|this|these|those)\s+(.+)$/u.exec(withoutDoer(text));
  if (!m) return null;
  const said = `${m[1]!} `;
  const end = THING_END.exec(said);
  const words = (end ? said.slice(0, end.index) : said).trim().split(/\s+/);
  const head = words.at(-1)?.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  if (!head || GENERAL_THING.has(head)) return null;
  // "for the premium tier", "of the Leeds site", "from the audit": which one of the things so named.
  const rest = end && /^\s(?:for|of|from)\s$/i.test(end[0]) ? said.slice(end.index + end[0].length) : '';
  const restEnd = THING_END.exec(rest);
  return {
    head: head.replace(/(?:es|s)$/, ''),
    before: contentWords(words.slice(0, -1).join(' ')),
    which: contentWords(restEnd ? rest.slice(0, restEnd.index) : rest),
  };
}
/** One set of words holds the other (either may be empty): nothing said of one thing sets it apart from the other. */
const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
/** "The revised estimate" and "the estimate" may be one; "the hotel case study" and "the airline case study" are two. */
function sameThing(a: string, b: string): boolean {
  const [ta, tb] = [thingOf(a), thingOf(b)];
  return ta !== null && tb !== null && ta.head === tb.head && within(ta.before, tb.before) && within(ta.which, tb.which);
}

const INVITE = /\b(?:invite|invitation)\b/i;
const INVITE_WORDS = new Set(['send', 'calendar', 'invite', 'invitation', 'meeting', 'call', 'new', 'session']);
/** Two invites for one meeting ("a calendar invite for the site survey", "the invite for the roof survey"). */
function sameMeetingInvite(a: string, b: string): boolean {
  if (!INVITE.test(a) || !INVITE.test(b)) return false;
  const what = (text: string) => [...contentWords(withoutDoer(text))].filter((w) => !INVITE_WORDS.has(w));
  const wb = new Set(what(b));
  return what(a).some((w) => wb.has(w));
}

/** A task without the reason after it ("to hear where the budget stands"); not "to" a person or a place. */
const withoutPurpose = (text: string) =>
  normalizeText(text.replace(/\s+to\s+(?!(?:the|a|an|you|me|us|him|her|them|my|our|your|their|his)\b)\p{Ll}+\b.*$/u, ''));

/** Same task said twice: same verb and most words shared, or one the more specific form of the other. */
function sameTask(a: string, b: string): boolean {
  const wa = contentWords(withoutDoer(a));
  const wb = contentWords(withoutDoer(b));
  const verbA = verbOf(a);
  const verbB = verbOf(b);
  if (!wa.size || !wb.size || verbA !== verbB) return false;
  // "call you Friday to see where things stand" and "call you on the twelfth": one call to one person, its reason said once.
  if (verbA === 'call') {
    const [ba, bb] = [withoutPurpose(a), withoutPurpose(b)];
    if ((ba === normalizeText(a)) !== (bb === normalizeText(b)) && ba === bb) return true;
  }
  // The same named colleague doing the same thing twice in one call: said again, often with a date.
  const doer = (text: string) => /^[Hh]ave\s+([A-Z][\p{L}'’-]+)\s/u.exec(text)?.[1];
  if (doer(a) && doer(a) === doer(b)) return true;
  // The same side handing over the same thing twice in one call: "the estimate" is one estimate.
  if (verbA === 'send' && sameThing(a, b)) return true;
  if (verbA === 'send' && sameMeetingInvite(a, b)) return true;
  // "email a return label" and "send the return label" name one task: compare the things, not the verbs.
  if (wa.size > 1 && wb.size > 1) {
    wa.delete([...wa][0]!);
    wb.delete([...wb][0]!);
  }
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const subset = [...small].every((w) => large.has(w));
  return shared / union >= 0.6 || (subset && (small.size >= 2 || large.size - small.size <= 3));
}

/**
 * `later` is the owner's own promise answering the request `earlier` in the next turns ("Could you send over
 * last quarter's figures?" — "Yes, I'll pull the figures and send them tomorrow"): the same task when they
 * name the same thing, even with another verb.
 */
function answers(earlier: ActionDraft, later: ActionDraft): boolean {
  const asked = earlier.kind === 'request' || earlier.kind === 'ask-for' || earlier.kind === 'let-know';
  if (!asked || !isOwnPromise(later.kind) || earlier.at === undefined || later.at === undefined) return false;
  const gap = later.at - earlier.at;
  const sameSegment = later.evidence[0]?.sentence.segmentIndex === earlier.evidence[0]?.sentence.segmentIndex;
  const nextTurn = (later.evidence[0]?.sentence.segmentIndex ?? 0) - (earlier.evidence[0]?.sentence.segmentIndex ?? 0) === 1;
  if (gap < 1 || (gap > REPLY_WINDOW && !nextTurn) || sameSegment) return false;
  // A request for "something", then the owner's promise in reply: the answer says what the something is.
  if (VAGUE.test(earlier.text)) return true;
  // "Tell me by noon whether…" — "I'll find out and tell you": the word asked for, promised in the next turn.
  if (nextTurn && earlier.evidence.some((e) => WORD_ASKED.test(e.quote)) && later.evidence.some((e) => WORD_PROMISED.test(e.quote))) return true;
  if (earlier.kind === 'let-know') return false;
  // "Can you get me those by Tuesday?" — "Tuesday, sure, the rota comes to you Tuesday": the same hand-over on the same day.
  // Only when the request pointed at its thing: one that named it ("the tax form") is not answered by another thing sent that day.
  const pointed = earlier.evidence.some((e) => POINTER_REQUEST.test(e.quote));
  if (pointed && nextTurn && earlier.dueDate && earlier.dueDate === later.dueDate && verbOf(earlier.text) === verbOf(later.text)) return true;
  const objects = (text: string) => new Set([...contentWords(text)].slice(1));
  const wa = objects(earlier.text);
  return [...objects(later.text)].some((w) => w.length > 2 && wa.has(w));
}

/** A task that only points at its thing ("Get that to you", "Send them over"). */
const POINTS_ONLY = /^\S+\s+(?:(?:you|me|us|him|her)\s+)?(?:it|that|this|them|those)(?:\s+(?:over|across|back|along|through|to\s+(?:you|me|us|him|her|them)))*\s*$/i;
/**
 * "Let me get that over by Wednesday. I'll email the rate sheet.": a promise that only points at its thing,
 * and the same speaker's promise in the next sentence of the turn, handing something over the same way, naming it.
 */
function namedNext(earlier: ActionDraft, later: ActionDraft): boolean {
  if (earlier.at === undefined || later.at === undefined || later.at - earlier.at !== 1) return false;
  if (earlier.evidence[0]?.sentence.segmentIndex !== later.evidence[0]?.sentence.segmentIndex) return false;
  if (!isOwnPromise(earlier.kind) || !isOwnPromise(later.kind)) return false;
  return POINTS_ONLY.test(earlier.text) !== POINTS_ONLY.test(later.text) && verbOf(earlier.text) === verbOf(later.text);
}

/**
 * Deduplicates near-identical items of the same owner, keeping the earliest position, the more
 * specific text, the latest date said (a confirmation "I'll send it today" refines "by Friday"),
 * and the evidence of both.
 */
export function mergeActionDrafts(drafts: readonly ActionDraft[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const d of drafts) {
    const twin = out.find((e) => e.owner === d.owner && (sameTask(e.text, d.text) || answers(e, d) || namedNext(e, d)));
    if (!twin) {
      out.push({ ...d, evidence: [...d.evidence] });
      continue;
    }
    // A request for "that", answered by the owner's promise naming the thing: the owner's words say what it is.
    const pointedAt = twin.evidence.some((e) => POINTER_REQUEST.test(e.quote));
    const ownWords = pointedAt && !sameTask(twin.text, d.text) && contentWords(d.text).size > 1 && !/^\S+\s+(?:it|that|this|them|those)\b/i.test(d.text);
    if (ownWords || contentWords(d.text).size > contentWords(twin.text).size || VAGUE.test(twin.text) || POINTS_ONLY.test(twin.text)) twin.text = d.text;
    twin.dueDate = d.dueDate ?? twin.dueDate;
    for (const ev of d.evidence) {
      const dup = twin.evidence.some((e) => e.quote === ev.quote && e.sentence.startSec === ev.sentence.startSec);
      if (!dup && twin.evidence.length < MAX_EVIDENCE) twin.evidence.push(ev);
    }
  }
  return out;
}

/**
 * "We'll revisit it after the audit" — "Fine, I'll rework the proposal then.": a task one side puts on "we" and
 * the other side then takes on as "I" is the second speaker's; the "we" version goes.
 */
export function claimShared(drafts: readonly ActionDraft[]): ActionDraft[] {
  const saidAsWe = (d: ActionDraft) => isOwnPromise(d.kind) && d.evidence.every((e) => /\bwe(?:'ll| will| can| could)\b/i.test(e.quote) && !/\bI(?:'ll| will)\b/.test(e.quote));
  const claimed = (we: ActionDraft) =>
    drafts.some(
      (d) => d !== we && d.owner !== we.owner && d.owner !== 'unknown' && isOwnPromise(d.kind) && d.at !== undefined && we.at !== undefined &&
        d.at > we.at && d.at - we.at <= 3 && d.evidence.some((e) => /\bI(?:'ll| will)\b/.test(e.quote)) && sameTask(we.text, d.text),
    );
  return drafts.filter((d) => !(saidAsWe(d) && claimed(d)));
}

/** A meeting to hold or arrange: it and the invite for it are two tasks, and so are it and what is sent before it. An account, a sandbox or access set up for someone is no meeting. */
const MEETING_TASK = /^(?:hold\b|(?:schedule|book|arrange|set up|organi[sz]e)\b(?!\s+(?:a|an|the|their|our|your|his|her)?\s*(?:[\w-]+\s+)?(?:accounts?|logins?|access|sandbox|environment|portal|workspace|integration|trial|users?|profiles?|payment|transfer|direct debit)\b))/i;
/** A meeting to hold or arrange, for telling it from the steps said with it. */
export const isMeetingTask = (text: string): boolean => MEETING_TASK.test(text);
/**
 * A text that joins two tasks ("send the plans and ask Marcus to join"): one of them would be lost in a merge ("…and send
 * it" hands over the same thing, "…and get back to you" only reports back; "…and set up", "…and send back", "…and follow
 * up with" someone else are tasks).
 */
const TWO_TASKS = /\band\s+(?:ask|send|call|get|have|e-?mail|set|book|confirm|check|share|forward|let|come|follow)\b(?!\s+(?:(?:you|me|us|him|her)\s+)?(?:it|them|that|those|these)\b)(?!(?<=get|come)\s+back\b|(?<=follow)\s+up\b(?!\s+with\s+(?!(?:you|me|us|him|her|them)\b))|(?<=let)\s+\S+\s+know\b)/i;

/** A step of its own with a thing, never a restatement of another: taking people through it, signing or approving it. */
const OWN_STEP = /^(?:walk\b.*\bthrough|go through|present|demo|train|sign|countersign|approve)\b/i;
const ownStep = (text: string) => OWN_STEP.exec(withoutDoer(text))?.[0].split(/\s+/)[0]!.toLowerCase() ?? null;

/** Making something that is then handed over. */
export const MAKES = /^(?:write|draft|prepare|put together|pull together|create|build|compile|write up)\b/i;
/** Handing a thing over ("send it", "get you the export"). */
export const SENDS = /^(?:send|e-?mail|forward|share|get)\b/i;
/** `made` makes a thing ("pull an export of the logs") and `sent` hands over that same thing ("send the export"). */
function makesWhatIsSent(made: string, sent: string): boolean {
  const maker = withoutDoer(made);
  if (!(MAKES.test(maker) || /^pull\b/i.test(maker)) || !SENDS.test(withoutDoer(sent))) return false;
  const [thing, handed] = [thingOf(maker.replace(/^(put|pull|write)\s+(?:together|up)\b/i, '$1')), thingOf(sent)];
  return thing !== null && handed !== null && thing.head === handed.head;
}

/** GENERAL_THING as aboutWords leave its words (their crude stem cuts "notes" to "not", "invites" to "invit"). */
const GENERAL_STEMS = new Set([...GENERAL_THING].flatMap((w) => [w, stem(w), stem(`${w}s`)]));
/** People one deals with, not a thing a task is about ("the team", "their finance people"). */
const PEOPLE = new Set(['team', 'manager', 'staff', 'people', 'person', 'customer', 'client', 'partner', 'board', 'colleague', 'boss', 'everyone', 'guy', 'folk', 'engineer', 'legal', 'finance', 'contact']);
/** A person named after a word that reaches them ("call Petra", "a word with Dr. Ng", "back to Sol"). */
const PERSON = new RegExp(String.raw`\b(?:call|ring|phone|e-?mail|text|ask|tell|remind|brief|ping|chase|meet|with|to|from|and)\s+${TITLE}(\p{Lu}\p{Ll}+)(?![\p{L}'’])`, 'gu');
const personsOf = (text: string) => [...` ${withoutDoer(text).toLowerCase().slice(0, 1)}${withoutDoer(text).slice(1)}`.matchAll(PERSON)].map((m) => stem(m[1]!.toLowerCase()));
/** Reaching a person, with nothing handed over: a call, a word with them, coming back to them. */
const REACH = /^(?:(?:send|give)\s+(?:\S+\s+)?(?:an?\s+)?(?:answer|update|word|reply)|call|ring|ask|phone|give\s+\S+\s+a\s+(?:ring|call|buzz)|check\s+(?:in|back)\s+with|(?:talk|speak)\s+(?:to|with)|(?:get|come)\s+back\s+to|follow\s+up\s+with|touch\s+base\s+with|catch\s+up\s+with|reach\s+out\s+to|brief|meet|chase|ping)\b/i;
/**
 * The one word two tasks due the same day share says they are one task: a word naming a thing, not a general one;
 * a person or people only when both tasks reach them ("call Ines", "ring Ines"), not when one hands them something.
 */
function sharesOneThing(e: string, d: string, w: string): boolean {
  if (GENERAL_STEMS.has(w) || goesWith(e, w) || goesWith(d, w)) return false;
  const people = PEOPLE.has(w) || personsOf(e).includes(w) || personsOf(d).includes(w);
  return !people || (REACH.test(withoutDoer(e)) && REACH.test(withoutDoer(d)));
}

/** "Send the template along with the contract": the contract is what it goes with, not what is sent. */
function goesWith(text: string, w: string): boolean {
  const words = normalizeText(text).split(' ');
  const at = words.findIndex((x) => stem(x) === w);
  const joined = words.findIndex((x, k) => x === 'with' && /^(?:along|together)$/.test(words[k - 1] ?? ''));
  return joined > 0 && at > joined;
}

/** Both tasks reach the person `w` with the same verb. */
function reachesOnly(e: string, d: string, w: string): boolean {
  const [a, b] = [withoutDoer(e), withoutDoer(d)];
  return personsOf(e).includes(w) && personsOf(d).includes(w) && REACH.test(a) && REACH.test(b) && leadingVerb(a.toLowerCase()) === leadingVerb(b.toLowerCase());
}

/** Words that say how word comes back, not what a task is about ("come back to Gareth", "get back to you"). */
const REPORT_BACK_WORDS = new Set(['back', 'come', 'get', 'know', 'let', 'touch', 'follow', 'sure', 'thing', 'things']);
/** What a task is about: its content words after the verb (and after a colleague it is handed to), without report-back words. */
function aboutWords(text: string): string[] {
  const words = normalizeText(withoutDoer(text)).split(' ').slice(1);
  const acronyms = acronymsOf(text);
  return [...contentWords(words.join(' '))].filter((w) => namesAThing(w, acronyms) && !REPORT_BACK_WORDS.has(w));
}
/**
 * "The starter plan pricing" and "the enterprise plan pricing": a word both share, each with its own word before it.
 * `a` and `b` are the two tasks' aboutWords.
 */
function contrasted(a: readonly string[], b: readonly string[], shared: ReadonlySet<string>): boolean {
  const before = (words: readonly string[]) => new Map(words.map((w, i) => [w, i > 0 ? words[i - 1]! : null] as const));
  const [ba, bb] = [before(a), before(b)];
  return [...shared].some((w) => {
    const [pa, pb] = [ba.get(w), bb.get(w)];
    return pa && pb && pa !== pb && !shared.has(pa) && !shared.has(pb) && !(NEWER.test(pa) && NEWER.test(pb));
  });
}
/** Words that only say a thing is the latest version of itself: "the revised quote" and "the updated quote" are one. */
const NEWER = /^(?:revised|updated|new|amended|corrected|latest|final|fresh|redone|reworked|adjusted)$/;

/** `text`, handed to the colleague `other` names when `text` names none ("Sign the contract", "Have Dr. Lund sign" → "Have Dr. Lund sign the contract"). */
function withDoerOf(other: string, text: string): string {
  const doer = DOER.exec(other)?.[0];
  return doer && !DOER.test(text) && /^[A-Z]/.test(text) ? `${doer}${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** The colleague a task is handed to ("Have Dr. Osei check…"), not one whose thing it is ("Have Osei's…"). */
const COLLEAGUE = new RegExp(String.raw`^Have\s+(${TITLE}\p{Lu}\p{Ll}+)(?![\p{L}'’])`, 'u');
function sameColleague(a: string, b: string): boolean {
  const who = COLLEAGUE.exec(a)?.[1];
  return who !== undefined && who === COLLEAGUE.exec(b)?.[1];
}

/**
 * One side's task said again later in other words ("Have Hemi look at the payment terms" … "Hemi reviews the payment
 * terms by the ninth"): two tasks of one owner that share two or more words of what they are about, on the same day
 * or with only one day said, are one task; so are two due the same day that share one word naming a thing ("the
 * pricing", "pricing for the three depots"), not a general one like "invite"; unless the words they share are told apart ("the starter plan" and "the
 * enterprise plan") or one is a step of its own ("sign the addendum" after "read the addendum"). A task handed to a colleague
 * and handed to them again naming at most one thing, or a thing named the first time, is one task too. Kept as
 * mergeActionDrafts keeps a twin: the first position, the text naming more, the day said, the evidence of both.
 */
export function mergeRestated(drafts: readonly ActionDraft[]): ActionDraft[] {
  // Each kept task with the aboutWords of its text, worked out once (a twin that takes a new text takes its words too).
  const kept: { draft: ActionDraft; about: string[] }[] = [];
  for (const d of drafts) {
    const about = aboutWords(d.text);
    const twin = kept.find(({ draft: e, about: eAbout }) => {
      if (e.owner !== d.owner || (e.dueDate && d.dueDate && e.dueDate !== d.dueDate)) return false;
      if (INVITE.test(e.text) !== INVITE.test(d.text) || MEETING_TASK.test(e.text) !== MEETING_TASK.test(d.text)) return false;
      if (TWO_TASKS.test(e.text) || TWO_TASKS.test(d.text) || ownStep(e.text) !== ownStep(d.text)) return false;
      const shared = new Set(eAbout.filter((w) => about.includes(w)));
      if (contrasted(eAbout, about, shared)) return false;
      // Handed twice to the same colleague: the second names at most one thing, or a thing the first named too.
      if (sameColleague(e.text, d.text) && (about.length <= 1 || shared.size >= 1)) return true;
      // One paper is signed once: "she'll sign it" and "Dr. Alvarez signs", one naming the thing and the other who.
      if (ownStep(e.text) === 'sign' && ownStep(d.text) === 'sign' && (!about.length || !eAbout.length || shared.size >= 1)) return true;
      // "Put together a revised proposal" … "I'll send the proposal by Friday": what is made is what goes out.
      if (makesWhatIsSent(e.text, d.text) || makesWhatIsSent(d.text, e.text)) return true;
      if (shared.size >= 2) return true;
      const [word] = [...shared];
      if (shared.size !== 1 || !sharesOneThing(e.text, d.text, word!)) return false;
      // Reaching the same person the same way, one of them saying nothing more ("ask Rosa", "ask Rosa for the sign-off"),
      // with at most one day said; "ask Rosa about the budget" and "ask Rosa for the plans" are two asks.
      const onlyThem = eAbout.length === 1 || about.length === 1;
      return (e.dueDate !== null && e.dueDate === d.dueDate) || (onlyThem && reachesOnly(e.text, d.text, word!) && (!e.dueDate || !d.dueDate));
    });
    if (!twin) {
      kept.push({ draft: { ...d, evidence: [...d.evidence] }, about });
      continue;
    }
    const signing = ownStep(d.text) === 'sign';
    if (about.length > twin.about.length) {
      twin.draft.text = signing ? withDoerOf(twin.draft.text, d.text) : d.text;
      twin.about = about;
    } else if (signing) twin.draft.text = withDoerOf(d.text, twin.draft.text);
    twin.draft.dueDate = twin.draft.dueDate ?? d.dueDate;
    for (const ev of d.evidence) addEvidence(twin.draft, ev);
  }
  return kept.map((k) => k.draft);
}
