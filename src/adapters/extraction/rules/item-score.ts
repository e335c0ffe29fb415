import type { ActionItem } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import { sortSegments, type Transcript } from '../../../domain/transcript.ts';

/**
 * How likely a task the rules found is one a careful person would put in the CRM, from how it was said
 * and what else the call said about it. The rules find every sentence that reads like a commitment; many
 * are said in passing ("I'll check with her"), or are the same task said again in other words. A logistic
 * model over the measures below, trained on the dev split's gold labels by scripts/eval/train-item-score.ts
 * (never on the test split), scores each task; tasks below the model's threshold are left out, with a
 * warning that names them.
 */
export const ITEM_FEATURES = [
  'ownerRep',
  'ownerCustomer',
  'hasDueDate',
  'evidenceCount',
  'textWords',
  'objectWords',
  'pronounObject',
  'vagueText',
  'promise',
  'letMe',
  'question',
  'request',
  'conditional',
  'hedge',
  'obligation',
  'quoteWords',
  'position',
  'mentionedElsewhere',
  'mentionedLate',
  'callItems',
  'itemsPerTenTurns',
  'sameHead',
  'maxSimilarity',
  'sharedEvidence',
  'namedInText',
  'acknowledged',
] as const;
export type ItemFeature = (typeof ITEM_FEATURES)[number];

/** What the trainer writes: one weight per feature of ITEM_FEATURES, then one per task verb in `verbs`. */
export interface ItemModel {
  verbs: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Tasks scoring below it are left out. */
  threshold: number;
  /** Which calls it was trained on, and how it did on them in cross-validation. */
  trainedOn: string;
}

export interface ItemMeasures {
  /** The task's first word, lower-cased ("send", "call"). */
  verb: string;
  values: Record<ItemFeature, number>;
}

const FUNCTION_WORDS = new Set(
  'the a an to of for and or with on in their our my your its it that this them those these over up all some any from at by then both each you me us we i he she they his her him is be are was were'.split(' '),
);
/** Words that carry what a task is about: not function words, longer than two letters. */
const contentWords = (text: string): string[] => normalizeText(text).split(' ').filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w));

const PRONOUN = /\b(?:his|her|him|them|it|that|those|this|these)\b/i;
const PROMISE = /\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to)\b/i;
const LET_ME = /\blet me\b/i;
const REQUEST = /\b(?:could you|can you|would you|will you|please)\b/i;
const CONDITIONAL = /\b(?:if|unless|once|when)\b/i;
const HEDGE = /\b(?:maybe|probably|might|i think|try|perhaps|possibly|i guess)\b/i;
const OBLIGATION = /\b(?:need to|have to|got to|gotta|should)\b/i;
const ACKNOWLEDGEMENT = /^(?:great|perfect|thanks|thank you|okay|ok|sounds good|lovely|brilliant|wonderful|good|sure|yes|yeah)\b/i;

const share = (words: readonly string[], pool: ReadonlySet<string>) => (words.length ? words.filter((w) => pool.has(w)).length / words.length : 0);
function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const both = [...left].filter((w) => right.has(w)).length;
  return both / Math.max(1, new Set([...left, ...right]).size);
}

