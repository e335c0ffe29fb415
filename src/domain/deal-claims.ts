import { callLocalDate, correctedPhrase, dateLanguage, findDatePhrases } from './dates.ts';
import { day } from './dates/calendar.ts';
import type { Evidence } from './insights.ts';
import { findAmounts, type SaidCurrency, type SpokenAmount } from './money.ts';
import { splitSentences } from './text.ts';
import type { Transcript } from './transcript.ts';

/** The deal's total as agreed in the call, in the currency said (null: none said). */
export interface AmountClaim {
  value: number;
  /** How finely it was said (see SpokenAmount): the CRM's amount within half of it is the same. */
  precision: number;
  currency: SaidCurrency | null;
  /** The statement, and the customer's assent when the rep made it. */
  evidence: Evidence[];
}

/** The date the parties say the contract will be signed (or the deal closed, or the contract start) by, YYYY-MM-DD. */
export interface CloseDateClaim {
  value: string;
  evidence: Evidence[];
}

export interface DealClaims {
  amount: AmountClaim | null;
  closeDate: CloseDateClaim | null;
}

/**
 * What the call agrees about the deal's amount and close date. Conservative: a wrong proposal costs more than a
 * missed one, so a statement is read only when it plainly is one.
 * - Who: the customer's own statements count; the rep's count when the customer's next turn assents ("yes",
 *   "that works", "sounds good"), and the assent joins the evidence. Without speaker roles nothing is read.
 * - Amount: a sum of money (figures or words, see money.ts) in a sentence about the deal as a whole (the deal,
 *   contract, order, agreement, subscription, quote or proposal; a total or all-in figure; an annual price or
 *   cost). Left out: questions, conditionals ("if", "suppose", "let's say"), doubts and hearsay ("I doubt",
 *   "not sure", "my manager thinks", "I was told", "apparently"), budgets, another party's or an
 *   earlier price (competitor, current vendor, last year), a price per seat, user or month, a discount or a
 *   difference ("5k off", "10k more"), an approximate figure ("around", "up to", "-ish") or a range ("forty,
 *   fifty thousand", "4 to 5 million"), a sentence with two different figures, and anything negated.
 * - Close date: a future date, said as a day or a deadline ("March 31st", "by Friday", "end of next month", "end
 *   of the quarter"; not a vague "next week" or "next month"), in the same clause as signing, closing the deal or
 *   the contract's start. A date corrected in the same sentence ("by Friday, sorry, I mean Thursday") is read as
 *   its correction. Left out: questions, conditionals, doubts and hearsay, negated or past statements ("we already signed it",
 *   "we can't sign before March"), other documents (an NDA, a security questionnaire, a trial), and any clause
 *   that also names a meeting or call (the date is then usually the meeting's).
 * - Revisions: the later statement wins; a negated restatement of the standing figure or date ("it's not 50k
 *   anymore") or a retraction ("scratch that", "I misspoke", "that number is off the table") withdraws it, and
 *   what follows in the same sentence may restate it.
 * Only English is read (other languages give none). Dates resolve against the call's local day (`startedAt`,
 * `timezone`); without a start time no date is read.
 */
