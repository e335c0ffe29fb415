import { pickDuePhrase } from '../../../domain/dates.ts';
import { normalizeText } from '../../../domain/text.ts';
import { addEvidence, stem, type ActionDraft } from './merge-items.ts';
import { wordCount, type Sentence } from './sentences.ts';

/**
 * What a task is about is often said before the promise: "I'll get the sheet to you Thursday" after "a sheet of your
 * branches with their opening times" was asked for. The rules then either write the task from those earlier words, or
 * leave it at the bare head. Either way the earlier sentence says what the task is about, so it becomes one more quote of the
 * item's evidence: every word of a task's text rests on something said, and the reviewer sees what "the sheet" is.
 */

/** Sentences looked back over from where the task was first said. */
const LOOK_BACK = 12;
/** A fuller mention longer than this is not quoted: it would bury the task. */
const MAX_MENTION_WORDS = 40;
/** An object of more words than this already says what it is. */
const MAX_BARE_WORDS = 2;

const DETERMINER = /^(?:the|a|an|that|this|those|these|our|your|their|his|her|my|some|any|both)$/;
const PARTICLE = /^(?:over|up|out|off|through|together|back|across|along|on|round|around)$/;
const RECIPIENT = /^(?:you|me|us|him|her|them)$/;
/** Words that end a noun phrase: prepositions, conjunctions and time words. */
const NP_END = new Set([
  'to', 'by', 'for', 'on', 'at', 'with', 'before', 'after', 'and', 'or', 'about', 'in', 'from', 'so', 'when', 'if', 'because',
  'over', 'back', 'next', 'tomorrow', 'today', 'tonight', 'first', 'once', 'as', 'until', 'into', 'onto', 'then', 'this', 'later',
  'again', 'too', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'end', 'early', 'soon', 'right',
]);
/** Words that say nothing about which thing it is. */
const EMPTY = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'from', 'that', 'this', 'those', 'these', 'it',
  'them', 'our', 'your', 'their', 'my', 'his', 'her', 'its', 'we', 'you', 'i', 'they', 'he', 'she', 'us', 'me', 'is', 'are', 'was',
  'be', 'some', 'any', 'all', 'one', 'just', 'so', 'very', 'really', 'new', 'whole', 'same', 'other', 'can', 'could', 'would', 'will',
  'send', 'get', 'have', 'do', 'need', 'want', 'like', 'also', 'still', 'what', 'which', 'who', 'there', 'here', 'over', 'up', 'out',
]);
/** Days, times and counts say when or how many, not which thing ("an audit on Friday", "the scores for all three"). */
const WHEN_OR_HOW_MANY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|week|weeks|month|months|year|years|morning|afternoon|evening|night|time|first|last|next|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|both|each|every|few|several|many)$/;
/** A word before the head that makes it a verb ("we must review the terms", "to review"), not a thing. */
const VERB_BEFORE = /^(?:to|i|we|you|they|he|she|must|should|might|may|shall|will|would|can|could|did|does|do|not|never|please|let|ll|d)$/;
/** A word after the head that carries the description on ("the list of depots", "the quote for the second site"). */
const LINK = /^(?:of|for|with|from|on|about)$/;

/** The words of the task's object after its verb ("Send the list Friday" → ["list"]), when it is only a bare head. */
export function bareObject(task: string): string[] | null {
  const words = normalizeText(task).split(' ').filter(Boolean);
  let k = 1;
  while (k < words.length && (PARTICLE.test(words[k]!) || RECIPIENT.test(words[k]!)) && DETERMINER.test(words[k + 1] ?? '')) k++;
  if (!DETERMINER.test(words[k] ?? '')) return null;
  k++;
  const np: string[] = [];
  // A particle after the thing ends it too: "send the pack out", "put the deck together".
  for (; k < words.length && !NP_END.has(words[k]!) && !PARTICLE.test(words[k]!); k++) np.push(words[k]!);
  return np.length && np.length <= MAX_BARE_WORDS && np.every((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w)) ? np : null;
}

