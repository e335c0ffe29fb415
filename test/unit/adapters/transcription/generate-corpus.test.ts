import { describe, expect, it } from 'vitest';
import { expand, seededRandom } from '../../../../scripts/lm/corpus/expand.ts';
import { generateCorpus, normaliseSentence } from '../../../../scripts/lm/generate-corpus.ts';

describe('corpus generator', () => {
  it('expands slots, alternatives and optional parts, reproducibly for a seed', () => {
    const slots = { day: ['monday', 'tuesday'], when: ['on {day}', 'next {day}'] };
    const a = Array.from({ length: 20 }, (_, i) => expand('(see you|talk to you) [again] {when}', slots, seededRandom(i)));
    const b = Array.from({ length: 20 }, (_, i) => expand('(see you|talk to you) [again] {when}', slots, seededRandom(i)));
    expect(a).toEqual(b);
    for (const s of a) expect(s).toMatch(/^(see you|talk to you)( again)? (on|next) (monday|tuesday)$/);
    expect(new Set(a).size).toBeGreaterThan(4);
    expect(() => expand('{nope}', slots, seededRandom(1))).toThrow(/unknown slot/);
  });

  it('normalises like the recogniser writes: lower case, no punctuation, contractions joined, the name class kept', () => {
    expect(normaliseSentence("Hi <name>, I 'll send it — today!")).toBe("hi <name> i'll send it today");
  });

  it('gives the same distinct, clean sentences for the same seed', () => {
    const first = generateCorpus(7, 3);
    expect(generateCorpus(7, 3)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBeGreaterThan(1000);
    for (const s of first) expect(s).toMatch(/^(<name>|[a-z0-9']+)( (<name>|[a-z0-9']+))*$/);
  });
});
