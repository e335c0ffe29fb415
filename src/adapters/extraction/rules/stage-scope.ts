/**
 * The words around a stage signal that change what it means (English). Whether a closing statement is
 * about THIS deal (signed with another party, for another product, the rival's paper); whether the
 * speaker takes it back, limits it in time, or makes it hang on a condition; whether the other side turns
 * a plan down at once.
 */
import { normalizeText } from '../../../domain/text.ts';
import { wordCount, type Sentence } from './sentences.ts';
import { namesOtherPaper } from './signed-document.ts';
import { takenBackNextTurn } from './dialogue-turns.ts';

/** "…, only for the vans. Not your area.": the speaker says the thing signed is outside this deal. */
const OUT_OF_SCOPE =
  /\b(?:not (?:your|our) (?:topic|area|department|concern|field|business|line|product|project)|(?:a |an )?(?:separate|unrelated) (?:thing|matter|topic|purchase|project|contract|deal|story)|nothing (?:is |has been |was |got )?(?:yet )?signed (?:for|on) (?:this|that|yours|your|you)|(?:isn't|is not|'s not|wasn't|was not) instead of (?:you|your|us)|just not (?:on|for) (?:this|you|yours)|(?:doesn't|does not|won't|will not) replace (?:you|your|us)|(?:we|i)(?:'d| would)? (?:still )?(?:want|need|like) (?:you|your (?:product|platform|system|tool|team|project|offer|proposal))(?! to\b))\b/i;

