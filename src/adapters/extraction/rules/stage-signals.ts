import { callLocalDate, resolveDueDate } from '../../../domain/dates.ts';
import { STAGE_KEYS, type StageKey } from '../../../domain/insights.ts';
import { EN_STAGE } from './lang/en.ts';
import type { StageWords } from './lang/types.ts';
import { previousTurn } from './dialogue-turns.ts';
import { findMeetings } from './meetings.ts';
import { quoteAround, type Sentence } from './sentences.ts';
import type { StageRule } from './stage-rules.ts';
import { choseRival } from './stage-rivals.ts';
import { namesOtherPaper } from './signed-document.ts';
import { intentOnCondition, isPlan, itWasOtherPaper, onlyForNow, outsideThisDeal, insideQuotes, partyNamedNext, signedByReference, takenBack, turnedDown } from './stage-scope.ts';

/**
 * A deal-stage proposal from grounded signals. Only the customer's own words close a deal (won or
 * lost); stages never move backwards except to closed lost; text addressed to the system is skipped.
 */

export interface StageSignal {
  stage: StageKey | 'stalled';
  confidence: number;
  reason: string;
  sentence: Sentence;
  quote: string;
  /** Closed won where what was signed is only "it"/"that": which paper depends on what came before. */
  byReference?: boolean;
}

export interface StageProposal {
  proposed: StageKey | null;
  confidence: number;
  rationale: string;
  evidence: { sentence: Sentence; quote: string }[];
}

export interface StageContext {
  currentStage: string | null;
  startedAt: string | null;
  timezone: string | null;
  /** The call language's stage rules and doubt words; English when absent. */
  words?: StageWords;
  /** The whole call, for rules that look back at what was said just before. */
  sentences?: readonly Sentence[];
  /** The seller's company (the rep's side): "we went with <it>" is a choice of us, never a loss. */
  seller?: string | null;
}

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `rest` (what follows "went with", "chose") starts with the seller's own name. */
function namesSeller(rest: string, seller: string | null | undefined): boolean {
  const name = seller?.trim();
  return Boolean(name) && new RegExp(`^\\s*(?:the\\s+)?${escapeRe(name!)}\\b`, 'i').test(rest);
}

/** "Your contract", "with you", the seller by name: a sentence that says the deal is this seller's. */
function saysOurs(text: string, seller: string | null | undefined): boolean {
  const name = seller?.trim();
  return /\b(?:your|yours|with you|from you)\b/i.test(text) || (Boolean(name) && new RegExp(`\\b${escapeRe(name!)}\\b`, 'i').test(text));
}

function clausePrefix(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.search(/\b(?:but|pero)\s+[^]*$/i));
  return before.slice(cut + 1);
}

/**
 * Whether who "she"/"he" is was named: by the speaker, in this sentence or one of their own last four before it
 * (the other side's short replies in between do not count against the window), within the last ten; or by the
 * other side, in the turn just before ("Did your CFO get back to you?").
 */
function named(who: RegExp, s: Sentence, sentences: readonly Sentence[] | undefined): boolean {
  if (!sentences) return false;
  const i = sentences.indexOf(s);
  const own = sentences.slice(Math.max(0, i - 10), i + 1).filter((t) => t.role === s.role && !t.addressedToSystem);
  if (own.slice(-5).some((t) => who.test(t.text))) return true;
  return s.role !== 'unknown' && previousTurn(sentences, i).some((t) => who.test(t.text));
}

/** The last six sentences before `s` (either side), and `s` up to `at`. */
function saidBefore(s: Sentence, at: number, sentences: readonly Sentence[] | undefined): string {
  const i = sentences ? sentences.indexOf(s) : -1;
  const prior = i > 0 ? sentences!.slice(Math.max(0, i - 6), i).filter((t) => !t.addressedToSystem).map((t) => t.text) : [];
  return [...prior, s.text.slice(0, at)].join(' ');
}

