import { NEVER, SENTENCE_END, SENTENCE_START, scoreWord, setBackoffs, type ArpaEntry, type ArpaModel } from './arpa.ts';

export interface KneserNeyOptions {
  /** N-gram order, 1 to 5. Default 3. */
  order?: number;
  /**
   * Minimum raw count for an n-gram of each order to be listed (index 0 = unigrams, which are always
   * listed). Pruned n-grams are scored through back-off; the weights are recomputed so that every
   * context still sums to 1. Default: all listed.
   */
  minCounts?: number[];
  /** General-English unigram prior: word → log10 probability (need not sum to 1; it is renormalised). */
  prior?: ReadonlyMap<string, number>;
  /** Share of unigram mass that comes from the prior (0–1). Default 0.1 when a prior is given. */
  priorWeight?: number;
  /** Words the model may contain (e.g. the pronunciation dictionary); others in the prior are skipped. */
  accept?: (word: string) => boolean;
}

/**
 * Interpolated modified Kneser-Ney estimation (discounts D1, D2, D3+ per order), written as a back-off
 * model: for a listed n-gram, p(w | h) = (c(hw) − D(c)) / c(h·) + γ(h) · p(w | h′) with γ(h) = Σ D / c(h·); the
 * lower orders use continuation counts (distinct left contexts), except n-grams that start with `<s>`,
 * which have no left context and keep their raw counts. The back-off weight of h is
 * (1 − Σ listed p(w | h)) / (1 − Σ listed p(w | h′)), so it equals γ(h) without pruning and keeps each
 * context normalised with it. Unigrams are mixed with the prior, so words outside the corpus keep a chance.
 */
export function buildKneserNey(sentences: readonly (readonly string[])[], options: KneserNeyOptions = {}): ArpaModel {
  const order = options.order ?? 3;
  if (order < 1 || order > 5) throw new RangeError(`order must be 1–5, got ${order}`);
  const minCounts = options.minCounts ?? [];
  const raw = countNgrams(sentences, order);
  // Counts used to estimate each order: raw for the top order (and for `<s> …` n-grams), continuation below.
  const counts: Map<string, number>[] = raw.map((m, k) => (k === order - 1 ? m : new Map()));
  for (let k = order - 1; k >= 1; k--) {
    for (const key of raw[k]!.keys()) {
      const lower = key.slice(key.indexOf(' ') + 1);
      counts[k - 1]!.set(lower, (counts[k - 1]!.get(lower) ?? 0) + 1);
    }
  }
  for (let k = 0; k < order - 1; k++) {
    for (const [key, c] of raw[k]!) if (key === SENTENCE_START || key.startsWith(`${SENTENCE_START} `)) counts[k]!.set(key, c);
  }

  const model: ArpaModel = { grams: [] };
  model.grams.push(unigrams(counts[0]!, options));
  for (let k = 1; k < order; k++) {
    const grams = new Map<string, ArpaEntry>();
    const discount = discountsFor(counts[k]!);
    const totals = new Map<string, { sum: number; discounted: number }>();
    for (const [key, c] of counts[k]!) {
      const ctx = key.slice(0, key.lastIndexOf(' '));
      const t = totals.get(ctx) ?? { sum: 0, discounted: 0 };
      t.sum += c;
      t.discounted += discount(c);
      totals.set(ctx, t);
    }
    const min = minCounts[k] ?? 1;
    for (const [key, c] of counts[k]!) {
      if (raw[k]!.get(key)! < min) continue;
      const words = key.split(' ');
      const ctx = words.slice(0, -1);
      const { sum, discounted } = totals.get(ctx.join(' '))!;
      const lower = 10 ** scoreWord(model, ctx.slice(1), words.at(-1)!);
      grams.set(key, { logProb: Math.log10((c - discount(c)) / sum + (discounted / sum) * lower) });
    }
    setBackoffs(model, grams, k);
    model.grams.push(grams);
  }
  return model;
}

/** Raw n-gram counts of every order over sentences padded with `<s>` … `</s>`. */
export function countNgrams(sentences: readonly (readonly string[])[], order: number): Map<string, number>[] {
  const counts = Array.from({ length: order }, () => new Map<string, number>());
  for (const sentence of sentences) {
    const words = [SENTENCE_START, ...sentence, SENTENCE_END];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= order && i + n <= words.length; n++) {
        const key = words.slice(i, i + n).join(' ');
        counts[n - 1]!.set(key, (counts[n - 1]!.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Modified Kneser-Ney discounts (Chen & Goodman): D1, D2, D3+ for counts 1, 2 and 3 or more, from the
 * count-of-counts with Y = n1 / (n1 + 2 n2). Each stays strictly between 0 and its count; a corpus too
 * small or too regular for the estimates falls back to D = 0.5, 1, 1.5.
 */
function discountsFor(counts: Map<string, number>): (count: number) => number {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts.values()) if (c <= 4) n[c]!++;
  const [, n1, n2, n3, n4] = n as [number, number, number, number, number];
  const y = n1 + 2 * n2 > 0 ? n1 / (n1 + 2 * n2) : 0.5;
  const estimate = (k: number, nk: number, next: number) => (nk > 0 ? k - ((k + 1) * y * next) / nk : NaN);
  const d = [estimate(1, n1, n2), estimate(2, n2, n3), estimate(3, n3, n4)].map((v, i) =>
    Number.isFinite(v) && v > 0.05 && v < i + 1 ? v : (i + 1) * 0.5,
  ) as [number, number, number];
  return (count) => (count >= 3 ? d[2] : count === 2 ? d[1] : d[0]);
}

function unigrams(counts: Map<string, number>, options: KneserNeyOptions): Map<string, ArpaEntry> {
  const accept = options.accept ?? (() => true);
  const vocab = new Set<string>([SENTENCE_END]);
  for (const w of counts.keys()) if (w !== SENTENCE_START) vocab.add(w);
  const prior = new Map<string, number>();
  for (const [w, lp] of options.prior ?? []) if (w !== SENTENCE_START && w !== SENTENCE_END && accept(w)) prior.set(w, 10 ** lp);
  for (const w of prior.keys()) vocab.add(w);
  const floor = prior.size ? Math.min(...prior.values()) : 0;
  let priorSum = 0;
  for (const w of vocab) if (w !== SENTENCE_END) priorSum += prior.get(w) ?? floor;
  let corpusSum = 0;
  for (const [w, c] of counts) if (w !== SENTENCE_START) corpusSum += c;
  const weight = prior.size ? (options.priorWeight ?? 0.1) : 0;
  const grams = new Map<string, ArpaEntry>([[SENTENCE_START, { logProb: NEVER }]]);
  for (const w of vocab) {
    const fromCorpus = corpusSum ? (counts.get(w) ?? 0) / corpusSum : 0;
    const fromPrior = w === SENTENCE_END || !priorSum ? 0 : (prior.get(w) ?? floor) / priorSum;
    grams.set(w, { logProb: Math.log10((1 - weight) * fromCorpus + weight * fromPrior) });
  }
  return grams;
}
