import { findActionItems } from '../commitments.ts';
import { EN_TABLES } from './en.ts';
import { findSpanishActionItems } from './es-commitments.ts';
import { ES_TABLES } from './es.ts';
import type { LanguagePack } from './types.ts';

/**
 * The language packs the rules engine knows, and how a call's language picks one. To add a language,
 * add `lang/xx.ts` (tables) and its commitment grammar, and register it here.
 */

export const ENGLISH: LanguagePack = { ...EN_TABLES, findActionItems };
export const SPANISH: LanguagePack = { ...ES_TABLES, findActionItems: findSpanishActionItems };

const PACKS: { pack: LanguagePack; matches: RegExp }[] = [
  { pack: ENGLISH, matches: /^(?:en(?:[-_]|$)|eng$|english$)/i },
  { pack: SPANISH, matches: /^(?:es(?:[-_]|$)|spa$|spanish$|espa[nñ]ol$|castellano$)/i },
];

/** Transcripts from engines that could not tell the language say so with one of these. */
const UNDETERMINED = /^(?:|und|unknown|auto|mul|zxx)$/i;

/** The call's language: the transcript's, else the one in the call's meta, else "und". */
export function callLanguage(transcriptLanguage: string | null | undefined, metaLanguage: string | null | undefined): string {
  const fromTranscript = transcriptLanguage?.trim() ?? '';
  if (!UNDETERMINED.test(fromTranscript)) return fromTranscript;
  const fromMeta = metaLanguage?.trim() ?? '';
  return UNDETERMINED.test(fromMeta) ? 'und' : fromMeta;
}

/**
 * The pack for `language`. `supported` is false for a language the engine has no pack for: English
 * patterns are used (they will not match much), and nothing is written in that language.
 */
export function languagePack(language: string): { pack: LanguagePack; supported: boolean } {
  const found = PACKS.find((p) => p.matches.test(language.trim()));
  return found ? { pack: found.pack, supported: true } : { pack: ENGLISH, supported: false };
}