/** The other side's turn right after the one `s` is in: what they made of it ("The contract? Wonderful."). */
function replyTo(s: Sentence, sentences: readonly Sentence[] | undefined): string {
  const i = sentences ? sentences.indexOf(s) : -1;
  const next = i >= 0 ? sentences!.slice(i + 1).find((t) => t.segmentIndex !== s.segmentIndex && !t.addressedToSystem) : undefined;
  return next && next.role !== s.role ? sentences!.filter((t) => t.segmentIndex === next.segmentIndex && !t.addressedToSystem).map((t) => t.text).join(' ') : '';
}

function matchRule(rule: StageRule, s: Sentence, ctx: StageContext, words: StageWords): StageSignal | null {
  const confidence = rule.confidence[s.role];
  if (confidence === undefined) return null;
  if (!rule.allowQuestion && s.text.trim().endsWith('?')) return null;
  const m = rule.pattern.exec(s.text);
  if (!m) return null;
  if (words.doubtBefore.test(clausePrefix(s.text, m.index))) return null;
  if (words.conditionOpens?.test(s.text.slice(0, m.index))) return null;
  if (rule.checkInside && words.negationInside.test(m[0])) return null;
  if (rule.accept && !rule.accept(s.text.slice(m.index + m[0].length), s.text, saidBefore(s, m.index, ctx.sentences), replyTo(s, ctx.sentences))) return null;
  if (rule.antecedent && !named(rule.antecedent, s, ctx.sentences)) return null;
  if (rule.needsToday) {
    const callDay = callLocalDate(ctx.startedAt, ctx.timezone);
    const due = resolveDueDate(s.text, ctx.startedAt, ctx.timezone, words.dates);
    if (!words.sameDay.test(s.text) && !(callDay && due === callDay)) return null;
  }
  const rest = s.text.slice(m.index + m[0].length);
  // "We went with <the seller>": a choice of us, a buy-in, never a loss (nor anything when it is no choice).
  const choseUs = rule.stage === 'closedlost' && namesSeller(rest, ctx.seller);
  if (choseUs && !/\b(?:with|chose|chosen|choose|picked|selected|for|on)\s*$/i.test(m[0])) return null;
  const closing = !choseUs && (rule.stage === 'closedwon' || rule.stage === 'closedlost');
  // English: "We signed this morning." "With—" "—with Northgate.": signed with the rival named next, a loss; not when
  // the paper with them is another ("…, for the lease") or the speaker takes the name back.
  const withParty = rule.stage === 'closedwon' && words.dates === 'en' && ctx.sentences ? partyNamedNext(s, ctx.sentences) : null;
  if (
    withParty && choseRival(withParty.party, withParty.sentence.text) && !namesSeller(withParty.party, ctx.seller) &&
    !namesOtherPaper(withParty.party) && !takenBack(withParty.sentence, withParty.party, ctx.sentences)
  ) {
    const { sentence } = withParty;
    return { stage: 'closedlost', confidence: Math.min(confidence, 0.8), reason: 'said they signed with another vendor', sentence, quote: quoteAround(sentence.text, 0) };
  }
  // English: a signing or choice the speaker places outside this deal ("with the landlord", "a separate thing").
  if (closing && words.dates === 'en' && outsideThisDeal(s, rest, ctx.sentences)) return null;
  // A close inside quotation marks is someone's quoted words.
  if (closing && insideQuotes(s.text.slice(0, m.index))) return null;
  // English: an intention with a condition after it ("we want to go ahead if the price holds").
  if (words.dates === 'en' && intentOnCondition(m[0], rest)) return null;
  // English: a signing still to come ("I'll make sure it's signed by Friday", "by next week it is signed").
  if (rule.stage === 'closedwon' && words.dates === 'en' && signedLater(s.text, m.index, m.index + m[0].length)) return null;
  // English: a statement the speaker takes back or corrects at once ("sorry, no, that was the quote").
  if (words.dates === 'en' && takenBack(s, rest, ctx.sentences)) return null;
  // English: a plan the other side turns down at once ("Let's book the demo." "No, let's wait.").
  if (words.dates === 'en' && isPlan(m[0]) && turnedDown(s, ctx.sentences)) return null;
  // English: a loss limited in time ("…not buying. Not this quarter.") is a pause, not a loss.
  if (rule.stage === 'closedlost' && !choseUs && words.dates === 'en' && onlyForNow(s, rest, ctx.sentences)) return null;
  if (choseUs) return { stage: 'decisionmakerboughtin', confidence: Math.min(confidence, 0.8), reason: 'said they chose us', sentence: s, quote: quoteAround(s.text, m.index) };
  const byReference = rule.stage === 'closedwon' && signedByReference(m[0], rest);
  // English: "Signed it. The tenancy, I mean.": the "it" was another paper.
  if (byReference && words.dates === 'en' && itWasOtherPaper(s, ctx.sentences)) return null;
  return { stage: rule.stage, confidence, reason: rule.reason, sentence: s, quote: quoteAround(s.text, m.index), byReference };
}

