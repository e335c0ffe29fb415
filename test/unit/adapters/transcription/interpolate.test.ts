import { describe, expect, it } from 'vitest';
import { scoreWord, SENTENCE_START, type ArpaModel } from '../../../../src/adapters/transcription/local/lm/arpa.ts';
import { interpolateLms } from '../../../../src/adapters/transcription/local/lm/interpolate.ts';
import { buildKneserNey } from '../../../../src/adapters/transcription/local/lm/kneser-ney.ts';

const sales = buildKneserNey(['i will send the contract today', 'we signed the contract', 'send the proposal to <name>', 'thanks <name>'].map((s) => s.split(' ')));
const general = buildKneserNey(['the weather is cold today', 'i will make soup', 'the soup is hot', 'we walked to the river'].map((s) => s.split(' ')));

const vocabulary = (m: ArpaModel) => [...m.grams[0]!.keys()].filter((w) => w !== SENTENCE_START);
const p = (m: ArpaModel, history: string[], word: string) => 10 ** scoreWord(m, history, word);

describe('interpolateLms', () => {
  it('lists the n-grams of both models with p = λ·p_a + (1 − λ)·p_b, and gives words of either model', () => {
    const mixed = interpolateLms(sales, general, 0.7);
    expect(new Set(vocabulary(mixed))).toEqual(new Set([...vocabulary(sales), ...vocabulary(general)]));
    for (const [history, word] of [[['send'], 'the'], [['the'], 'soup'], [['i', 'will'], 'send'], [['i', 'will'], 'make'], [[], '<name>'], [['the'], 'contract']] as const) {
      expect(p(mixed, [...history], word)).toBeCloseTo(0.7 * p(sales, [...history], word) + 0.3 * p(general, [...history], word), 9);
    }
    expect(mixed.grams[1]!.has('the weather')).toBe(true);
    expect(mixed.grams[2]!.has('i will send')).toBe(true);
  });

  it('keeps every context normalised, listed or backed off', () => {
    const mixed = interpolateLms(sales, general, 0.4);
    for (const history of [[], ['the'], ['<s>'], ['i', 'will'], ['the', 'soup'], ['soup', 'contract'], ['<name>'], ['river', 'today']]) {
      const total = vocabulary(mixed).reduce((sum, w) => sum + p(mixed, history, w), 0);
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it('gives back one model at weight 1 or 0, and rejects a weight outside 0–1', () => {
    const onlySales = interpolateLms(sales, general, 1);
    expect(p(onlySales, ['send'], 'the')).toBeCloseTo(p(sales, ['send'], 'the'), 9);
    expect(p(onlySales, ['the'], 'soup')).toBeLessThan(1e-90);
    expect(p(interpolateLms(sales, general, 0), ['the'], 'soup')).toBeCloseTo(p(general, ['the'], 'soup'), 9);
    expect(() => interpolateLms(sales, general, 1.5)).toThrow(RangeError);
  });
});
