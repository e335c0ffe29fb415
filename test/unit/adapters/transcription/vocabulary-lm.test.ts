import { describe, expect, it } from 'vitest';
import { formatArpa, parseArpa, scoreWord } from '../../../../src/adapters/transcription/local/lm/arpa.ts';
import { buildKneserNey } from '../../../../src/adapters/transcription/local/lm/kneser-ney.ts';
import { expandNameClass, NAME_CLASS, nameMembers, parseClassLm } from '../../../../src/adapters/transcription/local/lm/vocabulary-lm.ts';

const CORPUS = [
  `hi ${NAME_CLASS}`,
  `hi ${NAME_CLASS} this is ${NAME_CLASS} from ${NAME_CLASS}`,
  `thanks ${NAME_CLASS}`,
  'i will send the contract today',
  'thanks for your time',
].map((s) => s.split(' '));
const BASE = formatArpa(buildKneserNey(CORPUS));

describe('nameMembers', () => {
  it('takes each entry in full and its first word, folding case and accents, without duplicates', () => {
    const members = nameMembers(['Priya Raman', 'José Núñez', 'Acme', 'priya raman']);
    expect(members.map((m) => m.words.join(' '))).toEqual(['priya raman', 'priya', 'jose nunez', 'jose', 'acme']);
    expect(members.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 9);
  });

  it('leaves out forms with a word that cannot be pronounced', () => {
    const members = nameMembers(['Priya Raman', 'Xq Corp'], (w) => w !== 'xq');
    expect(members.map((m) => m.words.join(' '))).toEqual(['priya raman', 'priya']);
  });
});

describe('expandNameClass', () => {
  it('replaces the class with the call names, weighting the class probability by member', () => {
    const base = parseArpa(BASE);
    const { arpa, words } = expandNameClass(parseClassLm(BASE), nameMembers(['Elena', 'Acme']));
    const model = parseArpa(arpa);
    expect(words).toContain('elena');
    expect(words).toContain('acme');
    expect(words).not.toContain(NAME_CLASS);
    expect(arpa).not.toContain(NAME_CLASS);
    const classProb = scoreWord(base, ['hi'], NAME_CLASS);
    expect(scoreWord(model, ['hi'], 'elena')).toBeCloseTo(classProb + Math.log10(0.5), 5);
    expect(scoreWord(model, ['this', 'is'], 'acme')).toBeCloseTo(scoreWord(base, ['this', 'is'], NAME_CLASS) + Math.log10(0.5), 5);
    // As context a name behaves like the class did.
    expect(scoreWord(model, ['elena', 'this'], 'is')).toBeCloseTo(scoreWord(base, [NAME_CLASS, 'this'], 'is'), 5);
    // Words unrelated to names keep their probabilities.
    expect(scoreWord(model, ['will', 'send'], 'the')).toBeCloseTo(scoreWord(base, ['will', 'send'], 'the'), 5);
  });

  it('links the words of a multi-word name and keeps every n-gram prefix listed', () => {
    const model = parseArpa(expandNameClass(parseClassLm(BASE), nameMembers(['Brightline Foods'])).arpa);
    expect(scoreWord(model, ['hi', 'brightline'], 'foods')).toBeGreaterThan(-0.5);
    for (let k = 1; k < model.grams.length; k++) {
      for (const key of model.grams[k]!.keys()) {
        expect(model.grams[k - 1]!.has(key.split(' ').slice(0, -1).join(' ')), key).toBe(true);
      }
    }
  });

  it('adds the probabilities when a name is also an ordinary word of the LM', () => {
    const lm = parseClassLm(BASE);
    const model = parseArpa(expandNameClass(lm, nameMembers(['Time'])).arpa);
    const base = parseArpa(BASE);
    const expected = Math.log10(10 ** scoreWord(base, ['hi'], NAME_CLASS) + 10 ** scoreWord(base, ['hi'], 'time'));
    expect(scoreWord(model, ['your'], 'time')).toBeCloseTo(scoreWord(base, ['your'], 'time'), 5);
    expect(model.grams[1]!.get('hi time')!.logProb).toBeCloseTo(expected, 5);
  });

  it('drops the class when the call has no names, leaving a valid file', () => {
    const { arpa, words } = expandNameClass(parseClassLm(BASE), []);
    expect(arpa).not.toContain(NAME_CLASS);
    expect(words).toContain('contract');
    expect(() => parseArpa(arpa)).not.toThrow();
  });

  it('writes an LM of a few hundred thousand n-grams (the sales LM mixed with general English)', () => {
    const words = Array.from({ length: 600 }, (_, i) => `w${i.toString(36)}`);
    const bigrams = words.flatMap((a) => words.slice(0, 400).map((b) => `-2.5\t${a} ${b}`));
    const big = ['\\data\\', `ngram 1=${words.length + 3}`, `ngram 2=${bigrams.length + 1}`, '', '\\1-grams:', '-1\t</s>', '-99\t<s>\t0', `-2\t${NAME_CLASS}\t0`, ...words.map((w) => `-3\t${w}\t0`), '', '\\2-grams:', `-1\thi ${NAME_CLASS}`, ...bigrams, '', '\\end\\', ''].join('\n');
    const { arpa } = expandNameClass(parseClassLm(big), nameMembers(['Priya']));
    expect(parseArpa(arpa).grams.map((g) => g.size)).toEqual([words.length + 3, bigrams.length + 1]);
  });
});