export function dealClaims(
  transcript: Pick<Transcript, 'segments' | 'speakers' | 'language'>,
  when: { startedAt?: string | null; timezone?: string | null },
): DealClaims {
  const found: DealClaims = { amount: null, closeDate: null };
  if (dateLanguage(transcript.language) !== 'en') return found;
  const customers = new Set(transcript.speakers.filter((s) => s.role === 'customer').map((s) => s.id));
  const reps = new Set(transcript.speakers.filter((s) => s.role === 'rep').map((s) => s.id));
  if (!customers.size) return found;
  const callDay = callLocalDate(when.startedAt, when.timezone);
  let last: keyof DealClaims | null = null;

  transcript.segments.forEach((seg, index) => {
    const byCustomer = customers.has(seg.speaker);
    if (!byCustomer && !reps.has(seg.speaker)) return;
    // The rep's statements stand only with the customer's assent in their next turn.
    const assent = byCustomer ? null : assentAfter(transcript.segments, index, customers);
    for (const sentence of splitSentences(seg.text)) {
      const evidence: Evidence[] = [{ quote: sentence, speaker: seg.speaker, startSec: seg.startSec }, ...(assent ? [assent] : [])];
      const counts = byCustomer || assent !== null;
      const retraction = RETRACTION.exec(sentence);
      const from = retraction ? retraction.index + retraction[0].length : 0;
      if (retraction) for (const kind of retracted(sentence, last)) found[kind] = null;
      const amount = readAmount(sentence, from, found.amount);
      if (amount === 'withdrawn') {
        found.amount = null;
      } else if (amount && counts) {
        found.amount = { ...amount, evidence };
        last = 'amount';
      }
      const date = callDay ? readCloseDate(sentence, from, callDay, found.closeDate) : null;
      if (date === 'withdrawn') {
        found.closeDate = null;
      } else if (date && counts) {
        found.closeDate = { value: date, evidence };
        last = 'closeDate';
      }
    }
  });
  return found;
}