/** True when `text` names the head `head` with a word of its own that `known` lacks ("a list of the depots"). */
export function fullerMention(text: string, head: string, known: readonly string[]): boolean {
  const phrases = text.split(/[,;:.!?—–]+/).map((p) => normalizeText(p).split(' ').filter(Boolean));
  const words = phrases.flat();
  // The word just before, in the same phrase: one said before a comma does not describe the next ("to be honest, fifteen…").
  const before = phrases.flatMap((p) => p.map((_, k) => p[k - 1]));
  const own = (w: string | undefined) => Boolean(w && /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w) && !known.some((k) => stem(k) === stem(w)));
  return words.some((w, k) => {
    if (stem(w) !== stem(head) || VERB_BEFORE.test(before[k] ?? '')) return false;
    // "in terms of", "in case of": a phrase of its own, not the thing.
    if (before[k] === 'in' && words[k + 1] === 'of') return false;
    return own(before[k]) || (LINK.test(words[k + 1] ?? '') && (own(words[k + 2]) || own(words[k + 3])));
  });
}

/**
 * The words of the task's text past its verb that no quote of its evidence says: taken from earlier in the call. The
 * names of the two `parties` (lower case) are left out: the text names who is on the call from the call's details; so
 * are the words of NP_END and the particles, which the rules write themselves ("ask about the fee" for a bare "I'll ask").
 */
export function borrowedWords(task: string, quotes: readonly string[], parties: readonly string[] = []): string[] {
  const said = new Set(quotes.flatMap((q) => normalizeText(q).split(' ')).map(stem));
  const words = normalizeText(task).split(' ').slice(1).filter((w) => !parties.includes(w) && !NP_END.has(w) && !PARTICLE.test(w));
  return [...new Set(words.filter((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w) && !said.has(stem(w))))];
}

/** Share of the borrowed words a sentence must hold to be where they came from. */
const BORROWED_SHARE = 2 / 3;
/** A list said after the thing, to describe it ("Names, emails, languages."), is at most this long. */
const MAX_LIST_WORDS = 12;
/** Words that make a sentence more than a list of what the thing holds: a subject, a verb to be or have, a modal, a reply, a goodbye. */
const NOT_A_LIST =
  /^(?:i|we|you|he|she|they|it|that|this|there|is|are|was|were|be|been|will|ll|can|could|would|should|must|do|does|did|have|has|had|yes|yeah|no|okay|ok|sure|right|great|perfect|fine|thanks|thank|um|uh|so|but|then|just|let|lets|not|if|when|like|well|even|better|ideally|maybe|probably|realistically|bye|goodbye|cheers|talk|speak|see|soon|later|care|again|cool|lovely|brilliant|awesome|nice|excellent|wonderful|fantastic|super|sorry|please|welcome)$/;

/** The task's words past its verb that its quotes say too: what a mention that also holds them is surely about. */
function anchorWords(task: string, quotes: readonly string[]): Set<string> {
  const said = new Set(quotes.flatMap((q) => normalizeText(q).split(' ')).map(stem));
  return new Set(normalizeText(task).split(' ').slice(1).filter((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w) && said.has(stem(w))).map(stem));
}

/**
 * "Names, emails, languages.": a sentence of the same turn, right after the one naming the thing, that only lists
 * what it holds: two or more words of its own, no subject, verb, hedge or day, and not a question.
 */
export function describingList(text: string): boolean {
  // A question, or a day ("Friday, first thing"), says something else than what the thing holds.
  if (!text.includes(',') || text.includes('?') || pickDuePhrase(text)) return false;
  const words = normalizeText(text).split(' ').filter(Boolean);
  const own = words.filter((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w));
  return words.length <= MAX_LIST_WORDS && own.length >= 2 && !words.some((w) => NOT_A_LIST.test(w) || /(?:ed|ing)$/.test(w));
}

