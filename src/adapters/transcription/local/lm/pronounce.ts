import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * espeak-ng IPA (US English voice) → CMU ARPAbet phones of pocketsphinx's en-us model. Multi-letter
 * units come first in espeak's output when separated with `--sep`, so units are looked up whole and
 * then, failing that, letter by letter.
 */
const IPA_TO_ARPABET: Record<string, string> = {
  p: 'P', b: 'B', t: 'T', d: 'D', k: 'K', g: 'G', ɡ: 'G', m: 'M', n: 'N', ŋ: 'NG', f: 'F', v: 'V', θ: 'TH', ð: 'DH',
  s: 'S', z: 'Z', ʃ: 'SH', ʒ: 'ZH', h: 'HH', tʃ: 'CH', dʒ: 'JH', l: 'L', ɹ: 'R', r: 'R', ɾ: 'T', w: 'W', j: 'Y', x: 'K',
  ʔ: '', ç: 'HH', ɬ: 'L', ʍ: 'W',
  i: 'IY', ɪ: 'IH', ᵻ: 'IH', e: 'EY', eɪ: 'EY', ɛ: 'EH', æ: 'AE', a: 'AA', ɑ: 'AA', ɒ: 'AA', ɔ: 'AO', o: 'OW', oʊ: 'OW',
  əʊ: 'OW', ʊ: 'UH', u: 'UW', ʌ: 'AH', ə: 'AH', ɐ: 'AH', ɚ: 'ER', ɜ: 'ER', ɝ: 'ER', aɪ: 'AY', aʊ: 'AW', ɔɪ: 'OY',
  əl: 'AH L', iə: 'IY AH', ɔɹ: 'AO R', oɹ: 'AO R', ɑɹ: 'AA R', ɛɹ: 'EH R', ɪɹ: 'IH R', ʊɹ: 'UH R', ɜɹ: 'ER', aɪɚ: 'AY ER',
  aɪə: 'AY AH', n̩: 'AH N', l̩: 'AH L', y: 'UW', ø: 'ER', œ: 'ER', ɨ: 'IH', ʉ: 'UW',
};

/** Maps espeak-ng's `--ipa --sep=_` output for one word to ARPAbet, or null when a sound has no mapping. */
export function ipaToArpabet(ipa: string): string | null {
  const phones: string[] = [];
  for (const raw of ipa.trim().split(/[_\s]+/)) {
    const unit = raw.replace(/[ˈˌːˑ\u0361\u032f]/g, '');
    if (!unit) continue;
    const whole = IPA_TO_ARPABET[unit];
    if (whole !== undefined) {
      if (whole) phones.push(whole);
      continue;
    }
    for (const ch of unit) {
      const mapped = IPA_TO_ARPABET[ch];
      if (mapped === undefined) return null;
      if (mapped) phones.push(mapped);
    }
  }
  return phones.length ? phones.join(' ') : null;
}

export interface Pronouncer {
  /** ARPAbet pronunciations of `words` (lower case, one word each); words it cannot pronounce are left out. */
  pronounce(words: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Letter-to-sound for names missing from cmudict, with espeak-ng (`--ipa`, US English). When espeak-ng is missing or fails, gives nothing: the names are
 * then simply not added to the call's vocabulary.
 */
export function createEspeakPronouncer(binary = 'espeak-ng'): Pronouncer {
  return {
    async pronounce(words) {
      const result = new Map<string, string>();
      const clean = words.filter((w) => /^[a-z][a-z']*$/.test(w));
      if (!clean.length) return result;
      // One espeak-ng run per word: given several lines, it reads them as one sentence.
      await Promise.all(
        clean.map(async (word) => {
          try {
            const { stdout } = await run(binary, ['-v', 'en-us', '-q', '--ipa', '--sep=_', word], { timeout: 5000 });
            const phones = ipaToArpabet(stdout);
            if (phones) result.set(word, phones);
          } catch {
            // No espeak-ng here: names outside the dictionary stay unknown to the recogniser.
          }
        }),
      );
      return result;
    },
  };
}
