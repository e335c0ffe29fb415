import { NEVER, SENTENCE_START, scoreWord, setBackoffs, type ArpaEntry, type ArpaModel } from './arpa.ts';

/**
 * Linear interpolation of two back-off LMs written as one back-off LM (static mixing, like SRILM's
 * `ngram -mix-lm`): every n-gram listed in either model is listed, with
 * p(w | h) = λ·p_a(w | h) + (1 − λ)·p_b(w | h), each side scored with its own back-off (a word a model does
 * not know counts 0 there); the back-off weights are then recomputed so every context sums to 1. N-grams
 * neither model lists back off to the mixed lower order, the usual approximation of the exact mixture.
 * `weightA` is λ, 0–1.
 */
export function interpolateLms(a: ArpaModel, b: ArpaModel, weightA: number): ArpaModel {
  if (!(weightA >= 0 && weightA <= 1)) throw new RangeError(`weightA must be 0–1, got ${weightA}`);
  const order = Math.max(a.grams.length, b.grams.length);
  const mixed: ArpaModel = { grams: [] };
  const p = (model: ArpaModel, history: string[], word: string) => (model.grams.length ? 10 ** scoreWord(model, history, word) : 0);
  for (let k = 0; k < order; k++) {
    const keys = new Set([...(a.grams[k]?.keys() ?? []), ...(b.grams[k]?.keys() ?? [])]);
    const grams = new Map<string, ArpaEntry>();
    for (const key of keys) {
      if (key === SENTENCE_START) {
        grams.set(key, { logProb: NEVER });
        continue;
      }
      const words = key.split(' ');
      const history = words.slice(0, -1);
      const word = words.at(-1)!;
      const prob = weightA * p(a, history, word) + (1 - weightA) * p(b, history, word);
      grams.set(key, { logProb: prob > 0 ? Math.log10(prob) : NEVER });
    }
    if (k > 0) setBackoffs(mixed, grams, k);
    mixed.grams.push(grams);
  }
  return mixed;
}