export function findStageSignals(sentences: readonly Sentence[], context: StageContext): StageSignal[] {
  const ctx = { ...context, sentences };
  const words = ctx.words ?? EN_STAGE;
  const signals: StageSignal[] = [];
  // A demo whose day both sides agreed on, however many turns that took (English calls).
  const meetings = words.dates === 'en' ? findMeetings(sentences, { startedAt: ctx.startedAt, timezone: ctx.timezone, names: { rep: null, customer: null } }) : [];
  // Not one the other side turned down, or the speaker took back, straight after its day was set.
  const standing = (set: Sentence) => !turnedDown(set, sentences) && !takenBack(set, '', sentences);
  for (const m of meetings.filter((x) => x.pitch && standing(x.set))) {
    signals.push({ stage: 'presentationscheduled', confidence: 0.75, reason: `agreed a day for the ${m.noun}`, sentence: m.set, quote: quoteAround(m.set.text, 0) });
  }
  // Once the customer said the deal went to someone else, a later "it's signed", "all signed now" is that
  // rival's paper, unless the words say it is ours ("your contract", the seller by name).
  let lostToRival = false;
  for (const s of sentences) {
    if (s.addressedToSystem) continue;
    for (const rule of words.rules) {
      const signal = matchRule(rule, s, ctx, words);
      if (!signal) continue;
      if (lostToRival && (signal.byReference || (signal.stage === 'closedwon' && !saysOurs(s.text, ctx.seller)))) continue;
      if (signal.stage === 'closedlost' && s.role === 'customer') lostToRival = true;
      signals.push(signal);
      break;
    }
  }
  return signals;
}

const rank = (stage: string): number => {
  const i = STAGE_KEYS.indexOf(stage as StageKey);
  return stage === 'closedlost' ? STAGE_KEYS.indexOf('closedwon') : i;
};

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function describe(signal: StageSignal): string {
  const who = signal.sentence.role === 'unknown' ? 'A speaker' : `The ${signal.sentence.role}`;
  return `${who} ${signal.reason} (${signal.sentence.startSec.toFixed(1)}s)`;
}

function evidenceFor(signals: readonly StageSignal[], chosen: StageSignal): StageProposal['evidence'] {
  const same = signals.filter((s) => s.stage === chosen.stage && s !== chosen).slice(-1);
  return [chosen, ...same].map((s) => ({ sentence: s.sentence, quote: s.quote }));
}

/** Picks the strongest signal: the last closing statement, else the furthest stage, unless a later stall. */
function choose(signals: readonly StageSignal[]): StageSignal | null {
  const closing = signals.filter((s) => s.stage === 'closedwon' || s.stage === 'closedlost');
  if (closing.length) return closing[closing.length - 1]!;
  const forward = signals.filter((s) => s.stage !== 'stalled');
  const stalls = signals.filter((s) => s.stage === 'stalled');
  const lastForward = forward.reduce((t, s) => Math.max(t, s.sentence.startSec), -1);
  const lastStall = stalls[stalls.length - 1];
  if (lastStall && lastStall.sentence.startSec > lastForward) return lastStall;
  let best: StageSignal | null = null;
  for (const s of forward) {
    if (!best || rank(s.stage) > rank(best.stage) || (rank(s.stage) === rank(best.stage) && s.confidence > best.confidence)) best = s;
  }
  return best;
}

