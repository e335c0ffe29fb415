import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** word → its pronunciations (ARPAbet phones separated by spaces), in dictionary order. */
export type Dictionary = ReadonlyMap<string, readonly string[]>;

/** Domain words missing from cmudict (docusign, hubspot, msa…), pronounced by hand. */
export const EXTRA_DICTIONARY = resolve(import.meta.dirname, 'sales-extra.dict');

const cache = new Map<string, Promise<Dictionary>>();

/**
 * Loads pocketsphinx dictionaries (`word PH PH …`, alternates as `word(2) …`) and merges them, earlier
 * files first. Cached per list of paths for the life of the process: cmudict is 135k lines.
 */
export function loadDictionary(...paths: string[]): Promise<Dictionary> {
  const key = paths.join('\n');
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = readDictionaries(paths);
    loaded.catch(() => cache.delete(key));
    cache.set(key, loaded);
  }
  return loaded;
}

async function readDictionaries(paths: string[]): Promise<Dictionary> {
  const dict = new Map<string, string[]>();
  for (const path of paths) {
    for (const line of (await readFile(path, 'utf8')).split('\n')) {
      const space = line.indexOf(' ');
      if (space <= 0) continue;
      const word = line.slice(0, space).replace(/\(\d+\)$/, '');
      const phones = line.slice(space + 1).trim().replace(/\s+/g, ' ');
      if (!phones) continue;
      const list = dict.get(word);
      if (!list) dict.set(word, [phones]);
      else if (!list.includes(phones)) list.push(phones);
    }
  }
  return dict;
}

/** Dictionary text for `words` (alternates numbered `word(2)`), in the given order. Unknown words are skipped. */
export function formatDictionary(dict: Dictionary, words: Iterable<string>): string {
  const lines: string[] = [];
  for (const word of words) {
    (dict.get(word) ?? []).forEach((phones, i) => lines.push(i ? `${word}(${i + 1}) ${phones}` : `${word} ${phones}`));
  }
  return `${lines.join('\n')}\n`;
}
