import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatDictionary, loadDictionary } from './dictionary.ts';
import type { Pronouncer } from './pronounce.ts';
import { expandNameClass, nameMembers, parseClassLm, tokens, type ClassLm } from './vocabulary-lm.ts';

/** The committed sales-conversation LM (rebuild: `node scripts/lm/build-lm.ts`). */
export const SALES_ARPA = resolve(import.meta.dirname, 'sales.arpa');

export interface CallLmFiles {
  /** ARPA file for `-lm`. */
  lm: string;
  /** Pronunciation dictionary for `-dict`: the LM's words only. */
  dict: string;
  /** Name words added to the LM, and which of them got an espeak-ng pronunciation. */
  names: { words: string[]; pronounced: string[] };
}

const lms = new Map<string, Promise<ClassLm>>();

function loadClassLm(path: string): Promise<ClassLm> {
  let lm = lms.get(path);
  if (!lm) {
    lm = readFile(path, 'utf8').then(parseClassLm);
    lm.catch(() => lms.delete(path));
    lms.set(path, lm);
  }
  return lm;
}

/**
 * Writes the LM and dictionary of one call into `dir`: the sales LM with its name class filled in with
 * the call's vocabulary (names in the dictionaries as they are; names outside them pronounced by
 * `pronouncer`, or left out when it cannot), and a dictionary of just the LM's words.
 */
export async function writeCallLm(input: {
  arpa: string;
  dictionaries: string[];
  vocabulary: readonly string[];
  pronouncer: Pronouncer;
  dir: string;
}): Promise<CallLmFiles> {
  const [lm, dictionary] = await Promise.all([loadClassLm(input.arpa), loadDictionary(...input.dictionaries)]);
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