export function proposeStage(sentences: readonly Sentence[], ctx: StageContext): StageProposal {
  const signals = findStageSignals(sentences, ctx);
  const chosen = choose(signals);
  if (!chosen) return { proposed: null, confidence: 0, rationale: 'No deal-stage signal in the call.', evidence: [] };
  const evidence = evidenceFor(signals, chosen);
  if (chosen.stage === 'stalled') {
    return {
      proposed: null,
      confidence: chosen.confidence,
      rationale: `Stalled: ${lowerFirst(describe(chosen))}; no stage change proposed.`,
      evidence,
    };
  }
  const current = ctx.currentStage;
  const known = current !== null && (STAGE_KEYS as readonly string[]).includes(current);
  if (current === chosen.stage) {
    return { proposed: null, confidence: 0, rationale: `The call confirms the current stage ${current}: ${describe(chosen)}.`, evidence };
  }
  if (known && chosen.stage !== 'closedlost' && rank(chosen.stage) <= rank(current)) {
    return {
      proposed: null,
      confidence: 0,
      rationale: `${describe(chosen)}, a signal for ${chosen.stage}; the deal is already at ${current} and stages do not move backwards.`,
      evidence: [],
    };
  }
  const doubt = reasonToDoubt(signals, chosen, known ? current : null);
  const confidence = doubt ? Math.min(chosen.confidence, DOUBTFUL) : chosen.confidence;
  return { proposed: chosen.stage, confidence, rationale: `${describe(chosen)}.${doubt ? ` Less sure: ${doubt}.` : ''}`, evidence };
}

/** The most a proposal can be trusted when the call itself gives a reason to doubt it. */
const DOUBTFUL = 0.6;

/**
 * Why a proposal deserves less trust than its signal: it leaps three or more stages ahead of where the
 * deal stood (a win from before any decision, a contract from qualification), or the customer's own words
 * point both ways (signed, and went with someone else), or a win rests on "signed it" alone while the deal
 * was not known to have a contract out.
 */
function reasonToDoubt(signals: readonly StageSignal[], chosen: StageSignal, current: string | null): string | null {
  if (current !== null && chosen.stage !== 'closedlost' && rank(chosen.stage) - rank(current) >= 3) {
    return `the deal was at ${current}, several stages before ${chosen.stage}`;
  }
  if (chosen.byReference && current !== null && current !== 'contractsent' && !signals.some((s) => s.stage === 'closedwon' && !s.byReference)) {
    return 'what was signed is only "it", and no contract was known to be out';
  }
  const other = chosen.stage === 'closedwon' ? 'closedlost' : chosen.stage === 'closedlost' ? 'closedwon' : null;
  if (other && signals.some((s) => s.stage === other && s.sentence.role === 'customer')) {
    return 'the customer also said something that points the other way';
  }
  return null;
}

/** Words that put a signing ahead: a promise or plan of it, or a deadline for it. */
const STILL_TO_COME = /\b(?:will|won't|shall|going to|make sure|should|by (?:the end of|end of|then|tomorrow|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|the [a-z]+(?:st|nd|rd|th))|before (?:the|monday|tuesday|wednesday|thursday|friday|next|we)|tomorrow|next (?:week|month)|later (?:this|today|on))\b|['’]ll\b/i;

/**
 * "…after the contract's signed": a signing in the present right after "after" is one still to come ("after we signed"
 * is not, nor "after three rounds of redlines the contract is signed", where "after" names what came before).
 */
const AFTER_THEN_PRESENT =
  /\bafter\s+(?:it|that|this|they|(?:the|our|your|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:['’]s|\s+is|\s+are|\s+has been|\s+gets)\s+(?:\w+\s+)?(?:signed|countersigned|executed)\b/i;

/** Whether the clause around a signing (between commas or sentence ends) places it in the future. */
function signedLater(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), text.lastIndexOf(':', start)) + 1;
  const stop = text.slice(end).search(/[,;:.!?]/);
  return STILL_TO_COME.test(text.slice(from, stop < 0 ? text.length : end + stop)) || AFTER_THEN_PRESENT.test(text.slice(from, end));
}
