/** Lower-cases and strips punctuation so quotes can be compared with transcript text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A capital that goes on the time of day before it: a day or a time zone ("at ten a.m. Tuesday", "nine a.m. Eastern"). */
const TIME_GOES_ON =
  /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Eastern|Central|Pacific|Mountain|Atlantic|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|UK)\b/u;

const TIME_OF_DAY = String.raw`\b[aApP]\.[mM]\.`;
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St)\.)(?<!${TIME_OF_DAY})\s+|(?<=${TIME_OF_DAY})\s+(?=\p{Lu})(?!${TIME_GOES_ON.source})`,
  'u',
);

/**
 * Splits text into sentences, keeping their punctuation; a title's full stop ("Mr. Lee") ends none, nor does the time of
 * day's ("at nine a.m. tomorrow", "A.M." too) unless a capital follows that is not a day or a time zone.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Levenshtein distance between two sequences (the letters of two names, the words of two quotes). */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
