/**
 * Whisper's languages (openai/whisper `tokenizer.py`) by ISO-639-1 code, and their English names. The
 * API and Whisper servers (speaches, faster-whisper) take `language` as the code alone: `en-US`,
 * `english` or an unknown code is a 400. Whisper's few codes that are not ISO-639-1 (`haw`, `yue`, `jw`)
 * are left out: such a call is sent without a language and the server detects it.
 */
const WHISPER_LANGUAGES: Record<string, string> = {
  en: 'english', zh: 'chinese', de: 'german', es: 'spanish', ru: 'russian', ko: 'korean', fr: 'french', ja: 'japanese',
  pt: 'portuguese', tr: 'turkish', pl: 'polish', ca: 'catalan', nl: 'dutch', ar: 'arabic', sv: 'swedish', it: 'italian',
  id: 'indonesian', hi: 'hindi', fi: 'finnish', vi: 'vietnamese', he: 'hebrew', uk: 'ukrainian', el: 'greek', ms: 'malay',
  cs: 'czech', ro: 'romanian', da: 'danish', hu: 'hungarian', ta: 'tamil', no: 'norwegian', th: 'thai', ur: 'urdu',
  hr: 'croatian', bg: 'bulgarian', lt: 'lithuanian', la: 'latin', mi: 'maori', ml: 'malayalam', cy: 'welsh', sk: 'slovak',
  te: 'telugu', fa: 'persian', lv: 'latvian', bn: 'bengali', sr: 'serbian', az: 'azerbaijani', sl: 'slovenian', kn: 'kannada',
  et: 'estonian', mk: 'macedonian', br: 'breton', eu: 'basque', is: 'icelandic', hy: 'armenian', ne: 'nepali', mn: 'mongolian',
  bs: 'bosnian', kk: 'kazakh', sq: 'albanian', sw: 'swahili', gl: 'galician', mr: 'marathi', pa: 'punjabi', si: 'sinhala',
  km: 'khmer', sn: 'shona', yo: 'yoruba', so: 'somali', af: 'afrikaans', oc: 'occitan', ka: 'georgian', be: 'belarusian',
  tg: 'tajik', sd: 'sindhi', gu: 'gujarati', am: 'amharic', yi: 'yiddish', lo: 'lao', uz: 'uzbek', fo: 'faroese',
  ht: 'haitian creole', ps: 'pashto', tk: 'turkmen', nn: 'nynorsk', mt: 'maltese', sa: 'sanskrit', lb: 'luxembourgish',
  my: 'myanmar', bo: 'tibetan', tl: 'tagalog', mg: 'malagasy', as: 'assamese', tt: 'tatar', ln: 'lingala', ha: 'hausa',
  ba: 'bashkir', su: 'sundanese',
};

/** Other names Whisper accepts, and the old codes some locales still carry (Java's `iw-IL`, `in-ID`). */
const ALIASES: Record<string, string> = {
  burmese: 'my', valencian: 'ca', flemish: 'nl', haitian: 'ht', letzeburgesch: 'lb', pushto: 'ps', panjabi: 'pa',
  moldavian: 'ro', moldovan: 'ro', sinhalese: 'si', castilian: 'es', mandarin: 'zh', iw: 'he', in: 'id', ji: 'yi',
};

const BY_NAME: Record<string, string> = { ...Object.fromEntries(Object.entries(WHISPER_LANGUAGES).map(([code, name]) => [name, code])), ...ALIASES };

/**
 * The ISO-639-1 code of a language as a person or a system wrote it — a code (`en`), a locale (`en-US`,
 * `es_MX`) or Whisper's name for it (`english`, `Spanish`) — or null when it names no language Whisper knows.
 */
export function whisperLanguageCode(language: string | null | undefined): string | null {
  const lower = language?.trim().toLowerCase();
  if (!lower) return null;
  const primary = lower.split(/[-_]/)[0]!;
  if (Object.hasOwn(WHISPER_LANGUAGES, primary)) return primary;
  const named = [lower, primary].find((name) => Object.hasOwn(BY_NAME, name));
  return named ? BY_NAME[named]! : null;
}
