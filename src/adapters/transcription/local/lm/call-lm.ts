import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatArpa, parseArpa } from './arpa.ts';
import { formatDictionary, loadDictionary } from './dictionary.ts';
import { interpolateLms } from './interpolate.ts';
import type { Pronouncer } from './pronounce.ts';
import { expandNameClass, nameMembers, parseClassLm, tokens, type ClassLm } from './vocabulary-lm.ts';

/** The committed sales-conversation LM (rebuild: `node scripts/lm/build-lm.ts`). */
export const SALES_ARPA = resolve(import.meta.dirname, 'sales.arpa');
/** The committed general-English LM, pruned from pocketsphinx's default one (rebuild: `node scripts/lm/build-general-lm.ts`). */
export const GENERAL_ARPA = resolve(import.meta.dirname, 'english.arpa');

/** The sales LM, optionally mixed with a general LM: p = (1 − weight)·p_sales + weight·p_general. */
export interface LmSource {
  arpa: string;
  general?: { arpa: string; weight: number };
}

export interface CallLmFiles {
  /** ARPA file for `-lm`. */
  lm: string;
  /** Pronunciation dictionary for `-dict`: the LM's words only. */
  dict: string;
  /** Name words added to the LM, and which of them got an espeak-ng pronunciation. */
  names: { words: string[]; pronounced: string[] };
}

const lms = new Map<string, Promise<ClassLm>>();

/** Loaded (and mixed) once per process and source: mixing the two LMs takes a few seconds. */
function loadClassLm(source: LmSource): Promise<ClassLm> {
  const general = source.general?.weight ? source.general : null;
  const key = general ? `${source.arpa}\n${general.arpa}\n${general.weight}` : source.arpa;
  let lm = lms.get(key);
  if (!lm) {
    lm = general ? mixedText(source.arpa, general).then(parseClassLm) : readFile(source.arpa, 'utf8').then(parseClassLm);
    lm.catch(() => lms.delete(key));
    lms.set(key, lm);
  }
  return lm;
}

async function mixedText(arpa: string, general: { arpa: string; weight: number }): Promise<string> {
  const [sales, english] = await Promise.all([readFile(arpa, 'utf8'), readFile(general.arpa, 'utf8')]);
  return formatArpa(interpolateLms(parseArpa(sales), parseArpa(english), 1 - general.weight));
}

/**
 * Writes the LM and dictionary of one call into `dir`: the sales LM (mixed with the general one when the
 * source has a weight) with its name class filled in with
 * the call's vocabulary (names in the dictionaries as they are; names outside them pronounced by
 * `pronouncer`, or left out when it cannot), and a dictionary of just the LM's words.
 */
export async function writeCallLm(input: {
  lm: LmSource;
  dictionaries: string[];
  vocabulary: readonly string[];
  pronouncer: Pronouncer;
  dir: string;
}): Promise<CallLmFiles> {
  const [lm, dictionary] = await Promise.all([loadClassLm(input.lm), loadDictionary(...input.dictionaries)]);
  const unknown = [...new Set(input.vocabulary.flatMap(tokens))].filter((w) => !dictionary.has(w));
  const pronounced = unknown.length ? await input.pronouncer.pronounce(unknown) : new Map<string, string>();
  const members = nameMembers(input.vocabulary, (w) => dictionary.has(w) || pronounced.has(w));
  const { arpa, words } = expandNameClass(lm, members);
  const extra = [...pronounced].filter(([w]) => words.includes(w)).map(([w, phones]) => `${w} ${phones}\n`);
  const files = { lm: join(input.dir, 'call.arpa'), dict: join(input.dir, 'call.dict') };
  await Promise.all([writeFile(files.lm, arpa), writeFile(files.dict, formatDictionary(dictionary, words) + extra.join(''))]);
  return {
    ...files,
    names: { words: [...new Set(members.flatMap((m) => m.words))], pronounced: [...pronounced.keys()].filter((w) => words.includes(w)) },
  };
}
