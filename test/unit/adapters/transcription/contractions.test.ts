import { describe, expect, it } from 'vitest';
import { contract } from '../../../../scripts/lm/corpus/contractions.ts';
import { seededRandom } from '../../../../scripts/lm/corpus/expand.ts';

describe('corpus contractions', () => {
  it('contracts auxiliaries and negations as they are said', () => {
    const always = () => 0;
    expect(contract('i will send it and it is not a problem', always, 1)).toBe("i'll send it and it's not a problem");
    expect(contract('we do not need it and we cannot wait', always, 1)).toBe("we don't need it and we can't wait");
    expect(contract('we have sent it but we have a question', always, 1)).toBe("we've sent it but we have a question");
  });

  it('never contracts an auxiliary that ends the sentence', () => {
    expect(contract('ten it is', () => 0, 1)).toBe('ten it is');
    expect(contract('i do not', () => 0, 1)).toBe("i don't");
  });

  it('keeps the written form with probability 1 - p, reproducibly for a seed', () => {
    const said = (seed: number) => Array.from({ length: 200 }, () => contract('it is fine', seededRandom(seed), 0.7));
    const forms = Array.from({ length: 200 }, (_, i) => contract('it is fine', seededRandom(i), 0.7));
    expect(said(3)).toEqual(said(3));
    const short = forms.filter((s) => s === "it's fine").length;
    expect(short).toBeGreaterThan(100);
    expect(short).toBeLessThan(180);
    expect(contract('it is fine', () => 0.5, 0)).toBe('it is fine');
  });
});
