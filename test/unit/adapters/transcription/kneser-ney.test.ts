import { describe, expect, it } from 'vitest';
import { formatArpa, parseArpa, scoreWord, SENTENCE_END, SENTENCE_START, type ArpaModel } from '../../../../src/adapters/transcription/local/lm/arpa.ts';
import { buildKneserNey, countNgrams } from '../../../../src/adapters/transcription/local/lm/kneser-ney.ts';

const CORPUS = [
  'i will send the contract today',
  'i will send the proposal tomorrow',
  'can you send the contract',
  'we signed the contract this morning',
  'i will call you tomorrow',
  'send the proposal to legal',
  'the contract is signed',
  'thanks bye',
].map((s) => s.split(' '));

/** Every word a history can be followed by: the vocabulary without `<s>`, plus `</s>`. */
function nextWords(model: ArpaModel): string[] {
  return [...model.grams[0]!.keys()].filter((w) => w !== SENTENCE_START);
}

function totalProbability(model: ArpaModel, history: string[]): number {
  return nextWords(model).reduce((sum, w) => sum + 10 ** scoreWord(model, history, w), 0);
}

describe('buildKneserNey', () => {
  it('counts n-grams over sentences padded with <s> and </s>', () => {
    const counts = countNgrams([['a', 'b'], ['a']], 3);
    expect(counts[0]!.get('a')).toBe(2);
    expect(counts[1]!.get('<s> a')).toBe(2);
    expect(counts[1]!.get('a </s>')).toBe(1);
    expect(counts[2]!.get('<s> a b')).toBe(1);
  });

  it('gives distributions that sum to 1 after back-off, for seen and unseen histories of each order', () => {
    const model = buildKneserNey(CORPUS);
    for (const history of [[], ['the'], ['will'], ['<s>'], ['i', 'will'], ['<s>', 'i'], ['send', 'the'], ['contract', 'today'], ['bye', 'thanks'], ['tomorrow', 'legal']]) {
      expect(totalProbability(model, history)).toBeCloseTo(1, 6);
    }
  });

  it('stays normalised when rare trigrams are pruned and when a prior brings extra words', () => {
    const prior = new Map([['hello', -1], ['the', -0.5], ['pricing', -2]]);
    const model = buildKneserNey(CORPUS, { minCounts: [1, 1, 2], prior, priorWeight: 0.2 });
    expect(model.grams[2]!.has('send the proposal')).toBe(true);
    expect(model.grams[2]!.has('send the contract')).toBe(true);
    expect(model.grams[2]!.has('can you send')).toBe(false);
    expect(model.grams[0]!.has('pricing')).toBe(true);
    for (const history of [[], ['i', 'will'], ['you', 'send'], ['the'], ['pricing']]) {
      expect(totalProbability(model, history)).toBeCloseTo(1, 6);
    }
  });

  it('only takes prior words the dictionary accepts', () => {
    const model = buildKneserNey(CORPUS, { prior: new Map([['hello', -1], ['zzyzx', -1]]), accept: (w) => w !== 'zzyzx' });
    expect(model.grams[0]!.has('hello')).toBe(true);
    expect(model.grams[0]!.has('zzyzx')).toBe(false);
  });

  it('prefers the continuation seen in the corpus', () => {
    const model = buildKneserNey(CORPUS);
    expect(scoreWord(model, ['i', 'will'], 'send')).toBeGreaterThan(scoreWord(model, ['i', 'will'], 'contract'));
    expect(scoreWord(model, ['the'], 'contract')).toBeGreaterThan(scoreWord(model, ['the'], 'proposal'));
  });

  it('lists every n-gram prefix as a lower-order n-gram with a back-off weight', () => {
    const model = buildKneserNey(CORPUS);
    for (let k = 1; k < model.grams.length; k++) {
      for (const key of model.grams[k]!.keys()) {
        const prefix = key.split(' ').slice(0, -1).join(' ');
        expect(model.grams[k - 1]!.get(prefix)?.backoff, key).toBeTypeOf('number');
      }
    }
    expect(model.grams[0]!.get(SENTENCE_START)!.logProb).toBe(-99);
    expect(model.grams[0]!.has(SENTENCE_END)).toBe(true);
  });
});

describe('ARPA text', () => {
  it('parses back to the same model, up to the printed precision', () => {
    const model = buildKneserNey(CORPUS, { prior: new Map([['hello', -1]]) });
    const text = formatArpa(model, ['test model']);
    expect(text).toMatch(/^# test model\n\n\\data\\\nngram 1=\d+\nngram 2=\d+\nngram 3=\d+\n/);
    expect(text.trimEnd().endsWith('\\end\\')).toBe(true);
    const parsed = parseArpa(text);
    expect(parsed.grams.map((g) => g.size)).toEqual(model.grams.map((g) => g.size));
    for (const [k, grams] of model.grams.entries()) {
      for (const [key, entry] of grams) {
        expect(parsed.grams[k]!.get(key)!.logProb).toBeCloseTo(entry.logProb, 5);
      }
    }
    expect(formatArpa(parsed, ['test model'])).toBe(text);
  });

  it('rejects a file whose counts do not match its entries', () => {
    expect(() => parseArpa('\\data\\\nngram 1=2\n\n\\1-grams:\n-1\ta\n\n\\end\\\n')).toThrow(/declared 2, found 1/);
    expect(() => parseArpa('no header')).toThrow(/no \\data\\/);
  });
});