/** An afterthought is at most this long. */
const MAX_AFTERTHOUGHT_WORDS = 10;
/** Most afterthoughts read after one sentence. */
const MAX_AFTERTHOUGHTS = 2;

/**
 * "For the cold room.", "The signed one.", "Serial numbers and the install dates.": a fragment said right after a thing
 * is named, to say which one it is. No subject, verb, hedge, reply or day, not a question, and it opens on a
 * preposition or a determiner, or lists. A list of what the thing holds counts too.
 */
export function saysWhichOne(text: string): boolean {
  if (describingList(text)) return true;
  if (text.includes('?') || pickDuePhrase(text)) return false;
  const words = normalizeText(text).split(' ').filter(Boolean);
  const own = words.filter((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w));
  const opens = LINK.test(words[0] ?? '') || DETERMINER.test(words[0] ?? '') || words.includes('and');
  // A word in -ed or -ing is a verb, unless a determiner goes before it ("the signed one").
  const verb = (w: string, k: number) => /(?:ed|ing)$/.test(w) && !DETERMINER.test(words[k - 1] ?? '');
  return opens && words.length <= MAX_AFTERTHOUGHT_WORDS && own.length >= 1 && !words.some((w, k) => NOT_A_LIST.test(w) || verb(w, k));
}

/** The sentences right after `s`, in the same turn, that say which thing was named there, or list what it holds. */
function afterthoughts(s: Sentence, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let k = sentences.indexOf(s) + 1; k < sentences.length && out.length < MAX_AFTERTHOUGHTS; k++) {
    const next = sentences[k]!;
    if (next.segmentIndex !== s.segmentIndex || next.addressedToSystem || !saysWhichOne(next.text)) break;
    out.push(next);
  }
  return out;
}

/** A sentence with what is said right after it to say which thing it names. */
const withAfterthoughts = (s: Sentence, sentences: readonly Sentence[]) => [s, ...afterthoughts(s, sentences)].map((x) => x.text).join(' ');

/** "Send all of it", "bring everything": a task about the things just named, together (not "everything to the new address"). */
const ALL_OF_IT = /^\S+\s+(?:(?:over|across)\s+)?(?:(?:you|me|us|him|her)\s+)?(?:all\s+of\s+(?:it|them|that|those|this)|everything|the\s+lot|all\s+(?:that|those|these|this))(?=[\s,.]|$)(?!\s+(?:to|at)\s+(?:the|your|our|my|their|his|her|this|that)\s+(?:new\s+)?(?:address|e-?mail|inbox))/i;
/** Turns looked back over for what "all of it" holds: the promise's own and the two before it. */
const ALL_TURNS_BACK = 2;
/** Most sentences quoted for what "all of it" holds. */
const ALL_MENTIONS = 3;

/** Words that join things in a list, or add one more. */
const LISTS = /,|\b(?:and|plus|also)\b/i;
/** The last sentences of the turns just before a task, each naming two or more things: what "all of it" stands for. */
function listedJustBefore(d: ActionDraft, sentences: readonly Sentence[]): Sentence[] {
  const first = Math.min(...d.evidence.map((e) => sentences.indexOf(e.sentence)));
  const from = sentences[first]!.segmentIndex - ALL_TURNS_BACK;
  const things = (text: string) => normalizeText(text).split(' ').filter((w) => /^\p{L}{3,}$/u.test(w) && !EMPTY.has(w) && !WHEN_OR_HOW_MANY.test(w) && !NOT_A_LIST.test(w));
  const named: Sentence[] = [];
  for (let k = first - 1; k >= 0 && sentences[k]!.segmentIndex >= from && named.length < ALL_MENTIONS; k--) {
    const s = sentences[k]!;
    if (!s.addressedToSystem && !s.text.includes('?') && LISTS.test(s.text) && wordCount(s.text) <= MAX_MENTION_WORDS && things(s.text).length >= 2) named.unshift(s);
  }
  return named;
}

/**
 * "We can survey those for you. Roof and drains." … "I'll send the survey Monday.": the thing named as the speaker's
 * own offer to do it, its verb the task's noun. The last such offer of the task's owner, said to the other side.
 */