/** "…, which is unrelated.", "That's unrelated to this.": the same, said of what was just mentioned. */
const UNRELATED = /\b(?:is|'s|was|are|were)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:unrelated|separate)\b|\bunrelated to (?:this|you|your|us|our)\b/i;

/**
 * "…, sorry, no, that was the quote.", "Just kidding.", "…and then she changed her mind.": the speaker takes
 * the statement back, corrects it, or reports it reversed.
 */
const TAKEN_BACK =
  /\b(?:just kidding|only kidding|(?:oh\s+)?wait,?\s+no|no,?\s+wait|sorry,?\s+no|actually,?\s+no(?=\s*[,.;!—–-]|\s*$)|scratch that|strike that|forget (?:i said )?that|i take (?:that|it) back|let me take (?:that|it) back|changed (?:her|his|their|our|my) minds?|(?:then|later|since)\s+(?:[\w'-]+\s+){0,3}(?:said no|pulled (?:out|back)|backed out|reversed (?:it|that|the decision))|(?:we|i) (?:have not|haven't|did not|didn't) (?:actually\s+|really\s+)?(?:decided|signed|sent|approved) (?:anything|it|yet)|(?:i mean|sorry|rather|correction|well),?\s+(?:we|i|they|he|she)(?:'ll| will| are going to|'re going to| is going to|'s going to)\s+(?:sign|send|decide|approve))/i;

/** "We signed on Monday. With the gas supplier.": an afterthought naming the other party. */
const WITH_OTHER_PARTY = /^\W*(?:and\s+|also\s+)?with\s+(?!(?:you|your|y'all|us|our)\b)\S/i;

/** "With the landlord?", "With Northgate?", "With the other supplier?": a guess that names another party. */
const GUESSES_A_PARTY =
  /^\W*(?:(?:[Aa]nd|[Aa]lso|[Oo]h),?\s+)?[Ww]ith\s+(?:(?:the|a|an|their|some)\s+)?(?:\p{Lu}\p{Ll}|(?:[\p{L}-]+\s+){0,2}?(?:landlords?|owners?|vendors?|suppliers?|providers?|partners?|contractors?|agency|firms?|company|bank|lender|insurer|broker|council|competitors?|rivals?|other|another|someone|somebody|them|him|her)\b)/u;

/** The most words of a question in between ("Oh. With who?") that leave the statement unfinished. */
const SHORT_ASK = 4;
const CUT_OFF_ASK = 8;

/** How far ahead (sentences, either side) the speaker's own words still qualify the statement. */
const WINDOW = 8;

function nextOwn(s: Sentence, sentences: readonly Sentence[], n: number): Sentence[] {
  const i = sentences.indexOf(s);
  if (i < 0) return [];
  return sentences.slice(i + 1, i + 1 + n).filter((t) => t.role === s.role && !t.addressedToSystem);
}

/**
 * "We signed this morning." "Oh. With—" "—with Northgate.": after the other side's few words, the speaker's next turn
 * names the other party the statement was with: that sentence and its words after "with", or null.
 */
export function partyNamedNext(s: Sentence, sentences: readonly Sentence[]): { sentence: Sentence; party: string } | null {
  const after = nextTurnAfterShortAsk(s, sentences)?.turn;
  const m = after ? WITH_OTHER_PARTY.exec(after.text) : null;
  return after && m ? { sentence: after, party: after.text.slice(m[0].length - 1) } : null;
}

/** The speaker's next turn, when the other side said only a few words in between ("Oh?", "With who?"), and those words; or null. */
function nextTurnAfterShortAsk(s: Sentence, sentences: readonly Sentence[]): { turn: Sentence; ask: string } | null {
  const i = sentences.indexOf(s);
  const between = sentences.slice(i + 1).filter((t) => t.segmentIndex === s.segmentIndex + 1);
  const after = sentences[i + 1 + between.length];
  const said = between.map((t) => t.text).join(' ');
  // More words when the other side is cut off ("Oh, wonderful! I hadn't heard—").
  const shortAsk = between.length > 0 && between[0] === sentences[i + 1] && between[0]!.role !== s.role && wordCount(said) <= (/[—–]\s*$/.test(said) ? CUT_OFF_ASK : SHORT_ASK);
  return shortAsk && after?.role === s.role && after.segmentIndex === s.segmentIndex + 2 ? { turn: after, ask: said } : null;
}

/** "No, no, they're our couriers.", "—no, sorry, for the phones.": a worry waved off. */
const WAVED_OFF =
  /^\W*(?:(?:no,?\s+)+(?:no\b|sorry\b|(?:they|it|that)(?:['’](?:re|s)|\s+(?:are|is))\s+(?!(?:a\s+|an\s+|your\s+)?(?:competitor|rival|alternative)))|sorry,?\s+no\b)/i;

/** "Not yours, don't worry.", "Not with you, no.": the speaker says the paper was not this deal's. */
const NOT_YOURS = /^\W*(?:(?:oh|no|ha|haha),?\s+)*not\s+(?:yours|ours|with (?:you|your (?:lot|team|company))|your (?:contract|agreement|one|paperwork)|this one|that one)\b/i;

/**
 * Whether the speaker places a signing or choice outside this deal: right after it they name the other
 * party ("With the landlord."), or, in the rest of the sentence or shortly after, say it is not this
 * project ("separate thing", "not your area", "nothing is signed for this yet").
 */
export function outsideThisDeal(s: Sentence, rest: string, sentences: readonly Sentence[] | undefined): boolean {
  if (OUT_OF_SCOPE.test(rest) || UNRELATED.test(rest)) return true;
  if (!sentences) return false;
  const i = sentences.indexOf(s);
  const next = sentences[i + 1];
  if (next && next.segmentIndex === s.segmentIndex && WITH_OTHER_PARTY.test(next.text)) return true;
  // The speaker's next turn after a few words of the other side: "With the landlord.", "Not yours, don't worry.", or
  // "…, do they—" "No, no, they're our couriers." (the worry the other side voiced, waved off at once).
  const short = nextTurnAfterShortAsk(s, sentences);
  const reply = short?.turn.text ?? '';
  // "With the scanners?" — "With the scanners, yes.": the other side's guess said back is a yes to it, not a correction.
  const ask = short?.ask ?? '';
  // Not when the guess is itself someone else ("With the landlord?" — "With the landlord, yes.").
  const saidBack = ask.trim().endsWith('?') && normalizeText(ask).length > 0 && !GUESSES_A_PARTY.test(ask) && `${normalizeText(reply)} `.startsWith(`${normalizeText(ask)} `);
  if ((WITH_OTHER_PARTY.test(reply) && !saidBack) || NOT_YOURS.test(reply) || WAVED_OFF.test(reply)) return true;
  // "One purchase went through, just not on this. The phones. We signed with …": said just before.
  if (sentences.slice(Math.max(0, i - 2), i).some((t) => t.segmentIndex === s.segmentIndex && OUT_OF_SCOPE.test(t.text))) return true;
  if (next && next.role === s.role && UNRELATED.test(next.text)) return true;
  return nextOwn(s, sentences, WINDOW).some((t) => OUT_OF_SCOPE.test(t.text));
}

/** The speaker's next `n` sentences, as long as nobody else speaks in between (one turn may span several segments). */
function sameSpeakerNext(s: Sentence, sentences: readonly Sentence[], n: number): Sentence[] {
  const out: Sentence[] = [];
  for (const t of sentences.slice(sentences.indexOf(s) + 1)) {
    if (t.speaker !== s.speaker || out.length >= n) break;
    out.push(t);
  }
  return out;
}

/**
 * Whether the speaker takes the statement back in the rest of the sentence, their next two sentences of the same turn, or
 * the opening of their next turn after a few words from the other side.
 */
export function takenBack(s: Sentence, rest: string, sentences: readonly Sentence[] | undefined): boolean {
  if (TAKEN_BACK.test(rest)) return true;
  if (!sentences) return false;
  // "…so we'll post the order form tonight —" / "Um —" / "No, forget it, legal first.": taken back in the next turn.
  return sameSpeakerNext(s, sentences, 2).some((t) => TAKEN_BACK.test(t.text)) || takenBackNextTurn(sentences, sentences.indexOf(s));
}

/** "Not this year.", "At least not before the spring.": a limit in time, so a pause, unless it goes on ("…nor next year"). */
const FOR_NOW =
  /^\W*(?:(?:well|so|but|and|just),?\s+)?(?:(?:at least\s+)?not\s+(?:this|now|right now|for now|yet|until|before|in)\b|(?:for now|for the time being|until|till|temporarily|at least (?:until|for))\b)/i;
/** "…cancelling it for now", "…until the new budget": a limit in time inside the sentence. */
const FOR_NOW_INSIDE = /\b(?:for now|for the time being|temporarily|until|till)\b/i;
const FOR_GOOD = /\b(?:not|nor) (?:next|the next|after that)\b|\b(?:ever|at all|for good|anymore|any more)\b/i;

/** Whether a loss is limited in time by the rest of the sentence or what the speaker adds straight after ("Not this quarter."). */
export function onlyForNow(s: Sentence, rest: string, sentences: readonly Sentence[] | undefined): boolean {
  const added = sentences ? (sameSpeakerNext(s, sentences, 1)[0]?.text ?? '') : '';
  const limit = [rest, added].find((t) => FOR_NOW.test(t.replace(/^[^,;]*[,;]\s*/, '')) || FOR_NOW.test(t) || (t === rest && FOR_NOW_INSIDE.test(t)));
  return limit !== undefined && !FOR_GOOD.test(limit);
}

/** "It's signed", "signed it", "that's done and signed": what was signed is a pronoun, not named. */
export function signedByReference(matched: string, rest: string): boolean {
  return /^\W*(?:it|that|this|everything)\b/i.test(matched) || /^\s*(?:it|that|this)\b/i.test(rest);
}

/** A wish, plan or promise, not something done: "want to", "ready to", "will send". */
const INTENT = /\b(?:will|'ll|can|going to|gonna|want|wants|would like|'d like|ready|happy|keen)\b/i;
/** "…, if the price holds", "…once legal clears it", "…but only after the audit": a condition after the words. */
// Not a courtesy that ends the clause ("…, if that works for you", "if you like"); "if it works out with procurement",
// "if that's fine with legal" are conditions.
const CONDITION_AFTER =
  /(?:^|[\s,;—–-])(?<!\beven\s)(?:if(?!\s+(?:(?:that|it|this)(?:['’]s|\s+is)?\s+(?:works?|suits?|ok|okay|alright|all right|fine|helps?)|you(?:['’]d)?\s+(?:like|want|prefer))(?:\s+(?:for|with|by|to)\s+you)?\s*(?:[.,;:!?—–-]|$))|unless|once|as soon as|provided|assuming|only (?:once|when|if|after))\b/i;

/** Whether an intention ("we'd like to go ahead", "I'll send it today") hangs on a condition stated after it. */
export function intentOnCondition(matched: string, rest: string): boolean {
  return INTENT.test(matched) && CONDITION_AFTER.test(rest);
}

/** "Signed it. The tenancy, I mean.": a short follow-up naming what "it" was. */
const NAMED_AFTER = /^\W*(?:the|a|an|our|my|that|this)\s+((?:[\w'-]+\s+){0,4}[\w'-]+)\W*(?:i mean\W*)?$/i;

/** Whether the speaker's next words say that the "it" just signed was some other paper. */
export function itWasOtherPaper(s: Sentence, sentences: readonly Sentence[] | undefined): boolean {
  if (!sentences) return false;
  const next = sameSpeakerNext(s, sentences, 1)[0];
  const m = next ? NAMED_AFTER.exec(next.text) : null;
  return m !== null && namesOtherPaper(m[1]!);
}

/** "No, let's hold off.", "Actually, no.": the other side turns down what was just proposed. */
const TURNED_DOWN =
  /^\W*(?:(?:hmm+|um+|uh+|well|oh|ah|so|sorry),?\s+)*(?:no|nope|nah|actually,?\s+no|not (?:yet|now|really)|let's (?:not|hold off|wait)|let us (?:not|hold off|wait)|hold off|better not)\b(?![,\s]+(?:problem|worries|doubt|rush|stress|issue|that(?:'s| is| works| sounds)|it(?:'s| is| works)|this works|perfect|great|fine|good|sure|sounds|works)\b)/i;

/** Whether the other side's reply, right after, turns down a proposal or plan ("Let's book the demo." "No, let's wait."). */
export function turnedDown(s: Sentence, sentences: readonly Sentence[] | undefined): boolean {
  if (!sentences) return false;
  const i = sentences.indexOf(s);
  // The reply straight after the plan, or after at most one more sentence of the same speaker.
  const reply = sentences.slice(i + 1, i + 3).find((t) => t.speaker !== s.speaker);
  return reply !== undefined && TURNED_DOWN.test(reply.text);
}

/** A plan or proposal rather than a fact: "let's book", "I'll send", "we want to". */
export function isPlan(matched: string): boolean {
  return INTENT.test(matched) || /\blet(?:'s| us| me)\b/i.test(matched);
}

/**
 * Whether a closing statement sits inside quotation marks: someone's words quoted (a banner, a joke, a
 * rival's line), not the speaker's own. Verbs of saying and hearsay before it are the language's
 * `doubtBefore`.
 */
export function insideQuotes(before: string): boolean {
  return (before.match(/["“”„«»]/g) ?? []).length % 2 === 1;
}
