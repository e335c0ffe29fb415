// Reads a pocketsphinx / sphinxbase binary trie LM ("Trie Language Model", e.g. en-us.lm.bin) into an
// ArpaModel with log10 values, without sphinxbase-utils: Debian's sphinx_lm_convert 5prealpha aborts on
// this model (its header declares 2051547 bigrams, its trie holds fewer; cmusphinx/sphinxbase#89).
// The layout follows sphinxbase src/libsphinxbase/lm/ngram_model_trie.c (ngram_model_trie_read_bin),
// lm_trie.c (lm_trie_read_bin, lm_trie_fill_raw_ngram) and lm_trie_quant.c; little-endian machines only,
// like the files themselves. The trie is keyed backwards: a unigram w leads to the bigram nodes "h1 w",
// each of those to the trigram leaves "h2 h1 w".
import { readFile } from 'node:fs/promises';
import type { ArpaEntry, ArpaModel } from '../../src/adapters/transcription/local/lm/arpa.ts';

const HEADER = 'Trie Language Model';
/** Probabilities in the file are logarithms to base 1.0001 (sphinxbase's default -logbase). */
const TO_LOG10 = Math.log10(1.0001);
const QUANT_BITS = 16;

const requiredBits = (max: number) => (max === 0 ? 0 : Math.floor(Math.log2(max)) + 1);
/** Bytes of one bit-packed level: one entry more than counted (the end pointer), rounded up, plus 8 bytes of slack. */
const levelBytes = (entries: number, bits: number) => Math.floor(((1 + entries) * bits + 7) / 8) + 8;

export async function readSphinxTrie(path: string): Promise<ArpaModel> {
  const buf = await readFile(path);
  if (buf.toString('latin1', 0, HEADER.length) !== HEADER) throw new Error(`${path} is not a trie LM (no "${HEADER}" header)`);
  let at = HEADER.length;
  const order = buf.readUInt8(at);
  at += 1;
  if (order !== 3) throw new Error(`${path}: only trigram models are read, this one is order ${order}`);
  const counts = [0, 1, 2].map((i) => buf.readUInt32LE(at + 4 * i));
  at += 4 * order + 4; // counts, then an unused int (the old quantisation type)

  // Quantisation tables: per middle order a prob and a back-off table, then the longest order's probs.
  const table = () => {
    const t = new Float32Array(1 << QUANT_BITS);
    for (let i = 0; i < t.length; i++) t[i] = buf.readFloatLE(at + 4 * i);
    at += 4 * t.length;
    return t;
  };
  const middleProb = table();
  const middleBackoff = table();
  const longestProb = table();

  const nWords = counts[0]!;
  const uniProb = new Float64Array(nWords);
  const uniBackoff = new Float64Array(nWords);
  const uniNext = new Uint32Array(nWords + 1);
  for (let i = 0; i <= nWords; i++) {
    if (i < nWords) {
      uniProb[i] = buf.readFloatLE(at);
      uniBackoff[i] = buf.readFloatLE(at + 4);
    }
    uniNext[i] = buf.readUInt32LE(at + 8);
    at += 12;
  }

  const wordBits = requiredBits(nWords);
  const nextBits = requiredBits(counts[2]!);
  const middleBits = wordBits + 2 * QUANT_BITS + nextBits;
  const longestBits = wordBits + QUANT_BITS;
  const middleAt = at;
  const longestAt = middleAt + levelBytes(counts[1]!, middleBits);
  at = longestAt + levelBytes(counts[2]!, longestBits);
  const read = (base: number, bit: number, bits: number) => ((buf.readUInt32LE(base + (bit >>> 3)) >>> (bit & 7)) & ((2 ** bits) - 1)) >>> 0;

  const stringBytes = buf.readInt32LE(at);
  const words = buf.toString('utf8', at + 4, at + 4 + stringBytes).split('\0').slice(0, nWords);
  if (words.length !== nWords) throw new Error(`${path}: ${words.length} word strings for ${nWords} unigrams`);

  const log10 = (v: number) => v * TO_LOG10;
  const grams: Map<string, ArpaEntry>[] = [new Map(), new Map(), new Map()];
  for (let w = 0; w < nWords; w++) grams[0]!.set(words[w]!, { logProb: log10(uniProb[w]!), backoff: log10(uniBackoff[w]!) });
  for (let w = 0; w < nWords; w++) {
    for (let ptr = uniNext[w]!; ptr < uniNext[w + 1]!; ptr++) {
      const bit = ptr * middleBits;
      const h1 = read(middleAt, bit, wordBits);
      const backoff = middleBackoff[read(middleAt, bit + wordBits, QUANT_BITS)]!;
      const prob = middleProb[read(middleAt, bit + wordBits + QUANT_BITS, QUANT_BITS)]!;
      const bigram = `${words[h1]} ${words[w]}`;
      grams[1]!.set(bigram, { logProb: log10(prob), backoff: log10(backoff) });
      const begin = read(middleAt, bit + wordBits + 2 * QUANT_BITS, nextBits);
      const end = read(middleAt, bit + middleBits + wordBits + 2 * QUANT_BITS, nextBits);
      for (let leaf = begin; leaf < end; leaf++) {
        const lbit = leaf * longestBits;
        const h2 = read(longestAt, lbit, wordBits);
        grams[2]!.set(`${words[h2]} ${bigram}`, { logProb: log10(longestProb[read(longestAt, lbit + wordBits, QUANT_BITS)]!) });
      }
    }
  }
  return { grams };
}
