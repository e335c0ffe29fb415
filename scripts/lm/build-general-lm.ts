// Builds the general-English LM that the local transcriber mixes with the sales LM:
//   src/adapters/transcription/local/lm/english.arpa  (committed; trigram)
// a pruned copy of pocketsphinx's default US-English LM (en-us.lm.bin, read by sphinx-trie.ts, so
// sphinxbase-utils is not needed). Deterministic: the same model gives the same bytes.
//   node scripts/lm/build-general-lm.ts [--vocab 20000] [--bigrams 120000] [--trigrams 60000] [--out FILE] [--model-dir DIR]
// Vocabulary: the likeliest --vocab words that cmudict can pronounce, plus <s> and </s>; unigrams are
// renormalised over it. Bigrams and trigrams inside it are ranked by how much leaving each out would change
// the model, p(h, w) · log(p(w | h) / p_backoff(w | h)) (weighted-difference pruning, Seymore & Rosenfeld
// 1996), and the top --bigrams / --trigrams kept, together with the bigrams a kept trigram needs (its
// context and its suffix). Back-off weights are recomputed so every context still sums to 1.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NEVER, SENTENCE_END, SENTENCE_START, formatArpa, scoreWord, setBackoffs, type ArpaEntry, type ArpaModel } from '../../src/adapters/transcription/local/lm/arpa.ts';
import { loadDictionary } from '../../src/adapters/transcription/local/lm/dictionary.ts';
import { readSphinxTrie } from './sphinx-trie.ts';

export const GENERAL_ARPA_OUT = resolve(import.meta.dirname, '../../src/adapters/transcription/local/lm/english.arpa');

export interface PruneOptions {
  vocab: number;
  bigrams: number;
  trigrams: number;
}

export function pruneLm(full: ArpaModel, known: (word: string) => boolean, options: PruneOptions): ArpaModel {
  const [uni, bi, tri] = full.grams as [Map<string, ArpaEntry>, Map<string, ArpaEntry>, Map<string, ArpaEntry>];
  const vocab = new Set(
    [...uni]
      .filter(([w]) => /^[a-z][a-z']*$/.test(w) && known(w))
      .sort(([wa, a], [wb, b]) => b.logProb - a.logProb || (wa < wb ? -1 : 1))
      .slice(0, options.vocab)
      .map(([w]) => w),
  );
  vocab.add(SENTENCE_START).add(SENTENCE_END);
  const inVocab = (key: string) => key.split(' ').every((w) => vocab.has(w));

  // How much the model loses without an n-gram: p(h) p(w | h) (log p(w | h) − log of its back-off estimate).
  const logP = (words: string[]) => scoreWord(full, words.slice(0, -1), words.at(-1)!);
  const historyLogProb = (h: string[]) => (h[0] === SENTENCE_START ? 0 : uni.get(h[0]!)!.logProb) + (h.length > 1 ? logP(h) : 0);
  const rank = (grams: Map<string, ArpaEntry>, keep: number) => {
    const scored: { key: string; score: number }[] = [];
    for (const [key, { logProb }] of grams) {
      if (!inVocab(key)) continue;
      const words = key.split(' ');
      const h = words.slice(0, -1);
      const ctx = full.grams[h.length - 1]!.get(h.join(' '));
      const backedOff = (ctx?.backoff ?? 0) + scoreWord(full, h.slice(1), words.at(-1)!);
      const score = 10 ** (historyLogProb(h) + logProb) * (logProb - backedOff);
      scored.push({ key, score });
    }
    scored.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
    return scored.slice(0, keep).map((s) => s.key);
  };

  const keptTri = rank(tri, options.trigrams);
  const keptBi = new Set(rank(bi, options.bigrams));
  for (const key of keptTri) {
    const words = key.split(' ');
    keptBi.add(`${words[0]} ${words[1]}`).add(`${words[1]} ${words[2]}`);
  }

  const model: ArpaModel = { grams: [] };
  let sum = 0;
  for (const w of vocab) if (w !== SENTENCE_START) sum += 10 ** uni.get(w)!.logProb;
  model.grams.push(new Map([...vocab].map((w) => [w, { logProb: w === SENTENCE_START ? NEVER : uni.get(w)!.logProb - Math.log10(sum) }])));
  for (const [k, keys] of [[1, [...keptBi]], [2, keptTri]] as const) {
    const grams = new Map(keys.map((key) => [key, { logProb: full.grams[k]!.get(key)!.logProb }]));
    setBackoffs(model, grams, k);
    model.grams.push(grams);
  }
  return model;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      vocab: { type: 'string', default: '20000' },
      bigrams: { type: 'string', default: '120000' },
      trigrams: { type: 'string', default: '60000' },
      out: { type: 'string', default: GENERAL_ARPA_OUT },
      'model-dir': { type: 'string', default: '/usr/share/pocketsphinx/model/en-us' },
    },
  });
  const started = Date.now();
  const options = { vocab: Number(values.vocab), bigrams: Number(values.bigrams), trigrams: Number(values.trigrams) };
  const [full, dictionary] = await Promise.all([readSphinxTrie(`${values['model-dir']}/en-us.lm.bin`), loadDictionary(`${values['model-dir']}/cmudict-en-us.dict`)]);
  const model = pruneLm(full, (w) => dictionary.has(w), options);
  const arpa = formatArpa(model, [
    "callscribe general-English LM: pocketsphinx's default US-English LM (en-us.lm.bin), pruned.",
    `vocabulary ${options.vocab} words, ${options.bigrams} bigrams and ${options.trigrams} trigrams by weighted-difference pruning, back-off weights recomputed.`,
    'Generated by scripts/lm/build-general-lm.ts; do not edit.',
    'Derived from en-us.lm.bin of pocketsphinx-en-us: Copyright 1995-2014 Carnegie Mellon University, 2014-2015 Alpha Cephei Inc.',
    'BSD-2-Clause; the full licence is in /usr/share/doc/pocketsphinx-en-us/copyright and github.com/cmusphinx/pocketsphinx LICENSE.',
  ]);
  await writeFile(values.out, arpa);
  process.stdout.write(`model: ${model.grams.map((g, k) => `${g.size} ${k + 1}-grams`).join(', ')}\n`);
  process.stdout.write(`wrote ${values.out} (${(arpa.length / 1e6).toFixed(2)} MB) in ${Date.now() - started} ms\n`);
}