function offeredAsVerb(head: string, d: ActionDraft, before: readonly Sentence[]): Sentence | undefined {
  const offer = new RegExp(`\\b(?:i|we)\\s*(?:can|could|will|'ll|’ll|would|'d)\\s+${head}\\s+(?:it|them|those|these|that|this|the|your|all)\\b`, 'i');
  return [...before].reverse().find((s) => s.role === d.owner && !s.addressedToSystem && offer.test(s.text) && wordCount(s.text) <= MAX_MENTION_WORDS);
}

/**
 * Adds to each task the sentence said shortly before it that its text took words from ("Send the boiler inspection
 * report" promised as "I'll send you the report"), or, when its thing is only a bare head, the last fuller mention of it.
 */
export function addObjectMentions(drafts: readonly ActionDraft[], sentences: readonly Sentence[], parties: readonly (string | null)[]): void {
  const names = parties.filter((p) => p !== null).map(normalizeText);
  for (const d of drafts) {
    if (ALL_OF_IT.test(d.text)) {
      // The sentences of one turn are quoted together, one quote a turn, the nearest turn first.
      const named = listedJustBefore(d, sentences);
      for (const turn of [...new Set(named.map((m) => m.segmentIndex))].reverse()) {
        const said = named.filter((m) => m.segmentIndex === turn);
        addEvidence(d, { sentence: said[0]!, quote: said.map((m) => m.text).join(' '), mention: true });
      }
      continue;
    }
    const borrowed = borrowedWords(d.text, d.evidence.map((e) => e.quote), names);
    const np = borrowed.length ? null : bareObject(d.text);
    if (!borrowed.length && (!np || d.evidence.some((e) => fullerMention(e.quote, np.at(-1)!, np)))) continue;
    const holds = (s: Sentence) => {
      const text = withAfterthoughts(s, sentences);
      if (np) return fullerMention(text, np.at(-1)!, np) || (text !== s.text && normalizeText(s.text).split(' ').some((w) => stem(w) === stem(np.at(-1)!)));
      const here = new Set(normalizeText(text).split(' ').map(stem));
      return borrowed.filter((w) => here.has(stem(w))).length >= Math.max(1, Math.ceil(borrowed.length * BORROWED_SHARE));
    };
    const first = Math.min(...d.evidence.map((e) => sentences.indexOf(e.sentence)));
    const candidates = sentences.slice(Math.max(0, first - LOOK_BACK), Math.max(0, first)).reverse()
      .filter((s) => !s.addressedToSystem && wordCount(s.text) <= MAX_MENTION_WORDS && holds(s));
    // Of the sentences holding the borrowed words, the one that also names what the promise said ("a list of the
    // depots", for "the list of the depots" promised as "the list"); else the last.
    const anchors = np ? new Set<string>() : anchorWords(d.text, d.evidence.map((e) => e.quote));
    const mention = candidates.find((s) => normalizeText(s.text).split(' ').some((w) => anchors.has(stem(w)))) ?? candidates[0] ??
      (np ? offeredAsVerb(np.at(-1)!, d, sentences.slice(Math.max(0, first - LOOK_BACK), Math.max(0, first))) : undefined);
    if (!mention) continue;
    addEvidence(d, { sentence: mention, quote: mention.text, mention: true });
    for (const after of afterthoughts(mention, sentences)) addEvidence(d, { sentence: after, quote: after.text, mention: true });
  }
}

/** Adds to each task the list said right after its promise that describes its thing ("…the parts list by Monday. Part numbers, prices."). */
export function addDescribingLists(drafts: readonly ActionDraft[], sentences: readonly Sentence[]): void {
  for (const d of drafts) {
    const said = d.evidence.find((e) => !e.mention);
    for (const after of said ? afterthoughts(said.sentence, sentences) : []) addEvidence(d, { sentence: after, quote: after.text, mention: true });
  }
}