const ASSENT = /^(?:yes|yeah|yep|yup|sure|ok(?:ay)?|right|correct|exactly|perfect|great|fine|agreed|absolutely|deal|sounds\s+(?:good|great|right|fine)|that\s+(?:works|is\s+(?:right|correct|fine))|that['’]s\s+(?:right|correct|fine|it)|works\s+for\s+(?:us|me))\b/i;
const OBJECTION = /\?|\b(?:but|though|too|not|no|hmm|well)\b|n['’]t\b/i;

/** The customer's first sentence in the next customer turn, when it assents without a but. */
function assentAfter(segments: Pick<Transcript, 'segments'>['segments'], index: number, customers: Set<string>): Evidence | null {
  const next = segments.slice(index + 1).find((s) => customers.has(s.speaker));
  const first = next && splitSentences(next.text)[0];
  if (!next || !first || !ASSENT.test(first.trim()) || OBJECTION.test(first)) return null;
  return { quote: first, speaker: next.speaker, startSec: next.startSec };
}

const RETRACTION = /\b(?:scratch\s+that|forget\s+(?:that|it|the|about)|ignore\s+(?:that|the)|disregard|(?:i|we)\s+misspoke|take\s+(?:that|it)\s+back|off\s+the\s+table|no\s+longer\s+(?:stands|valid|applies)|(?:is|are)\s+withdrawn|not\s+final|to\s+be\s+confirmed)\b/i;

/** What a retraction takes back: the kind it names (a sum, a date or signing), else the last one stated. */
function retracted(sentence: string, last: keyof DealClaims | null): (keyof DealClaims)[] {
  const kinds: (keyof DealClaims)[] = [];
  if (findAmounts(sentence).length || /\b(?:number|figure|price|amount|total)\b/i.test(sentence)) kinds.push('amount');
  if (findDatePhrases(sentence).length || CLOSE_CUE.test(sentence)) kinds.push('closeDate');
  return kinds.length ? kinds : last ? [last] : [];
}

/** Clauses: a negation or a meeting in one part of a sentence says nothing about another part. */
const clausesOf = (sentence: string, from: number) =>
  [...sentence.matchAll(/[^;—–]+?(?=[;—–]|,\s+|\s+(?:but|whereas|although|though|however|instead|and\s+then|then|once|after|when|while|so)\s+|$)/gi)]
    .map((m) => ({ text: m[0], start: m.index }))
    .filter((c) => c.start + c.text.length > from && c.text.trim());

const QUESTION = /\?\s*$/;
const CONDITIONAL = /\b(?:if|unless|were|suppose|supposing|hypothetically|imagine|what\s+if|let['’]s\s+say|say\s+we|assuming|in\s+theory|could\s+you|would\s+you|can\s+you)\b/i;
const NEGATION = /\b(?:not|no|never|nor|neither|cannot|anymore)\b|n['’]t\b/i;
/** The speaker doubts what follows ("I doubt", "not sure", "I don't think"). */
const DOUBT =
  /\b(?:doubt(?:s|ed|ful)?|unsure|uncertain|not\s+(?:sure|certain|convinced)|(?:don['’]t|do\s+not|doesn['’]t|does\s+not|didn['’]t|did\s+not)\s+(?:think|believe|expect|know)|no\s+idea|skeptical|sceptical|questionable)\b/i;
/**
 * Someone else's view or word, passed on ("my manager thinks", "she said", "I was told", "apparently"); what the
 * speaker said themselves ("as I said") still counts.
 */
const HEARSAY =
  /\b(?:thinks|believes|says|claims|reckons|guesses|assumes|suggests|feels|expects|hopes|(?<!\b(?:i|we)\s+)(?:said|claimed|mentioned|suggested|believed|felt|reckoned|guessed|assumed|expected|hoped)|thought|heard|hears|(?:was|were)\s+told|told\s+(?:me|us)|according\s+to|apparently|supposedly|reportedly|allegedly|rumou?r(?:ed|s)?|word\s+is)\b/i;
/** A doubt or someone else's word tagged on at the end of the sentence: "…, he says.", "…, apparently.", "…, I'm not sure.", "…, or so I was told." */
const HEDGE_TAG =
  /[,;—–-]\s*(?:or\s+so\s+)?(?:apparently|supposedly|allegedly|reportedly|i(?:'m|\s+am)\s+not\s+(?:sure|certain)|not\s+sure|i\s+(?:was|am)\s+told|i\s+think|i\s+believe|i\s+guess|i\s+hear|(?:he|she|they|someone|(?:my|our|the|their)\s+\w+)\s+(?:says|said|claims|claimed|thinks|reckons))\W*$/i;

/**
 * Whether a doubt or someone else's word bears on the clause starting at `start`: said in it, or before it in the
 * sentence since the last contrast ("I'm not sure about the logo, but the total is …" is sure of the total), or as a
 * tag ending the sentence (`HEDGE_TAG`). Anything else the speaker adds after it ("…, I don't think that changes")
 * is not a doubt about it.
 */
const CONTRAST = /\b(?:but|however|although|though|whereas)\b|;/i;

function hedgedClause(sentence: string, clause: { text: string; start: number }): boolean {
  if (HEDGE_TAG.test(sentence)) return true;
  const own = clause.text.split(CONTRAST).pop() ?? '';
  const before = own === clause.text ? (sentence.slice(0, clause.start).split(CONTRAST).pop() ?? '') : '';
  return [own, before].some((t) => DOUBT.test(t) || HEARSAY.test(t));
}

const DEAL_NOUN = /\b(?:deal|contract|(?<!in\s)order|agreement|subscription|renewal|quote|proposal)\b/i;
const TOTAL = /\b(?:total(?:s|l?ing)?|all[- ]in|altogether|in\s+all|overall)\b/i;
const PRICE = /\b(?:price|cost|fee|pricing|investment)\b/i;
const ANNUAL = /\b(?:annual(?:ly)?|yearly|per\s+(?:year|annum)|a\s+year|each\s+year|every\s+year)\b/i;
const BUDGET = /\bbudget/i;
const OTHER_PARTY =
  /\b(?:competitors?|competition|competing|other\s+(?:vendor|provider|supplier|quote|offer|bid)s?|another\s+(?:vendor|provider|supplier|quote|offer|bid)|alternatives?|incumbent|current\s+(?:vendor|provider|supplier|tool|system|contract)|(?:their|they)\s+(?:quoted?|offer(?:ed)?|price|pricing|bid|charge[sd]?|proposal|deal|contract)|last\s+year|previous(?:ly)?|used\s+to|currently\s+pay|(?:we\s+)?pay\s+(?:today|now|currently))\b/i;

const PER_UNIT_AFTER =
  /^\s*(?:(?:per|a|an|each|every|\/)\s*(?:seat|user|licen[cs]e|month|mo|head|unit|person|employee|location|site|device|hour|day|week|quarter|member|agent|store|clinic)s?\b|each\b|apiece\b|monthly\b|a\s+pop\b)/i;
const PER_UNIT_BEFORE = /\b(?:(?:per|each|a)[- ](?:seat|user|licen[cs]e|head|unit|person|employee|agent)|monthly|quarterly)\s+(?:price|cost|fee|rate|payment)\s+(?:is|of|at|would\s+be|will\s+be)?\s*$/i;
const DIFFERENCE_BEFORE = /\b(?:discount(?:ed)?|savings?|sav(?:e|ing)|rebate|credit|reduction|concession|from|by)\s+(?:of\s+|you\s+|us\s+)?$/i;
const DIFFERENCE_AFTER = /^\s*(?:off|discount|in\s+savings|savings|rebate|credit|cheaper|less|lower|more|higher|extra|over|under|down|up)\b/i;
const APPROXIMATE_BEFORE =
  /\b(?:about|around|roughly|approximately|approx|circa|ballpark(?:\s+of)?|some(?:thing)?\s+like|north\s+of|south\s+of|over|under|below|above|up\s+to|at\s+least|at\s+most|more\s+than|less\s+than|nearly|almost|close\s+to|in\s+the\s+(?:range|region|neighbou?rhood)\s+of|between|maybe|perhaps)\s+$/i;
const APPROXIMATE_AFTER = /^\s*(?:-?ish|or\s+so|give\s+or\s+take|plus\s+or\s+minus|or\s+(?:more|less)|to\s+[$€£]?\d)/i;

/** The deal's total said in `sentence` (from `from` on), 'withdrawn' when it negates the standing one, else null. */
function readAmount(sentence: string, from: number, standing: AmountClaim | null): Omit<AmountClaim, 'evidence'> | 'withdrawn' | null {
  if (QUESTION.test(sentence) || CONDITIONAL.test(sentence) || BUDGET.test(sentence) || OTHER_PARTY.test(sentence)) return null;
  if (!(DEAL_NOUN.test(sentence) || TOTAL.test(sentence) || (PRICE.test(sentence) && ANNUAL.test(sentence)))) return null;
  const said: SpokenAmount[] = [];
  let withdrawn = false;
  // Read over the whole sentence, so a range keeps its lower end said before a comma ("sixty, seventy thousand").
  const found = findAmounts(sentence);
  for (const clause of clausesOf(sentence, from)) {
    const clauseEnd = clause.start + clause.text.length;
    // Each amount in the clause it starts in, placed in the clause's text (a range may run past its end).
    const amounts = found
      .filter((a) => a.start >= Math.max(from, clause.start) && a.start < clauseEnd)
      .map((a) => ({ ...a, start: a.start - clause.start, end: a.end - clause.start }));
    const text = sentence.slice(clause.start);
    if (hedgedClause(sentence, clause)) continue;
    if (NEGATION.test(clause.text)) {
      withdrawn ||= standing !== null && amounts.some((a) => a.value === standing.value);
      continue;
    }
    // A rough figure or a range makes the whole clause rough ("between 60k and 70k", "sixty, seventy thousand").
    if (amounts.some((a) => isRough(text, a))) continue;
    said.push(...amounts.filter((a) => isTotal(text, a)));
  }
  const values = new Set(said.map((a) => a.value));
  if (values.size !== 1) return withdrawn ? 'withdrawn' : null;
  const { value, currency } = said[0]!;
  return { value, precision: Math.min(...said.map((a) => a.precision)), currency: currency ?? said.find((a) => a.currency)?.currency ?? null };
}

function isRough(clause: string, a: SpokenAmount): boolean {
  return Boolean(a.range) || APPROXIMATE_BEFORE.test(clause.slice(0, a.start)) || APPROXIMATE_AFTER.test(clause.slice(a.end));
}

function isTotal(clause: string, a: SpokenAmount): boolean {
  const before = clause.slice(0, a.start);
  const after = clause.slice(a.end);
  return !(PER_UNIT_AFTER.test(after) || PER_UNIT_BEFORE.test(before) || DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(after));
}

const CLOSE_CUE =
  /\b(?:sign(?:s|ed|ing)?(?!\s+(?:off|up|in|out|into)\b)|signature|countersign(?:s|ed)?|execute[ds]?|close\s+(?:the\s+|this\s+|our\s+)?(?:deal|contract|agreement|it|this)|clos(?:e|ing)\s+by|get\s+(?:this|it)\s+closed|(?:contract|subscription|agreement)\s+(?:starts?|begins?|start\s+date|kicks?\s+off|goes\s+live)|start\s+(?:the\s+)?(?:contract|subscription|agreement))\b/i;
const OTHER_DOCUMENT = /\b(?:nda|non[- ]disclosure|confidentiality|dpa|data\s+processing|questionnaire|trial|w-?9|tax\s+form|invoice|timesheet|petition|guest\s*book)\b/i;
const MEETING =
  /\b(?:meet(?:ing)?|call|demo|catch\s+up|sync|chat|talk|speak|kick-?off|schedul\w*|calendar|invite|follow[- ]?up|check[- ]in|walk\s*through|review\s+(?:session|call|meeting)|presentation|workshop|training|onboarding|lunch|visit)\b/i;
const PAST = /\b(?:already|yesterday|ago|last|earlier|previously|(?:have|has|had|was|were|been)\s+signed|(?:i|we|she|he|they|you)\s+(?:just\s+)?(?:signed|closed))\b/i;
/** Vague spans ("next week", "next month", "this week") name no day to close by; "end of …" phrases do. */
const VAGUE = /^(?:\W*(?:by|before|until|till|on|for|in|around|sometime|early|earlier|later|beginning\s+of|start\s+of|the)\s+)*(?:next|this)\s+(?:week|month)\W*$/i;

/** The close date said in `sentence` (from `from` on), 'withdrawn' when it negates the standing one, else null. */
function readCloseDate(sentence: string, from: number, callDay: string, standing: CloseDateClaim | null): string | 'withdrawn' | null {
  if (QUESTION.test(sentence) || CONDITIONAL.test(sentence) || OTHER_DOCUMENT.test(sentence)) return null;
  const [y, m, d] = callDay.split('-').map(Number) as [number, number, number];
  const today = day(y, m - 1, d);
  const dates = new Set<string>();
  let withdrawn = false;
  // Read over the whole sentence, so a phrase keeps its offset ("the Friday after next") and its correction
  // ("by Friday, sorry, I mean Thursday") even when they fall in another clause.
  const phrases = findDatePhrases(sentence);
  for (const clause of clausesOf(sentence, from)) {
    if (!CLOSE_CUE.test(clause.text) || MEETING.test(clause.text) || PAST.test(clause.text) || hedgedClause(sentence, clause)) continue;
    const clauseEnd = clause.start + clause.text.length;
    const resolved = phrases
      .filter((p) => p.start >= Math.max(from, clause.start) && p.start < clauseEnd)
      .map(correctedPhrase)
      .filter((p) => !VAGUE.test(sentence.slice(p.start, p.end)))
      .map((p) => p.resolve(today))
      .filter((r): r is Date => r !== null && r >= today)
      .map((r) => r.toISOString().slice(0, 10));
    if (NEGATION.test(clause.text)) {
      withdrawn ||= standing !== null && resolved.includes(standing.value);
      continue;
    }
    for (const r of resolved) dates.add(r);
  }
  if (dates.size === 1) return [...dates][0]!;
  return withdrawn ? 'withdrawn' : null;
}