/** The measures of each task of a call, in the order given. */
export function itemMeasures(items: readonly ActionItem[], transcript: Transcript): ItemMeasures[] {
  const segments = sortSegments(transcript.segments);
  const turns = Math.max(1, segments.length);
  const segmentOf = (e: ActionItem['evidence'][number]) => segments.findIndex((s) => s.speaker === e.speaker && Math.abs(s.startSec - e.startSec) < 1e-6);
  // Each segment and each task is tokenized once; every task's measures read the same words.
  const segmentWords = segments.map((s) => contentWords(s.text));
  const spoken = items.map((item) => item.text.split(/\s+/));
  // A task's text after its verb: what it is about.
  const objectText = spoken.map((w) => w.slice(1).join(' '));
  const objects = objectText.map(contentWords);
  const said = items.map((item) => item.evidence.map((e) => e.quote).join(' '));
  const taskWords = items.map((item, k) => contentWords(`${item.text} ${said[k]}`));
  return items.map((item, i) => {
    const words = objects[i]!;
    const textWords = spoken[i]!;
    const quote = said[i]!;
    const own = new Set(item.evidence.map(segmentOf));
    const first = segmentOf(item.evidence[0]!);
    const elsewhere = new Set(segmentWords.flatMap((w, k) => (own.has(k) ? [] : w)));
    const late = new Set(segmentWords.flatMap((w, k) => (own.has(k) || k < turns * 0.75 ? [] : w)));
    const head = words[words.length - 1];
    const others = items.map((_, k) => k).filter((k) => k !== i);
    const next = first >= 0 ? segments[first + 1] : undefined;
    const values: Record<ItemFeature, number> = {
      ownerRep: item.owner === 'rep' ? 1 : 0,
      ownerCustomer: item.owner === 'customer' ? 1 : 0,
      hasDueDate: item.dueDate ? 1 : 0,
      evidenceCount: Math.min(3, item.evidence.length),
      textWords: Math.min(16, textWords.length),
      objectWords: Math.min(10, words.length),
      pronounObject: PRONOUN.test(objectText[i]!) ? 1 : 0,
      vagueText: words.length === 0 || textWords.length <= 2 ? 1 : 0,
      promise: PROMISE.test(quote) ? 1 : 0,
      letMe: LET_ME.test(quote) ? 1 : 0,
      question: quote.includes('?') ? 1 : 0,
      request: REQUEST.test(quote) ? 1 : 0,
      conditional: CONDITIONAL.test(quote) ? 1 : 0,
      hedge: HEDGE.test(quote) ? 1 : 0,
      obligation: OBLIGATION.test(quote) ? 1 : 0,
      quoteWords: Math.min(60, quote.split(/\s+/).length),
      position: first >= 0 ? first / turns : 0.5,
      mentionedElsewhere: share(words, elsewhere),
      mentionedLate: share(words, late),
      // Capped where the calls trained on thin out: a call with thirty tasks is read as a busy call, not off the scale.
      callItems: Math.min(8, items.length),
      itemsPerTenTurns: Math.min(3, (items.length * 10) / turns),
      sameHead: head ? Math.min(3, others.filter((k) => objects[k]!.includes(head)).length) : 0,
      maxSimilarity: Math.max(0, ...others.map((k) => jaccard(words, taskWords[k]!))),
      sharedEvidence: Math.min(2, others.filter((k) => items[k]!.evidence.some((e) => item.evidence.some((x) => x.quote === e.quote))).length),
      namedInText: /\s\p{Lu}\p{Ll}+/u.test(item.text) ? 1 : 0,
      acknowledged: next && first >= 0 && next.speaker !== segments[first]!.speaker && ACKNOWLEDGEMENT.test(next.text.trim()) ? 1 : 0,
    };
    return { verb: textWords[0]!.toLowerCase(), values };
  });
}

/** The numbers a model reads: the features in ITEM_FEATURES order, then 1 for the task's own verb. */
export const featureVector = (m: ItemMeasures, verbs: readonly string[]): number[] => [
  ...ITEM_FEATURES.map((f) => m.values[f]),
  ...verbs.map((v) => (m.verb === v ? 1 : 0)),
];

/** The model's probability that a task with these numbers is a real one. */
export function scoreVector(x: readonly number[], model: ItemModel): number {
  const z = x.reduce((sum, v, j) => sum + ((v - model.mean[j]!) / model.scale[j]!) * model.weights[j]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** Each task's score, in the order given. */
export function itemScores(items: readonly ActionItem[], transcript: Transcript, model: ItemModel): number[] {
  return itemMeasures(items, transcript).map((m) => scoreVector(featureVector(m, model.verbs), model));
}
